/**
 * The relays end to end (issue 12, item 11): real signed requests, built from recorded
 * provider payloads, against the local stack on DynamoDB Local, with the local provider
 * emulator recording what is sent.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { demoTenant } from '../../../src/app';
import type { Tenant } from '../../../src/domain/entities/tenant';
import { leadIdForSession } from '../../../src/domain/ids';
import { demoRelays } from '../../../src/local/relays';
import type { LocalStack } from '../../../src/local/stack';
import { loadConfig } from '../../../src/config';
import { segmentSms } from '../../../src/channels/relay/sms-segments';
import { startTestStack } from '../../support/stack';
import { scanEvents } from '../../support/scan-events';
import { messageSid, metaJson, signMeta, twilioForm, wamid } from './fixtures';
import { eventually, relayClient } from './relay-client';
import { createRedriveJob } from '../../../src/jobs/redrive-unanswered';
import { createUnansweredInbound } from '../../../src/store/unanswered-inbound';

const TRIP = 'Masai Mara in August, 2 adults, we love the migration, 7 days, $6000 per person';
const VERDICT = /^(BOOK|WAIT|SWITCH|DISCARD|Book|Wait|Switch|Discard)\b/;

let stack: LocalStack;
let relay: ReturnType<typeof relayClient>;
let n = 0;
/** A fresh traveler number for each test. */
const number = () => `+2547${String(Date.now() % 1e6).padStart(6, '0')}${String(++n).padStart(2, '0')}`.slice(0, 13);

function tenant(id: string, relays: Tenant['relays']): Tenant {
  return { ...demoTenant(new Date()), tenant_id: id, name: `${id} Safaris`, relays };
}

beforeAll(async () => {
  stack = await startTestStack();
  relay = relayClient(stack);
  const base = demoRelays(loadConfig({}));
  await stack.app.repos.tenants.put(tenant('slow', { ...base, reply_budget_ms: 0 }));
  await stack.app.repos.tenants.put(tenant('plain', { reply_budget_ms: 8000, twilio: base.twilio, whatsapp: { phone_number_id: 'plain-phone-id' } }));
  await stack.app.repos.tenants.put(tenant('acme', base));
}, 120_000);
afterAll(() => stack?.stop());

const contacts = () => stack.relays.relays.deps.contacts;
async function transcript(tenantId: string, sessionId: string) {
  return (await stack.app.repos.messages.transcript(tenantId, sessionId, { limit: 100 })).items;
}

describe('SMS through Twilio', () => {
  test('a signed SMS gets its verdict in TwiML, verdict first, within 3 segments, with the link to the full decision', async () => {
    const from = number();
    const a = await relay.sms('demo', from, TRIP);
    expect(a.status).toBe(200);
    expect(a.type).toMatch(/^text\/xml/);
    expect(a.message).toMatch(VERDICT);
    expect(segmentSms(a.message!).segments).toBeLessThanOrEqual(3);
    const link = /Full decision: (\S+)$/.exec(a.message!)?.[1];
    expect(link).toMatch(new RegExp(`^${stack.url}/d/demo/`));
    const page = await fetch(link!);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('Assumptions');

    const contact = await contacts().get('demo', 'sms', from);
    const messages = await transcript('demo', contact!.session_id);
    expect(messages.map((m) => m.direction)).toEqual(['inbound', 'outbound']);
    expect(messages[0]).toMatchObject({ channel: 'sms', text: TRIP, channel_message_id: a.sid });
    expect(messages[1]).toMatchObject({ delivery: 'sent', decision_id: expect.stringMatching(/^dec_/) });
    // The link opens only that decision: another tenant's path with the same token does not.
    expect((await fetch(link!.replace('/d/demo/', '/d/acme/'))).status).toBe(404);
  });

  test('a redelivered MessageSid gets the recorded answer and creates nothing', async () => {
    const from = number();
    const first = await relay.sms('demo', from, TRIP);
    const again = await relay.sms('demo', from, TRIP, first.sid);
    expect(again.status).toBe(200);
    expect(again.message).toBe(first.message);
    const contact = await contacts().get('demo', 'sms', from);
    expect(await transcript('demo', contact!.session_id)).toHaveLength(2);
  });

  test('a reply over the budget: an empty <Response/> now, the reply by the Messages API when ready, and a redelivery gets <Response/>', async () => {
    const from = number();
    const a = await relay.sms('slow', from, TRIP);
    expect(a.status).toBe(200);
    expect(a.body).toMatch(/<Response\/>$/);
    const out = await eventually(() => relay.outbox(from), (rows) => rows.length > 0);
    expect(out).toHaveLength(1);
    expect(out[0]).toMatchObject({ channel: 'sms', from: '+15005550006' });
    expect(out[0]!.text).toMatch(VERDICT);
    expect(out[0]!.segments).toBeLessThanOrEqual(3);
    expect((await relay.sms('slow', from, TRIP, a.sid)).body).toMatch(/<Response\/>$/);
    // The emulator's signed status callbacks move the receipt to delivered; the reply is recorded sent.
    const contact = await contacts().get('slow', 'sms', from);
    const reply = (await transcript('slow', contact!.session_id)).find((m) => m.direction === 'outbound');
    expect(reply?.delivery).toBe('sent');
    await relay.outbox(from);
    expect(await relay.outbox(from)).toHaveLength(1);
  });
});

