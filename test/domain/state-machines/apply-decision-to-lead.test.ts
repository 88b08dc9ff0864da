import { describe, expect, it } from 'vitest';
import { LeadSchema, OUTCOMES, type LeadState, type Outcome } from '../../../src/domain/entities';
import { applyDecisionToLead, leadTriggerForOutcome, type LeadTransitionContext } from '../../../src/domain/state-machines';
import { DECISION_ID, EARLIER, NEXT_ACTION, NOW, commitEvent, makeLead } from './helpers';

const ctx: LeadTransitionContext = { now: NOW, nextActionAt: NEXT_ACTION, decisionId: DECISION_ID, reason: 'STATE_REASON.TIMING_NOT_OPTIMAL' };
const apply = (state: LeadState, outcome: Outcome, inputsChanged = true, hasItinerary = outcome === 'book', c = ctx) =>
  applyDecisionToLead(makeLead(state), { outcome, hasItinerary, inputsChanged }, c);

describe('leadTriggerForOutcome', () => {
  it('maps each outcome to its trigger; book needs the itinerary to reach PLAN_READY', () => {
    expect(leadTriggerForOutcome('book', true)).toBe('decision_book_with_itinerary');
    expect(leadTriggerForOutcome('book', false)).toBe('decision_book_pending_itinerary');
    expect(leadTriggerForOutcome('wait', false)).toBe('decision_wait');
    expect(leadTriggerForOutcome('switch', false)).toBe('decision_switch');
    expect(leadTriggerForOutcome('discard', false)).toBe('decision_discard');
    expect(leadTriggerForOutcome('refused', false)).toBe('decision_refused');
  });
});

describe('applyDecisionToLead', () => {
  it('first turn with a wait: NEW → ASSESSING → WAITING, follow-up scheduled, in one call', () => {
    const r = apply('NEW', 'wait');
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.triggers).toEqual(['inputs_captured', 'decision_wait']);
    expect(r.lead.lead_state).toBe('WAITING');
    expect(r.lead.next_action_at).toBe(NEXT_ACTION);
    expect(r.lead.last_decision_id).toBe(DECISION_ID);
    LeadSchema.parse(r.lead);
    const events = r.events.map(commitEvent);
    expect(events.map((e) => [e.event_type, 'to' in e.payload ? e.payload.to : null])).toEqual([
      ['LEAD_STATE_CHANGED', 'ASSESSING'],
      ['LEAD_STATE_CHANGED', 'WAITING'],
      ['FOLLOWUP_SCHEDULED', null],
    ]);
    // The intermediate step gets its own reason; the verdict's reason goes on the verdict's step.
    expect(events[0]!.payload).toMatchObject({ reason: 'STATE_REASON.INPUTS_CAPTURED' });
    expect(events[1]!.payload).toMatchObject({ reason: 'STATE_REASON.TIMING_NOT_OPTIMAL' });
  });

  it('every outcome from NEW lands where the table says, and the lead stays valid', () => {
    const expected: Record<Outcome, LeadState> = { book: 'PLAN_READY', wait: 'WAITING', switch: 'SWITCHED', discard: 'DISCARDED', refused: 'ASSESSING' };
    for (const o of OUTCOMES) {
      const r = apply('NEW', o);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      expect(r.lead.lead_state).toBe(expected[o]);
      LeadSchema.parse(r.lead);
    }
  });

  it('a book whose itinerary is not generated yet leaves the lead ASSESSING', () => {
    const r = apply('NEW', 'book', true, false);
    expect(r.ok && r.lead.lead_state).toBe('ASSESSING');
  });

  it('a plan-ready traveler who changes inputs goes back through ASSESSING to the new verdict', () => {
    const r = apply('PLAN_READY', 'wait', true);
    expect(r.ok && r.triggers).toEqual(['new_inputs', 'decision_wait']);
    expect(r.ok && r.lead.lead_state).toBe('WAITING');
  });

  it('an out-of-scope question does not cost a plan-ready traveler their plan', () => {
    const r = apply('PLAN_READY', 'refused', false);
    if (!r.ok) throw new Error('refused');
    expect(r.lead.lead_state).toBe('PLAN_READY');
    expect(r.events).toEqual([]);
    expect(r.lead.last_activity_at).toBe(NOW.toISOString());
  });

  it('the same verdict on unchanged inputs leaves a waiting lead and its follow-up alone', () => {
    const lead = makeLead('WAITING');
    const r = applyDecisionToLead(lead, { outcome: 'wait', hasItinerary: false, inputsChanged: false }, ctx);
    expect(r.ok && r.lead.next_action_at).toBe(lead.next_action_at);
    expect(r.ok && r.events).toEqual([]);
  });

  it('a returning waiting traveler whose verdict changed is reassessed (traveler_returned)', () => {
    const r = apply('WAITING', 'book', false);
    expect(r.ok && r.triggers).toEqual(['traveler_returned', 'decision_book_with_itinerary']);
    expect(r.ok && 'next_action_at' in r.lead).toBe(false);
  });

  it('a switched traveler who comes back with new inputs is live again', () => {
    const r = apply('SWITCHED', 'book', true);
    expect(r.ok && r.lead.lead_state).toBe('PLAN_READY');
  });

  it('a dormant traveler who writes again is reactivated, even by a refusal', () => {
    const r = apply('DORMANT', 'refused', false);
    expect(r.ok && r.triggers).toEqual(['traveler_returned', 'decision_refused']);
    expect(r.ok && r.lead.lead_state).toBe('ASSESSING');
  });

  it('suppressed and booked leads do not move on a chat turn, but the turn is recorded', () => {
    for (const s of ['SUPPRESSED', 'BOOKED'] as const) {
      const r = apply(s, 'switch', true);
      if (!r.ok) throw new Error('refused');
      expect(r.lead.lead_state).toBe(s);
      expect(r.events).toEqual([]);
      expect(r.lead.last_activity_at).toBe(NOW.toISOString());
      expect(r.lead.last_decision_id).toBe(DECISION_ID);
    }
  });

  it('all or nothing: a wait without a follow-up date fails the whole turn', () => {
    const r = apply('NEW', 'wait', true, false, { now: NOW });
    expect(!r.ok && r.error).toMatchObject({ kind: 'missing_context', trigger: 'decision_wait' });
  });

  it('leaves the input lead untouched', () => {
    const lead = makeLead('NEW');
    const copy = structuredClone(lead);
    applyDecisionToLead(lead, { outcome: 'wait', hasItinerary: false, inputsChanged: true }, ctx);
    expect(lead).toEqual(copy);
    expect(lead.last_activity_at).toBe(EARLIER);
  });
});
