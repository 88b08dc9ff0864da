import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DeleteCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { DEFAULT_WRITE_LIMITS } from '../../src/channels/tenant-policy';
import type { LocalStack } from '../../src/local/stack';
import { connectClient, pause, type Frame, type TestClient } from '../support/ws-client';
import { startTestStack } from '../support/stack';
import { defaultPackIndex } from '../../src/domain/knowledge-pack/index-pack';

// The WebSocket protocol of PROTOCOL.md §1, end to end: real `ws` clients against the
// local stack on port 0 (gateway → route handlers → turn → DynamoDB Local → @connections).

let stack: LocalStack;
const NOW = '2026-11-21T10:00:00Z';
const BOOKABLE = 'Masai Mara in August, 2 adults, we love the migration, 7 days, $6000 per person';

beforeAll(async () => {
  stack = await startTestStack({ now: NOW });
  await stack.app.repos.tenants.put({
    tenant_id: 'other',
    name: 'Other Tours',
    status: 'active',
    created_at: NOW,
    updated_at: NOW,
    allowed_origins: ['https://other.example'],
    allow_missing_origin: true,
    rate_limits: { per_connection_per_minute: 2, per_tenant_per_minute: 100 },
    locale: 'en',
  });
});
afterAll(async () => {
  await stack?.stop();
});

/** Items in the tables a bad frame must not touch. */
async function countItems(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const t of ['sessions', 'messages', 'decisions', 'events', 'travelers', 'inbound_dedupe'] as const) {
    const r = await stack.store.doc.send(new ScanCommand({ TableName: stack.store.ctx.tables[t], Select: 'COUNT' }));
    out[t] = r.Count ?? 0;
  }
  return out;
}

/** Live connection records bound to a session. */
async function countConnections(sessionId: string): Promise<number> {
  const r = await stack.store.doc.send(new ScanCommand({ TableName: stack.store.ctx.tables.connections, FilterExpression: 'session_id = :s', ExpressionAttributeValues: { ':s': sessionId } }));
  return r.Items?.length ?? 0;
}

const url = (tenant = 'demo') => `${stack.wsUrl}?tenant=${tenant}`;
const isType = (t: string) => (f: { type: string }) => f.type === t;

async function startSession(tenant = 'demo'): Promise<{ c: TestClient; session_id: string }> {
  const c = await connectClient(url(tenant));
  c.send({ action: 'hello' });
  const s = await c.next(isType('session'));
  return { c, session_id: s.session_id };
}

async function say(c: TestClient, id: string, text: string) {
  c.send({ action: 'sendMessage', client_message_id: id, text });
  const ack = await c.next((f) => f.type === 'ack' && f.client_message_id === id);
  const reply = await c.next((f) => f.type === 'reply' && f.reply_to === ack.message_id);
  return { ack, reply };
}

