/**
 * The SMS and WhatsApp relays from outside (PROTOCOL.md §2; issue 16 items 1 and 5):
 * signed-webhook fuzzing (every refused request refused with its status, never a 5xx,
 * nothing sent back, the server up) and floods of one sender's messages and of new
 * senders (each stores a contact, a traveler and a session), which must meet the
 * tenant's limits while a known sender still gets answered.
 */
import { twilioSignature, metaSignature } from '../../src/channels/relay/signatures';
import { DEMO_TWILIO } from '../../src/local/relays';
import { loadConfig } from '../../src/config';
import { pool, type Check, type ProbeContext } from '../check';

const config = loadConfig();
/** Digits unique to this run, so senders never meet an earlier run's contacts. */
const RUN = String(Date.now()).slice(-5);
/** A valid Kenyan mobile number (+254 7xx xxx xxx) per group and index, unique to this run. */
const phone = (group: number, i: number) => `+2547${group}${RUN.slice(-5)}${String(i).padStart(2, '0')}`;

interface Answer {
  status: number;
  body: string;
  retryAfter: string | null;
}

async function post(url: string, body: string, headers: Record<string, string>): Promise<Answer> {
  try {
    const res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(30_000) });
    return { status: res.status, body: await res.text(), retryAfter: res.headers.get('retry-after') };
  } catch (err) {
    return { status: 0, body: (err as Error).message, retryAfter: null };
  }
}

let sid = 0;
/** A Twilio SMS webhook's parameters, in Twilio's own field names. */
function smsParams(from: string, body: string): Array<[string, string]> {
  const id = `SM${`${RUN}${String(sid++).padStart(8, '0')}`.padStart(32, '0')}`;
  return [
    ['MessageSid', id], ['AccountSid', DEMO_TWILIO.accountSid], ['From', from], ['To', DEMO_TWILIO.smsNumber],
    ['Body', body], ['NumMedia', '0'], ['NumSegments', '1'], ['SmsStatus', 'received'], ['ApiVersion', '2010-04-01'],
  ];
}

const twilioUrl = (ctx: ProbeContext, tenant = ctx.tenant) => `${ctx.stack.url}/relay/twilio/${tenant}`;

/** Posts Twilio parameters, signed for `signedUrl` (default: the URL posted to) unless `signature` is given. */
function sendSms(ctx: ProbeContext, params: Array<[string, string]>, opts: { url?: string; signedUrl?: string; signature?: string | null } = {}): Promise<Answer> {
  const url = opts.url ?? twilioUrl(ctx);
  const signature = opts.signature === undefined ? twilioSignature(config.DEMO_TWILIO_AUTH_TOKEN, opts.signedUrl ?? url, params) : opts.signature;
  return post(url, new URLSearchParams(params).toString(), { 'content-type': 'application/x-www-form-urlencoded', ...(signature === null ? {} : { 'x-twilio-signature': signature }) });
}

function sendWhatsApp(ctx: ProbeContext, raw: string, signature: string | null | undefined): Promise<Answer> {
  const sig = signature === undefined ? metaSignature(config.DEMO_META_APP_SECRET, raw) : signature;
  return post(`${ctx.stack.url}/relay/whatsapp/${ctx.tenant}`, raw, { 'content-type': 'application/json', ...(sig === null ? {} : { 'x-hub-signature-256': sig }) });
}

/** A small deterministic generator, so a failing run can be repeated. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIELDS = ['MessageSid', 'AccountSid', 'From', 'To', 'Body', 'NumMedia', 'MessageStatus', 'ErrorCode', 'OptOutType', 'MediaUrl0', '__proto__', 'constructor', 'X'.repeat(300), ''];
const VALUES = ['', ' ', 'STOP', 'whatsapp:+', '+1', 'not a number', '0'.repeat(5000), '\u0000', '\ud800', '🦁', '-1', '1e999', 'https://evil.example/x', '<Response><Message>hi</Message></Response>'];

/** Signed but otherwise random Twilio bodies: the signature is right, the content anything. */
function randomSignedParams(r: () => number, from: string): Array<[string, string]> {
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const base = smsParams(from, 'Masai Mara in August');
  const n = Math.floor(r() * 4) + 1;
  const out = r() < 0.5 ? base.filter(() => r() < 0.7) : [...base];
  for (let i = 0; i < n; i++) out.push([pick(FIELDS), pick(VALUES)]);
  return out;
}

