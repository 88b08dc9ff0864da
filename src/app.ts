import { Hono } from 'hono';
import type { Config } from './config';
import { createConversationService, type ConversationService } from './agent/conversation/conversation-service';
import { KeyedQueue } from './agent/conversation/keyed-queue';
import type { SinkFactory } from './agent/conversation/reply-sink';
import { extractTripInputs } from './agent/local-model/extract';
import { BedrockOnDemand } from './agent/models/bedrock-on-demand';
import type { ExtractionModel } from './agent/models/extraction-model';
import { LocalChatModel, LOCAL_MODEL_NAME } from './agent/models/local-chat-model';
import { storedCircuitBreaker } from './agent/models/stored-circuit-breaker';
import { loadPrompt } from './agent/prompts';
import type { TurnDeps } from './agent/turn/run-turn';
import { onError } from './channels/http/error-response';
import { DEFAULT_RATE_LIMITS, createTenantPolicy, type TenantPolicy } from './channels/tenant-policy';
import type { WebSocketEvent } from './channels/websocket/api-gateway-event';
import { managementApiSender, managementClient, type FrameSender } from './channels/websocket/frame-sender';
import { createWebSocketHandler } from './channels/websocket/routes';
import { defaultPackIndex } from './domain/knowledge-pack/index-pack';
import { mergeTripInputs } from './domain/merge-trip-inputs';
import { ulidIdGenerator, type IdGenerator } from './domain/ids';
import { decide, LOGIC_VERSION } from './domain/rules';
import { configuredClock, type Clock } from './domain/time';
import type { Tenant } from './domain/entities/tenant';
import type { Channel } from './domain/entities/common';
import type { Session } from './domain/entities/session';
import { createSweepJob, type SweepJob } from './jobs/sweep-job';
import { dynamoSweepStore } from './jobs/dynamo-sweep-store';
import { createRedriveJob, type RedriveJob } from './jobs/redrive-unanswered';
import { createUnansweredInbound } from './store/unanswered-inbound';
import { createRepositories, type Repositories } from './store/repositories';
import type { StoreContext } from './store/repository-kit';
import { startConversation as storeConversation } from './store/start-conversation';

/** Circuit-breaker settings for the primary model (seed 003 §3.5). */
export const BREAKER_SETTINGS = { failureThreshold: 3, recoveryTimeoutSeconds: 60 };

/** Sessions whose turns may run at the same time in one process. */
export const MAX_CONCURRENT_TURNS = 16;

export interface AppOptions {
  config: Config;
  store: StoreContext;
  /**
   * Where frames go: on AWS the `@connections` endpoint of the API an event came through
   * (or, for the sweep's follow-ups, WEBSOCKET_MANAGEMENT_ENDPOINT); locally the gateway's.
   */
  managementEndpoint?: (event?: WebSocketEvent) => string;
  /** Static credentials for the management API (the local gateway accepts any). */
  managementCredentials?: { accessKeyId: string; secretAccessKey: string };
  clock?: Clock;
  ids?: IdGenerator;
  log?: (line: string) => void;
  /** Reply sinks by channel (the relays'); more can be set later on `conversation.sinks`. */
  sinks?: Partial<Record<Channel, SinkFactory>>;
}

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
  const { config } = opts;
  const clock = opts.clock ?? configuredClock(config.NOW);
  const log = opts.log ?? (() => {});
  const ids = opts.ids ?? ulidIdGenerator();
  // Repositories judge connection expiry on the real clock (DynamoDB's TTL does too).
  const repos = createRepositories(opts.store);
  const pack = defaultPackIndex();
  const prompt = loadPrompt('extract-trip-inputs');

  const fallback: ExtractionModel = {
    name: LOCAL_MODEL_NAME,
    ai: false,
    chat: new LocalChatModel(extractTripInputs, pack),
    forcesToolChoice: false,
  };
  let primary: ExtractionModel | undefined;
  if (config.MODEL_PROVIDER === 'bedrock' && config.BEDROCK_MODEL_ID) {
    // The Bedrock adapter loads on demand: a deployment on the embedded extractor never loads it.
    const chat = new BedrockOnDemand({
      modelId: config.BEDROCK_MODEL_ID,
      region: config.AWS_REGION,
      ...(config.BEDROCK_ENDPOINT ? { endpoint: config.BEDROCK_ENDPOINT } : {}),
      timeoutMs: config.BEDROCK_TIMEOUT_MS,
      maxAttempts: 2,
    });
    // Forcing the tool is asked for always; the adapter drops it for a model that cannot take it.
    primary = { name: `bedrock:${config.BEDROCK_MODEL_ID}`, ai: true, chat, forcesToolChoice: true };
  }

  const turn: TurnDeps = {
    store: repos.turns,
    extract: {
      fallback,
      prompt,
      ...(primary ? { primary, breaker: storedCircuitBreaker(repos.circuitBreakers, primary.name, BREAKER_SETTINGS) } : {}),
    },
    // With Bedrock answering, the embedded extractor also judges the message (defence in
    // depth); with the local model answering, its own judgement is that one already.
    ...(primary ? { classify: (text: string, now: Date) => extractTripInputs(text, { now, pack }).message_kind } : {}),
    merge: mergeTripInputs,
    decide: (inputs, now, guard) => decide(inputs, pack, now, guard),
    logicVersion: LOGIC_VERSION,
    clock,
    ids,
  };

  const conversation = createConversationService({
    turn,
    store: {
      getSession: (t, id) => repos.sessions.get(t, id, true),
      startConversation: (records) => storeConversation(opts.store, records),
    },
    // Turns in flight at once in this process; more wait their turn (DynamoDB is the limit anyway).
    queue: new KeyedQueue(MAX_CONCURRENT_TURNS),
    ...(opts.sinks ? { sinks: opts.sinks } : {}),
    log,
  });

  // managementClient keeps one SDK client per endpoint; the sender around it is a thin wrapper.
  const senderAt = (endpoint: string): FrameSender => managementApiSender(managementClient(endpoint, config.AWS_REGION, opts.managementCredentials));
  const senderFor = (event: WebSocketEvent): FrameSender =>
    senderAt(opts.managementEndpoint?.(event) ?? `https://${event.requestContext.domainName}/${event.requestContext.stage}`);
  // The sweep has no event: the configured endpoint, resolved when it sends (the local gateway's is known once it listens).
  const sweepEndpoint = () => opts.managementEndpoint?.() ?? config.WEBSOCKET_MANAGEMENT_ENDPOINT;
  const policy = createTenantPolicy({ getTenant: (id) => repos.tenants.get(id) });
  const handleWebSocket = createWebSocketHandler({
    conversation,
    connections: {
      putConnection: (c) => repos.connections.put(c),
      resolveConnection: (id) => repos.connections.resolve(id),
      deleteConnection: (t, id) => repos.connections.delete(t, id),
    },
    policy,
    senderFor,
    clock,
    log,
  });

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
