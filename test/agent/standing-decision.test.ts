import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/app';

// The standing decision is the decision record, not a copy: staff who move it (a flag)
// between two turns are never overwritten, even by a process that kept it in memory.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ now: '2026-11-21T10:00:00Z' });
});
afterAll(async () => {
  await t?.close();
});

describe('the standing decision, read from its record', () => {
  it('a decision staff flagged keeps its state when the traveler changes the trip; the new one is issued', async () => {
    const s = await t.newSession();
    const first = await t.say(s, 'Kruger in September, 2 adults, 6 days');
    await t.app.repos.decisions.changeState('demo', first.decision.decision_id, { state: 'FLAGGED_FOR_REVIEW', updated_at: '2026-11-21T10:05:00.000Z' });

    const changed = await t.say(s, 'actually make it October');

    expect(changed.decision.inputs_snapshot.month).toBe(10);
    expect(changed.decision.state).toBe('ISSUED');
    expect((await t.app.repos.decisions.get('demo', first.decision.decision_id))?.state).toBe('FLAGGED_FOR_REVIEW');
    expect((await t.app.repos.sessions.get('demo', s.session_id))?.last_decision?.decision_id).toBe(changed.decision.decision_id);
  });

  it('an unflagged one is superseded as before', async () => {
    const s = await t.newSession();
    const first = await t.say(s, 'Kruger in September, 2 adults, 6 days');
    const changed = await t.say(s, 'actually make it October');
    expect(changed.decision.supersedes_decision_id).toBe(first.decision.decision_id);
    expect((await t.app.repos.decisions.get('demo', first.decision.decision_id))?.state).toBe('SUPERSEDED');
  });
});
