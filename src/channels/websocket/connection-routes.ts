/**
 * The WebSocket routes that need no conversation: `$connect`, `$disconnect`, `ping` and
 * frames no route matched (`$default`). This module imports nothing of the agent, the
 * rules or the knowledge pack, so a Lambda function serving only these routes stays
 * small and starts fast.
 */
import { CONNECTION_TTL_SECONDS, type Connection } from '../../domain/entities/connection';
import { TenantId } from '../../domain/ids';
import { StoreUnavailableError } from '../../store/errors';
import type { Clock } from '../../domain/time';
import type { TenantPolicy } from '../tenant-policy';
import { getHeader, type HandlerResult, type WebSocketEvent } from './api-gateway-event';
import type { FrameSender } from './frame-sender';
import { PingFrameSchema, describeIssues, errorFrame, parseFrameText, type ServerFrame } from './frames';
import type { ConnectionStore } from './ports';

export interface ConnectionDeps {
  connections: ConnectionStore;
  policy: TenantPolicy;
  /** The frame sender for the API (endpoint) an event came through. */
  senderFor(event: WebSocketEvent): FrameSender;
  clock: Clock;
  log?: (line: string) => void;
}

export const OK: HandlerResult = { statusCode: 200 };

/** A connection's identity as the frame routes need it. */
export interface Caller {
  connectionId: string;
  connection: Connection;
  send(frame: ServerFrame): Promise<'sent' | 'gone'>;
  /** Sends to another connection of the same API (the sender of an earlier message). */
  sendTo(connectionId: string, frame: ServerFrame): Promise<'sent' | 'gone'>;
}

/** The client_message_id a frame carries, when it is a usable one, for an error that must name it. */
export function clientMessageIdIn(frame: unknown): string | undefined {
  const id = (frame as { client_message_id?: unknown } | null)?.client_message_id;
  return typeof id === 'string' && id.length <= 64 ? id : undefined;
}

/** The same, from a frame's raw text (read cheaply, before or without the rest of the frame). */
export function clientMessageIdOf(body: string | undefined): string | undefined {
  try {
    return clientMessageIdIn(JSON.parse(body ?? ''));
  } catch {
    return undefined;
  }
}

