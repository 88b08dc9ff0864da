import type { WebSocketEvent } from '../../../src/channels/websocket/api-gateway-event';

let seq = 0;

/** An API Gateway WebSocket proxy event as AWS sends it (see api-gateway-event.ts for the captured shapes). */
export function wsEvent(
  routeKey: string,
  connectionId: string,
  extra: { body?: unknown; headers?: Record<string, string>; query?: Record<string, string> } = {},
): WebSocketEvent {
  const eventType = routeKey === '$connect' ? 'CONNECT' : routeKey === '$disconnect' ? 'DISCONNECT' : 'MESSAGE';
  const now = Date.now();
  return {
    requestContext: {
      routeKey,
      eventType,
      connectionId,
      domainName: 'abc123.execute-api.eu-west-1.amazonaws.com',
      stage: 'dev',
      apiId: 'abc123',
      requestId: `req-${++seq}`,
      connectedAt: now,
      requestTimeEpoch: now,
      ...(eventType === 'MESSAGE' ? { messageId: `m-${seq}` } : {}),
      identity: { sourceIp: '203.0.113.7' },
    },
    ...(extra.headers ? { headers: extra.headers } : {}),
    ...(extra.query ? { queryStringParameters: extra.query } : {}),
    ...(extra.body !== undefined ? { body: typeof extra.body === 'string' ? extra.body : JSON.stringify(extra.body) } : {}),
    isBase64Encoded: false,
  };
}