describe('WhatsApp', () => {
  test('Cloud API: 200 at once, the verdict through the Graph API, one message', async () => {
    const from = number();
    const a = await relay.whatsapp('demo', from, TRIP);
    expect(a.status).toBe(200);
    const out = await eventually(() => relay.outbox(`whatsapp:${from}`), (rows) => rows.length > 0);
    expect(out).toHaveLength(1);
    expect(out[0]!.text).toMatch(/^\*(BOOK|WAIT|SWITCH|DISCARD|Book|Wait|Switch|Discard)\b/);
    expect(out[0]!.text).toContain('Full decision: ');
    const contact = await contacts().get('demo', 'whatsapp', from);
    const messages = await transcript('demo', contact!.session_id);
    // The emoji Meta escaped in the raw body arrives whole.
    expect(messages[0]!.text).toBe(`${TRIP} 🦁`);
    expect(messages[0]!.channel).toBe('whatsapp');
  });

  test('Cloud API: a redelivered wamid is answered once', async () => {
    const from = number();
    const id = wamid();
    await relay.whatsapp('demo', from, TRIP, id);
    await eventually(() => relay.outbox(`whatsapp:${from}`), (rows) => rows.length > 0);
    const again = await relay.whatsapp('demo', from, TRIP, id);
    expect(again.status).toBe(200);
    await new Promise((r) => setTimeout(r, 500));
    expect(await relay.outbox(`whatsapp:${from}`)).toHaveLength(1);
  });

  test('through Twilio: TwiML answer to a whatsapp: address', async () => {
    const from = number();
    const a = await relay.twilioWhatsapp('demo', from, TRIP);
    expect(a.status).toBe(200);
    expect(a.message).toMatch(/^\*/);
    expect((await contacts().get('demo', 'whatsapp', from))?.provider).toBe('twilio');
  });

  test('verification: the right token echoes the challenge as text; anything else is 403', async () => {
    const ok = await fetch(`${stack.url}/relay/whatsapp/demo?hub.mode=subscribe&hub.verify_token=demo-verify-token&hub.challenge=1158201444`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/plain/);
    expect(await ok.text()).toBe('1158201444');
    expect((await fetch(`${stack.url}/relay/whatsapp/demo?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1`)).status).toBe(403);
    expect((await fetch(`${stack.url}/relay/whatsapp/demo?hub.mode=unsubscribe&hub.verify_token=demo-verify-token&hub.challenge=1`)).status).toBe(403);
  });

  test('a sender known only by a business-scoped user id is answered at that id', async () => {
    const bsuid = `KE.${Date.now()}${++n}`;
    const raw = metaJson('meta-bsuid-message.json', { PHONE_ID: 'demo-phone-id', BSUID: bsuid, WAMID: wamid(), BODY: TRIP });
    expect((await relay.postMeta('demo', raw)).status).toBe(200);
    const out = await eventually(() => relay.outbox(`whatsapp:${bsuid}`), (rows) => rows.length > 0);
    expect(out[0]!.text).toMatch(/^\*/);
    expect((await contacts().get('demo', 'whatsapp', bsuid))?.address).toBe(bsuid);
  });
});

