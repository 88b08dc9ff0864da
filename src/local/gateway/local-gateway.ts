import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { getHeader, type WebSocketHandler } from '../../channels/websocket/api-gateway-event';
import { systemClock, type Clock } from '../../domain/time';
import { newGatewayId } from './connection-id';
import { DEFAULT_MAX_UNSENT_BYTES } from './bounded-send';
import { ConnectionRegistry, type LocalConnection } from './connection-registry';
import { isWebSocketHandshake, refuseHandshake } from './handshake';
import { invokeHandler } from './invoke-handler';
import { closeConnection, GOING_AWAY, openConnection, type ConnectionContext } from './live-connection';
import { createManagementApi } from './management-api';
import { DEFAULT_ROUTES } from './route-selection';
import { connectEvent, sourceIpOf, type ConnectionFacts } from './websocket-events';

/** API Gateway's WebSocket quotas, injectable so tests can use small ones. */
export interface GatewayLimits {
  /** Largest client frame; bigger ones close the connection with 1009. */
  maxFrameBytes?: number;
  /** Largest PostToConnection payload; bigger ones get 413. */
  maxPostBytes?: number;
  /** Close (1001) after this long without a frame from the client. */
  idleTimeoutMs?: number;
  /** Close (1001) this long after connecting, whatever the traffic. */
  maxConnectionMs?: number;
  /** Give up on a handler call after this long, as the 29 s integration timeout does. */
  integrationTimeoutMs?: number;
  /** Bytes one connection may have waiting to be written; a client past it is closed with 1008 (bounded-send.ts). */
  maxUnsentBytes?: number;
}

export const DEFAULT_GATEWAY_LIMITS: Required<GatewayLimits> = {
  maxFrameBytes: 32 * 1024,
  maxPostBytes: 128 * 1024,
  idleTimeoutMs: 10 * 60_000,
  maxConnectionMs: 2 * 60 * 60_000,
  integrationTimeoutMs: 29_000,
  maxUnsentBytes: DEFAULT_MAX_UNSENT_BYTES,
};

export interface LocalGatewayOptions {
  /** The route handler(s): one function receiving every route's event, as with one Lambda for all routes. */
  handler: WebSocketHandler;
  /** The WebSocket URL path. Default `/ws`. */
  path?: string;
  /** `requestContext.stage`, and the optional `@connections` path prefix. Default `local`. */
  stage?: string;
  /** `requestContext.apiId`. Default `local`. */
  apiId?: string;
  /** Custom route keys selected by `$request.body.action`. Default `hello`, `sendMessage`, `ping`. */
  routes?: readonly string[];
  limits?: GatewayLimits;
  clock?: Clock;
  log?: (line: string) => void;
}

