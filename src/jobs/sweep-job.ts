import type { SinkFactory } from '../agent/conversation/reply-sink';
import type { FrameSender } from '../channels/websocket/frame-sender';
import type { Channel } from '../domain/entities/common';
import type { IdGenerator } from '../domain/ids';
import { systemClock, type Clock } from '../domain/time';
import type { Repositories } from '../store/repositories';
import type { StoreContext } from '../store/repository-kit';
import { channelOutbound } from './channel-outbound';
import { dynamoSweepStore, liveConnectionsOf } from './dynamo-sweep-store';
import { runSweep, type SweepResult } from './run-sweep';
import { rollupRecentDays } from './metrics-rollup';
import { createMetricRollupsRepository } from '../store/repositories/metric-rollups';
import { createStaffQueries } from '../store/repositories/staff-queries';

export interface SweepJobOptions {
  ctx: StoreContext;
  repos: Repositories;
  ids: IdGenerator;
  dormancyDays: number;
  /** The product's clock: a run without an explicit instant runs at its now. */
  clock?: Clock;
  /** Where web follow-ups go; without one they stay pending for the next resume. */
  sender?: FrameSender;
  /** The other channels' reply sinks (the conversation service's `sinks`). */
  sinks?: ReadonlyMap<Channel, SinkFactory>;
  log?: (line: string) => void;
}

/** A sweep as both runtimes call it: the scheduled Lambda and the local stack's timer. */
export type SweepJob = (now?: Date) => Promise<SweepResult>;

/** Wires the sweep to DynamoDB and the channels' outbound paths. */
export function createSweepJob(opts: SweepJobOptions): SweepJob {
  const store = dynamoSweepStore(opts.ctx, opts.repos);
  const clock = opts.clock ?? systemClock;
  const outbound = channelOutbound({
    // Connection expiry is wall-clock time (DynamoDB's TTL), whatever `now` the product runs on.
    liveConnections: (tenantId, sessionId) => liveConnectionsOf(opts.ctx, tenantId, sessionId, new Date()),
    ...(opts.sender ? { sender: opts.sender } : {}),
    ...(opts.sinks ? { sinks: opts.sinks, inboundOf: (t: string, s: string, id: string) => opts.repos.messages.get(t, s, id) } : {}),
  });
  const rollups = { queries: createStaffQueries(opts.ctx), rollups: createMetricRollupsRepository(opts.ctx), decisions: opts.repos.decisions, listTenantIds: () => store.listTenantIds(), ...(opts.log ? { log: opts.log } : {}) };
  return async (now = clock()) => {
    const result = await runSweep(
      {
        store,
        outbound,
        ids: opts.ids,
        dormancyDays: opts.dormancyDays,
        ...(opts.log ? { log: opts.log } : {}),
      },
      now,
    );
    // The staff metrics' per-day rollups (issue 13), after the leads moved: a failure here
    // costs figures that the next run rebuilds, never a follow-up.
    try {
      await rollupRecentDays(rollups, now);
    } catch (err) {
      opts.log?.(`metrics rollup failed: ${(err as Error).message}`);
    }
    return result;
  };
}
