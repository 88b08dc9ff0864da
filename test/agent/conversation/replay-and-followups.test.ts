import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeutralReply, ReplySink } from '../../../src/agent/conversation';
import type { TranscriptMessage } from '../../../src/domain/entities/message';
import { publicDecision } from '../../../src/domain/entities/decision';
import { ulidIdGenerator } from '../../../src/domain/ids';
import { addDays } from '../../../src/domain/time';
import { createSweepJob } from '../../../src/jobs/sweep-job';
import { startTestApp, type TestApp } from '../../support/app';
import { recordFactory } from '../../store/fixtures';

// Stored replies are neutral records any channel can replay; records written before the
// core (a WebSocket frame inside) still read; the sweep's follow-ups reach other channels
// through the same registered sinks.

const NOW = new Date('2026-06-01T09:00:00.000Z');
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ now: NOW.toISOString() });
});
afterAll(async () => {
  await t?.close();
});

describe('replaying stored replies', () => {
  it('reads a record stored before the core (its frame) as a neutral reply, the decision from its record', async () => {
    const f = recordFactory('demo');
    const trav = f.traveler();
    await t.app.repos.travelers.create(trav);
    const session = f.session(trav);
    await t.app.repos.sessions.save(session, null);
    const inbound = f.inbound(session, 'Mara in August');
    const decision = f.decision(session);
    await t.app.repos.messages.append(inbound);
    await t.app.repos.decisions.create(decision);
    const brief = { itinerary_id: 'itin_01JAAAAAAAAAAAAAAAAAAAAAAA', title: 'Mara', duration_days: 5, route: [], inclusions: [], exclusions: [] };
    const legacy: TranscriptMessage = {
      ...f.outbound(inbound, decision, { delivery: 'pending' }),
      frame: { type: 'reply', message_id: 'x', reply_to: inbound.message_id, text: 'old', decision: publicDecision(decision), itinerary: brief, followup: true },
    };
    await t.app.repos.messages.append(legacy);

    const [reply] = await t.app.conversation.repliesAfter('demo', session.session_id, inbound.message_id);
    expect(reply).toMatchObject({ message_id: legacy.message_id, reply_to: inbound.message_id, text: legacy.text, itinerary: brief, followup: true, delivery: 'pending' });
    expect(reply!.decision).toEqual(decision);
  });
});

describe('follow-ups on a channel with a registered sink', () => {
  it('go out through that channel’s sink, to the sender of the message they re-answer', async () => {
    const f = recordFactory('demo', addDays(NOW, -40));
    const trav = f.traveler();
    await t.app.repos.travelers.create(trav);
    const leadId = f.ids('lead');
    const session = f.session(trav, { lead_id: leadId, channel: 'sms' });
    await t.app.repos.sessions.save(session, null);
    const inbound = f.inbound(session, 'Mara in March, 4 of us', { channel: 'sms', meta: { channel_context: { from: '+15557770001', to: '+15550000000' } } });
    const decision = f.decision(session, { lead_id: leadId });
    await t.app.repos.messages.append(inbound);
    await t.app.repos.decisions.create(decision);
    await t.app.repos.messages.append(f.outbound(inbound, decision, { channel: 'sms', delivery: 'sent' }));
    const lead = f.lead(trav, { lead_id: leadId, channel: 'sms', lead_state: 'WAITING', state_reason: 'STATE_REASON.TIMING_NOT_OPTIMAL', last_activity_at: addDays(NOW, -14), next_action_at: addDays(NOW, -1), last_decision_id: decision.decision_id });
    await t.app.repos.leads.save(lead, null);

    const sent: Array<{ to: unknown; reply: NeutralReply }> = [];
    const sms = (m: TranscriptMessage): ReplySink => ({ deliver: async (reply) => (sent.push({ to: m.meta?.channel_context?.from, reply }), 'sent') });
    const sweep = createSweepJob({ ctx: t.store.ctx, repos: t.app.repos, ids: ulidIdGenerator(() => NOW.getTime()), dormancyDays: 30, clock: () => NOW, sinks: new Map([['sms', sms]]) });
    expect(await sweep()).toMatchObject({ followups: 1, delivered: 1 });

    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ to: '+15557770001', reply: { followup: true, reply_to: inbound.message_id, channel: 'sms', decision: { decision_id: decision.decision_id } } });
    const stored = (await t.app.repos.messages.transcript('demo', session.session_id)).items.at(-1)!;
    expect(stored).toMatchObject({ message_id: sent[0]!.reply.message_id, followup: true, delivery: 'sent' });
    expect(stored.frame).toBeUndefined();
  });
});