export interface LocalGateway {
  /** Serves WebSocket upgrades for the gateway's path on this HTTP server (one port for HTTP and WebSocket). */
  attach(server: Server): void;
  /** Serves `@connections` requests; resolves false for any other path so the HTTP router can go on. */
  handleManagementRequest(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  /** The endpoint to give `ApiGatewayManagementApiClient`, e.g. `http://127.0.0.1:8787/local`. */
  managementEndpoint(baseUrl: string): string;
  /** Open connections. */
  connectionCount(): number;
  /**
   * Stops accepting new connections (503 at the handshake) and resolves once every frame
   * already taken has been handled, or after `deadlineMs`. Sockets stay open meanwhile, so
   * replies still reach their clients through `@connections`.
   */
  drain(deadlineMs?: number): Promise<void>;
  /** Closes every socket with 1001, waits for their `$disconnect` calls, and stops accepting upgrades. */
  close(): Promise<void>;
}

/**
 * A stand-in for API Gateway's WebSocket API, so the Lambda-style route
 * handlers run unchanged on a laptop. It only translates between sockets and
 * events; it decides nothing about the product (tenants, sessions, frames are
 * the handlers' business).
 *
 * It does not check SigV4 on `@connections`: bind the server to loopback only.
 *
 * @example
 * const gateway = createLocalGateway({ handler });
 * const server = http.createServer(async (req, res) => {
 *   if (await gateway.handleManagementRequest(req, res)) return;
 *   app(req, res);
 * });
 * gateway.attach(server);
 * server.listen(8787, '127.0.0.1');
 * const replies = new ApiGatewayManagementApiClient({ endpoint: gateway.managementEndpoint('http://127.0.0.1:8787'), ... });
 */
export function createLocalGateway(opts: LocalGatewayOptions): LocalGateway {
  const path = opts.path ?? '/ws';
  const stage = opts.stage ?? 'local';
  const apiId = opts.apiId ?? 'local';
  const limits = { ...DEFAULT_GATEWAY_LIMITS, ...opts.limits };
  const clock = opts.clock ?? systemClock;
  const log = opts.log ?? ((line: string) => console.error(line));
  const registry = new ConnectionRegistry();
  const inflight = new Set<Promise<unknown>>();
  const listeners = new Map<Server, (req: IncomingMessage, socket: Duplex, head: Buffer) => void>();
  // The subprotocol a $connect handler accepted, handed to ws when it completes the handshake.
  const acceptedProtocols = new WeakMap<IncomingMessage, string>();
  let closing: Promise<void> | undefined;
  let draining = false;

  // Handler failures are already outcomes; anything still rejecting here is a gateway bug, logged rather than crashing the process.
  const track = (work: Promise<unknown>) => {
    const settled = work.then(
      () => undefined,
      (err: unknown) => log(`[gateway] unexpected failure: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`),
    );
    inflight.add(settled);
    void settled.finally(() => inflight.delete(settled));
  };

  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxFrameBytes,
    handleProtocols: (_offered, req) => acceptedProtocols.get(req) ?? false,
  });

  const context: ConnectionContext = {
    registry,
    handler: opts.handler,
    routes: opts.routes ?? DEFAULT_ROUTES,
    idleTimeoutMs: limits.idleTimeoutMs,
    maxConnectionMs: limits.maxConnectionMs,
    integrationTimeoutMs: limits.integrationTimeoutMs,
    maxUnsentBytes: limits.maxUnsentBytes,
    clock,
    log,
    track,
  };

  /** Runs `$connect` and upgrades only on a 2xx: the connection exists once `$connect` has returned. */
  async function connect(req: IncomingMessage, socket: Duplex, head: Buffer, search: URLSearchParams): Promise<void> {
    const onSocketError = (err: Error) => log(`[gateway] handshake socket error: ${err.message}`);
    socket.on('error', onSocketError);
    const now = clock();
    const facts: ConnectionFacts = {
      connectionId: newGatewayId(),
      connectedAt: now.getTime(),
      sourceIp: sourceIpOf(req),
      userAgent: req.headers['user-agent'] ?? '',
      domainName: req.headers.host ?? '',
      stage,
      apiId,
    };
    const event = connectEvent(facts, { requestId: newGatewayId(), now }, req, search);
    const outcome = await invokeHandler(opts.handler, event, limits.integrationTimeoutMs, log);
    if (socket.destroyed) {
      log(`[gateway] client ${facts.connectionId} left during $connect`);
      return;
    }
    if (outcome.kind === 'timeout') return refuseHandshake(socket, 504, '{"message": "Endpoint request timed out"}');
    if (outcome.kind === 'error') return refuseHandshake(socket, 502, '{"message": "Internal server error"}');
    const { statusCode, body, headers } = outcome.result;
    if (statusCode < 200 || statusCode > 299) return refuseHandshake(socket, statusCode, body ?? '');
    const protocol = getHeader(headers, 'sec-websocket-protocol');
    if (protocol) acceptedProtocols.set(req, protocol);
    // ws installs its own error handling from here on.
    socket.off('error', onSocketError);
    wss.handleUpgrade(req, socket, head, (ws) => openConnection(ws, facts, context));
  }

  function onUpgrade(server: Server, req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://gateway.local');
    if (url.pathname !== path) {
      // Another upgrade listener may own this path; when there is none, answer rather than hang.
      if (server.listenerCount('upgrade') <= 1) refuseHandshake(socket, 404);
      return;
    }
    if (!isWebSocketHandshake(req)) return refuseHandshake(socket, 400);
    if (draining) return refuseHandshake(socket, 503);
    track(connect(req, socket, head, url.searchParams));
  }

  const management = createManagementApi({ registry, stage, maxPostBytes: limits.maxPostBytes, maxUnsentBytes: limits.maxUnsentBytes });

  async function shutdown(): Promise<void> {
    for (const [server, listener] of listeners) server.off('upgrade', listener);
    listeners.clear();
    // Handshakes under way finish first, so a connection they open is closed below too.
    while (inflight.size > 0 || registry.size > 0) {
      await Promise.all(registry.all().map(closeAndWait));
      await Promise.allSettled([...inflight]);
    }
    await new Promise<void>((resolve) => wss.close(() => resolve()));
  }

  return {
    attach(server) {
      if (closing) throw new Error('the gateway is closed');
      if (listeners.has(server)) return;
      const listener = (req: IncomingMessage, socket: Duplex, head: Buffer) => onUpgrade(server, req, socket, head);
      listeners.set(server, listener);
      server.on('upgrade', listener);
    },
    handleManagementRequest: management,
    managementEndpoint(baseUrl) {
      return `${baseUrl.replace(/\/+$/, '')}/${encodeURIComponent(stage)}`;
    },
    connectionCount: () => registry.size,
    async drain(deadlineMs = 25_000) {
      draining = true;
      const deadline = Date.now() + deadlineMs;
      while (inflight.size > 0 && Date.now() < deadline) {
        const left = deadline - Date.now();
        await Promise.race([Promise.allSettled([...inflight]), new Promise((r) => setTimeout(r, left).unref())]);
      }
    },
    close() {
      closing ??= shutdown();
      return closing;
    },
  };
}

/** Closes one socket with 1001 and waits for its close; a client that never answers is cut off after a second. */
function closeAndWait(connection: LocalConnection): Promise<void> {
  const { socket } = connection;
  if (socket.readyState === socket.CLOSED) return Promise.resolve();
  return new Promise((resolve) => {
    socket.once('close', () => resolve());
    closeConnection(connection, GOING_AWAY.code, GOING_AWAY.reason);
    setTimeout(() => socket.terminate(), 1000).unref();
  });
}
