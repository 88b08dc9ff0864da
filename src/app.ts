import { Hono } from 'hono';
import type { ConversationService } from './agent/conversation/conversation-service';
import type { KeyedQueue } from './agent/conversation/keyed-queue';
import type { TurnDeps } from './agent/turn/run-turn';
import { appParts, buildAppCore, type AppOptions } from './app-core';
import { onError } from './channels/http/error-response';
import { DEFAULT_RATE_LIMITS, type TenantPolicy } from './channels/tenant-policy';
import type { createWebSocketHandler } from './channels/websocket/routes';
import type { IdGenerator } from './domain/ids';
import type { Clock } from './domain/time';
import type { Tenant } from './domain/entities/tenant';
import type { Channel } from './domain/entities/common';
import type { Session } from './domain/entities/session';
import { createSweepJob, type SweepJob } from './jobs/sweep-job';
import { dynamoSweepStore } from './jobs/dynamo-sweep-store';
import { createRedriveJob, type RedriveJob } from './jobs/redrive-unanswered';
import { createUnansweredInbound } from './store/unanswered-inbound';
import type { Repositories } from './store/repositories';
import { buildTurn } from './turn-layer';

export { MAX_CONCURRENT_TURNS, type AppOptions } from './app-core';
export { BREAKER_SETTINGS } from './turn-layer';

/** The application, built once from its dependencies; Lambda handlers and the local stack both call this. */
export interface App {
  /**
   * Every HTTP route: `/healthz` here; the local stack adds the demo page and the widget,
   * the relays and the staff API mount with `app.http.route('/relay', …)`. One `onError`
   * maps typed errors to statuses (src/channels/http/error-response.ts).
   */
  http: Hono;
  /** The one way into a turn, for every channel (src/agent/conversation). */
  conversation: ConversationService;
  /** Tenant settings, origin checks and rate limits, shared by every channel. */
  policy: TenantPolicy;
  repos: Repositories;
  turn: TurnDeps;
  /** The conversation's per-process queue of turns (a clean stop drains it). */
  queue: KeyedQueue;
  handleWebSocket: ReturnType<typeof createWebSocketHandler>;
  /** The dormancy sweep and follow-ups, at the app's clock unless given an instant (the timer and the scheduled Lambda). */
  sweep: SweepJob;
  /** Answers stored messages still unanswered past a threshold, once each, through their channel (issue 16). */
  redrive: RedriveJob;
  clock: Clock;
  ids: IdGenerator;
  /** Starts a conversation outside a socket (the terminal chat, tests, benchmarks). */
  startConversation(tenantId: string, channel: Channel): Promise<Session>;
  /**
   * The process is stopping: new messages and sessions get `unavailable` (nothing stored,
   * the client sends again later); turns already accepted run to their end.
   */
  stopAccepting(): void;
}

/** The tenant the local stack seeds: any localhost page and clients without an Origin may connect. */
export function demoTenant(now: Date): Tenant {
  return {
    tenant_id: 'demo',
    name: 'Demo Safaris',
    status: 'active',
    created_at: now.toISOString(),
    updated_at: now.toISOString(),
    allowed_origins: ['http://localhost:*', 'http://127.0.0.1:*'],
    allow_missing_origin: true,
    rate_limits: { ...DEFAULT_RATE_LIMITS },
    locale: 'en',
  };
}

/** Builds the application from configuration and a store. */
export function buildApp(opts: AppOptions): App {
  const parts = appParts(opts);
  const { config, repos, clock, ids, log } = parts;
  const turn = buildTurn(config, parts);
  const { conversation, policy, handleWebSocket, senderAt } = buildAppCore(opts, parts, { turn });
  // The sweep has no event: the configured endpoint, resolved when it sends (the local gateway's is known once it listens).
  const sweepEndpoint = () => opts.managementEndpoint?.() ?? config.WEBSOCKET_MANAGEMENT_ENDPOINT;

  // Stored messages still unanswered past a threshold are answered once, with no resend
  // (issue 16, src/jobs/redrive-unanswered.ts): the local stack runs it every few
  // seconds, and the sweep runs it over the last two hours.
  const redrive = createRedriveJob({
    conversation,
    unanswered: createUnansweredInbound(opts.store),
    listTenantIds: () => dynamoSweepStore(opts.store, repos).listTenantIds(),
    ...(opts.managementEndpoint || config.WEBSOCKET_MANAGEMENT_ENDPOINT ? { sender: { send: (id, frame) => senderAt(sweepEndpoint()!).send(id, frame) } } : {}),
    log,
  });

  // The dormancy sweep and follow-ups: the local timer and the scheduled Lambda run this same job.
  const sweepLeads = createSweepJob({
    ctx: opts.store,
    repos,
    ids,
    clock,
    dormancyDays: config.DORMANCY_DAYS,
    ...(opts.managementEndpoint || config.WEBSOCKET_MANAGEMENT_ENDPOINT ? { sender: { send: (id, frame) => senderAt(sweepEndpoint()!).send(id, frame) } } : {}),
    sinks: conversation.sinks,
    log,
  });
  const sweep: SweepJob = async (now) => {
    const result = await sweepLeads(now);
    await redrive(2 * 60 * 60_000).catch((err: unknown) => log(`re-drive failed: ${(err as Error).message}`));
    return result;
  };

  const http = new Hono();
  http.onError(onError(log));
  http.notFound((c) => c.json({ error: { code: 'not_found', message: 'no such route' } }, 404));
  http.get('/healthz', async (c) => {
    // A stopping process takes nothing new: say so, so a load balancer sends traffic elsewhere.
    if (!conversation.accepting) return c.json({ ok: false, stopping: true }, 503);
    try {
      await repos.tenants.get('healthz');
      return c.json({ ok: true });
    } catch {
      return c.json({ ok: false }, 503);
    }
  });

  return {
    http,
    conversation,
    policy,
    repos,
    turn,
    queue: conversation.queue,
    handleWebSocket,
    sweep,
    redrive,
    clock,
    ids,
    startConversation: (tenantId, channel) => conversation.startConversation(tenantId, channel),
    stopAccepting: () => conversation.stopAccepting(),
  };
}