describe('signatures: checked before anything is parsed or stored', () => {
  test('a bad signature and a missing one are 403 and store nothing', async () => {
    const from = number();
    const form = twilioForm('twilio-sms-inbound.form', { SID: messageSid(), FROM: from, BODY: TRIP });
    expect((await relay.postTwilio('demo', form, { signature: 'AAAAAAAAAAAAAAAAAAAAAAAAAAA=' })).status).toBe(403);
    expect((await relay.postTwilio('demo', form, { signature: null })).status).toBe(403);
    const raw = metaJson('meta-text-message.json', { PHONE_ID: 'demo-phone-id', WAID: from.slice(1), WAMID: wamid(), BODY: TRIP });
    expect((await relay.postMeta('demo', raw, { signature: signMeta('not-the-secret', raw) })).status).toBe(403);
    expect((await relay.postMeta('demo', raw, { signature: null })).status).toBe(403);
    // Signed over the JSON as re-serialised, not the bytes sent: refused.
    expect((await relay.postMeta('demo', raw, { signature: signMeta('demo-meta-secret', JSON.stringify(JSON.parse(raw))) })).status).toBe(403);
    expect(await contacts().get('demo', 'sms', from)).toBeUndefined();
    expect(await contacts().get('demo', 'whatsapp', from)).toBeUndefined();
  });

  test('a signature over another URL than the configured public one (API Gateway stage URL, another host) is 403', async () => {
    const from = number();
    const form = twilioForm('twilio-sms-inbound.form', { SID: messageSid(), FROM: from, BODY: TRIP });
    expect((await relay.postTwilio('demo', form, { signedUrl: 'https://abc123.execute-api.eu-west-1.amazonaws.com/prod/relay/twilio/demo' })).status).toBe(403);
    expect((await relay.postTwilio('demo', form, { signedUrl: `${stack.url.replace('127.0.0.1', 'localhost')}/relay/twilio/demo` })).status).toBe(403);
    expect((await relay.postTwilio('acme', form, { signedUrl: relay.twilioUrl('demo') })).status).toBe(403);
    expect(await contacts().get('demo', 'sms', from)).toBeUndefined();
  });

  test('an unknown tenant is refused like a bad signature', async () => {
    const form = twilioForm('twilio-sms-inbound.form', { SID: messageSid(), FROM: number(), BODY: TRIP });
    expect((await relay.postTwilio('nobody', form)).status).toBe(403);
  });
});

describe('bad bodies: a clear 400, nothing stored, the service keeps serving', () => {
  test('Twilio: an unknown field, a malformed MessageSid, an oversized body', async () => {
    const from = number();
    const extra = `${twilioForm('twilio-sms-inbound.form', { SID: messageSid(), FROM: from, BODY: TRIP })}&Surprise=1`;
    const a = await relay.postTwilio('demo', extra);
    expect(a.status).toBe(400);
    expect(JSON.parse(a.body)).toEqual({ error: { code: 'bad_request', message: expect.stringContaining('Surprise') } });
    const bad = await relay.postTwilio('demo', twilioForm('twilio-sms-inbound.form', { SID: 'SMnothex', FROM: from, BODY: TRIP }));
    expect(bad.status).toBe(400);
    const big = await relay.postTwilio('demo', twilioForm('twilio-sms-inbound.form', { SID: messageSid(), FROM: from, BODY: 'x'.repeat(70_000) }));
    expect(big.status).toBe(400);
    expect(JSON.parse(big.body).error.code).toBe('too_large');
    expect(await contacts().get('demo', 'sms', from)).toBeUndefined();
    expect((await relay.sms('demo', from, TRIP)).message).toMatch(VERDICT);
  });

  test('Meta: not JSON, an unknown envelope field, an oversized body', async () => {
    const from = number();
    expect((await relay.postMeta('demo', '{"object":')).status).toBe(400);
    const body = JSON.parse(metaJson('meta-text-message.json', { PHONE_ID: 'demo-phone-id', WAID: from.slice(1), WAMID: wamid(), BODY: TRIP }));
    const unknown = await relay.postMeta('demo', JSON.stringify({ ...body, injected: true }));
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.body).error.message).toMatch(/injected|Unrecognized/i);
    expect((await relay.postMeta('demo', JSON.stringify({ ...body, pad: 'x'.repeat(300_000) }))).status).toBe(400);
    expect(await contacts().get('demo', 'whatsapp', from)).toBeUndefined();
    expect((await relay.whatsapp('demo', from, TRIP)).status).toBe(200);
    expect(await eventually(() => relay.outbox(`whatsapp:${from}`), (r) => r.length > 0)).toHaveLength(1);
  });
});

