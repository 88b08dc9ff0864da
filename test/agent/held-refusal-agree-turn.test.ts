import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RECORD_COPY } from '../../src/agent/dialogue/record-copy';
import { startTestApp, type TestApp } from '../support/app';

// The held refusal's ways out through the real turn on DynamoDB Local: agreement to the
// refusal's own offer, and a traveler who keeps sending trip facts, both get a decision;
// a release word that asks the guarantee again does not.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ now: '2026-11-21T10:00:00Z' });
});
afterAll(async () => {
  await t?.close();
});

const GUARANTEE = 'Can you guarantee we will see the wild dogs in South Luangwa in September 2027?';
const FACTS = '2 adults, 6 nights, $700 per person per night';

describe('agreeing to the plan without the guarantee', () => {
  it.each(['Yes please decide it', 'go ahead', 'Just give me the plan please', 'yes decide without it'])('decides after "%s"', async (agree) => {
    const s = await t.newSession();
    await t.say(s, GUARANTEE);
    const held = await t.say(s, FACTS);
    expect(held.decision.refusal?.reason).toBe('out_of_scope');
    const agreed = await t.say(s, agree);
    expect(agreed.decision.verdict.outcome).not.toBe('refused');
    expect((await t.app.repos.sessions.get('demo', s.session_id))?.held_refusal).toBeUndefined();
  });

  it.each(['sure you can guarantee it', 'Prima di tutto, 2 adulti e 6 notti'])('stays refused after "%s"', async (text) => {
    const s = await t.newSession();
    await t.say(s, GUARANTEE);
    const next = await t.say(s, text);
    expect(next.decision.verdict.outcome).toBe('refused');
    expect(next.decision.refusal?.reason).toBe('out_of_scope');
    expect((await t.app.repos.sessions.get('demo', s.session_id))?.held_refusal?.topic).toBe('safety_guarantee');
  });
});

describe('a traveler who keeps sending trip facts', () => {
  it('refuses the first facts-only message, counts it on the session, and decides the second', async () => {
    const s = await t.newSession();
    await t.say(s, GUARANTEE);
    const first = await t.say(s, '2 adults, 6 nights');
    expect(first.decision.refusal?.reason).toBe('out_of_scope');
    expect((await t.app.repos.sessions.get('demo', s.session_id))?.held_refusal?.repeats).toBe(1);
    const second = await t.say(s, '$700 per person per night');
    expect(second.decision.verdict.outcome).not.toBe('refused');
    expect(second.decision.inputs_snapshot.adults).toBe(2);
    expect((await t.app.repos.sessions.get('demo', s.session_id))?.held_refusal).toBeUndefined();
  });
});

describe('an unsafe request says how to go on', () => {
  it('offers the plan without it, and "yes, plan without that" decides', async () => {
    const s = await t.newSession();
    const first = await t.say(s, 'Can we feed the elephants by hand in Chobe?');
    expect(first.decision.refusal?.reason).toBe('unsafe');
    expect(first.decision.refusal?.next_action).toMatch(/If you want a plan without that, tell me so and I will decide it/);
    const facts = await t.say(s, 'Chobe in June 2027, 2 adults, 5 days');
    expect(facts.decision.refusal?.reason).toBe('unsafe');
    const agreed = await t.say(s, 'yes, plan without that');
    expect(agreed.decision.refusal).toBeUndefined();
    expect(agreed.decision.inputs_snapshot.adults).toBe(2);
  });

  it('French and German records offer it in their language', () => {
    expect(RECORD_COPY.fr.withoutThat).toMatch(/sans cela, dites-le-moi/);
    expect(RECORD_COPY.de.withoutThat).toMatch(/ohne das möchten, sagen Sie es mir/);
  });
});
