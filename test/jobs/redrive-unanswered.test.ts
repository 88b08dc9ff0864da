/**
 * The re-drive (issue 16): stored but unanswered messages past the threshold are answered
 * exactly once, through their own channel, with no resend; answered and failed ones are
 * left alone. Real DynamoDB Local, the real conversation service.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Accepted } from '../../src/agent/conversation';
import type { NeutralReply } from '../../src/agent/conversation/neutral-reply';
import type { FrameSender } from '../../src/channels/websocket/frame-sender';
import type { ServerFrame } from '../../src/channels/websocket/frames';
import type { Channel } from '../../src/domain/entities/common';
import { createRedriveJob, REDRIVE_AFTER_MS } from '../../src/jobs/redrive-unanswered';
import { createUnansweredInbound } from '../../src/store/unanswered-inbound';
import { startTestApp, type TestApp } from '../support/app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** Stores a message the way a channel does, and leaves it unanswered (its sender was told `unavailable`, or the process died). */
async function storedOnly(channel: Channel, id: string, context: Record<string, unknown>) {
  const session = await t.app.startConversation('demo', channel);
  const accepted: Accepted = await t.app.conversation.accept({
    tenant_id: 'demo',
    channel,
    session_id: session.session_id,
    traveler_id: session.traveler_id,
    channel_message_id: channel === 'web' ? `${session.session_id}:${id}` : id,
    text: 'Masai Mara in August, 2 adults, 7 days',
    channel_context: context,
  });
  if (accepted.kind !== 'accepted') throw new Error(`not stored: ${accepted.kind}`);
  return accepted.inbound;
}

describe('re-drive of stored, unanswered messages', () => {
  it('answers each once through its own channel, leaves answered and failed ones alone, and sends nothing on the next run', async () => {
    const web = await storedOnly('web', 'w1', { connection_id: 'conn-web-1' });
    const sms = await storedOnly('sms', 'SM-redrive-1', { to: '+15550001111' });
    const failed = await storedOnly('web', 'w2', { connection_id: 'conn-web-2' });
    await t.app.repos.turns.markFailed('demo', failed.session_id, failed.message_id, new Date().toISOString());
    const answered = await t.say(await t.newSession(), 'Serengeti in February');

    const frames: { to: string; frame: ServerFrame }[] = [];
    const sender: FrameSender = { send: async (to, frame) => (frames.push({ to, frame }), 'sent') };
    const smsReplies: NeutralReply[] = [];
    t.app.conversation.sinks.set('sms', () => ({ deliver: async (reply) => (smsReplies.push(reply), 'sent') }));
    const job = createRedriveJob({
      conversation: t.app.conversation,
      unanswered: createUnansweredInbound(t.store.ctx),
      listTenantIds: async () => ['demo'],
      sender,
      // Past the threshold for everything stored above.
      now: () => Date.now() + REDRIVE_AFTER_MS + 5_000,
    });

    const first = await job();
    expect(first).toEqual({ found: 2, replied: 2, alreadyAnswered: 0, queued: 0, failed: 0 });
    // Its ack first (the sender, told `unavailable`, never learnt the message id), then its reply.
    expect(frames.map((f) => f.to)).toEqual(['conn-web-1', 'conn-web-1']);
    expect(frames[0]!.frame).toEqual({ type: 'ack', client_message_id: 'w1', message_id: web.message_id, duplicate: false });
    expect(frames[1]!.frame).toMatchObject({ type: 'reply', reply_to: web.message_id });
    expect(smsReplies.map((r) => r.reply_to)).toEqual([sms.message_id]);
    // Nothing went to the failed message's sender or to the answered one's.
    expect(frames.some((f) => f.to === 'conn-web-2')).toBe(false);
    expect(JSON.stringify(frames)).not.toContain(answered.inbound.message_id);

    const second = await job();
    expect(second).toEqual({ found: 0, replied: 0, alreadyAnswered: 0, queued: 0, failed: 0 });
    expect(frames).toHaveLength(2);
    expect(smsReplies).toHaveLength(1);
  });

  it('leaves a message to a turn of its session already queued in this process', async () => {
    const inbound = await storedOnly('web', 'queued-1', { connection_id: 'conn-queued' });
    let release!: () => void;
    const held = t.app.conversation.queue.run(inbound.session_id, () => new Promise<void>((r) => (release = r)));
    const frames: string[] = [];
    const job = createRedriveJob({
      conversation: t.app.conversation,
      unanswered: createUnansweredInbound(t.store.ctx),
      listTenantIds: async () => ['demo'],
      sender: { send: async (to) => (frames.push(to), 'sent') },
      now: () => Date.now() + REDRIVE_AFTER_MS + 5_000,
    });
    const result = await job();
    expect(result).toMatchObject({ found: 1, queued: 1, replied: 0 });
    expect(frames).toEqual([]);
    release();
    await held;
    // Once nothing of its session is queued, a later run answers it.
    expect(await job()).toMatchObject({ found: 1, replied: 1 });
    expect(frames).toEqual(['conn-queued', 'conn-queued']);
  });

  it('finds an unanswered message behind more answered ones than it returns at once', async () => {
    const from = new Date(Date.now() - 1000);
    const session = await t.newSession();
    for (const text of ['Masai Mara in August', '2 adults', 'for 7 days']) await t.say(session, text);
    const waiting = await storedOnly('web', 'behind-answered', { connection_id: 'conn-behind' });
    // Two candidates a look, two items a page: the three answered messages fill the first pages.
    const unanswered = createUnansweredInbound(t.store.ctx, { maxCandidates: 2, pageSize: 2 });
    const found = await unanswered.find('demo', from, new Date(Date.now() + 60_000));
    expect(found.map((m) => m.message_id)).toEqual([waiting.message_id]);
  });

  it('leaves messages younger than the threshold to the turn that is taking them', async () => {
    await storedOnly('web', 'young', { connection_id: 'conn-young' });
    const frames: string[] = [];
    const job = createRedriveJob({
      conversation: t.app.conversation,
      unanswered: createUnansweredInbound(t.store.ctx),
      listTenantIds: async () => ['demo'],
      sender: { send: async (to) => (frames.push(to), 'sent') },
    });
    expect((await job()).found).toBe(0);
    expect(frames).toEqual([]);
  });
});
