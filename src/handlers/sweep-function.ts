import { managementApiSender, managementClient } from '../channels/websocket/frame-sender';
import { ulidIdGenerator } from '../domain/ids';
import { configuredClock } from '../domain/time';
import { createSweepJob } from '../jobs/sweep-job';
import type { SweepResult } from '../jobs/run-sweep';
import { createRepositories } from '../store/repositories';
import { handlerConfig, handlerLog, lazy, openHandlerStore, type RuntimeOptions } from './runtime';

/**
 * The scheduled Lambda entry point of the dormancy sweep and follow-ups (EventBridge
 * schedule in template.yaml). Web follow-ups go to WEBSOCKET_MANAGEMENT_ENDPOINT; the
 * event itself carries nothing the sweep needs.
 */
export function sweepFunction(opts: RuntimeOptions = {}) {
  const job = lazy(async () => {
    const config = handlerConfig(opts);
    const log = handlerLog(config, opts);
    const store = await openHandlerStore(config, opts);
    const clock = configuredClock(config.NOW);
    const endpoint = opts.managementEndpoint ?? config.WEBSOCKET_MANAGEMENT_ENDPOINT;
    const sweep = createSweepJob({
      ctx: store.ctx,
      repos: createRepositories(store.ctx, clock),
      ids: ulidIdGenerator(),
      dormancyDays: config.DORMANCY_DAYS,
      ...(endpoint ? { sender: managementApiSender(managementClient(endpoint, config.AWS_REGION, opts.managementCredentials)) } : {}),
      log,
    });
    return { sweep, clock, log };
  });

  return async function handler(_event?: unknown): Promise<SweepResult> {
    const { sweep, clock, log } = await job();
    const result = await sweep(clock());
    log(`sweep: ${JSON.stringify(result)}`);
    return result;
  };
}
