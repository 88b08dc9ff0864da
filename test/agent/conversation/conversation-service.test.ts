import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConversationService, InvalidInboundError, type DeliveryOutcome, type InboundMessage, type NeutralReply, type ReplySink } from '../../../src/agent/conversation';
import type { TranscriptMessage } from '../../../src/domain/entities/message';
import type { Session } from '../../../src/domain/entities/session';
import type { TurnStore } from '../../../src/domain/ports/turn-store';
import { StoreUnavailableError } from '../../../src/store/errors';
import { startTestApp, type TestApp } from '../../support/app';

// The conversation core without any socket: fake reply sinks (our own port) record what
// each sender received; storage is DynamoDB Local.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ now: '2026-11-21T10:00:00Z' });
});
afterAll(async () => {
  await t?.close();
});

/** A phone: every reply delivered to an address, in order, answered with a chosen outcome. */
class FakePhones {
  readonly received: Array<{ to: string; reply: NeutralReply; inbound: TranscriptMessage }> = [];
  readonly working: Array<{ to: string; on: boolean }> = [];
  outcome: DeliveryOutcome = 'sent';
  sinkFor = (inbound: TranscriptMessage): ReplySink => {
    const to = String(inbound.meta?.channel_context?.from);
    return {
      deliver: async (reply, answered) => {
        this.received.push({ to, reply, inbound: answered });
        return this.outcome;
      },
      working: async (on) => void this.working.push({ to, on }),
    };
  };
}

let n = 0;
function sms(session: Session, from: string, text: string, id = `SM${++n}`): InboundMessage {
  return { tenant_id: 'demo', channel: 'sms', session_id: session.session_id, traveler_id: session.traveler_id, channel_message_id: id, text, channel_context: { from, to: '+15550000000' } };
}

