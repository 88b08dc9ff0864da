import { describe, expect, test } from 'vitest';
import { Connection, type SocketLike } from '../../widget/src/connection';
import type { ServerFrame } from '../../widget/src/protocol';

/**
 * A scripted server behind the widget's socket port: it answers `unavailable` to the
 * first `refusals` sends of each message, then stores and answers it. (The real stack
 * says `unavailable` only while its store is unreachable; the probe suite drives that.)
 */
function scriptedServer(refusals: number) {
  const writes: Array<{ action: string; client_message_id?: string }> = [];
  const refused = new Map<string, number>();
  let n = 0;
  const createSocket = (): SocketLike => {
    const socket: SocketLike = {
      readyState: 1,
      onopen: null,
      onmessage: null,
      onclose: null,
      onerror: null,
      send(data: string) {
        const frame = JSON.parse(data) as { action: string; client_message_id?: string; text?: string };
        writes.push(frame);
        const answer = (f: unknown) => queueMicrotask(() => socket.onmessage?.({ data: JSON.stringify(f) }));
        if (frame.action === 'hello') answer({ type: 'session', session_id: 'sess_01JX0000000000000000000000', traveler_id: 'trv_01JX0000000000000000000000', resumed: false });
        if (frame.action !== 'sendMessage') return;
        const id = frame.client_message_id!;
        const times = refused.get(id) ?? 0;
        if (times < refusals) {
          refused.set(id, times + 1);
          answer({ type: 'error', code: 'unavailable', message: 'We could not save your message.', client_message_id: id });
          return;
        }
        const messageId = `msg_01JX00000000000000000000${String(++n).padStart(2, '0')}`;
        answer({ type: 'ack', client_message_id: id, message_id: messageId, duplicate: false });
        answer({ type: 'reply', message_id: `msg_01JY00000000000000000000${String(n).padStart(2, '0')}`, reply_to: messageId, text: 'Book it.', decision: { decision_id: 'dec_1', verdict: { outcome: 'book', headline: 'Book it', summary: 'It fits.' } } });
      },
      close() {},
    };
    queueMicrotask(() => socket.onopen?.({}));
    return socket;
  };
  return { writes, createSocket };
}

function connect(refusals: number) {
  const server = scriptedServer(refusals);
  const frames: ServerFrame[] = [];
  const connection = new Connection({
    endpoint: 'ws://127.0.0.1:1/ws',
    tenant: 'demo',
    timing: { backoffBaseMs: 5, backoffMaxMs: 20, heartbeatMs: 60_000, recycleMs: 60_000 },
    resumeFrom: () => ({}),
    onFrame: (f) => frames.push(f),
    onStatus: () => undefined,
    createSocket: server.createSocket,
  });
  return { connection, frames, writes: server.writes };
}

const sendsOf = (writes: Array<{ action: string; client_message_id?: string }>, id: string) => writes.filter((w) => w.action === 'sendMessage' && w.client_message_id === id).length;

describe('widget: a message refused as unavailable', () => {
  test('is sent again on its own under the same client_message_id, and the traveler never sees the refusal', async () => {
    const c = connect(2);
    c.connection.start();
    const entry = c.connection.send('Masai Mara in August');
    const next = c.connection.send('we are 2 adults');
    await expect.poll(() => c.frames.filter((f) => f.type === 'reply').length).toBe(2);
    expect(sendsOf(c.writes, entry.client_message_id)).toBe(3);
    expect(c.frames.some((f) => f.type === 'error')).toBe(false);
    // The second message waited for the first: order holds through the resends.
    const order = c.writes.filter((w) => w.action === 'sendMessage').map((w) => w.client_message_id);
    expect(order.indexOf(next.client_message_id)).toBeGreaterThan(order.lastIndexOf(entry.client_message_id));
    expect(c.connection.pending()).toEqual([]);
    c.connection.stop();
  });

  test('after its automatic resends the refusal reaches the traveler, who may retry', async () => {
    const c = connect(100);
    c.connection.start();
    const entry = c.connection.send('Masai Mara in August');
    await expect.poll(() => c.frames.filter((f) => f.type === 'error').length).toBe(1);
    expect(sendsOf(c.writes, entry.client_message_id)).toBe(5); // the first send and 4 resends
    expect(c.frames.find((f) => f.type === 'error')).toMatchObject({ code: 'unavailable', client_message_id: entry.client_message_id });
    expect(c.connection.pending()).toEqual([]);
    c.connection.stop();
  });
});
