import type { RawData, WebSocket } from 'ws';
import type { WebSocketHandler } from '../../channels/websocket/api-gateway-event';
import type { Clock } from '../../domain/time';
import { sendBounded } from './bounded-send';
import { newGatewayId } from './connection-id';
import type { ConnectionRegistry, LocalConnection } from './connection-registry';
import { invokeHandler } from './invoke-handler';
import { selectRoute } from './route-selection';
import { describeCloseCode, disconnectEvent, messageEvent, type ConnectionFacts } from './websocket-events';

/** What every open connection needs from its gateway. */
export interface ConnectionContext {
  registry: ConnectionRegistry;
  handler: WebSocketHandler;
  routes: readonly string[];
  idleTimeoutMs: number;
  maxConnectionMs: number;
  integrationTimeoutMs: number;
  /** Bytes a connection may have waiting to be written (bounded-send.ts). */
  maxUnsentBytes: number;
  clock: Clock;
  log: (line: string) => void;
  /** Keeps a handler call visible to `close()` until it settles. */
  track: (work: Promise<unknown>) => void;
}

/** API Gateway's code for its own closes (idle, max duration, shutdown). */
export const GOING_AWAY = { code: 1001, reason: 'Going away' } as const;

/**
 * Closes a socket on the gateway's initiative and remembers why, so the
 * `$disconnect` event reports it. The socket turns CLOSING at once, so
 * `@connections` answers 410 from here on.
 */
export function closeConnection(connection: LocalConnection, code: number, reason: string): void {
  connection.closedBy ??= { code, reason };
  connection.socket.close(code, reason);
}

/**
 * Registers an upgraded socket and wires its life: each text frame becomes
 * one handler call (in arrival order, not awaited, since each frame is a
 * separate Lambda invocation on AWS), idle and maximum-duration timers, and
 * exactly one `$disconnect` when the socket closes.
 */
export function openConnection(socket: WebSocket, facts: ConnectionFacts, ctx: ConnectionContext): LocalConnection {
  const connection: LocalConnection = { facts, socket, lastActiveAt: ctx.clock() };
  ctx.registry.add(connection);

  const idle = setTimeout(() => closeConnection(connection, GOING_AWAY.code, GOING_AWAY.reason), ctx.idleTimeoutMs);
  const lifetime = setTimeout(
    () => closeConnection(connection, GOING_AWAY.code, GOING_AWAY.reason),
    ctx.maxConnectionMs,
  );
  idle.unref();
  lifetime.unref();

  socket.on('message', (data: RawData, isBinary: boolean) => {
    // Frames still arriving after the gateway started closing reach no integration.
    if (socket.readyState !== socket.OPEN) return;
    connection.lastActiveAt = ctx.clock();
    idle.refresh();
    if (isBinary) {
      // API Gateway rejects binary frames and disconnects with 1003.
      closeConnection(connection, 1003, 'Binary frames are not supported');
      return;
    }
    ctx.track(dispatchFrame(connection, rawText(data), ctx));
  });

  socket.on('error', (err: Error & { code?: string }) => {
    // ws has already closed the socket with 1009 for an oversize frame; record it for $disconnect.
    if (err.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') connection.closedBy ??= { code: 1009, reason: 'Message too big' };
    ctx.log(`[gateway] connection ${facts.connectionId}: ${err.message}`);
  });

  socket.on('close', (code: number, reason: Buffer) => {
    clearTimeout(idle);
    clearTimeout(lifetime);
    ctx.registry.remove(facts.connectionId);
    const closedBy = connection.closedBy ?? { code, reason: reason.toString('utf8') || describeCloseCode(code) };
    const event = disconnectEvent(facts, { requestId: newGatewayId(), now: ctx.clock() }, closedBy.code, closedBy.reason);
    // $disconnect is best effort: its outcome changes nothing for the (gone) client.
    ctx.track(invokeHandler(ctx.handler, event, ctx.integrationTimeoutMs, ctx.log));
  });

  return connection;
}

async function dispatchFrame(connection: LocalConnection, body: string, ctx: ConnectionContext): Promise<void> {
  const requestId = newGatewayId();
  const routeKey = selectRoute(body, ctx.routes);
  const event = messageEvent(
    connection.facts,
    { requestId, now: ctx.clock(), messageId: newGatewayId() },
    routeKey,
    body,
  );
  const outcome = await invokeHandler(ctx.handler, event, ctx.integrationTimeoutMs, ctx.log);
  if (outcome.kind === 'ok') return;
  const message = outcome.kind === 'timeout' ? 'Endpoint request timed out' : 'Internal server error';
  sendBounded(connection, gatewayErrorFrame(message, connection.facts.connectionId, requestId), ctx.maxUnsentBytes);
}

/**
 * The frame API Gateway itself sends when an integration fails, byte for byte
 * in AWS's spacing: `{"message": "Internal server error", "connectionId":"…", "requestId":"…"}`.
 */
export function gatewayErrorFrame(message: string, connectionId: string, requestId: string): string {
  return `{"message": ${JSON.stringify(message)}, "connectionId":${JSON.stringify(connectionId)}, "requestId":${JSON.stringify(requestId)}}`;
}

function rawText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}
