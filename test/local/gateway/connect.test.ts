import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getHeader, WebSocketEventSchema } from '../../../src/channels/websocket/api-gateway-event';
import { GATEWAY_ID_PATTERN } from '../../../src/local/gateway/connection-id';
import { connectClient, refusedStatus, startHarness, type Harness } from './harness';

describe('local gateway: $connect', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ stage: 'dev', apiId: 'abc123' });
  });
  afterEach(async () => {
    await h.stop();
  });

  it('accepts on 2xx and hands the handler a CONNECT event shaped like AWS', async () => {
    const client = await connectClient(`${h.wsUrl}?tenant=demo&lang=en&lang=fr`, {
      origin: 'http://localhost:5173',
      headers: { 'User-Agent': 'gateway-test/1.0', 'x-custom': 'yes' },
    });
    expect(h.gateway.connectionCount()).toBe(1);

    const event = h.events[0]!;
    expect(WebSocketEventSchema.safeParse(event).success).toBe(true);
    const ctx = event.requestContext;
    expect(ctx.routeKey).toBe('$connect');
    expect(ctx.eventType).toBe('CONNECT');
    expect(ctx.connectionId).toMatch(GATEWAY_ID_PATTERN);
    expect(ctx.domainName).toBe(new URL(h.baseUrl).host);
    expect(ctx.stage).toBe('dev');
    expect(ctx.apiId).toBe('abc123');
    expect(ctx.messageId).toBeNull();
    expect(ctx.identity).toEqual({ sourceIp: '127.0.0.1', userAgent: 'gateway-test/1.0' });
    expect(ctx.requestTime).toMatch(/^\d{2}\/[A-Z][a-z]{2}\/\d{4}:\d{2}:\d{2}:\d{2} \+0000$/);
    expect(ctx.connectedAt).toBe(ctx.requestTimeEpoch);
    expect(event.queryStringParameters).toEqual({ tenant: 'demo', lang: 'fr' });
    expect(event.multiValueQueryStringParameters).toEqual({ tenant: ['demo'], lang: ['en', 'fr'] });
    // Header names keep the client's case, as on AWS; getHeader reads them either way.
    expect(event.headers?.['Origin']).toBe('http://localhost:5173');
    expect(getHeader(event.headers, 'origin')).toBe('http://localhost:5173');
    expect(event.headers?.['x-custom']).toBe('yes');
    expect(getHeader(event.headers, 'x-forwarded-for')).toBe('127.0.0.1');
    expect(event.multiValueHeaders?.['Origin']).toEqual(['http://localhost:5173']);
    expect(event.body).toBeUndefined();
    expect(event.isBase64Encoded).toBe(false);
    client.socket.close();
  });

  it('omits the query parameters when the URL has none', async () => {
    const client = await connectClient(h.wsUrl);
    expect(h.events[0]!.queryStringParameters).toBeUndefined();
    expect(h.events[0]!.multiValueQueryStringParameters).toBeUndefined();
    client.socket.close();
  });

  it('refuses the handshake with the handler status, registers nothing and sends no $disconnect', async () => {
    h.respond = async (e) =>
      e.requestContext.eventType === 'CONNECT' && e.queryStringParameters?.tenant !== 'demo'
        ? { statusCode: 403, body: 'Forbidden' }
        : { statusCode: 200 };

    expect(await refusedStatus(`${h.wsUrl}?tenant=nobody`)).toBe(403);
    expect(h.gateway.connectionCount()).toBe(0);
    const refusedId = h.events[0]!.requestContext.connectionId;

    // A later connection's $disconnect arrives; the refused one never gets one.
    const ok = await connectClient(`${h.wsUrl}?tenant=demo`);
    ok.socket.close();
    const disconnect = await h.waitForEvent((e) => e.requestContext.eventType === 'DISCONNECT');
    expect(disconnect.requestContext.connectionId).not.toBe(refusedId);
    expect(h.events.filter((e) => e.requestContext.connectionId === refusedId)).toHaveLength(1);
  });

  it('refuses with 502 when the $connect handler throws, and the next connection still works', async () => {
    h.respond = async () => {
      throw new Error('boom');
    };
    expect(await refusedStatus(h.wsUrl)).toBe(502);
    expect(h.logs.some((l) => l.includes('boom'))).toBe(true);

    h.respond = async () => ({ statusCode: 200 });
    const client = await connectClient(h.wsUrl);
    expect(h.gateway.connectionCount()).toBe(1);
    client.socket.close();
  });

  it('treats a malformed handler result as an integration error', async () => {
    h.respond = async () => ({ body: 'no status' }) as never;
    expect(await refusedStatus(h.wsUrl)).toBe(502);
  });

  it('answers 404 to upgrades on other paths', async () => {
    expect(await refusedStatus(h.wsUrl.replace('/ws', '/elsewhere'))).toBe(404);
    expect(h.events).toHaveLength(0);
  });

  it('accepts a subprotocol only when the $connect handler returns it', async () => {
    h.respond = async () => ({ statusCode: 200, headers: { 'Sec-WebSocket-Protocol': 'trip.v1' } });
    const client = await connectClient(h.wsUrl, { protocols: ['trip.v1'] });
    expect(client.socket.protocol).toBe('trip.v1');
    expect(getHeader(h.events[0]!.headers, 'sec-websocket-protocol')).toBe('trip.v1');
    client.socket.close();
  });

  it('gives every connection a distinct id', async () => {
    const a = await connectClient(h.wsUrl);
    const b = await connectClient(h.wsUrl);
    const [first, second] = h.events.map((e) => e.requestContext.connectionId);
    expect(first).not.toBe(second);
    expect(h.gateway.connectionCount()).toBe(2);
    a.socket.close();
    b.socket.close();
  });
});
