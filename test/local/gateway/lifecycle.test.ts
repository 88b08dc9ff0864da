import { afterEach, describe, expect, it } from 'vitest';
import { WebSocketEventSchema, type WebSocketEvent } from '../../../src/channels/websocket/api-gateway-event';
import { connectClient, refusedStatus, startHarness, type Harness } from './harness';

const isDisconnect = (e: WebSocketEvent) => e.requestContext.eventType === 'DISCONNECT';
const isMessage = (e: WebSocketEvent) => e.requestContext.eventType === 'MESSAGE';

describe('local gateway: limits and disconnects', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.stop();
    h = undefined;
  });

  it('closes with 1009 on a frame over 32 KiB without calling the handler, and accepts exactly 32 KiB', async () => {
    h = await startHarness();
    const client = await connectClient(h.wsUrl);
    const atLimit = JSON.stringify({ action: 'sendMessage', text: 'a'.repeat(32 * 1024 - 40) }).padEnd(32 * 1024, ' ');
    expect(Buffer.byteLength(atLimit)).toBe(32 * 1024);
    client.socket.send(atLimit);
    await h.waitForEvent(isMessage);

    client.socket.send('b'.repeat(33 * 1024));
    expect((await client.closed).code).toBe(1009);
    const disconnect = await h.waitForEvent(isDisconnect);
    expect(disconnect.requestContext.disconnectStatusCode).toBe(1009);
    expect(h.events.filter(isMessage)).toHaveLength(1);
    expect(h.gateway.connectionCount()).toBe(0);
  });

  it('closes with 1003 on a binary frame without calling the handler, as API Gateway does', async () => {
    h = await startHarness();
    const client = await connectClient(h.wsUrl);
    client.socket.send(Buffer.from([0xde, 0xad, 0xbe, 0xef]), { binary: true });
    expect((await client.closed).code).toBe(1003);
    const disconnect = await h.waitForEvent(isDisconnect);
    expect(disconnect.requestContext.disconnectStatusCode).toBe(1003);
    expect(h.events.filter(isMessage)).toHaveLength(0);
  });

  it('closes an idle connection with 1001 after the idle timeout', async () => {
    h = await startHarness({ limits: { idleTimeoutMs: 150 } });
    const client = await connectClient(h.wsUrl);
    const closed = await client.closed;
    expect(closed).toEqual({ code: 1001, reason: 'Going away' });
    const disconnect = await h.waitForEvent(isDisconnect);
    expect(disconnect.requestContext.disconnectStatusCode).toBe(1001);
    expect(disconnect.requestContext.disconnectReason).toBe('Going away');
    expect(h.gateway.connectionCount()).toBe(0);
  });

  it('closes a connection with 1001 at the maximum duration even while it is busy', async () => {
    h = await startHarness({ limits: { maxConnectionMs: 150 } });
    const client = await connectClient(h.wsUrl);
    const chatter = setInterval(() => client.socket.send('{"action":"ping"}'), 10);
    try {
      expect((await client.closed).code).toBe(1001);
    } finally {
      clearInterval(chatter);
    }
    expect((await h.waitForEvent(isDisconnect)).requestContext.disconnectStatusCode).toBe(1001);
  });

  it('calls $disconnect exactly once, with the client close code and reason, in the AWS shape', async () => {
    h = await startHarness();
    const client = await connectClient(h.wsUrl);
    const connectionId = h.events[0]!.requestContext.connectionId;
    client.socket.close(4000, 'user left');
    await client.closed;
    const disconnect = await h.waitForEvent(isDisconnect);
    // Anything after this close would be a second $disconnect; a new connection's events come later.
    const next = await connectClient(h.wsUrl);
    next.socket.close();
    await h.waitForEvent((e) => isDisconnect(e) && e.requestContext.connectionId !== connectionId);

    expect(h.events.filter((e) => isDisconnect(e) && e.requestContext.connectionId === connectionId)).toHaveLength(1);
    expect(WebSocketEventSchema.safeParse(disconnect).success).toBe(true);
    expect(disconnect.requestContext.routeKey).toBe('$disconnect');
    expect(disconnect.requestContext.connectionId).toBe(connectionId);
    expect(disconnect.requestContext.disconnectStatusCode).toBe(4000);
    expect(disconnect.requestContext.disconnectReason).toBe('user left');
    expect(disconnect.headers?.['Host']).toBe(new URL(h.baseUrl).host);
    expect(disconnect.body).toBeUndefined();
  });

  it('close() closes every socket with 1001, waits for each $disconnect, and accepts no new connections', async () => {
    h = await startHarness();
    const a = await connectClient(h.wsUrl);
    const b = await connectClient(h.wsUrl);
    const ids = h.events.map((e) => e.requestContext.connectionId);
    expect(h.gateway.connectionCount()).toBe(2);

    await h.gateway.close();
    const disconnected = h.events.filter(isDisconnect).map((e) => e.requestContext.connectionId);
    expect(disconnected.sort()).toEqual([...ids].sort());
    expect(h.events.filter(isDisconnect).every((e) => e.requestContext.disconnectStatusCode === 1001)).toBe(true);
    expect(h.gateway.connectionCount()).toBe(0);
    expect((await a.closed).code).toBe(1001);
    expect((await b.closed).code).toBe(1001);
    await expect(connectClient(h.wsUrl)).rejects.toThrow();
  });

  it('a failing $disconnect handler is logged and harms nothing', async () => {
    h = await startHarness();
    h.respond = async (e) => {
      if (isDisconnect(e)) throw new Error('disconnect cleanup failed');
      return { statusCode: 200 };
    };
    const client = await connectClient(h.wsUrl);
    client.socket.close();
    await h.waitForEvent(isDisconnect);
    const again = await connectClient(h.wsUrl);
    expect(h.gateway.connectionCount()).toBe(1);
    again.socket.close();
    await h.waitForEvent((e) => isDisconnect(e) && h!.events.filter(isDisconnect).length === 2);
    expect(h.logs.some((l) => l.includes('disconnect cleanup failed'))).toBe(true);
  });

  it('refuses a $connect handler that outlives the integration timeout with 504', async () => {
    h = await startHarness({ limits: { integrationTimeoutMs: 50 } });
    h.respond = () => new Promise(() => {});
    expect(await refusedStatus(h.wsUrl)).toBe(504);
  });
});
