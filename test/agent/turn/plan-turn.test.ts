import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/agent/extraction-schema';
import type { ExtractOutcome } from '../../../src/agent/turn/extract-inputs';
import { guardMessage } from '../../../src/agent/turn/guard';
import { retireStanding } from '../../../src/agent/turn/plan-decision';
import { WAIT_FOLLOWUP_DAYS, moveLead } from '../../../src/agent/turn/plan-lead';
import { planTurn, type PlanTurnInput } from '../../../src/agent/turn/plan-turn';
import type { Decision } from '../../../src/domain/entities/decision';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { addDays } from '../../../src/domain/time';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { recordFactory } from '../../store/fixtures';

// planTurn and its steps are pure: no store, no model. The rules' real answers feed them.

const NOW = new Date('2026-11-21T10:00:00.000Z');
const pack = defaultPackIndex();
const BOOK: TripInputs = { destinations: ['masai_mara'], month: 8, adults: 2, duration_days: 7, budget_amount: 6000, budget_currency: 'USD', budget_basis: 'per_person', priorities: ['migration'] };

function extraction(e: Extraction): ExtractOutcome {
  return { extraction: e, model: 'local:test', ai_used: false, prompt_version: 'p1', safety_flags: [], model_calls: 1, ok: true, duration_ms: 2 };
}

function setup() {
  const f = recordFactory('demo', '2026-11-21T09:00:00.000Z');
  const trav = f.traveler();
  const session = f.session(trav);
  const inbound = f.inbound(session, 'Masai Mara in August');
  return { f, trav, session, inbound };
}

function input(over: Partial<PlanTurnInput> & Pick<PlanTurnInput, 'context' | 'inbound' | 'inputs' | 'result'>): PlanTurnInput {
  const e = extraction({ message_kind: 'trip' });
  return { now: NOW, ids: recordFactory('demo').ids, extraction: e, guard: guardMessage(e.extraction), inputsChanged: true, render: (d) => `${d.verdict.outcome}: ${d.verdict.headline}`, ...over };
}

