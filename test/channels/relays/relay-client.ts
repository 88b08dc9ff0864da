/** Signed requests to the relays of a local stack, as Twilio and Meta send them. */
import type { LocalStack } from '../../../src/local/stack';
import { messageSid, metaJson, signMeta, signTwilio, twilioForm, wamid } from './fixtures';

export const TWILIO_TOKEN = 'demo-twilio-token';
export const META_SECRET = 'demo-meta-secret';

export interface TwilioAnswer {
  status: number;
  type: string | null;
  body: string;
  /** The `<Message>` text of a TwiML answer (undefined for `<Response/>`). */
  message?: string;
}

export function relayClient(stack: LocalStack) {
  const twilioUrl = (tenant: string) => `${stack.url}/relay/twilio/${tenant}`;

  async function postTwilio(tenant: string, form: string, opts: { signature?: string | null; signedUrl?: string } = {}): Promise<TwilioAnswer> {
    const signature = opts.signature === undefined ? signTwilio(TWILIO_TOKEN, opts.signedUrl ?? twilioUrl(tenant), form) : opts.signature;
    const res = await fetch(twilioUrl(tenant), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...(signature === null ? {} : { 'x-twilio-signature': signature }) },
      body: form,
    });
    const body = await res.text();
    const m = /<Message>([\s\S]*?)<\/Message>/.exec(body);
    return { status: res.status, type: res.headers.get('content-type'), body, ...(m ? { message: m[1]!.replace(/&apos;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&') } : {}) };
  }

  async function postMeta(tenant: string, raw: string, opts: { signature?: string | null } = {}): Promise<{ status: number; body: string }> {
    const signature = opts.signature === undefined ? signMeta(META_SECRET, raw) : opts.signature;
    const res = await fetch(`${stack.url}/relay/whatsapp/${tenant}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(signature === null ? {} : { 'x-hub-signature-256': signature }) },
      body: raw,
    });
    return { status: res.status, body: await res.text() };
  }

  return {
    twilioUrl,
    postTwilio,
    postMeta,
    /** An SMS from `from` (E.164), the recorded payload signed; returns the answer and the MessageSid. */
    async sms(tenant: string, from: string, text: string, sid = messageSid()) {
      return { sid, ...(await postTwilio(tenant, twilioForm('twilio-sms-inbound.form', { SID: sid, FROM: from, BODY: text }))) };
    },
    async twilioWhatsapp(tenant: string, from: string, text: string, sid = messageSid()) {
      return { sid, ...(await postTwilio(tenant, twilioForm('twilio-whatsapp-inbound.form', { SID: sid, FROM: `whatsapp:${from}`, WAID: from.slice(1), BODY: text }))) };
    },
    /** A WhatsApp Cloud API message (the recorded payload, with an escaped emoji) from `from`. */
    async whatsapp(tenant: string, from: string, text: string, id = wamid(), phoneId = 'demo-phone-id') {
      const raw = metaJson('meta-text-message.json', { PHONE_ID: phoneId, WAID: from.slice(1), WAMID: id, BODY: text });
      return { id, raw, ...(await postMeta(tenant, raw)) };
    },
    /** The outbox for an address, oldest first. */
    async outbox(to: string): Promise<Array<{ channel: string; to: string; from: string; text: string; at: string; segments?: number; template?: { id: string; variables: string[] } }>> {
      return (await fetch(`${stack.url}/_local/outbox?to=${encodeURIComponent(to)}`)).json() as never;
    },
  };
}

/** Polls until `probe` returns a value that passes `ok`, or fails after `ms`. */
export async function eventually<T>(probe: () => Promise<T>, ok: (v: T) => boolean, ms = 15_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = await probe();
    if (ok(v) || Date.now() > end) return v;
    await new Promise((r) => setTimeout(r, 50));
  }
}