describe('the conversation service with a fake reply sink', () => {
  it('answers an older unanswered message first, through its own sender’s sink, then the message itself', async () => {
    const phones = new FakePhones();
    const s = await t.app.conversation.startConversation('demo', 'sms');
    const first = await t.app.conversation.accept(sms(s, '+15551110001', 'Kruger in September'));
    const second = await t.app.conversation.accept(sms(s, '+15551110002', 'we are 3 adults'));
    if (first.kind !== 'accepted' || second.kind !== 'accepted') throw new Error('not stored');

    const result = await t.app.conversation.answer(second, { sinks: { sms: phones.sinkFor } });

    expect(phones.received.map((r) => [r.to, r.reply.reply_to])).toEqual([
      ['+15551110001', first.inbound.message_id],
      ['+15551110002', second.inbound.message_id],
    ]);
    // The second builds on the first: arrival order, no lost update.
    expect(result.kind).toBe('replied');
    if (result.kind !== 'replied') return;
    expect(result.reply.decision.inputs_snapshot).toMatchObject({ destinations: ['kruger'], month: 9, adults: 3 });
    // Rendered for SMS, verdict first; the decision is the record, not a wire frame.
    expect(result.reply.channel).toBe('sms');
    expect(result.reply.text.startsWith(result.reply.decision.verdict.outcome.toUpperCase())).toBe(true);
    expect(result.reply).not.toHaveProperty('type');
    // The own sink showed the turn as working, paired.
    expect(phones.working).toEqual([
      { to: '+15551110002', on: true },
      { to: '+15551110002', on: false },
    ]);
    // What the sinks reported is recorded on each stored reply.
    const stored = (await t.app.repos.messages.transcript('demo', s.session_id)).items.filter((m) => m.direction === 'outbound');
    expect(stored.map((m) => m.delivery)).toEqual(['sent', 'sent']);
    expect(stored.every((m) => m.frame === undefined)).toBe(true);
  });

  it('answers a redelivered channel message id from the record: nothing new stored or decided', async () => {
    const phones = new FakePhones();
    const s = await t.app.conversation.startConversation('demo', 'sms');
    const message = sms(s, '+15552220001', 'Masai Mara in August for the migration, 2 adults, 7 days');
    const first = await t.app.conversation.handle(message, { sinks: { sms: phones.sinkFor } });
    const before = (await t.app.repos.messages.transcript('demo', s.session_id)).items.length;

    const again = await t.app.conversation.handle(message, { sinks: { sms: phones.sinkFor } });

    expect(first.kind).toBe('replied');
    expect(again).toMatchObject({ kind: 'replied', recorded: true });
    if (first.kind !== 'replied' || again.kind !== 'replied') return;
    expect(again.reply.message_id).toBe(first.reply.message_id);
    expect(again.reply.decision.decision_id).toBe(first.reply.decision.decision_id);
    expect(again.reply.itinerary?.itinerary_id).toBe(first.reply.decision.linked_entities.itinerary_id);
    expect((await t.app.repos.messages.transcript('demo', s.session_id)).items).toHaveLength(before);
    expect((await t.app.repos.sessions.get('demo', s.session_id))?.turn_count).toBe(1);
    // The sender asked again, so the sender gets it again.
    expect(phones.received.map((r) => r.reply.message_id)).toEqual([first.reply.message_id, first.reply.message_id]);
  });

  it('keeps a reply its sink could not deliver pending, and records one that failed for good', async () => {
    const phones = new FakePhones();
    const s = await t.app.conversation.startConversation('demo', 'sms');
    phones.outcome = 'kept';
    const kept = await t.app.conversation.handle(sms(s, '+15553330001', 'hello'), { sinks: { sms: phones.sinkFor } });
    phones.outcome = 'failed';
    const failed = await t.app.conversation.handle(sms(s, '+15553330001', 'Kruger in September'), { sinks: { sms: phones.sinkFor } });
    if (kept.kind !== 'replied' || failed.kind !== 'replied') throw new Error('no replies');
    const stored = async (id: string) => (await t.app.repos.messages.get('demo', s.session_id, id))?.delivery;
    expect(await stored(kept.reply.message_id)).toBe('pending');
    expect(await stored(failed.reply.message_id)).toBe('failed');
    // Any channel can replay what is stored, as neutral replies.
    const replies = await t.app.conversation.repliesAfter('demo', s.session_id);
    expect(replies.map((r) => [r.message_id, r.delivery])).toEqual([
      [kept.reply.message_id, 'pending'],
      [failed.reply.message_id, 'failed'],
    ]);
  });

  it('refuses a malformed inbound message, storing nothing', async () => {
    const s = await t.app.conversation.startConversation('demo', 'sms');
    await expect(t.app.conversation.accept({ ...sms(s, '+15554440001', 'hi'), text: '' })).rejects.toBeInstanceOf(InvalidInboundError);
    await expect(t.app.conversation.accept({ ...sms(s, '+15554440001', 'hi'), session_id: 'not-a-session' })).rejects.toThrow(/session_id/);
    expect((await t.app.repos.messages.transcript('demo', s.session_id)).items).toHaveLength(0);
  });
});

describe('a turn whose store cannot be reached', () => {
  it('is answered unavailable (resend), not internal, and a resend once the store is back gets the one reply', async () => {
    const phones = new FakePhones();
    let down = true;
    // Our own port, wrapped: the turn's context read fails as the repositories report an
    // unreachable store (a timeout), while storing the message itself worked.
    const store: TurnStore = {
      ...t.app.turn.store,
      loadTurnContext: async (input) => {
        if (down) throw new StoreUnavailableError('store unavailable during load turn context: TimeoutError');
        return t.app.turn.store.loadTurnContext(input);
      },
    };
    const service = createConversationService({
      turn: { ...t.app.turn, store },
      store: { getSession: (tenant, id) => t.app.repos.sessions.get(tenant, id, true), startConversation: async () => { throw new Error('not used here'); } },
    });
    const s = await t.app.conversation.startConversation('demo', 'sms');
    const message = sms(s, '+15553330001', 'Okavango Delta in July, 2 adults, 6 nights');

    const first = await service.handle(message, { sinks: { sms: phones.sinkFor } });
    expect(first).toMatchObject({ kind: 'failed', reason: 'unavailable' });
    expect(phones.received).toHaveLength(0);

    down = false;
    const again = await service.handle(message, { sinks: { sms: phones.sinkFor } });
    expect(again.kind).toBe('replied');
    const outbound = (await t.app.repos.messages.transcript('demo', s.session_id)).items.filter((m) => m.direction === 'outbound');
    expect(outbound).toHaveLength(1);
    expect(phones.received).toHaveLength(1);
  });
});