describe('consent', () => {
  test('SMS: STOP suppresses (lead SUPPRESSED, an event), a message after it gets nothing, START lifts it', async () => {
    const from = number();
    expect((await relay.sms('demo', from, TRIP)).message).toMatch(VERDICT);
    const contact = (await contacts().get('demo', 'sms', from))!;
    const leadId = leadIdForSession(contact.session_id);
    // Twilio confirms STOP itself on a long code: our answer is empty.
    expect((await relay.sms('demo', from, 'STOP')).body).toMatch(/<Response\/>$/);
    expect((await stack.app.repos.leads.get('demo', leadId, true))?.lead_state).toBe('SUPPRESSED');
    const events = await scanEvents(stack.store.ctx, 'demo', { lead_id: leadId });
    expect(events.some((e) => e.event_type === 'LEAD_STATE_CHANGED' && (e.payload as { to?: string }).to === 'SUPPRESSED')).toBe(true);

    const quiet = await relay.sms('demo', from, 'Make it September instead.');
    expect(quiet.body).toMatch(/<Response\/>$/);
    expect(await transcript('demo', contact.session_id)).toHaveLength(2); // the STOP and the quiet message are not turns
    expect(await relay.outbox(from)).toEqual([]);

    expect((await relay.sms('demo', from, 'START')).body).toMatch(/<Response\/>$/);
    expect((await stack.app.repos.leads.get('demo', leadId, true))?.lead_state).toBe('ASSESSING');
    expect((await relay.sms('demo', from, 'Make it September instead.')).message).toMatch(VERDICT);
  });

  test('HELP gets the fixed help text and never reaches the engine', async () => {
    const from = number();
    const a = await relay.sms('demo', from, 'help');
    expect(a.message).toMatch(/^Demo Safaris trip advice: .*Reply STOP to unsubscribe\.$/);
    const contact = (await contacts().get('demo', 'sms', from))!;
    expect(await transcript('demo', contact.session_id)).toEqual([]);
  });

  test('WhatsApp: STOP gets our confirmation (Twilio does not send one there), then nothing more', async () => {
    const from = number();
    const stop = metaJson('meta-text-message.json', { PHONE_ID: 'demo-phone-id', WAID: from.slice(1), WAMID: wamid(), BODY: 'STOP' }).replace(' \\ud83e\\udd81', '');
    expect(stop).toContain('"body":"STOP"');
    expect((await relay.postMeta('demo', stop)).status).toBe(200);
    const out = await eventually(() => relay.outbox(`whatsapp:${from}`), (r) => r.length > 0);
    expect(out.map((r) => r.text)).toEqual([expect.stringMatching(/unsubscribed.*Reply START/)]);
    await relay.whatsapp('demo', from, TRIP);
    await new Promise((r) => setTimeout(r, 500));
    expect(await relay.outbox(`whatsapp:${from}`)).toHaveLength(1);
  });

  test('a send refused as opted out (Twilio 21610) suppresses the traveler instead of retrying', async () => {
    const from = number();
    stack.relays.emulator.addFault({ to: from, code: '21610' });
    expect((await relay.sms('slow', from, TRIP)).body).toMatch(/<Response\/>$/);
    const suppressed = await eventually(() => contacts().get('slow', 'sms', from), (c) => c?.status === 'suppressed');
    expect(suppressed?.status).toBe('suppressed');
    expect(await relay.outbox(from)).toEqual([]);
    stack.relays.emulator.clearFaults();
  });
});

describe('who is writing', () => {
  test("the same number at another tenant is another traveler: a foreign tenant's traveler is never matched", async () => {
    const from = number();
    await relay.sms('demo', from, TRIP);
    await relay.sms('acme', from, TRIP);
    const demo = (await contacts().get('demo', 'sms', from))!;
    const acme = (await contacts().get('acme', 'sms', from))!;
    expect(acme.traveler_id).not.toBe(demo.traveler_id);
    expect(await stack.app.repos.travelers.get('acme', demo.traveler_id)).toBeUndefined();
    expect(await stack.app.repos.sessions.get('acme', demo.session_id)).toBeUndefined();
  });
});

