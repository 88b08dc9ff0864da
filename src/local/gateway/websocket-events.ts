import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  CONNECT_ROUTE,
  DISCONNECT_ROUTE,
  type WebSocketEvent,
  type WebSocketRequestContext,
} from '../../channels/websocket/api-gateway-event';

/** What the gateway knows about a connection from its handshake onwards. */
export interface ConnectionFacts {
  connectionId: string;
  /** Epoch milliseconds. */
  connectedAt: number;
  sourceIp: string;
  userAgent: string;
  /** The Host header: stands in for `{api}.execute-api.{region}.amazonaws.com`. */
  domainName: string;
  stage: string;
  apiId: string;
}

/** Per-invocation values: each event is one Lambda invocation on AWS. */
export interface InvocationFacts {
  requestId: string;
  now: Date;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** API Gateway's `requestTime`: `15/Jan/2019:13:09:27 +0000` (always UTC). */
export function formatRequestTime(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return (
    `${pad(at.getUTCDate())}/${MONTHS[at.getUTCMonth()]}/${at.getUTCFullYear()}:` +
    `${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}:${pad(at.getUTCSeconds())} +0000`
  );
}

/** The client address without the IPv4-mapped IPv6 prefix Node reports (`::ffff:127.0.0.1`). */
export function sourceIpOf(req: IncomingMessage): string {
  const address = req.socket.remoteAddress ?? '';
  return address.startsWith('::ffff:') ? address.slice('::ffff:'.length) : address;
}

function baseContext(
  conn: ConnectionFacts,
  inv: InvocationFacts,
): Omit<WebSocketRequestContext, 'routeKey' | 'eventType'> {
  return {
    connectionId: conn.connectionId,
    domainName: conn.domainName,
    stage: conn.stage,
    apiId: conn.apiId,
    requestId: inv.requestId,
    extendedRequestId: inv.requestId,
    requestTime: formatRequestTime(inv.now),
    requestTimeEpoch: inv.now.getTime(),
    messageDirection: 'IN',
    connectedAt: conn.connectedAt,
    identity: { sourceIp: conn.sourceIp, userAgent: conn.userAgent },
  };
}

/**
 * Headers as API Gateway forwards them on `$connect`: names in the case the
 * client sent (from `rawHeaders`, not Node's lower-cased `headers`), the last
 * value of a repeated header in `headers`, every value in `multiValueHeaders`,
 * plus the forwarding headers API Gateway adds when the client did not.
 */
export function forwardedHeaders(
  req: IncomingMessage,
  sourceIp: string,
): { headers: Record<string, string>; multiValueHeaders: Record<string, string[]> } {
  const headers: Record<string, string> = {};
  const multiValueHeaders: Record<string, string[]> = {};
  const raw = req.rawHeaders;
  for (let i = 0; i + 1 < raw.length; i += 2) {
    const name = raw[i]!;
    const value = raw[i + 1]!;
    headers[name] = value;
    (multiValueHeaders[name] ??= []).push(value);
  }
  const has = (name: string) => Object.keys(headers).some((k) => k.toLowerCase() === name.toLowerCase());
  const add = (name: string, value: string) => {
    if (has(name)) return;
    headers[name] = value;
    multiValueHeaders[name] = [value];
  };
  add('X-Forwarded-For', sourceIp);
  add('X-Forwarded-Port', String(req.socket.localPort ?? ''));
  add('X-Forwarded-Proto', 'http');
  add('X-Amzn-Trace-Id', traceId(new Date()));
  return { headers, multiValueHeaders };
}

/** An X-Ray style trace header, `Root=1-<epoch seconds hex>-<24 hex>`. */
function traceId(now: Date): string {
  return `Root=1-${Math.floor(now.getTime() / 1000).toString(16)}-${randomBytes(12).toString('hex')}`;
}

/**
 * Query parameters as API Gateway forwards them: the last value in
 * `queryStringParameters`, all of them in `multiValueQueryStringParameters`,
 * both absent when the URL has no query string.
 */
export function queryParameters(
  search: URLSearchParams,
): Pick<WebSocketEvent, 'queryStringParameters' | 'multiValueQueryStringParameters'> {
  const single: Record<string, string> = {};
  const multi: Record<string, string[]> = {};
  for (const [key, value] of search) {
    single[key] = value;
    (multi[key] ??= []).push(value);
  }
  if (Object.keys(single).length === 0) return {};
  return { queryStringParameters: single, multiValueQueryStringParameters: multi };
}

/** The `$connect` event, built before the socket is upgraded. */
export function connectEvent(
  conn: ConnectionFacts,
  inv: InvocationFacts,
  req: IncomingMessage,
  search: URLSearchParams,
): WebSocketEvent {
  return {
    ...forwardedHeaders(req, conn.sourceIp),
    ...queryParameters(search),
    requestContext: {
      ...baseContext(conn, inv),
      routeKey: CONNECT_ROUTE,
      eventType: 'CONNECT',
      messageId: null,
      disconnectStatusCode: null,
    },
    isBase64Encoded: false,
  };
}

/** A message event for one text frame, routed to `routeKey`. */
export function messageEvent(
  conn: ConnectionFacts,
  inv: InvocationFacts & { messageId: string },
  routeKey: string,
  body: string,
): WebSocketEvent {
  return {
    requestContext: {
      ...baseContext(conn, inv),
      routeKey,
      eventType: 'MESSAGE',
      messageId: inv.messageId,
    },
    body,
    isBase64Encoded: false,
  };
}

/** The `$disconnect` event: carries the close code and reason, and the few headers AWS sends with it. */
export function disconnectEvent(
  conn: ConnectionFacts,
  inv: InvocationFacts,
  statusCode: number,
  reason: string,
): WebSocketEvent {
  const headers = { Host: conn.domainName, 'x-api-key': '', 'X-Forwarded-For': '', 'x-restapi': '' };
  return {
    headers,
    multiValueHeaders: Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, [v]])),
    requestContext: {
      ...baseContext(conn, inv),
      routeKey: DISCONNECT_ROUTE,
      eventType: 'DISCONNECT',
      disconnectStatusCode: statusCode,
      disconnectReason: reason,
    },
    isBase64Encoded: false,
  };
}

/** Words for close codes when the closing side gave no reason. */
export function describeCloseCode(code: number): string {
  switch (code) {
    case 1000:
      return 'Connection Closed Normally';
    case 1001:
      return 'Going away';
    case 1003:
      return 'Unsupported data';
    case 1005:
      return 'Client-side close frame status not set';
    case 1006:
      return 'Connection closed abnormally';
    case 1008:
      return 'Policy violation';
    case 1009:
      return 'Message too big';
    default:
      return `Closed with code ${code}`;
  }
}
