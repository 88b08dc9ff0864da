/**
 * The phone page (`/phone`): a person texts the agent as SMS or WhatsApp from a number
 * of their choice. `POST /_local/phone/send` does what Twilio or Meta would: it signs
 * a webhook with the tenant's secrets and posts it to the relay; the page then shows the
 * replies from the local outbox. Local stack only.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import { z } from 'zod';
import { toE164 } from '../../channels/relay/address';
import { sendInbound, type InboundOptions } from '../provider-emulator/inbound';

const DIR = fileURLToPath(new URL('./', import.meta.url));
const ASSETS: Record<string, string> = { 'index.html': 'text/html; charset=utf-8', 'phone.js': 'text/javascript; charset=utf-8', 'phone.css': 'text/css; charset=utf-8', 'icon.svg': 'image/svg+xml' };

const SendSchema = z.strictObject({
  channel: z.enum(['sms', 'whatsapp-twilio', 'whatsapp-meta']),
  from: z.string().min(2).max(40),
  text: z.string().trim().min(1).max(1600),
});

export interface PhoneRoutesOptions {
  baseUrl: () => string;
  tenantId: string;
  providers: () => Omit<InboundOptions, 'baseUrl' | 'tenantId' | 'channel' | 'from' | 'text'>;
}

/** `/phone`, its assets, and `/_local/phone/send`; mount at the root. */
export function phoneRoutes(opts: PhoneRoutesOptions): Hono {
  const http = new Hono();
  const asset = async (name: string) => {
    const type = ASSETS[name];
    return type ? { body: await readFile(`${DIR}${name}`), type } : undefined;
  };
  // Only this page's own script and styles: no inline code, nothing from elsewhere.
  const csp = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
  http.get('/phone', async (c) => {
    const a = (await asset('index.html'))!;
    return c.body(new Uint8Array(a.body), 200, { 'content-type': a.type, 'content-security-policy': csp, 'cache-control': 'no-cache' });
  });
  http.get('/phone/:file', async (c) => {
    const a = await asset(c.req.param('file'));
    if (!a) return c.json({ error: { code: 'not_found', message: 'not found' } }, 404);
    return c.body(new Uint8Array(a.body), 200, { 'content-type': a.type, 'cache-control': 'no-cache' });
  });
  http.post('/_local/phone/send', async (c) => {
    const parsed = SendSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json({ error: { code: 'bad_request', message: 'expected {channel, from, text}' } }, 400);
    const from = toE164(parsed.data.from);
    if (!from) return c.json({ error: { code: 'bad_request', message: 'from is not a phone number in international form (+254…)' } }, 400);
    const result = await sendInbound({ ...opts.providers(), baseUrl: opts.baseUrl(), tenantId: opts.tenantId, channel: parsed.data.channel, from, text: parsed.data.text });
    return c.json({ status: result.status, id: result.id, immediate: result.immediate }, result.status >= 400 ? 502 : 200);
  });
  return http;
}
