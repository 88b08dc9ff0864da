import { DeleteConnectionCommand } from '@aws-sdk/client-apigatewaymanagementapi';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocketEventSchema, type WebSocketEvent } from '../../../src/channels/websocket/api-gateway-event';
import { GATEWAY_ID_PATTERN } from '../../../src/local/gateway/connection-id';
import { connectClient, deferred, startHarness, type Harness } from './harness';

const isMessage = (e: WebSocketEvent) => e.requestContext.eventType === 'MESSAGE';

describe('local gateway: messages', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness();
  });
  afterEach(async () => {
    await h.stop();
  });

  it('routes each frame by $request.body.action, $default otherwise, in arrival order', async () => {
    const client = await connectClient(h.wsUrl);
    const frames = [
      JSON.stringify({ action: 'hello', session_id: 'sess_x' }),
      JSON.stringify({ action: 'sendMessage', client_message_id: 'c1', text: 'hi' }),
      JSON.stringify({ action: 'ping' }),
      JSON.stringify({ action: 'launchRockets' }),
      JSON.stringify({ action: 'Hello' }),
      JSON.stringify({ action: 5 }),
      JSON.stringify({ text: 'no action' }),
      JSON.stringify(['hello']),
      JSON.stringify('hello'),
      'not json {',
    ];
    for (const f of frames) client.socket.send(f);
    await h.waitForEvent((e) => e.body === 'not json {');

    const messages = h.events.filter(isMessage);
    expect(messages.map((e) => e.body)).toEqual(frames);
    expect(messages.map((e) => e.requestContext.routeKey)).toEqual([
      'hello',
      'sendMessage',
      'ping',
      '$default',
      '$default',
      '$default',
      '$default',
      '$default',
      '$default',
      '$default',
    ]);
    client.socket.close();
  });

  it('hands the handler a MESSAGE event with the raw body and the connection id', async () => {
    const client = await connectClient(h.wsUrl);
    const connectionId = h.events[0]!.requestContext.connectionId;
    const body = '{"action":"ping",  "extra": "kept as sent ✓"}';
    client.socket.send(body);
    const event = await h.waitForEvent(isMessage);

    expect(WebSocketEventSchema.safeParse(event).success).toBe(true);
    expect(event.body).toBe(body);
    expect(event.isBase64Encoded).toBe(false);
    expect(event.headers).toBeUndefined();
    const ctx = event.requestContext;
    expect(ctx.eventType).toBe('MESSAGE');
    expect(ctx.routeKey).toBe('ping');
    expect(ctx.connectionId).toBe(connectionId);
    expect(ctx.messageId).toMatch(GATEWAY_ID_PATTERN);
    expect(ctx.requestId).toMatch(GATEWAY_ID_PATTERN);
    expect(ctx.requestId).not.toBe(h.events[0]!.requestContext.requestId);
    expect(ctx.connectedAt).toBe(h.events[0]!.requestContext.connectedAt);
    expect(ctx.stage).toBe('local');
    client.socket.close();
  });

  it('does not serialise handler calls of one connection (each frame is its own invocation)', async () => {
    const client = await connectClient(h.wsUrl);
    const secondArrived = deferred();
    h.respond = async (e) => {
      if (e.body === 'first') await secondArrived.promise; // would never finish if calls were serialised
      if (e.body === 'second') secondArrived.resolve();
      return { statusCode: 200 };
    };
    client.socket.send('first');
    client.socket.send('second');
    await h.waitForEvent((e) => e.body === 'second');
    await secondArrived.promise;
    expect(h.events.filter(isMessage).map((e) => e.body)).toEqual(['first', 'second']);
    client.socket.close();
  });

  it('answers a failing handler with the frame AWS sends, and keeps the connection and the gateway going', async () => {
    const client = await connectClient(h.wsUrl);
    const connectionId = h.events[0]!.requestContext.connectionId;
    h.respond = async (e) => {
      if (e.body === 'explode') throw new Error('handler exploded');
      return { statusCode: 200 };
    };
    client.socket.send('explode');
    const frame = await client.nextFrame();
    const failed = await h.waitForEvent((e) => e.body === 'explode');
    expect(JSON.parse(frame)).toEqual({
      message: 'Internal server error',
      connectionId,
      requestId: failed.requestContext.requestId,
    });
    expect(frame.startsWith('{"message": "Internal server error", "connectionId":"')).toBe(true);
    expect(h.logs.some((l) => l.includes('handler exploded'))).toBe(true);

    client.socket.send(JSON.stringify({ action: 'ping' }));
    const next = await h.waitForEvent((e) => e.requestContext.routeKey === 'ping');
    expect(next.requestContext.connectionId).toBe(connectionId);
    expect(h.gateway.connectionCount()).toBe(1);

    const other = await connectClient(h.wsUrl);
    expect(h.gateway.connectionCount()).toBe(2);
    other.socket.close();
    client.socket.close();
  });

  it('sends nothing to the client for a handler result (no route responses)', async () => {
    const client = await connectClient(h.wsUrl);
    h.respond = async () => ({ statusCode: 200, body: 'not for the client' });
    client.socket.send('one');
    await h.waitForEvent((e) => e.body === 'one');
    // A DeleteConnection round trip orders after the handler's return: no frame came before the close.
    await h.sdk().send(new DeleteConnectionCommand({ ConnectionId: h.events[0]!.requestContext.connectionId }));
    await client.closed;
    expect(client.frames).toEqual([]);
  });
});