export const relayWebhookFuzz: Check = {
  name: 'relay-webhook-fuzz',
  relays: true,
  deadlineMs: 240_000,
  async run(ctx) {
    const wrong: string[] = [];
    const from = phone(1, 0);
    const expect = async (label: string, want: number[], got: Promise<Answer>) => {
      const a = await got;
      if (!want.includes(a.status)) wrong.push(`${label}: ${a.status} (want ${want.join('/')})`);
      else if (/<Message>/.test(a.body)) wrong.push(`${label}: answered with a message`);
    };
    const good = smsParams(from, 'Masai Mara in August, 2 adults, 7 days');
    await expect('no signature', [403], sendSms(ctx, good, { signature: null }));
    await expect('wrong signature', [403], sendSms(ctx, good, { signature: 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' }));
    await expect('signature of another URL', [403], sendSms(ctx, good, { signedUrl: `${twilioUrl(ctx)}x` }));
    const tampered = good.map(([k, v]) => [k, k === 'Body' ? 'Book everything now' : v] as [string, string]);
    await expect('body changed after signing', [403], sendSms(ctx, tampered, { signature: twilioSignature(config.DEMO_TWILIO_AUTH_TOKEN, twilioUrl(ctx), good) }));
    await expect('another tenant\'s URL, our signature', [403, 404], sendSms(ctx, good, { url: twilioUrl(ctx, 'probe-nobody') }));
    await expect('malformed tenant', [404], sendSms(ctx, good, { url: `${ctx.stack.url}/relay/twilio/..%2Fdemo` }));
    await expect('signed, no From', [400], sendSms(ctx, good.filter(([k]) => k !== 'From')));
    await expect('signed, unknown field', [400], sendSms(ctx, [...good, ['Injected', '1']]));
    await expect('signed, over the size limit', [400, 413], sendSms(ctx, smsParams(from, 'x'.repeat(200_000))));
    const wa = JSON.stringify({ object: 'whatsapp_business_account', entry: [] });
    await expect('WhatsApp: no signature', [403], sendWhatsApp(ctx, wa, null));
    await expect('WhatsApp: wrong signature', [403], sendWhatsApp(ctx, wa, `sha256=${'0'.repeat(64)}`));
    await expect('WhatsApp: signed, not JSON', [400], sendWhatsApp(ctx, '{"object":', undefined));
    await expect('WhatsApp: signed, nested 5,000 deep', [400], sendWhatsApp(ctx, `{"object":${'['.repeat(5000)}${']'.repeat(5000)}}`, undefined));
    await expect('WhatsApp: signed, over the size limit', [400, 413], sendWhatsApp(ctx, JSON.stringify({ object: 'whatsapp_business_account', pad: 'p'.repeat(2_000_000) }), undefined));
    const verify = await fetch(`${ctx.stack.url}/relay/whatsapp/${ctx.tenant}?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=123`).then((r) => r.status, () => 0);
    if (verify !== 403) wrong.push(`WhatsApp verification with a wrong token: ${verify} (want 403)`);

    // Signed random bodies: anything but a 5xx, and never a reply to an address we did not send from.
    const r = rng(16);
    const statuses = new Map<number, number>();
    await pool(Array.from({ length: 200 }), 4, async (_, i) => {
      const a = await sendSms(ctx, randomSignedParams(r, phone(2, i % 20)));
      statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
      if (a.status >= 500 || a.status === 0) wrong.push(`random signed body ${i}: ${a.status} ${a.body.slice(0, 80)}`);
    });
    // Nothing went out by REST to the refused sender.
    const outbox = (await fetch(`${ctx.stack.url}/_local/outbox?to=${encodeURIComponent(from)}`).then((res) => res.json(), () => ['unreadable'])) as unknown[];
    if (outbox.length > 0) wrong.push(`${outbox.length} messages sent to the refused sender`);
    const health = await ctx.healthz();
    ctx.report(
      'relay-webhook-fuzz',
      wrong.length === 0 && health === 200,
      `15 crafted webhooks (missing, wrong and misplaced signatures, tampered, malformed, unknown fields, oversized, deeply nested) and 200 signed random bodies (${[...statuses].sort().map(([k, v]) => `${k}×${v}`).join(', ')}): ${wrong.length ? `wrong: ${wrong.slice(0, 4).join('; ')}` : 'each refused with its status, none a 5xx, nothing sent to the refused sender'}; /healthz ${health}`,
    );
  },
};

/** The flood tenant's own new-sender limit (tenant settings), so the flood need not start 600 conversations to meet it. */
export const RELAY_FLOOD_SESSIONS_PER_MINUTE = 20;

export const relayFlood: Check = {
  name: 'relay-flood',
  relays: true,
  tenantLimits: { sessions_per_tenant_per_minute: RELAY_FLOOD_SESSIONS_PER_MINUTE },
  deadlineMs: 240_000,
  async run(ctx) {
    // A traveler who was talking before the floods.
    const known = phone(3, 0);
    const first = await sendSms(ctx, smsParams(known, 'Masai Mara in August, 2 adults, 7 days'));
    // One sender, 45 messages at once: 30 a minute are the sender's share.
    const flooder = phone(4, 0);
    const one = await pool(Array.from({ length: 45 }), 5, (_, i) => sendSms(ctx, smsParams(flooder, `message ${i}`)));
    // 40 new senders: each first message would store a contact, a traveler and a session.
    const many = await pool(Array.from({ length: 40 }), 5, (_, i) => sendSms(ctx, smsParams(phone(5, i), 'Kenya in May')));
    const after = await sendSms(ctx, smsParams(known, 'budget $5000 per person'));
    const count = (xs: Answer[], status: number) => xs.filter((a) => a.status === status).length;
    const retry = [...one, ...many].filter((a) => a.status === 429).every((a) => a.retryAfter !== null);
    const accepted = count(one, 200);
    const started = count(many, 200);
    ctx.report(
      'relay-flood',
      count(one, 429) > 0 && accepted <= 30 && count(many, 429) > 0 && started <= RELAY_FLOOD_SESSIONS_PER_MINUTE && retry && first.status === 200 && after.status === 200 && /<Message>|<Response\/>/.test(after.body),
      `one sender, 45 signed SMS: ${accepted} accepted, ${count(one, 429)} refused 429 (limit 30 a minute); 40 new senders: ${started} conversations started, ${count(many, 429)} refused 429 (tenant's limit ${RELAY_FLOOD_SESSIONS_PER_MINUTE} a minute); Retry-After on every 429: ${retry}; a known sender meanwhile: ${after.status}${after.status !== 200 ? ` ${after.body.slice(0, 120)}` : ''}`,
    );
  },
};
