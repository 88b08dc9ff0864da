import type { SweepResult } from '../jobs/run-sweep';
import { buildAwsApp } from './aws-app';
import { lazy, type RuntimeOptions } from './runtime';

/**
 * The scheduled Lambda entry point (EventBridge schedule in template.yaml): the same
 * `app.sweep` the local stack's timer runs, from the same composition (src/handlers/aws-app.ts).
 * It moves silent leads to DORMANT, sends due follow-ups through each channel (web frames
 * to WEBSOCKET_MANAGEMENT_ENDPOINT; SMS and WhatsApp through the relays' senders, within
 * consent and WhatsApp's 24 h window), rolls up the staff metrics, and re-drives stored
 * messages left unanswered past a minute (a relay turn whose hand-off failed, a crash
 * between store and answer), answering each once. The event carries nothing it needs.
 */
export function sweepFunction(opts: RuntimeOptions = {}) {
  const runtime = lazy(() => buildAwsApp(opts, { relays: 'optional', handoff: false }));

  return async function handler(_event?: unknown): Promise<SweepResult> {
    const { app, clock, log } = await runtime();
    const result = await app.sweep(clock());
    log(`sweep: ${JSON.stringify(result)}`);
    return result;
  };
}
