/**
 * The local stand-in for Twilio's Messages API and Meta's Graph messages API (issue 12,
 * item 9): it speaks their wire formats (paths, auth, bodies, answers, error bodies),
 * records every message in the outbox, can be told to fail the way the providers do
 * (21610 opted out, 63016/131047 outside the window, 5xx), and posts signed status
 * callbacks like the real services. The senders reach it by configuration, as the
 * handlers reach the local `@connections`. It exists only in the local stack.
 */
import { randomBytes } from 'node:crypto';
import { Hono } from 'hono';
import { z } from 'zod';
import { metaSignature, twilioSignature } from '../../channels/relay/signatures';
import { Outbox } from './outbox';

export interface EmulatorAccounts {
  /** Twilio accounts: AccountSid → auth token. */
  twilio: Record<string, string>;
  /** Meta phone numbers: phone_number_id → access token, and where (and how) status webhooks go. */
  meta: Record<string, { accessToken: string; webhookUrl?: string; appSecret?: string; displayNumber?: string }>;
}

/** A failure to answer for one recipient, as the provider would. */
export interface Fault {
  /** `+E164`/BSUID (either channel) the fault applies to. */
  to: string;
  /** A provider error code (`21610`, `63016`, `131047`, `131050`) or an HTTP status (`500`, `429`). */
  code: string;
  /** How many sends it fails (default: until cleared). */
  times?: number;
}

export interface ProviderEmulator {
  /** Mount at `/_local`: `/twilio/2010-04-01/...`, `/graph/{version}/{id}/messages`, `/outbox`, `/provider/faults`. */
  routes: Hono;
  outbox: Outbox;
  addFault(f: Fault): void;
  clearFaults(): void;
}

const FaultSchema = z.strictObject({ to: z.string().min(1).max(160), code: z.string().regex(/^\d{3,6}$/), times: z.number().int().positive().max(1000).optional() });

const TwilioSendSchema = z.looseObject({
  To: z.string().min(2).max(200),
  From: z.string().max(200).optional(),
  MessagingServiceSid: z.string().max(64).optional(),
  Body: z.string().max(1600).optional(),
  ContentSid: z.string().regex(/^HX[0-9a-fA-F]{32}$/).optional(),
  ContentVariables: z.string().max(4000).optional(),
  StatusCallback: z.url().optional(),
});

const GraphSendSchema = z.looseObject({
  messaging_product: z.literal('whatsapp'),
  recipient_type: z.literal('individual').optional(),
  to: z.string().regex(/^\d{6,20}$/).optional(),
  recipient: z.string().max(160).optional(),
  type: z.enum(['text', 'template']),
  text: z.looseObject({ body: z.string().min(1).max(4096), preview_url: z.boolean().optional() }).optional(),
  template: z
    .looseObject({
      name: z.string().min(1).max(512),
      language: z.looseObject({ code: z.string().min(2).max(15) }),
      components: z.array(z.looseObject({ type: z.string(), parameters: z.array(z.looseObject({ type: z.literal('text'), text: z.string() })).optional() })).optional(),
    })
    .optional(),
});

const hex = (bytes: number) => randomBytes(bytes).toString('hex');

