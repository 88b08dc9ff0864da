import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { WebSocket } from 'ws';
import type { LocalStack } from '../../src/local/stack';
import { Connection, type ConnectionOptions, type ConnectionStatus, type SocketLike } from '../../widget/src/connection';
import type { ServerFrame } from '../../widget/src/protocol';
import { startWidgetStack } from './support/stack';

/**
 * The widget's connection module in Node, on real sockets against the real local
 * stack, with API Gateway's 10 min idle and 2 h limits shrunk to seconds.
 */
let stack: LocalStack;

beforeAll(async () => {
  stack = await startWidgetStack({ gatewayLimits: { idleTimeoutMs: 2500, maxConnectionMs: 6000 } });
});

afterAll(() => stack?.stop());

/** A connection with a tiny in-memory resume point, recording statuses, frames in and frames out. */
function harness(timing: ConnectionOptions['timing']) {
  const statuses: ConnectionStatus[] = [];
  const frames: ServerFrame[] = [];
  const sent: Record<string, unknown>[] = [];
  /** Messages written and acks received, in order. */
  const log: string[] = [];
  let session: string | undefined;
  let last: string | undefined;
  const connection = new Connection({
    endpoint: stack.wsUrl,
    tenant: 'demo',
    timing,
    resumeFrom: () => ({ session_id: session, after_message_id: last }),
    onStatus: (s) => statuses.push(s),
    onFrame: (f) => {
      frames.push(f);
      if (f.type === 'session') session = f.session_id;
      if (f.type === 'reply') last = f.message_id;
    },
    createSocket: (url) => {
      const ws = new WebSocket(url);
      // Registered before the connection's own handler, so an ack is logged before whatever it triggers.
      ws.on('message', (data) => {
        const f = JSON.parse(String(data)) as { type: string; client_message_id?: string };
        if (f.type === 'ack') log.push(`ack ${f.client_message_id}`);
      });
      const send = ws.send.bind(ws);
      ws.send = ((data: string) => {
        const frame = JSON.parse(data) as Record<string, unknown>;
        sent.push(frame);
        if (frame.action === 'sendMessage') log.push(`send ${String(frame.client_message_id)}`);
        send(data);
      }) as typeof ws.send;
      return ws as unknown as SocketLike;
    },
  });
  const sessions = () => frames.filter((f): f is Extract<ServerFrame, { type: 'session' }> => f.type === 'session');
  return { connection, statuses, frames, sent, sessions, log };
}

describe('widget connection against the local gateway', () => {
  test('heartbeats keep an idle socket open, and it is recycled before the hard limit into the same session', async () => {
    const h = harness({ heartbeatMs: 250, recycleMs: 4000, backoffBaseMs: 100 });
    h.connection.start();
    await expect.poll(() => h.sessions().length, { timeout: 15_000 }).toBe(2);
    h.connection.stop();

    const [first, second] = h.sessions();
    expect(first!.resumed).toBe(false);
    expect(second).toMatchObject({ session_id: first!.session_id, resumed: true });
    // Never offline: the idle timeout (2.5 s) never struck, and the recycle came before the 6 s cut.
    expect(h.statuses).toEqual(['connecting', 'online', 'connecting', 'online']);
    expect(h.frames.filter((f) => f.type === 'pong').length).toBeGreaterThanOrEqual(8);
  });

  test('messages typed together go out one at a time, each once the one before is acked, and are answered in order', async () => {
    const h = harness({ heartbeatMs: 60_000, recycleMs: 60_000 });
    const texts = ['Serengeti please', 'in February', 'we are 3 adults'];
    h.connection.start();
    const ids = texts.map((t) => h.connection.send(t).client_message_id);
    await expect.poll(() => h.frames.filter((f) => f.type === 'reply').length, { timeout: 15_000 }).toBe(3);
    h.connection.stop();
    // On AWS two frames of one socket may run in two Lambdas at once: never two in flight.
    expect(h.log).toEqual(ids.flatMap((id) => [`send ${id}`, `ack ${id}`]));
    const stored = await stack.app.repos.sessions.get('demo', h.sessions()[0]!.session_id);
    expect(stored?.trip_inputs).toMatchObject({ destinations: ['serengeti'], month: 2, adults: 3 });
  });

  test('a socket the server closes is replaced, resuming after the last reply, and the outbox is answered once', async () => {
    const h = harness({ heartbeatMs: 250, recycleMs: 60_000, backoffBaseMs: 100, backoffMaxMs: 400 });
    h.connection.start();
    const entry = h.connection.send('Masai Mara in August, 2 adults, 7 days, $6000 per person');
    await expect.poll(() => h.frames.filter((f) => f.type === 'reply').length, { timeout: 15_000 }).toBe(1);
    expect(h.connection.pending()).toEqual([]);
    const reply = h.frames.find((f) => f.type === 'reply')!;

    // The gateway's connection limit (6 s here, 2 h on AWS) closes the socket: back online without help.
    await expect.poll(() => h.sessions().length, { timeout: 15_000 }).toBe(2);
    h.connection.stop();

    expect(h.statuses.slice(0, 3)).toEqual(['connecting', 'online', 'offline']);
    expect(h.statuses.at(-1)).toBe('online');
    expect(h.sent.filter((f) => f.action === 'hello').at(-1)).toEqual({ action: 'hello', session_id: h.sessions()[0]!.session_id, after_message_id: reply.type === 'reply' ? reply.message_id : '' });
    expect(h.sessions()[1]!.resumed).toBe(true);
    expect(h.sent.filter((f) => f.action === 'sendMessage' && f.client_message_id === entry.client_message_id)).toHaveLength(1);
    expect(h.frames.filter((f) => f.type === 'reply')).toHaveLength(1);
  });
});
