import type { Config } from './config';
import { createConversationService, type ConversationService, type TurnSource } from './agent/conversation/conversation-service';
import { KeyedQueue } from './agent/conversation/keyed-queue';
import type { SinkFactory } from './agent/conversation/reply-sink';
import { createTenantPolicy, type TenantPolicy } from './channels/tenant-policy';
import type { WebSocketEvent } from './channels/websocket/api-gateway-event';
import { managementApiSender, managementClient, type FrameSender } from './channels/websocket/frame-sender';
import { createWebSocketHandler } from './channels/websocket/routes';
import { ulidIdGenerator, type IdGenerator } from './domain/ids';
import { configuredClock, type Clock } from './domain/time';
import type { Channel } from './domain/entities/common';
import { createRepositories, type Repositories } from './store/repositories';
import type { StoreContext } from './store/repository-kit';
import { startConversation as storeConversation } from './store/start-conversation';

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

/** What every part of the application is built on. */
export interface AppParts {
  config: Config;
  repos: Repositories;
  clock: Clock;
  ids: IdGenerator;
  log: (line: string) => void;
}

/** The configuration, clock, ids, log and repositories of the options, with their production defaults. */
export function appParts(opts: AppOptions): AppParts {
  const { config } = opts;
  return {
    config,
    clock: opts.clock ?? configuredClock(config.NOW),
    log: opts.log ?? (() => {}),
    ids: opts.ids ?? ulidIdGenerator(),
    // Repositories judge connection expiry on the real clock (DynamoDB's TTL does too).
    repos: createRepositories(opts.store),
  };
}

/** The conversation service and the WebSocket routes around it. */
export interface AppCore {
  conversation: ConversationService;
  policy: TenantPolicy;
  handleWebSocket: ReturnType<typeof createWebSocketHandler>;
  /** A `@connections` sender for an endpoint (one SDK client per endpoint). */
  senderAt: (endpoint: string) => FrameSender;
}

/**
 * The part of the application the WebSocket message routes use: the conversation service and
 * the route handler, over a turn given whole (buildApp, src/app.ts) or loaded when the first
 * turn runs (the message Lambda, src/handlers/message-function.ts). Nothing here imports the
 * agent's turn, the rules or the pack.
 */
export function buildAppCore(opts: AppOptions, parts: AppParts, turn: TurnSource): AppCore {
  const { config, repos, clock, log } = parts;
  const conversation = createConversationService({
    ...turn,
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
  return { conversation, policy, handleWebSocket, senderAt };
}
