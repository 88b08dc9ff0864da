import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
