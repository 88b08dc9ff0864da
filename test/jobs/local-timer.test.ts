import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { addDays } from '../../src/domain/time';
import { startLocalStack, type LocalStack } from '../../src/local/stack';
import { sharedEndpoint } from '../support/dynamodb';
import { recordFactory } from '../store/fixtures';

/** The local stack runs the same sweep on an in-process timer, and stops it with the stack. */
describe('local stack: the sweep on an in-process timer', () => {
  let stack: LocalStack;
  beforeAll(async () => {
    const config = {
      ...loadConfig({ DYNAMODB_ENDPOINT: await sharedEndpoint(), TABLE_PREFIX: `sweep${Date.now().toString(36)}`, LOG_LEVEL: 'silent' }),
      // Every 60 ms, so the test sees a tick without waiting an hour.
      SWEEP_INTERVAL_MINUTES: 0.001,
    };
    stack = await startLocalStack({ config, port: 0 });
  });
  afterAll(() => stack?.stop());

  it('moves an inactive lead of the demo tenant to DORMANT without being asked', async () => {
    const f = recordFactory('demo', addDays(new Date(), -90));
    const trav = f.traveler();
    await stack.app.repos.travelers.create(trav);
    const lead = f.lead(trav, { lead_state: 'ASSESSING', last_activity_at: addDays(new Date(), -45) });
    await stack.app.repos.leads.save(lead, null);
    let state = lead.lead_state;
    for (let i = 0; i < 200 && state !== 'DORMANT'; i++) {
      await new Promise((r) => setTimeout(r, 50));
      state = (await stack.app.repos.leads.get('demo', lead.lead_id, true))!.lead_state;
    }
    expect(state).toBe('DORMANT');
    // The job is exposed too: a run right after finds nothing left to do.
    expect(await stack.sweep(new Date())).toMatchObject({ dormant: 0 });
  });
});
