/**
 * Twilio's Messages REST API with `fetch` (no 30 MB SDK for one request):
 * `POST {base}/2010-04-01/Accounts/{AccountSid}/Messages.json`, form-encoded, basic auth.
 * Free text as `Body`; a WhatsApp template as `ContentSid` + `ContentVariables`.
 */
import { twilioAddress, type RelayChannel } from '../address';
import { httpCall, type HttpCallOptions } from './http-call';
import type { MessageSender, OutboundMessage, SendResult } from './outbound';

export interface TwilioSenderOptions {
  /** `https://api.twilio.com` on AWS; the local provider emulator in the local stack. */
  apiBase: string;
  accountSid: string;
  authToken: string;
  /** The tenant's sending address per channel: `+E164` (the `whatsapp:` prefix is added), or a Messaging Service (MG…). */
  from: Partial<Record<RelayChannel, string>>;
  /** Where Twilio posts delivery status (the tenant's public relay URL). */
  statusCallback?: string;
  http?: HttpCallOptions;
}

/** Twilio error codes the product acts on. */
const OPTED_OUT = new Set(['21610']);
const OUTSIDE_WINDOW = new Set(['63016']);

/** Translates a Twilio answer into a send result. */
export function translateTwilio(status: number, body: unknown): SendResult {
  const b = (body ?? {}) as { sid?: unknown; code?: unknown; message?: unknown };
  if (status >= 200 && status < 300 && typeof b.sid === 'string') return { kind: 'sent', providerMessageId: b.sid };
  const code = b.code === undefined ? `http_${status}` : String(b.code);
  if (OPTED_OUT.has(code)) return { kind: 'opted_out', code };
  if (OUTSIDE_WINDOW.has(code)) return { kind: 'outside_window', code };
  return { kind: 'rejected', code, message: typeof b.message === 'string' ? b.message.slice(0, 300) : `HTTP ${status}` };
}

export function twilioSender(opts: TwilioSenderOptions): MessageSender {
  const url = `${opts.apiBase.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(opts.accountSid)}/Messages.json`;
  const auth = `Basic ${Buffer.from(`${opts.accountSid}:${opts.authToken}`).toString('base64')}`;
  return {
    async send(m: OutboundMessage): Promise<SendResult> {
      const from = opts.from[m.channel];
      if (!from) return { kind: 'rejected', code: 'no_sender', message: `no ${m.channel} sending number configured` };
      const form = new URLSearchParams();
      form.set('To', twilioAddress(m.channel, m.to));
      if (/^MG[0-9a-f]{32}$/i.test(from)) form.set('MessagingServiceSid', from);
      else form.set('From', twilioAddress(m.channel, from));
      if (m.template) {
        form.set('ContentSid', m.template.id);
        form.set('ContentVariables', JSON.stringify(Object.fromEntries(m.template.variables.map((v, i) => [String(i + 1), v]))));
      } else form.set('Body', m.text);
      if (opts.statusCallback) form.set('StatusCallback', opts.statusCallback);
      const res = await httpCall(url, { method: 'POST', headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString() }, opts.http);
      return res.kind === 'answered' ? translateTwilio(res.status, res.body) : { kind: 'unavailable', reason: res.reason };
    },
  };
}
