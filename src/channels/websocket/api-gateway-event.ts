import * as z from '../../domain/zod-mini';

/**
 * The Lambda proxy event API Gateway's WebSocket API sends to a route's
 * integration, and the result it expects back. Both AWS and the local gateway
 * (src/local/gateway) produce exactly this shape, so route handlers run
 * unchanged on either.
 *
 * Shapes follow events captured from real deployments:
 * - `$connect`: `headers` / `multiValueHeaders` with the names **in the case the
 *   client sent them** (browsers send `Origin`, `User-Agent`; API Gateway adds
 *   `Host`, `X-Forwarded-For`, `X-Forwarded-Port`, `X-Forwarded-Proto`,
 *   `X-Amzn-Trace-Id`); `queryStringParameters` / `multiValueQueryStringParameters`
 *   only when the URL has a query string; no `body`.
 * - messages: no headers; `body` is the raw text frame; `messageId` set.
 * - `$disconnect`: `disconnectStatusCode` and `disconnectReason` set; a few
 *   headers (`Host`, and empty `X-Forwarded-For`, `x-api-key`, `x-restapi`).
 * Read headers through {@link getHeader}: their case differs between clients.
 */

/** Route keys API Gateway reserves; custom routes (`hello`, ...) are the body's `action`. */
export const CONNECT_ROUTE = '$connect';
export const DISCONNECT_ROUTE = '$disconnect';
export const DEFAULT_ROUTE = '$default';

export const WEBSOCKET_EVENT_TYPES = ['CONNECT', 'MESSAGE', 'DISCONNECT'] as const;
export type WebSocketEventType = (typeof WEBSOCKET_EVENT_TYPES)[number];

// zod/mini (domain/zod-mini.ts): the connection functions import this module for its types and getHeader.
const StringMap = z.record(z.string(), z.string());
const MultiStringMap = z.record(z.string(), z.array(z.string()));

export const WebSocketIdentitySchema = z.object({
  sourceIp: z.string(),
  // Absent in some older captured events, so optional.
  userAgent: z.optional(z.string()),
});

const RequestContextShape = z.object({
  routeKey: z.string().check(z.minLength(1)),
  eventType: z.enum(WEBSOCKET_EVENT_TYPES),
  connectionId: z.string().check(z.minLength(1)),
  domainName: z.string(),
  stage: z.string(),
  apiId: z.string(),
  requestId: z.string(),
  extendedRequestId: z.optional(z.string()),
  /** CLF-style, e.g. `15/Jan/2019:13:09:27 +0000`. */
  requestTime: z.optional(z.string()),
  messageDirection: z.optional(z.literal('IN')),
  /** Epoch milliseconds. */
  connectedAt: z.number().check(z.int()),
  /** Epoch milliseconds. */
  requestTimeEpoch: z.number().check(z.int()),
  /** Set on MESSAGE events; `null` on `$connect` in real events. */
  messageId: z.optional(z.nullable(z.string())),
  /** Set on DISCONNECT events (the WebSocket close code); `null` on `$connect`. */
  disconnectStatusCode: z.optional(z.nullable(z.number().check(z.int()))),
  disconnectReason: z.optional(z.string()),
  identity: WebSocketIdentitySchema,
});

const EventShape = z.object({
  requestContext: RequestContextShape,
  headers: z.optional(StringMap),
  multiValueHeaders: z.optional(MultiStringMap),
  queryStringParameters: z.optional(StringMap),
  multiValueQueryStringParameters: z.optional(MultiStringMap),
  body: z.optional(z.string()),
  isBase64Encoded: z.boolean(),
});

// AWS adds fields over time (authorizer, ...): parsing keeps unknown ones rather than reject the event.
export const WebSocketRequestContextSchema = z.looseObject(RequestContextShape.shape);
export const WebSocketEventSchema = z.looseObject({ ...EventShape.shape, requestContext: WebSocketRequestContextSchema });

/** The event a WebSocket route handler receives (the fields we rely on; AWS may send more). */
export type WebSocketEvent = z.infer<typeof EventShape>;
export type WebSocketRequestContext = z.infer<typeof RequestContextShape>;

/**
 * What a route handler returns. On `$connect` a non-2xx `statusCode` refuses the
 * handshake with that HTTP status; `headers` may carry `Sec-WebSocket-Protocol`
 * to accept a subprotocol. On other routes the result is not sent to the client
 * (no route responses are configured): replies go through `@connections`.
 */
export const HandlerResultSchema = z.object({
  statusCode: z.number().check(z.int(), z.minimum(100), z.maximum(599)),
  body: z.optional(z.string()),
  headers: z.optional(StringMap),
});
export type HandlerResult = z.infer<typeof HandlerResultSchema>;

/** A WebSocket route handler: the same function runs behind API Gateway and the local gateway. */
export type WebSocketHandler = (event: WebSocketEvent) => Promise<HandlerResult>;

/**
 * Reads a header case-insensitively. API Gateway keeps the case the client
 * used (`Origin` from browsers, maybe `origin` from other clients), so a
 * direct `headers.origin` lookup would work in one place and fail in another.
 */
export function getHeader(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === wanted) return value;
  }
  return undefined;
}
