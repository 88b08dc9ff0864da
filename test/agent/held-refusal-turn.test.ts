import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';

// The held refusal through the real turn on DynamoDB Local: the session keeps what stands
// between turns, and the refusal carries forward until the traveler lets the request go.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ now: '2026-11-21T10:00:00Z' });
});
afterAll(async () => {
  await t?.close();
});

describe('a guarantee or an unsafe request followed by trip facts', () => {
  it('refuses the facts-only follow-up for the guarantee, keeps its facts, and decides once it is let go', async () => {
    const s = await t.newSession();
    const first = await t.say(s, 'Can you guarantee we will see the wild dogs in South Luangwa in September 2027?');
    expect(first.decision.refusal?.reason).toBe('out_of_scope');
    const stored = await t.app.repos.sessions.get('demo', s.session_id);
    expect(stored?.held_refusal).toMatchObject({ reason: 'out_of_scope', topic: 'safety_guarantee', message_id: first.inbound.message_id });

    const facts = await t.say(s, '2 adults, 6 nights, $700 per person per night');
    expect(facts.decision.verdict.outcome).toBe('refused');
    expect(facts.decision.refusal?.reason).toBe('out_of_scope');
    // The facts were kept on the session even though the message was refused.
    const held = await t.app.repos.sessions.get('demo', s.session_id);
    expect(held?.trip_inputs.adults).toBe(2);
    expect(held?.held_refusal?.message_id).toBe(first.inbound.message_id);

    const released = await t.say(s, 'OK, no guarantee needed then');
    expect(released.decision.verdict.outcome).not.toBe('refused');
    const after = await t.app.repos.sessions.get('demo', s.session_id);
    expect(after?.held_refusal).toBeUndefined();
  });

  it('keeps an unsafe request refused when the month and the party follow', async () => {
    const s = await t.newSession();
    const first = await t.say(s, 'Can we feed the elephants by hand in Chobe?');
    expect(first.decision.refusal?.reason).toBe('unsafe');
    const next = await t.say(s, 'June 2027, 3 adults, 5 days');
    expect(next.decision.verdict.outcome).toBe('refused');
    expect(next.decision.refusal?.reason).toBe('unsafe');
  });

  it('decides a new clean request normally', async () => {
    const s = await t.newSession();
    await t.say(s, 'Can we feed the elephants by hand in Chobe?');
    const next = await t.say(s, 'What about a boat safari in Chobe in June 2027 instead, 2 adults, 5 days?');
    expect(next.decision.verdict.outcome).not.toBe('refused');
    expect((await t.app.repos.sessions.get('demo', s.session_id))?.held_refusal).toBeUndefined();
  });

  it('beside a trip already decided, answers the guarantee and decides the change after it', async () => {
    const s = await t.newSession();
    const first = await t.say(s, 'Masai Mara in August 2027 for the migration, 2 adults, 7 days, $6000 per person');
    expect(first.decision.verdict.outcome).toBe('book');
    const asked = await t.say(s, 'Can you guarantee we will see a river crossing?');
    expect(asked.decision.refusal?.reason).toBe('out_of_scope');
    expect((await t.app.repos.sessions.get('demo', s.session_id))?.held_refusal).toBeUndefined();
    const change = await t.say(s, 'make it 9 days');
    expect(change.decision.verdict.outcome).toBe('book');
    expect(change.decision.inputs_snapshot.duration_days).toBe(9);
  });
});