export function createProviderEmulator(opts: { accounts: () => EmulatorAccounts; now?: () => Date; statusCallbacks?: boolean; log?: (line: string) => void }): ProviderEmulator {
  const outbox = new Outbox();
  const faults: Fault[] = [];
  const now = opts.now ?? (() => new Date());
  const routes = new Hono();

  /** The fault to answer a send to `to` with, consuming one use. */
  function faultFor(to: string): string | undefined {
    const i = faults.findIndex((f) => f.to === to);
    if (i < 0) return undefined;
    const f = faults[i]!;
    if (f.times !== undefined && --f.times <= 0) faults.splice(i, 1);
    return f.code;
  }

  /** Posts a callback in the background, as the providers do after they answer. */
  function later(url: string, init: RequestInit): void {
    if (!opts.statusCallbacks) return;
    setTimeout(() => {
      fetch(url, init).catch((err: unknown) => opts.log?.(`emulator: status callback to ${url} failed: ${(err as Error).message}`));
    }, 5).unref();
  }

  routes.post('/twilio/2010-04-01/Accounts/:sid/Messages.json', async (c) => {
    const sid = c.req.param('sid');
    const token = opts.accounts().twilio[sid];
    const auth = c.req.header('authorization') ?? '';
    if (!token || auth !== `Basic ${Buffer.from(`${sid}:${token}`).toString('base64')}`) {
      return c.json({ code: 20003, message: 'Authenticate', more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 }, 401);
    }
    const form = Object.fromEntries(new URLSearchParams(await c.req.text()));
    const parsed = TwilioSendSchema.safeParse(form);
    if (!parsed.success || (!parsed.data.From && !parsed.data.MessagingServiceSid) || (!parsed.data.Body && !parsed.data.ContentSid)) {
      return c.json({ code: 21602, message: 'Message body is required.', more_info: 'https://www.twilio.com/docs/errors/21602', status: 400 }, 400);
    }
    const m = parsed.data;
    const whatsapp = m.To.startsWith('whatsapp:');
    const fault = faultFor(m.To.replace(/^whatsapp:/, ''));
    if (fault && Number(fault) >= 429 && Number(fault) < 600) return c.json({ code: 20500, message: 'Internal Server Error', status: Number(fault) }, Number(fault) as 500);
    if (fault) return c.json({ code: Number(fault), message: `emulated error ${fault}`, more_info: `https://www.twilio.com/docs/errors/${fault}`, status: 400 }, 400);

    const messageSid = `SM${hex(16)}`;
    const variables = m.ContentVariables ? Object.values(JSON.parse(m.ContentVariables) as Record<string, string>).map(String) : [];
    const record = outbox.add({
      channel: whatsapp ? 'whatsapp' : 'sms',
      to: m.To,
      from: m.From ?? m.MessagingServiceSid!,
      text: m.Body ?? `[template ${m.ContentSid}] ${variables.join(' | ')}`,
      at: now().toISOString(),
      id: messageSid,
      provider: 'twilio',
      ...(m.ContentSid ? { template: { id: m.ContentSid, variables } } : {}),
    });
    if (m.StatusCallback) {
      for (const status of ['sent', 'delivered']) {
        const params: Array<[string, string]> = [['MessageSid', messageSid], ['AccountSid', sid], ['MessageStatus', status], ['To', m.To], ['From', record.from]];
        later(m.StatusCallback, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(token, m.StatusCallback, params) },
          body: new URLSearchParams(params).toString(),
        });
      }
    }
    return c.json({ sid: messageSid, account_sid: sid, to: m.To, from: record.from, body: record.text, status: 'queued', num_segments: String(record.segments ?? 1), date_created: new Date(record.at).toUTCString(), api_version: '2010-04-01', error_code: null, error_message: null }, 201);
  });

  routes.post('/graph/:version/:phoneId/messages', async (c) => {
    const phoneId = c.req.param('phoneId');
    const account = opts.accounts().meta[phoneId];
    if (!account || c.req.header('authorization') !== `Bearer ${account.accessToken}`) {
      return c.json({ error: { message: 'Invalid OAuth access token.', type: 'OAuthException', code: 190, fbtrace_id: hex(8) } }, 401);
    }
    let raw: unknown;
    try {
      raw = await c.req.json();
    } catch {
      return c.json({ error: { message: 'Invalid JSON', type: 'OAuthException', code: 100, fbtrace_id: hex(8) } }, 400);
    }
    const parsed = GraphSendSchema.safeParse(raw);
    const m = parsed.success ? parsed.data : undefined;
    const recipient = m?.to ? `+${m.to}` : m?.recipient;
    if (!m || !recipient || (m.type === 'text' && !m.text) || (m.type === 'template' && !m.template)) {
      return c.json({ error: { message: '(#100) Invalid parameter', type: 'OAuthException', code: 100, fbtrace_id: hex(8) } }, 400);
    }
    const fault = faultFor(recipient);
    if (fault && Number(fault) >= 429 && Number(fault) < 600) return c.json({ error: { message: 'Service unavailable', code: 131000, fbtrace_id: hex(8) } }, Number(fault) as 500);
    if (fault) return c.json({ error: { message: `emulated error ${fault}`, type: 'OAuthException', code: Number(fault), fbtrace_id: hex(8) } }, 400);

    const wamid = `wamid.${Buffer.from(hex(18)).toString('base64')}`;
    const variables = m.template?.components?.flatMap((x) => x.parameters?.map((p) => p.text) ?? []) ?? [];
    outbox.add({
      channel: 'whatsapp',
      to: `whatsapp:${recipient}`,
      from: `whatsapp:${account.displayNumber ? `+${account.displayNumber}` : phoneId}`,
      text: m.text?.body ?? `[template ${m.template!.name}] ${variables.join(' | ')}`,
      at: now().toISOString(),
      id: wamid,
      provider: 'meta',
      ...(m.template ? { template: { id: m.template.name, variables } } : {}),
    });
    if (account.webhookUrl && account.appSecret) {
      for (const status of ['sent', 'delivered']) {
        const body = JSON.stringify({
          object: 'whatsapp_business_account',
          entry: [{ id: '0', changes: [{ field: 'messages', value: { messaging_product: 'whatsapp', metadata: { display_phone_number: account.displayNumber ?? '0', phone_number_id: phoneId }, statuses: [{ id: wamid, status, timestamp: String(Math.floor(now().getTime() / 1000)), recipient_id: m.to ?? recipient }] } }] }],
        });
        later(account.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json', 'x-hub-signature-256': metaSignature(account.appSecret, body) }, body });
      }
    }
    return c.json({ messaging_product: 'whatsapp', contacts: [{ input: m.to ?? recipient, ...(m.to ? { wa_id: m.to } : { user_id: recipient }) }], messages: [{ id: wamid }] });
  });

  routes.get('/outbox', (c) => {
    // An unencoded `+` in a query string reads as a space: `?to=+2547…` still means the number.
    const to = c.req.query('to')?.replace(/^(whatsapp:)? (?=\d)/, '$1+');
    return c.json(outbox.list(to === undefined || to === '' ? undefined : to).map((r) => ({ ...r })));
  });

  routes.post('/provider/faults', async (c) => {
    const parsed = FaultSchema.safeParse(await c.req.json().catch(() => undefined));
    if (!parsed.success) return c.json({ error: { code: 'bad_request', message: 'expected {to, code, times?}' } }, 400);
    faults.push({ ...parsed.data });
    return c.json({ ok: true });
  });
  routes.delete('/provider/faults', (c) => {
    faults.length = 0;
    return c.json({ ok: true });
  });

  return {
    routes,
    outbox,
    addFault: (f) => faults.push({ ...f }),
    clearFaults: () => void (faults.length = 0),
  };
}