describe('a conversation', () => {
  it('reaches a book verdict with its itinerary, ack only after the message is stored, typing paired', async () => {
    const { c, session_id } = await startSession();
    c.send({ action: 'sendMessage', client_message_id: 'm1', text: BOOKABLE });
    const ack = await c.next(isType('ack'));
    // The ack promises durability: the inbound message is in the transcript already.
    const stored = await stack.app.repos.messages.get('demo', session_id, ack.message_id);
    expect(stored).toMatchObject({ direction: 'inbound', text: BOOKABLE, channel_message_id: `${session_id}:m1` });
    expect(ack).toMatchObject({ client_message_id: 'm1', duplicate: false });

    const reply = await c.next(isType('reply'));
    const sequence = c.frames.map((f) => f.type);
    expect(sequence).toEqual(['session', 'ack', 'typing', 'typing', 'reply']);
    expect(c.frames.filter((f) => f.type === 'typing').map((f) => f.on)).toEqual([true, false]);

    expect(reply.reply_to).toBe(ack.message_id);
    expect(reply.decision.verdict.outcome).toBe('book');
    expect(reply.text.startsWith('Book')).toBe(true);
    expect(reply.decision.inputs_snapshot).toMatchObject({ destinations: ['masai_mara'], month: 8, adults: 2, duration_days: 7 });
    const itineraryId = reply.decision.linked_entities.itinerary_id;
    expect(itineraryId).toMatch(/^itin_/);
    const itinerary = await stack.app.repos.itineraries.get('demo', itineraryId);
    expect(itinerary?.route[0]?.destination_id).toBe('masai_mara');
    expect(itinerary?.duration_days).toBe(7);
    // The frame carries the plan in brief, so the widget needs no second request.
    expect(reply.itinerary).toMatchObject({ itinerary_id: itineraryId, duration_days: 7, route: [{ destination_id: 'masai_mara', nights: itinerary!.route[0]!.nights }] });

    const lead = await stack.app.repos.leads.get('demo', reply.decision.lead_id);
    expect(lead?.lead_state).toBe('PLAN_READY');
    c.close();
  });

  it('answers a refusal, then a decision that supersedes it', async () => {
    const { c } = await startSession();
    // A trip message that cannot be decided yet (a greeting's welcome would not stand: issue 15).
    const first = await say(c, 'r1', 'we are 2 adults');
    expect(first.reply.decision.verdict.outcome).toBe('refused');
    expect(first.reply.decision.refusal.reason).toBe('missing_inputs');
    expect(first.reply.decision.refusal.missing_inputs.length).toBeGreaterThan(0);
    expect(first.reply.decision.refusal.missing_inputs.length).toBeLessThanOrEqual(3);

    const second = await say(c, 'r2', BOOKABLE);
    expect(second.reply.decision.verdict.outcome).not.toBe('refused');
    expect(second.reply.decision.supersedes_decision_id).toBe(first.reply.decision.decision_id);
    const old = await stack.app.repos.decisions.get('demo', first.reply.decision.decision_id);
    expect(old?.state).toBe('SUPERSEDED');
    c.close();
  });

  it('decides on a country the traveler names instead of a place, and keeps it across turns', async () => {
    const { c, session_id } = await startSession();
    const first = await say(c, 'k1', 'Tanzania next August');
    expect(first.reply.decision.inputs_snapshot).toMatchObject({ countries: ['TZ'], month: 8, year: 2027 });
    expect(first.reply.decision.verdict.outcome).toBe('book');
    const second = await say(c, 'k2', 'we are 2 adults, 10 days');
    expect(second.reply.decision.inputs_snapshot).toMatchObject({ countries: ['TZ'], adults: 2, duration_days: 10 });
    const route = second.reply.itinerary.route.map((s: { destination_id: string }) => s.destination_id);
    expect(route.length).toBeGreaterThan(0);
    for (const id of route) expect(defaultPackIndex().byId.get(id)?.country).toBe('TZ');
    const session = await stack.app.repos.sessions.get('demo', session_id);
    expect(session?.trip_inputs.countries).toEqual(['TZ']);
    c.close();
  });

  it('refuses a safety question about a country, yet keeps the country for the trip', async () => {
    const { c } = await startSession();
    const first = await say(c, 'g1', 'We want Tanzania - is it safe?');
    expect(first.reply.decision.refusal).toMatchObject({ reason: 'out_of_scope' });
    const second = await say(c, 'g2', 'August, 2 adults, 10 days');
    expect(second.reply.decision.inputs_snapshot).toMatchObject({ countries: ['TZ'], month: 8 });
    expect(second.reply.decision.verdict.outcome).toBe('book');
    c.close();
  });

  it('stores and answers messages sent together on one connection in the order they were sent', async () => {
    const { c, session_id } = await startSession();
    const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August'];
    c.send({ action: 'sendMessage', client_message_id: 'q0', text: 'Serengeti, 2 adults, 6000 usd each, 6 nights' });
    months.forEach((m, k) => c.send({ action: 'sendMessage', client_message_id: `q${k + 1}`, text: `actually let's go in ${m}` }));
    const acks: Frame[] = [];
    for (let k = 0; k <= months.length; k++) acks.push(await c.next((f) => f.type === 'ack' && f.client_message_id === `q${k}`));
    const last = await c.next((f) => f.type === 'reply' && f.reply_to === acks.at(-1)!.message_id);
    // Ids, and so the transcript, follow the sending order; the last word wins.
    const ids = acks.map((a) => a.message_id);
    expect([...ids].sort()).toEqual(ids);
    const inbound = (await stack.app.repos.messages.transcript('demo', session_id)).items.filter((m) => m.direction === 'inbound');
    expect(inbound.map((m) => m.channel_message_id)).toEqual(acks.map((a) => `${session_id}:${a.client_message_id}`));
    expect(last.decision.inputs_snapshot.month).toBe(8);
    const replies = c.frames.filter((f) => f.type === 'reply');
    expect(replies.map((r) => r.reply_to)).toEqual(ids);
    c.close();
  });

  it('binds hello before a message sent right behind it, on a new or a resumed session', async () => {
    const { c: first, session_id } = await startSession();
    await say(first, 'h1', BOOKABLE);
    first.close();
    const c = await connectClient(url());
    c.send({ action: 'hello', session_id });
    c.send({ action: 'sendMessage', client_message_id: 'h2', text: 'We would rather go in September instead.' });
    const ack = await c.next((f) => f.type === 'ack' && f.client_message_id === 'h2');
    const reply = await c.next((f) => f.type === 'reply' && f.reply_to === ack.message_id);
    expect(c.frames.filter(isType('session'))).toEqual([expect.objectContaining({ session_id, resumed: true })]);
    // The message joined the resumed conversation: the Mara, now in September.
    expect(reply.decision.inputs_snapshot).toMatchObject({ destinations: ['masai_mara'], month: 9 });
    c.close();

    const fresh = await connectClient(url());
    fresh.send({ action: 'sendMessage', client_message_id: 'n1', text: 'Serengeti please' });
    fresh.send({ action: 'sendMessage', client_message_id: 'n2', text: 'in February' });
    const ack2 = await fresh.next((f) => f.type === 'ack' && f.client_message_id === 'n2');
    const reply2 = await fresh.next((f) => f.type === 'reply' && f.reply_to === ack2.message_id);
    expect(fresh.frames.filter(isType('session'))).toHaveLength(1);
    expect(reply2.decision.inputs_snapshot).toMatchObject({ destinations: ['serengeti'], month: 2 });
    fresh.close();
  });

  it('does not hold a ping behind a resume that waits for the session’s running turn', async () => {
    const { c: first, session_id } = await startSession();
    const answered = await say(first, 'p1', BOOKABLE);
    first.close();
    let release!: () => void;
    const busy = stack.app.queue.run(session_id, () => new Promise<void>((r) => (release = r)));
    const c = await connectClient(url());
    c.send({ action: 'hello', session_id });
    c.send({ action: 'ping' });
    await c.next(isType('pong'));
    expect(c.frames.some((f) => f.type === 'reply')).toBe(false); // the replay waits for the turn
    release();
    await busy;
    expect((await c.next(isType('reply'))).message_id).toBe(answered.reply.message_id);
    c.close();
  });

  it('serialises turns sent together, answering them in order with no lost update', async () => {
    const { c, session_id } = await startSession();
    c.send({ action: 'sendMessage', client_message_id: 'o1', text: 'Serengeti please' });
    c.send({ action: 'sendMessage', client_message_id: 'o2', text: 'in February, for the calving' });
    const tab2 = await connectClient(url());
    tab2.send({ action: 'hello', session_id });
    await tab2.next(isType('session'));
    tab2.send({ action: 'sendMessage', client_message_id: 'o3', text: 'we are 3 adults' });
    await c.next((f) => f.type === 'reply' && f.decision.inputs_snapshot.month === 2);
    const ack3 = await tab2.next((f) => f.type === 'ack' && f.client_message_id === 'o3');
    await tab2.next((f) => f.type === 'reply' && f.reply_to === ack3.message_id);
    const replies = c.frames.filter((f) => f.type === 'reply');
    expect(replies).toHaveLength(2);
    // The second reply answers the second message and builds on the first.
    expect(replies[1]!.decision.inputs_snapshot).toMatchObject({ destinations: ['serengeti'], month: 2 });
    const session = await stack.app.repos.sessions.get('demo', session_id);
    expect(session?.turn_count).toBe(3);
    expect(session?.trip_inputs).toMatchObject({ destinations: ['serengeti'], month: 2, adults: 3 });
    c.close();
    tab2.close();
  });
});

