import type { FrameSender } from '../channels/websocket/frame-sender';
import type { IdGenerator } from '../domain/ids';
import type { Repositories } from '../store/repositories';
import type { StoreContext } from '../store/repository-kit';
import { channelOutbound } from './channel-outbound';
import { dynamoSweepStore, liveConnectionsOf } from './dynamo-sweep-store';
import { runSweep, type SweepResult } from './run-sweep';

export interface SweepJobOptions {
  ctx: StoreContext;
  repos: Repositories;
  ids: IdGenerator;
  dormancyDays: number;
  /** Where web follow-ups go; without one they stay pending for the next resume. */
  sender?: FrameSender;
  log?: (line: string) => void;
}

/** A sweep as both runtimes call it: the scheduled Lambda and the local stack's timer. */
export type SweepJob = (now: Date) => Promise<SweepResult>;

/** Wires the sweep to DynamoDB and the channels' outbound paths. */
export function createSweepJob(opts: SweepJobOptions): SweepJob {
  const store = dynamoSweepStore(opts.ctx, opts.repos);
  return (now) =>
    runSweep(
      {
        store,
        outbound: channelOutbound({
          // Connection expiry is wall-clock time (DynamoDB's TTL), whatever `now` the product runs on.
          liveConnections: (tenantId, sessionId) => liveConnectionsOf(opts.ctx, tenantId, sessionId, new Date()),
          ...(opts.sender ? { sender: opts.sender } : {}),
        }),
        ids: opts.ids,
        dormancyDays: opts.dormancyDays,
        ...(opts.log ? { log: opts.log } : {}),
      },
      now,
    );
}