/** The routes of a connection's life, and what every frame route shares. */
export function createConnectionRoutes(deps: ConnectionDeps) {
  /** The connection behind a frame; undefined (after telling the client) when it is not open. */
  async function caller(event: WebSocketEvent): Promise<Caller | undefined> {
    const connectionId = event.requestContext.connectionId;
    const sender = deps.senderFor(event);
    const connection = await deps.connections.resolveConnection(connectionId);
    if (!connection) {
      // The connection record expired or was never stored: tell the client, then stop.
      await sender.send(connectionId, errorFrame('unauthorized', 'This connection is not open. Please reconnect.')).catch(() => 'gone');
      return undefined;
    }
    const sendTo = async (id: string, frame: ServerFrame) => {
      const outcome = await sender.send(id, frame);
      if (outcome === 'gone') await deps.connections.deleteConnection(connection.tenant_id, id).catch(() => undefined);
      return outcome;
    };
    return { connectionId, connection, send: (frame) => sendTo(connectionId, frame), sendTo };
  }

  async function connect(event: WebSocketEvent): Promise<HandlerResult> {
    // A missing or malformed tenant is an unknown tenant: refused the same way (PROTOCOL.md §1).
    const tenantParam = TenantId.safeParse(event.queryStringParameters?.tenant);
    if (!tenantParam.success) return { statusCode: 403, body: 'Forbidden' };
    const tenant = await deps.policy.tenant(tenantParam.data);
    const origin = getHeader(event.headers, 'origin');
    if (!deps.policy.admits(tenant, origin)) return { statusCode: 403, body: 'Forbidden' };
    // Each handshake stores a connection record: a flood from one address stops here (API Gateway throttles with 429 too).
    if (!deps.policy.takeHandshake(tenant, event.requestContext.identity.sourceIp)) return { statusCode: 429, body: 'Too Many Requests' };
    const now = deps.clock();
    const userAgent = getHeader(event.headers, 'user-agent');
    await deps.connections.putConnection({
      connection_id: event.requestContext.connectionId,
      tenant_id: tenant.tenant_id,
      connected_at: now.toISOString(),
      ...(origin ? { origin } : {}),
      ...(userAgent ? { user_agent: userAgent.slice(0, 512) } : {}),
      source_ip: event.requestContext.identity.sourceIp.slice(0, 64),
      // Expiry is infrastructure time: DynamoDB's TTL sweeper runs on the real clock,
      // whatever `NOW` a demo has set for the product's own sense of the date.
      ttl: Math.floor(Date.now() / 1000) + CONNECTION_TTL_SECONDS,
    });
    return OK;
  }

  async function disconnect(event: WebSocketEvent): Promise<HandlerResult> {
    const connection = await deps.connections.resolveConnection(event.requestContext.connectionId);
    if (connection) await deps.connections.deleteConnection(connection.tenant_id, connection.connection_id);
    return OK;
  }

  async function ping(c: Caller, body: Record<string, unknown>): Promise<void> {
    const frame = PingFrameSchema.safeParse(body);
    await c.send(frame.success ? { type: 'pong' } : errorFrame('bad_request', describeIssues(frame.error)));
  }

  async function unknownAction(c: Caller, action: unknown): Promise<void> {
    await c.send(
      typeof action === 'string' ? errorFrame('unknown_action', `unknown action "${action.slice(0, 40)}"`) : errorFrame('bad_request', 'a frame needs an action'),
    );
  }

  /**
   * Every frame counts against its connection, before any read (synchronously, so the
   * frames of a connection keep their arrival order): a flood of pings or bad frames
   * costs one answer each, not a database round trip each. Undefined: go on.
   */
  function overFrameLimit(event: WebSocketEvent): Promise<HandlerResult> | undefined {
    if (deps.policy.takeFrame(event.requestContext.connectionId)) return undefined;
    const id = clientMessageIdOf(event.body);
    return deps
      .senderFor(event)
      .send(event.requestContext.connectionId, errorFrame('rate_limited', 'Too many frames. Please slow down.', id))
      .catch(() => 'gone')
      .then(() => OK);
  }

  /**
   * The one error answer of a route that threw (the connection stays open). A store that
   * cannot be reached (the engine down or restarting) is `unavailable`: nothing was
   * stored, and the client sends the same frame again (PROTOCOL.md addition); a handshake
   * then gets 503.
   */
  async function failed(event: WebSocketEvent, err: unknown): Promise<HandlerResult> {
    const route = event.requestContext.routeKey;
    const unavailable = err instanceof StoreUnavailableError;
    deps.log?.(`route ${route} failed: ${unavailable ? (err as Error).message : ((err as Error).stack ?? String(err))}`);
    try {
      const frame = unavailable
        ? errorFrame('unavailable', 'We cannot take that right now. Please send it again in a moment.', clientMessageIdOf(event.body))
        : errorFrame('internal', 'Something went wrong. Please try again.', clientMessageIdOf(event.body));
      await deps.senderFor(event).send(event.requestContext.connectionId, frame);
    } catch {
      // The client is gone too; nothing more to do.
    }
    return route === '$connect' ? { statusCode: unavailable ? 503 : 500 } : OK;
  }

  return { caller, connect, disconnect, ping, unknownAction, overFrameLimit, failed };
}

/**
 * The one entry point API Gateway (or the local gateway) calls for every route: the
 * connection's life here, every frame (counted first) to `onFrame`. Synchronous up to
 * `onFrame`, so frames reach it in the order the gateway delivered them.
 */
export function routeHandler(routes: ReturnType<typeof createConnectionRoutes>, onFrame: (event: WebSocketEvent) => Promise<HandlerResult>) {
  return async function handle(event: WebSocketEvent): Promise<HandlerResult> {
    const route = event.requestContext.routeKey;
    try {
      if (route === '$connect') return await routes.connect(event);
      if (route === '$disconnect') return await routes.disconnect(event);
      const limited = routes.overFrameLimit(event);
      if (limited) return await limited;
      return await onFrame(event);
    } catch (err) {
      return routes.failed(event, err);
    }
  };
}

/**
 * A handler for the connection routes alone (`$connect`, `$disconnect`, `ping`,
 * `$default`), for a Lambda function that serves only them. The full handler
 * (./routes.ts) serves these the same way, plus `hello` and `sendMessage`.
 */
export function createConnectionHandler(deps: ConnectionDeps) {
  const routes = createConnectionRoutes(deps);
  return routeHandler(routes, async (event) => {
    const c = await routes.caller(event);
    if (!c) return OK;
    const parsed = parseFrameText(event.body);
    if (!parsed.ok) await c.send(errorFrame('bad_request', parsed.message));
    else if (event.requestContext.routeKey === 'ping' || parsed.value.action === 'ping') await routes.ping(c, parsed.value);
    else await routes.unknownAction(c, parsed.value.action);
    return OK;
  });
}