describe('nothing lost, nothing doubled', () => {
  it('answers a resent client_message_id from the record and stores nothing new', async () => {
    const { c, session_id } = await startSession();
    const first = await say(c, 'dup', BOOKABLE);
    const before = (await stack.app.repos.messages.transcript('demo', session_id)).items.length;
    c.send({ action: 'sendMessage', client_message_id: 'dup', text: BOOKABLE });
    const ack = await c.next((f) => f.type === 'ack' && f.duplicate === true);
    const again = await c.next((f) => f.type === 'reply' && f.message_id === first.reply.message_id);
    expect(ack.message_id).toBe(first.ack.message_id);
    expect(again.decision.decision_id).toBe(first.reply.decision.decision_id);
    const after = (await stack.app.repos.messages.transcript('demo', session_id)).items.length;
    expect(after).toBe(before);
    c.close();
  });

  it('answers a resend sent while the original is still being decided with the same recorded reply', async () => {
    const { c } = await startSession();
    c.send({ action: 'sendMessage', client_message_id: 'twice', text: BOOKABLE });
    c.send({ action: 'sendMessage', client_message_id: 'twice', text: BOOKABLE });
    const first = await c.next((f) => f.type === 'reply');
    const second = await c.next((f) => f.type === 'reply');
    expect(second.message_id).toBe(first.message_id);
    const acks = c.frames.filter((f) => f.type === 'ack');
    expect(acks.map((a) => a.duplicate)).toEqual([false, true]);
    expect(acks[0]!.message_id).toBe(acks[1]!.message_id);
    c.close();
  });

  it('keeps the reply of a client gone before it, and delivers it on resume', async () => {
    const { c, session_id } = await startSession();
    c.send({ action: 'sendMessage', client_message_id: 'gone1', text: BOOKABLE });
    const ack = await c.next(isType('ack'));
    c.socket.terminate(); // the tab dies before the reply is posted
    // The reply is committed whether or not anyone is there to receive it.
    let reply;
    for (let i = 0; i < 100 && !reply; i++) {
      reply = (await stack.app.repos.messages.transcript('demo', session_id)).items.find((m) => m.reply_to === ack.message_id);
      if (!reply) await pause(100);
    }
    expect(reply).toBeDefined();
    // Posting to the dead socket met a GoneException: the connection record is removed.
    let gone = false;
    for (let i = 0; i < 50 && !gone; i++) {
      gone = (await countConnections(session_id)) === 0;
      if (!gone) await pause(100);
    }
    expect(gone).toBe(true);

    const back = await connectClient(url());
    back.send({ action: 'hello', session_id, after_message_id: ack.message_id });
    const s = await back.next(isType('session'));
    expect(s).toMatchObject({ session_id, resumed: true });
    const replayed = await back.next(isType('reply'));
    expect(replayed.reply_to).toBe(ack.message_id);
    expect(replayed.decision.verdict.outcome).toBe('book');
    back.close();
  });

  it('replays only what came after the last message the client saw', async () => {
    const { c, session_id } = await startSession();
    const one = await say(c, 'a1', 'Kruger in September');
    const two = await say(c, 'a2', 'two adults, 6 days');
    c.close();
    const back = await connectClient(url());
    back.send({ action: 'hello', session_id, after_message_id: one.reply.message_id });
    await back.next(isType('session'));
    const replayed = await back.next(isType('reply'));
    expect(replayed.message_id).toBe(two.reply.message_id);
    await back.send({ action: 'ping' });
    await back.next(isType('pong'));
    expect(back.frames.filter((f) => f.type === 'reply')).toHaveLength(1);
    back.close();
  });

  it("never resumes another tenant's session", async () => {
    const { c, session_id } = await startSession('demo');
    c.close();
    const foreign = await connectClient(url('other'));
    foreign.send({ action: 'hello', session_id });
    const s = await foreign.next(isType('session'));
    expect(s.resumed).toBe(false);
    expect(s.session_id).not.toBe(session_id);
    foreign.close();
  });
});

