import { GoneException, PostToConnectionCommand } from '@aws-sdk/client-apigatewaymanagementapi';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WebSocketEvent } from '../../../src/channels/websocket/api-gateway-event';
import { NOT_READING } from '../../../src/local/gateway/bounded-send';
import { connectClient, startHarness, type Harness } from './harness';

const isDisconnect = (e: WebSocketEvent) => e.requestContext.eventType === 'DISCONNECT';

/** Stops reading the client's TCP socket: the kernel's buffers fill, then the gateway's. */
function stopReading(socket: unknown): { resume(): void } {
  const tcp = (socket as { _socket: { pause(): void; resume(): void } })._socket;
  tcp.pause();
  return { resume: () => tcp.resume() };
}

describe('local gateway: a client that does not read', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startHarness({ limits: { maxUnsentBytes: 256 * 1024 } });
  });
  afterEach(async () => {
    await h.stop();
  });

  it('is closed with 1008 once its unsent bytes pass the cap; posts to it never wait, then are Gone; others are served meanwhile', async () => {
    const slow = await connectClient(h.wsUrl);
    const slowId = h.events.at(-1)!.requestContext.connectionId;
    const other = await connectClient(h.wsUrl);
    const otherId = h.events.at(-1)!.requestContext.connectionId;
    const reading = stopReading(slow.socket);

    const sdk = h.sdk();
    const frame = JSON.stringify({ type: 'reply', text: 'x'.repeat(30 * 1024) });
    let posted = 0;
    let gone: unknown;
    // Far more than the kernel's loopback buffers and the cap together: without the cap
    // a post would wait on the unread socket here for ever.
    for (let i = 0; i < 2000 && !gone; i++) {
      try {
        await sdk.send(new PostToConnectionCommand({ ConnectionId: slowId, Data: frame }));
        posted += 1;
      } catch (err) {
        gone = err;
      }
    }
    expect(gone).toBeInstanceOf(GoneException);
    expect(posted).toBeGreaterThan(8);

    // Another connection is not held up by it.
    await sdk.send(new PostToConnectionCommand({ ConnectionId: otherId, Data: 'still here' }));
    expect(await other.nextFrame()).toBe('still here');

    // Reading again, the slow client gets what was queued, then the close and its reason.
    reading.resume();
    const closed = await slow.closed;
    expect(closed).toEqual({ code: NOT_READING.code, reason: NOT_READING.reason });
    expect(slow.frames.length).toBe(posted);
    const disconnect = await h.waitForEvent((e) => isDisconnect(e) && e.requestContext.connectionId === slowId);
    expect(disconnect.requestContext.disconnectStatusCode).toBe(1008);
    other.socket.close();
  });
});
