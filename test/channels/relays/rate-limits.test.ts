/**
 * The relays apply the shared per-tenant limits (src/channels/tenant-policy.ts) after the
 * signature and before anything is written: each inbound message counts against the
 * sender's and the tenant's message limits, a first message from a new address against the
 * tenant's new-conversation limit. Over a limit: 429 with Retry-After, nothing stored, the
 * service keeps serving, other senders and tenants unaffected. Real signed webhooks against
 * the local stack on DynamoDB Local.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoTenant } from '../../../src/app';
import { loadConfig } from '../../../src/config';
import type { Tenant } from '../../../src/domain/entities/tenant';
import { demoRelays } from '../../../src/local/relays';
import type { LocalStack } from '../../../src/local/stack';
import { RETRY_AFTER_SECONDS } from '../../../src/channels/relay/limited-response';
import { startTestStack } from '../../support/stack';
import { messageSid, signMeta, signTwilio, twilioForm } from './fixtures';
import { META_SECRET, TWILIO_TOKEN, eventually, relayClient } from './relay-client';

const TRIP = 'Masai Mara in August, 2 adults, we love the migration, 7 days, $6000 per person';
const VERDICT = /^(BOOK|WAIT|SWITCH|DISCARD|Book|Wait|Switch|Discard)\b/;

let stack: LocalStack;
let relay: ReturnType<typeof relayClient>;
let n = 0;
const number = () => `+2547${String(Date.now() % 1e6).padStart(6, '0')}${String(++n).padStart(2, '0')}`.slice(0, 13);

function tenant(id: string, limits: Partial<Tenant['rate_limits']>): Tenant {
  const base = demoTenant(new Date());
  return { ...base, tenant_id: id, name: `${id} Safaris`, relays: demoRelays(loadConfig({})), rate_limits: { ...base.rate_limits, ...limits } };
}

beforeAll(async () => {
  stack = await startTestStack();
  relay = relayClient(stack);
  // Stored before the first request: the policy caches a tenant for a minute.
  await stack.app.repos.tenants.put(tenant('chatty', { per_connection_per_minute: 2 }));
  await stack.app.repos.tenants.put(tenant('crowded', { sessions_per_tenant_per_minute: 1 }));
  await stack.app.repos.tenants.put(tenant('busy', { per_tenant_per_minute: 3 }));
}, 120_000);
afterAll(() => stack?.stop());

const contacts = () => stack.relays.relays.deps.contacts;
async function transcript(tenantId: string, sessionId: string) {
  return (await stack.app.repos.messages.transcript(tenantId, sessionId, { limit: 100 })).items;
}

/** A 429 asking the provider to deliver again after the limits' window. */
function expectLimited(answer: { status: number; body: string }) {
  expect(answer.status).toBe(429);
  expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'rate_limited' } });
}

/** A signed SMS webhook, answered as a raw response (its headers too). */
async function rawSms(tenantId: string, from: string, text: string, sid = messageSid()) {
  const form = twilioForm('twilio-sms-inbound.form', { SID: sid, FROM: from, BODY: text });
  const res = await fetch(relay.twilioUrl(tenantId), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signTwilio(TWILIO_TOKEN, relay.twilioUrl(tenantId), form) },
    body: form,
  });
  return { sid, res, body: await res.text() };
}

