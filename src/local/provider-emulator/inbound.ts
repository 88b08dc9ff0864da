/**
 * The providers' side of an inbound message, for the phone page and the benchmark: a
 * Twilio or Meta webhook built as they build it, signed as they sign it, posted to the
 * relay over HTTP. What Twilio does with a TwiML answer (send its `<Message>`s) is
 * recorded in the outbox too, so the outbox holds every reply however it went out.
 */
import { randomBytes } from 'node:crypto';
import { metaSignature, twilioSignature } from '../../channels/relay/signatures';
import type { Outbox } from './outbox';

export type PhoneChannel = 'sms' | 'whatsapp-twilio' | 'whatsapp-meta';

export interface InboundOptions {
  /** The relay's base URL (the stack's own) and the tenant. */
  baseUrl: string;
  /** The public base URL the provider was configured with (what Twilio signs), when not `baseUrl`. */
  publicBaseUrl?: string;
  tenantId: string;
  channel: PhoneChannel;
  /** The traveler's number, E.164. */
  from: string;
  text: string;
  twilio: { accountSid: string; authToken: string; smsNumber: string; whatsappNumber: string };
  meta: { appSecret: string; phoneNumberId: string; displayNumber: string };
  outbox: Outbox;
  profileName?: string;
}

export interface InboundResult {
  status: number;
  /** The provider's id of the message (MessageSid or wamid). */
  id: string;
  /** The replies that came back in the webhook's answer (TwiML `<Message>`s). */
  immediate: string[];
  ms: number;
}

const XML_ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&amp;': '&', '&quot;': '"', '&apos;': "'" };

/** The `<Message>` bodies of a TwiML answer. */
export function twimlMessages(xml: string): string[] {
  return [...xml.matchAll(/<Message(?:\s[^>]*)?>([\s\S]*?)<\/Message>/g)].map((m) => m[1]!.replace(/&(?:lt|gt|amp|quot|apos);/g, (e) => XML_ENTITIES[e]!));
}

export async function sendInbound(o: InboundOptions): Promise<InboundResult> {
  const started = performance.now();
  if (o.channel === 'whatsapp-meta') {
    const id = `wamid.${randomBytes(24).toString('base64')}`;
    const waId = o.from.replace(/^\+/, '');
    const body = JSON.stringify({
      object: 'whatsapp_business_account',
      entry: [
        {
          id: '0',
          changes: [
            {
              field: 'messages',
              value: {
                messaging_product: 'whatsapp',
                metadata: { display_phone_number: o.meta.displayNumber, phone_number_id: o.meta.phoneNumberId },
                contacts: [{ profile: { name: o.profileName ?? 'Traveler' }, wa_id: waId }],
                messages: [{ from: waId, id, timestamp: String(Math.floor(Date.now() / 1000)), type: 'text', text: { body: o.text } }],
              },
            },
          ],
        },
      ],
    });
    const res = await fetch(`${o.baseUrl}/relay/whatsapp/${o.tenantId}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': metaSignature(o.meta.appSecret, body) },
      body,
    });
    await res.arrayBuffer();
    return { status: res.status, id, immediate: [], ms: performance.now() - started };
  }

  const whatsapp = o.channel === 'whatsapp-twilio';
  const sid = `SM${randomBytes(16).toString('hex')}`;
  const from = whatsapp ? `whatsapp:${o.from}` : o.from;
  const to = whatsapp ? `whatsapp:${o.twilio.whatsappNumber}` : o.twilio.smsNumber;
  const params: Array<[string, string]> = [
    ['MessageSid', sid], ['SmsSid', sid], ['SmsMessageSid', sid], ['AccountSid', o.twilio.accountSid],
    ['From', from], ['To', to], ['Body', o.text], ['NumMedia', '0'], ['NumSegments', '1'], ['SmsStatus', 'received'], ['ApiVersion', '2010-04-01'],
    ...(whatsapp ? ([['ProfileName', o.profileName ?? 'Traveler'], ['WaId', o.from.replace(/^\+/, '')]] as Array<[string, string]>) : []),
  ];
  const url = `${o.baseUrl}/relay/twilio/${o.tenantId}`;
  const signed = `${o.publicBaseUrl ?? o.baseUrl}/relay/twilio/${o.tenantId}`;
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(o.twilio.authToken, signed, params) },
    body: new URLSearchParams(params).toString(),
  });
  const xml = await res.text();
  const ms = performance.now() - started;
  const immediate = res.ok ? twimlMessages(xml) : [];
  // Twilio sends a TwiML answer's messages itself: record them as it would.
  for (const text of immediate) {
    o.outbox.add({ channel: whatsapp ? 'whatsapp' : 'sms', to: from, from: to, text, at: new Date().toISOString(), id: `SM${randomBytes(16).toString('hex')}`, provider: 'twilio' });
  }
  return { status: res.status, id: sid, immediate, ms };
}
