import { describe, expect, it } from 'vitest';
import { connectClient } from '../support/ws-client';
import { startTestStack } from '../support/stack';

// Stopping the local stack (SIGINT/SIGTERM in `npm start`) while turns are running: every
// message already acked gets its reply on its open socket before the socket is closed.

describe('stopping the stack with turns in flight', () => {
  it('answers every acked message, typing paired, then closes the sockets with 1001', async () => {
    const stack = await startTestStack({ now: '2026-11-21T10:00:00Z' });
    const c = await connectClient(`${stack.wsUrl}?tenant=demo`);
    c.send({ action: 'hello' });
    await c.next((f) => f.type === 'session');
    const texts = ['Masai Mara in August, 2 adults', 'for 7 days', 'budget $6000 per person'];
    texts.forEach((text, k) => c.send({ action: 'sendMessage', client_message_id: `s${k}`, text }));
    await c.next((f) => f.type === 'ack' && f.client_message_id === 's0');
    const stopped = stack.stop();
    const code = await c.closed();
    await stopped;

    const acks = c.frames.filter((f) => f.type === 'ack');
    expect(acks.length).toBeGreaterThan(0);
    for (const ack of acks) {
      expect(c.frames.filter((f) => f.type === 'reply' && f.reply_to === ack.message_id), ack.client_message_id).toHaveLength(1);
    }
    const typing = c.frames.filter((f) => f.type === 'typing').map((f) => f.on);
    expect(typing.filter((on) => on).length).toBe(typing.filter((on) => !on).length);
    expect(code).toBe(1001);
    // New connections are refused while it stops, and nothing listens once it has stopped.
    await expect(connectClient(`${stack.wsUrl}?tenant=demo`)).rejects.toBeDefined();
  });
});