describe('planTurn', () => {
  it('a first bookable message: lead created, decision issued with its itinerary, events in order, a neutral reply', () => {
    const { session, inbound } = setup();
    const result = decide(BOOK, pack, NOW);
    expect(result.kind).toBe('issued');
    const plan = planTurn(input({ context: { session, recent: [inbound] }, inbound, inputs: BOOK, result }));

    expect(plan.decision).toMatchObject({ state: 'ISSUED', verdict: { outcome: 'book' }, lead_id: plan.commit.lead!.next.lead_id, linked_entities: { itinerary_id: plan.itinerary!.itinerary_id } });
    expect(plan.commit.lead).toMatchObject({ expectedVersion: null, next: { lead_state: 'PLAN_READY', intent: { destinations_considered: ['masai_mara'] } } });
    expect(plan.commit.events.map((e) => e.event_type)).toEqual(['TOOL_STARTED', 'TOOL_COMPLETED', 'ENGAGED', 'LEAD_CREATED', ...plan.commit.events.slice(4, -2).map((e) => e.event_type), 'DECISION_ISSUED', 'ITINERARY_GENERATED']);
    expect(plan.commit.events.slice(4, -2).every((e) => e.event_type === 'LEAD_STATE_CHANGED')).toBe(true);
    expect(plan.commit.outbound).toMatchObject({ direction: 'outbound', reply_to: inbound.message_id, decision_id: plan.decision.decision_id, delivery: 'pending', allowed: true, text: `book: ${plan.decision.verdict.headline}` });
    expect(plan.commit.outbound.itinerary?.itinerary_id).toBe(plan.itinerary!.itinerary_id);
    expect(plan.commit.outbound.frame).toBeUndefined();
    expect(plan.commit.session.next).toMatchObject({ last_decision: { decision_id: plan.decision.decision_id, outcome: 'book' }, turn_count: 1, version: session.version + 1, engagement: { engaged: true } });
    expect(plan.commit.dedupe).toEqual({ channel: inbound.channel, channel_message_id: inbound.channel_message_id });
  });

  it('nothing changed: the standing decision is re-sent with the itinerary its reply carried, and nothing new is decided', () => {
    const { f, trav, session, inbound } = setup();
    const first = planTurn(input({ context: { session, recent: [inbound] }, inbound, inputs: BOOK, result: decide(BOOK, pack, NOW) }));
    const after = { ...first.commit.session.next, version: (first.commit.session.expectedVersion ?? -1) + 1 };
    const lead = { ...first.commit.lead!.next, version: 0 };
    const thanks = f.inbound(after, 'thanks!');
    const plan = planTurn(
      input({
        context: { session: after, lead, traveler: trav, recent: [inbound, first.commit.outbound, thanks] },
        inbound: thanks,
        standing: first.decision,
        inputs: BOOK,
        inputsChanged: false,
        result: { kind: 'unchanged', decision: first.decision },
      }),
    );
    expect(plan.commit.decision).toBeUndefined();
    expect(plan.commit.outbound).toMatchObject({ decision_id: first.decision.decision_id, reply_to: thanks.message_id, itinerary: { itinerary_id: first.itinerary!.itinerary_id } });
    expect(plan.commit.events.map((e) => e.event_type)).toEqual(['TOOL_STARTED', 'TOOL_COMPLETED']);
    expect(plan.commit.lead).toMatchObject({ expectedVersion: 0, next: { lead_state: lead.lead_state, last_activity_at: NOW.toISOString() } });
    expect(plan.commit.session.next.last_decision?.decision_id).toBe(first.decision.decision_id);
  });

  it('a guarded refusal answers the message only: the standing trip decision stays standing', () => {
    const { f, session, inbound } = setup();
    const first = planTurn(input({ context: { session, recent: [inbound] }, inbound, inputs: BOOK, result: decide(BOOK, pack, NOW) }));
    const after = { ...first.commit.session.next };
    const visa = f.inbound(after, 'do I need a visa?');
    const e = extraction({ message_kind: 'out_of_scope', out_of_scope_topic: 'visa' });
    const guard = guardMessage(e.extraction);
    const plan = planTurn(
      input({ context: { session: after, lead: { ...first.commit.lead!.next, version: 0 }, recent: [] }, inbound: visa, standing: first.decision, extraction: e, guard, inputs: BOOK, inputsChanged: false, result: decide(BOOK, pack, NOW, guard.signal) }),
    );
    expect(plan.decision.refusal?.reason).toBe('out_of_scope');
    expect(plan.decision.supersedes_decision_id).toBeUndefined();
    expect(plan.commit.supersede).toBeUndefined();
    expect(plan.commit.outbound.allowed).toBe(false);
    expect(plan.commit.session.next.last_decision?.decision_id).toBe(first.decision.decision_id);
  });
});

describe('the steps', () => {
  const standing = (state: Decision['state']): Decision => ({ ...recordFactory('demo').decision(setup().session), state });

  it('retireStanding supersedes an issued decision, and leaves one under review to staff', () => {
    const next = { ...standing('ISSUED'), decision_id: 'dec_01JNEXT00000000000000000000' };
    expect(retireStanding(standing('ISSUED'), next, true, NOW).supersede).toMatchObject({ new_state: 'SUPERSEDED' });
    expect(retireStanding(standing('FLAGGED_FOR_REVIEW'), next, true, NOW)).toEqual({ events: [] });
  });

  it('moveLead creates no lead for a message with nothing to go on, and schedules the follow-up of a wait', () => {
    const { session } = setup();
    const refusal = decide({}, pack, NOW);
    const decision = { ...standing('REFUSED'), verdict: refusal.content.verdict };
    expect(moveLead({ now: NOW, session, decision, hasItinerary: false, tripTurn: true, inputs: {}, inputsChanged: false })).toEqual({ expectedVersion: null, events: [] });

    const wait = { ...standing('ISSUED'), verdict: { outcome: 'wait' as const, headline: 'h', summary: 's' } };
    const moved = moveLead({ now: NOW, session, decision: wait, hasItinerary: false, tripTurn: true, inputs: { destinations: ['masai_mara'], month: 4 }, inputsChanged: true });
    expect(moved.lead).toMatchObject({ lead_state: 'WAITING', next_action_at: addDays(NOW, WAIT_FOLLOWUP_DAYS) });
    expect(moved.events[0]!.event_type).toBe('LEAD_CREATED');
  });
});