describe('relay rate limits', () => {
  test('Twilio: a sender over its messages a minute gets 429 with Retry-After and nothing is stored; other senders and tenants are served', async () => {
    const from = number();
    for (const text of [TRIP, 'we are 3 adults now']) expect((await relay.sms('chatty', from, text)).message).toMatch(VERDICT);
    const contact = (await contacts().get('chatty', 'sms', from))!;
    const before = await transcript('chatty', contact.session_id);
    expect(before.filter((m) => m.direction === 'inbound')).toHaveLength(2);

    const over = await rawSms('chatty', from, 'and in September?');
    expectLimited({ status: over.res.status, body: over.body });
    expect(over.res.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));
    expect(await transcript('chatty', contact.session_id)).toEqual(before);
    expect((await transcript('chatty', contact.session_id)).some((m) => m.channel_message_id === over.sid)).toBe(false);
    // Not even the contact was touched.
    expect((await contacts().get('chatty', 'sms', from))?.last_inbound_at).toBe(contact.last_inbound_at);

    // The service keeps serving: another sender of the same tenant, the same number at another tenant.
    expect((await relay.sms('chatty', number(), TRIP)).message).toMatch(VERDICT);
    expect((await relay.sms('demo', from, TRIP)).message).toMatch(VERDICT);
  });

  test('a message that is not stored but answered ("text only" for a photo) counts too: a flood of them gets 429, not an SMS each', async () => {
    const from = number();
    for (let i = 0; i < 2; i++) {
      const answer = await rawSms('chatty', from, '');
      expect(answer.res.status).toBe(200);
      expect(answer.body).toContain('text messages');
    }
    const over = await rawSms('chatty', from, '');
    expectLimited({ status: over.res.status, body: over.body });
    expect(await contacts().get('chatty', 'sms', from)).toBeUndefined();
  });

  test('the refusal carries Retry-After, so Meta (which delivers a non-200 webhook again) comes back after the window', async () => {
    const from = number();
    const first = await relay.whatsapp('chatty', from, TRIP);
    const second = await relay.whatsapp('chatty', from, 'we are 3 adults now');
    expect([first.status, second.status]).toEqual([200, 200]);
    const refused = await relay.whatsapp('chatty', from, 'and in September?');
    expectLimited(refused);
    const res = await fetch(`${stack.url}/relay/whatsapp/chatty`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-hub-signature-256': signMeta(META_SECRET, refused.raw) },
      body: refused.raw,
    });
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe(String(RETRY_AFTER_SECONDS));

    // The two accepted messages are answered; the refused one was never stored.
    await eventually(() => relay.outbox(`whatsapp:${from}`), (r) => r.length >= 2);
    const contact = (await contacts().get('chatty', 'whatsapp', from))!;
    const messages = await eventually(() => transcript('chatty', contact.session_id), (m) => m.length >= 4);
    expect(messages.filter((m) => m.direction === 'inbound').map((m) => m.channel_message_id)).toEqual([first.id, second.id]);
    expect(await relay.outbox(`whatsapp:${from}`)).toHaveLength(2);
  });

  test('a first message over the tenant\'s new conversations a minute gets 429: no contact, no traveler; known numbers still write', async () => {
    const known = number();
    expect((await relay.sms('crowded', known, TRIP)).message).toMatch(VERDICT);
    const stranger = number();
    expectLimited(await relay.sms('crowded', stranger, TRIP));
    expect(await contacts().get('crowded', 'sms', stranger)).toBeUndefined();
    expect(await stack.app.repos.travelers.findByPhone('crowded', stranger)).toBeUndefined();
    // A returning number is no new conversation; the stranger is welcome at another tenant.
    expect((await relay.sms('crowded', known, 'we are 3 adults now')).message).toMatch(VERDICT);
    expect((await relay.sms('demo', stranger, TRIP)).message).toMatch(VERDICT);
    expect(await contacts().get('crowded', 'sms', stranger)).toBeUndefined();
  });

  test("a tenant over its messages a minute refuses every sender's next message; other tenants are unaffected", async () => {
    const senders = [number(), number(), number()];
    for (const from of senders) expect((await relay.sms('busy', from, TRIP)).status).toBe(200);
    const late = number();
    expectLimited(await relay.sms('busy', late, TRIP));
    expectLimited(await relay.sms('busy', senders[0]!, 'we are 3 adults now'));
    expect(await contacts().get('busy', 'sms', late)).toBeUndefined();
    expect((await relay.sms('chatty', late, TRIP)).message).toMatch(VERDICT);
    expect((await fetch(`${stack.url}/healthz`)).status).toBe(200);
  });
});
