import {
  DeleteConnectionCommand,
  GetConnectionCommand,
  PostToConnectionCommand,
} from '@aws-sdk/client-apigatewaymanagementapi';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebSocketEvent } from '../../../src/channels/websocket/api-gateway-event';
import { connectClient, startHarness, type Harness } from './harness';

const isDisconnect = (e: WebSocketEvent) => e.requestContext.eventType === 'DISCONNECT';

/** Runs `work` and returns the error it throws (the test fails if it does not). */
async function failure(work: Promise<unknown>): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await work;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a failure');
}

describe('local gateway: @connections through the real SDK client', () => {
  let h: Harness;
  let now: Date;
  beforeEach(async () => {
    now = new Date('2026-11-21T08:00:00.000Z');
    h = await startHarness({ clock: () => now });
  });
  afterEach(async () => {
    await h.stop();
  });

  async function connected() {
    const client = await connectClient(h.wsUrl, { headers: { 'User-Agent': 'widget-test' } });
    return { client, connectionId: h.events.at(-1)!.requestContext.connectionId };
  }

  it('PostToConnection delivers the bytes as one text frame, with or without the stage prefix', async () => {
    const { client, connectionId } = await connected();
    const frame = JSON.stringify({ type: 'reply', text: 'Book it — Mara in September ✓' });
    const out = await h.sdk().send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: frame }));
    expect(out.$metadata.httpStatusCode).toBe(200);
    expect(await client.nextFrame()).toBe(frame);

    await h.sdk(h.baseUrl).send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: 'plain' }));
    expect(await client.nextFrame()).toBe('plain');
    expect(client.frames).toEqual([frame, 'plain']);
    client.socket.close();
  });

  it('GetConnection reports connectedAt, identity and lastActiveAt', async () => {
    const { client, connectionId } = await connected();
    const first = await h.sdk().send(new GetConnectionCommand({ ConnectionId: connectionId }));
    expect(first.ConnectedAt).toEqual(new Date('2026-11-21T08:00:00.000Z'));
    expect(first.LastActiveAt).toEqual(new Date('2026-11-21T08:00:00.000Z'));
    expect(first.Identity).toEqual({ SourceIp: '127.0.0.1', UserAgent: 'widget-test' });

    now = new Date('2026-11-21T08:05:00.000Z');
    client.socket.send(JSON.stringify({ action: 'ping' }));
    await h.waitForEvent((e) => e.requestContext.routeKey === 'ping');
    const later = await h.sdk().send(new GetConnectionCommand({ ConnectionId: connectionId }));
    expect(later.ConnectedAt).toEqual(new Date('2026-11-21T08:00:00.000Z'));
    expect(later.LastActiveAt).toEqual(new Date('2026-11-21T08:05:00.000Z'));
    client.socket.close();
  });

  it('DeleteConnection closes the socket, $disconnect follows, and later posts are Gone', async () => {
    const { client, connectionId } = await connected();
    const out = await h.sdk().send(new DeleteConnectionCommand({ ConnectionId: connectionId }));
    expect(out.$metadata.httpStatusCode).toBe(204);
    expect((await client.closed).code).toBe(1000);

    const disconnect = await h.waitForEvent(isDisconnect);
    expect(disconnect.requestContext.connectionId).toBe(connectionId);
    expect(disconnect.requestContext.disconnectStatusCode).toBe(1000);
    expect(h.gateway.connectionCount()).toBe(0);

    const err = await failure(h.sdk().send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: 'x' })));
    expect(err.name).toBe('GoneException');
    const del = await failure(h.sdk().send(new DeleteConnectionCommand({ ConnectionId: connectionId })));
    expect(del.name).toBe('GoneException');
  });

  it('PostToConnection to a connection the client closed throws GoneException (410)', async () => {
    const { client, connectionId } = await connected();
    client.socket.close(1000, 'bye');
    await h.waitForEvent(isDisconnect);
    const err = await failure(h.sdk().send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: 'late' })));
    expect(err.name).toBe('GoneException');
    expect(err.$metadata?.httpStatusCode).toBe(410);
  });

  it('GetConnection and PostToConnection for an id that never existed are Gone', async () => {
    const get = await failure(h.sdk().send(new GetConnectionCommand({ ConnectionId: 'AAAAAAAAAAAAAAA=' })));
    expect(get.name).toBe('GoneException');
    const post = await failure(h.sdk().send(new PostToConnectionCommand({ ConnectionId: 'nope/../x', Data: 'x' })));
    expect(post.name).toBe('GoneException');
  });

  it('posting during $connect fails with GoneException: the connection exists only after $connect returns', async () => {
    const sdk = h.sdk();
    let duringConnect: string | undefined;
    h.respond = async (e) => {
      if (e.requestContext.eventType === 'CONNECT') {
        const err = await failure(
          sdk.send(new PostToConnectionCommand({ ConnectionId: e.requestContext.connectionId, Data: 'too early' })),
        );
        duringConnect = err.name;
      }
      return { statusCode: 200 };
    };
    const { client, connectionId } = await connected();
    expect(duringConnect).toBe('GoneException');

    await sdk.send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: 'now it works' }));
    expect(await client.nextFrame()).toBe('now it works');
    expect(client.frames).toEqual(['now it works']);
    client.socket.close();
  });

  it('rejects a PostToConnection over 128 KiB with PayloadTooLargeException and keeps the connection', async () => {
    const { client, connectionId } = await connected();
    const err = await failure(
      h.sdk().send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: 'x'.repeat(128 * 1024 + 1) })),
    );
    expect(err.name).toBe('PayloadTooLargeException');
    const exactly = 'y'.repeat(128 * 1024);
    await h.sdk().send(new PostToConnectionCommand({ ConnectionId: connectionId, Data: exactly }));
    expect(await client.nextFrame()).toBe(exactly);
    client.socket.close();
  });

  it('leaves other paths and other stages to the HTTP router', async () => {
    for (const path of ['/healthz', '/other-stage/@connections/abc%3D', '/@connections', '/a/b/@connections/x']) {
      const res = await fetch(`${h.baseUrl}${path}`);
      expect(res.status).toBe(404);
      expect(await res.text()).toBe('not the gateway');
    }
    const res = await fetch(`${h.baseUrl}/local/@connections/abc%3D`);
    expect(res.status).toBe(410);
    expect(res.headers.get('x-amzn-errortype')).toBe('GoneException');
  });
});
