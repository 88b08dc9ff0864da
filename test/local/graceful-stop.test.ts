import { describe, expect, it } from 'vitest';
import { connectClient } from '../support/ws-client';
import { startTestStack } from '../support/stack';

// Stopping the local stack (SIGINT/SIGTERM in `npm start`) while turns are running: every
// message already acked gets its reply on its open socket before the socket is closed,
// and nothing new is taken meanwhile.

describe('stopping the stack with turns in flight', () => {
  it('answers every acked message, refuses new work while it drains, then closes the sockets with 1001', async () => {
    const stack = await startTestStack({ now: '2026-11-21T10:00:00Z' });
    const c = await connectClient(`${stack.wsUrl}?tenant=demo`);
    c.send({ action: 'hello' });
    const session = await c.next((f) => f.type === 'session');
    // Hold the session's turns until the checks below are done, so the stop is caught mid-turn.
    let release!: () => void;
    void stack.app.queue.run(session.session_id, () => new Promise<void>((r) => (release = r)));
    const texts = ['Masai Mara in August, 2 adults', 'for 7 days', 'budget $6000 per person'];
    texts.forEach((text, k) => c.send({ action: 'sendMessage', client_message_id: `s${k}`, text }));
    await c.next((f) => f.type === 'ack' && f.client_message_id === 's2');

    const stopped = stack.stop();
    // While it drains: no new connection, no new message, and health says so.
    await expect(connectClient(`${stack.wsUrl}?tenant=demo`)).rejects.toMatchObject({ status: 503 });
    expect((await fetch(`${stack.url}/healthz`)).status).toBe(503);
    c.send({ action: 'sendMessage', client_message_id: 'late', text: 'and one more thing' });
    expect(await c.next((f) => f.type === 'error' && f.client_message_id === 'late')).toMatchObject({ code: 'unavailable' });
    release();

    const code = await c.closed();
    await stopped;
    for (const id of ['s0', 's1', 's2']) {
      const ack = c.frames.find((f) => f.type === 'ack' && f.client_message_id === id)!;
      expect(c.frames.filter((f) => f.type === 'reply' && f.reply_to === ack.message_id), id).toHaveLength(1);
    }
    expect(c.frames.some((f) => f.type === 'ack' && f.client_message_id === 'late')).toBe(false);
    const typing = c.frames.filter((f) => f.type === 'typing').map((f) => f.on);
    expect(typing.filter((on) => on).length).toBe(typing.filter((on) => !on).length);
    expect(code).toBe(1001);
  });
});