describe('follow-ups and the 24 hour window', () => {
  /** Puts the traveler's lead into WAITING with its follow-up due, as a wait decision would. */
  async function waiting(tenantId: string, channel: 'sms' | 'whatsapp', from: string) {
    const contact = (await contacts().get(tenantId, channel, from))!;
    const lead = (await stack.app.repos.leads.get(tenantId, leadIdForSession(contact.session_id), true))!;
    const due = new Date(Date.now() + 86_400_000).toISOString();
    await stack.app.repos.leads.save({ ...lead, lead_state: 'WAITING', state_reason: 'STATE_REASON.TIMING_NOT_OPTIMAL', next_action_at: due }, lead.version);
    return contact;
  }
  const inTwoDays = () => new Date(Date.now() + 2 * 86_400_000);

  test('WhatsApp outside 24 h: the follow-up goes out as the tenant template, never free text', async () => {
    const from = number();
    await relay.whatsapp('demo', from, TRIP);
    await eventually(() => relay.outbox(`whatsapp:${from}`), (r) => r.length > 0);
    await waiting('demo', 'whatsapp', from);
    const result = await stack.sweep(inTwoDays());
    expect(result.followups).toBeGreaterThanOrEqual(1);
    const out = await relay.outbox(`whatsapp:${from}`);
    expect(out).toHaveLength(2);
    expect(out[1]!.template).toEqual({ id: 'trip_followup', variables: [expect.any(String)] });
  });

  test('WhatsApp outside 24 h with no template: stored pending with its reason, nothing sent', async () => {
    const from = number();
    // The `plain` tenant has no WhatsApp access token configured locally? It has: the demo secrets. It has no template.
    const raw = metaJson('meta-text-message.json', { PHONE_ID: 'plain-phone-id', WAID: from.slice(1), WAMID: wamid(), BODY: TRIP });
    await relay.postMeta('plain', raw);
    const contact = await eventually(() => contacts().get('plain', 'whatsapp', from), (c) => c !== undefined);
    await eventually(async () => (await transcript('plain', contact!.session_id)).length, (len) => len >= 2);
    await waiting('plain', 'whatsapp', from);
    const before = (await relay.outbox(`whatsapp:${from}`)).length;
    await stack.sweep(inTwoDays());
    expect(await relay.outbox(`whatsapp:${from}`)).toHaveLength(before);
    const followup = (await transcript('plain', contact!.session_id)).find((m) => m.followup);
    expect(followup?.delivery).toBe('pending');
    expect(await contacts().pendingReason('plain', followup!.message_id)).toBe('whatsapp_window_closed_no_template');
  });

  test('SMS has no window: the follow-up goes out as text with the link, within 3 segments', async () => {
    const from = number();
    await relay.sms('demo', from, TRIP);
    await waiting('demo', 'sms', from);
    await stack.sweep(inTwoDays());
    const out = await relay.outbox(from);
    expect(out).toHaveLength(1);
    expect(out[0]!.text).toMatch(/^Checking in on your trip/);
    expect(out[0]!.text).toContain('Full decision: ');
    expect(out[0]!.segments).toBeLessThanOrEqual(3);
  });
});

describe('nothing lost between the store and the answer', () => {
  test('a message stored when the process died before its turn is answered once by the re-drive, through its own provider', async () => {
    const from = number();
    await relay.sms('slow', from, TRIP);
    await eventually(() => relay.outbox(from), (r) => r.length === 1);
    const contact = (await contacts().get('slow', 'sms', from))!;
    // What the relay stores before it answers, and then nothing: the process "died".
    const sid = messageSid();
    const stored = await stack.app.conversation.accept({
      tenant_id: 'slow', channel: 'sms', session_id: contact.session_id, traveler_id: contact.traveler_id,
      channel_message_id: sid, text: 'Make it September instead.', channel_context: { provider: 'twilio', address: from, from, to: '+15005550006' },
    });
    expect(stored.kind).toBe('accepted');
    // The sweep's re-drive (issue 16's job, its age threshold at zero so the test need not wait a minute).
    const redrive = createRedriveJob({ conversation: stack.app.conversation, unanswered: createUnansweredInbound(stack.store.ctx), listTenantIds: async () => ['slow'], afterMs: 0 });
    const first = await redrive();
    expect(first.replied).toBe(1);
    const out = await relay.outbox(from);
    expect(out).toHaveLength(2);
    expect(out[1]!.text).toMatch(VERDICT);
    // Once: a second run and Twilio's redelivery of that MessageSid send nothing more.
    expect((await redrive()).found).toBe(0);
    expect((await relay.sms('slow', from, 'Make it September instead.', sid)).body).toMatch(/<Response\/>$/);
    expect(await relay.outbox(from)).toHaveLength(2);
  });
});