describe('bad frames', () => {
  const cases: Array<[string, string, string]> = [
    ['not JSON', '{nope', 'bad_request'],
    ['not an object', '[1,2]', 'bad_request'],
    ['no action', '{"text":"hi"}', 'bad_request'],
    ['unknown action', '{"action":"dance"}', 'unknown_action'],
    ['missing client_message_id', '{"action":"sendMessage","text":"hi"}', 'bad_request'],
    ['empty text', '{"action":"sendMessage","client_message_id":"x1","text":"   "}', 'bad_request'],
    ['text of invisible characters only', JSON.stringify({ action: 'sendMessage', client_message_id: 'x4', text: '\u200b\u0000 \ufeff\u0085\u200e\u202a\u00ad' }), 'bad_request'],
    ['text over 2000 characters', JSON.stringify({ action: 'sendMessage', client_message_id: 'x2', text: 'a'.repeat(2001) }), 'too_large'],
    ['client_message_id over 64 characters', JSON.stringify({ action: 'sendMessage', client_message_id: 'x'.repeat(65), text: 'hi' }), 'too_large'],
    ['text that is not a string', '{"action":"sendMessage","client_message_id":"x3","text":42}', 'bad_request'],
    ['a malformed hello', '{"action":"hello","session_id":"not-an-id"}', 'bad_request'],
  ];
  it.each(cases)('%s gets an error frame, stores nothing, and the connection stays open', async (_name, raw, code) => {
    const before = await countItems();
    const c = await connectClient(url());
    c.sendRaw(raw);
    const err = await c.next(isType('error'));
    expect(err.code).toBe(code);
    expect(typeof err.message).toBe('string');
    expect(err.message).not.toMatch(/at \w+ \(|node_modules|stack/i);
    c.send({ action: 'ping' });
    await c.next(isType('pong'));
    // Nothing was stored for it: no session, message, decision or event.
    expect(c.frames.some((f) => f.type === 'session' || f.type === 'ack')).toBe(false);
    expect(await countItems()).toEqual(before);
    c.close();
  });

  it('ignores fields it does not know (a newer client) and answers the message', async () => {
    const { c } = await startSession();
    c.send({ action: 'sendMessage', client_message_id: 'extra', text: 'Kruger in September', client_version: '2.0' });
    const ack = await c.next(isType('ack'));
    expect(ack.client_message_id).toBe('extra');
    await c.next((f) => f.type === 'reply' && f.reply_to === ack.message_id);
    c.close();
  });

  it('rate-limits a flood of frames of any kind on one connection', async () => {
    const c = await connectClient(url());
    for (let i = 0; i < 130; i++) c.send({ action: 'ping' });
    const err = await c.next(isType('error'));
    expect(err.code).toBe('rate_limited');
    expect(c.frames.filter((f) => f.type === 'pong').length).toBeLessThanOrEqual(120);
    // A message refused by this limit is named, so the client knows which one to send again.
    c.send({ action: 'sendMessage', client_message_id: 'flooded', text: 'Kruger in May' });
    await c.next((f) => f.type === 'error' && f.client_message_id === 'flooded');
    c.close();
  });

  it('refuses a hello over its connection limit before reading anything (a replay flood costs no store request)', async () => {
    const { c, session_id } = await startSession();
    for (let i = 1; i < DEFAULT_WRITE_LIMITS.hellos_per_connection_per_minute; i++) {
      c.send({ action: 'hello', session_id });
      await c.next((f) => f.type === 'session' && f.resumed === true);
    }
    // The connection's record gone: any frame that reads it is told the connection is not open.
    const records = await stack.store.doc.send(new ScanCommand({ TableName: stack.store.ctx.tables.connections, FilterExpression: 'session_id = :s', ExpressionAttributeValues: { ':s': session_id } }));
    for (const item of records.Items ?? []) await stack.store.doc.send(new DeleteCommand({ TableName: stack.store.ctx.tables.connections, Key: { pk: item.pk } }));
    c.send({ action: 'hello', session_id });
    expect(await c.next(isType('error'))).toMatchObject({ code: 'rate_limited' });
    c.send({ action: 'ping' });
    expect(await c.next((f) => f.type === 'error' && f.code !== 'rate_limited')).toMatchObject({ code: 'unauthorized' });
    c.close();
  });

  it('rate-limits a connection past its tenant limit', async () => {
    const { c } = await startSession('other');
    await say(c, 'l1', 'hello');
    await say(c, 'l2', 'hello again');
    c.send({ action: 'sendMessage', client_message_id: 'l3', text: 'and again' });
    const err = await c.next(isType('error'));
    expect(err).toMatchObject({ code: 'rate_limited', client_message_id: 'l3' });
    c.close();
  });
});

describe('the handshake', () => {
  it('refuses an unknown tenant with 403', async () => {
    await expect(connectClient(url('nobody'))).rejects.toMatchObject({ status: 403 });
  });
  it('refuses an Origin the tenant does not allow with 403', async () => {
    await expect(connectClient(url('demo'), { Origin: 'https://evil.example' })).rejects.toMatchObject({ status: 403 });
    await expect(connectClient(url('other'), { Origin: 'http://localhost:3000' })).rejects.toMatchObject({ status: 403 });
  });
  it('accepts an allowed Origin', async () => {
    const c = await connectClient(url('demo'), { Origin: 'http://localhost:5173' });
    c.send({ action: 'ping' });
    await c.next(isType('pong'));
    c.close();
  });
  it('refuses a missing or malformed tenant like an unknown one, with 403, storing nothing', async () => {
    const before = await countItems();
    await expect(connectClient(stack.wsUrl)).rejects.toMatchObject({ status: 403 });
    await expect(connectClient(url('DE MO'))).rejects.toMatchObject({ status: 403 });
    expect(await countItems()).toEqual(before);
  });
  it('lets the demo tenant in from localhost on any port, the default one included', async () => {
    for (const origin of ['http://localhost', 'http://127.0.0.1:8080']) {
      const c = await connectClient(url('demo'), { Origin: origin });
      c.send({ action: 'ping' });
      await c.next(isType('pong'));
      c.close();
    }
  });
});

describe('health', () => {
  it('answers /healthz once the store is reachable', async () => {
    const res = await fetch(`${stack.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });
});
