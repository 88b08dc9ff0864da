import type { Config } from './config';
import { extractTripInputs } from './agent/local-model/extract';
import { createBedrockChatModel } from './agent/models/bedrock-chat-model';
import type { ExtractionModel } from './agent/models/extraction-model';
import { LocalChatModel, LOCAL_MODEL_NAME } from './agent/models/local-chat-model';
import { storedCircuitBreaker } from './agent/models/stored-circuit-breaker';
import { loadPrompt } from './agent/prompts';
import type { TurnDeps } from './agent/turn/run-turn';
import { KeyedQueue } from './channels/keyed-queue';
import { RateLimiter } from './channels/rate-limiter';
import type { WebSocketEvent } from './channels/websocket/api-gateway-event';
import { managementApiSender, managementClient, type FrameSender } from './channels/websocket/frame-sender';
import type { ChannelStore } from './channels/websocket/ports';
import { createWebSocketHandler } from './channels/websocket/routes';
import { defaultPackIndex } from './domain/knowledge-pack/index-pack';
import { mergeTripInputs } from './domain/merge-trip-inputs';
import { ulidIdGenerator, type IdGenerator } from './domain/ids';
import { decide, LOGIC_VERSION } from './domain/rules';
import { fixedOffsetClock } from './domain/time';
import type { Clock } from './domain/time';
import type { Tenant } from './domain/entities/tenant';
import type { Channel } from './domain/entities/common';
import type { Session } from './domain/entities/session';
import { newConversation } from './domain/conversation';
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
  /** Where frames go: on AWS the API's own `@connections` endpoint; locally the gateway's. */
  managementEndpoint?: (event: WebSocketEvent) => string;
  /** Static credentials for the management API (the local gateway accepts any). */
  managementCredentials?: { accessKeyId: string; secretAccessKey: string };
  clock?: Clock;
  ids?: IdGenerator;
  log?: (line: string) => void;
}

/** The application, built once from its dependencies; Lambda handlers and the local stack both call this. */
export interface App {
  repos: Repositories;
  turn: TurnDeps;
  queue: KeyedQueue;
  handleWebSocket: ReturnType<typeof createWebSocketHandler>;
  clock: Clock;
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
    rate_limits: { per_connection_per_minute: 30, per_tenant_per_minute: 600 },
    locale: 'en',
  };
}

/** Builds the application from configuration and a store. */
export function buildApp(opts: AppOptions): App {
  const { config } = opts;
  const clock = opts.clock ?? (config.NOW ? fixedOffsetClock(config.NOW) : () => new Date());
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
    const chat = createBedrockChatModel({
      modelId: config.BEDROCK_MODEL_ID,
      region: config.AWS_REGION,
      ...(config.BEDROCK_ENDPOINT ? { endpoint: config.BEDROCK_ENDPOINT } : {}),
      timeoutMs: config.BEDROCK_TIMEOUT_MS,
      maxAttempts: 2,
    });
    primary = { name: `bedrock:${config.BEDROCK_MODEL_ID}`, ai: true, chat, forcesToolChoice: Boolean(chat.supportsToolChoiceValues?.includes('tool')) };
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

  const channelStore: ChannelStore = {
    getTenant: (id) => repos.tenants.get(id),
    putConnection: (c) => repos.connections.put(c),
    resolveConnection: (id) => repos.connections.resolve(id),
    deleteConnection: (t, id) => repos.connections.delete(t, id),
    getSession: (t, id) => repos.sessions.get(t, id, true),
    startSession: (traveler, session, event) => storeConversation(opts.store, { traveler, session, event, travelerIsNew: true }),
    transcriptAfter: (t, s, after) => repos.turns.transcriptAfter(t, s, after),
    markDelivered: (t, s, m) => repos.turns.markDelivered(t, s, m),
  };

  // managementClient keeps one SDK client per endpoint; the sender around it is a thin wrapper.
  const senderFor = (event: WebSocketEvent): FrameSender => {
    const endpoint = opts.managementEndpoint?.(event) ?? `https://${event.requestContext.domainName}/${event.requestContext.stage}`;
    return managementApiSender(managementClient(endpoint, config.AWS_REGION, opts.managementCredentials));
  };

  // Turns in flight at once in this process; more wait their turn (DynamoDB is the limit anyway).
  const queue = new KeyedQueue(MAX_CONCURRENT_TURNS);
  let accepting = true;
  const handleWebSocket = createWebSocketHandler({
    accepting: () => accepting,
    store: channelStore,
    turn,
    queue,
    limiter: new RateLimiter(),
    senderFor,
    clock,
    ids,
    ...(opts.log ? { log: opts.log } : {}),
  });
  const startConversation = async (tenantId: string, channel: Channel): Promise<Session> => {
    const { traveler, session, event } = newConversation({ tenant_id: tenantId, channel, ids, now: clock() });
    await channelStore.startSession(traveler, session, event);
    return session;
  };
  return {
    repos,
    turn,
    queue,
    handleWebSocket,
    clock,
    startConversation,
    stopAccepting: () => {
      accepting = false;
    },
  };
}
