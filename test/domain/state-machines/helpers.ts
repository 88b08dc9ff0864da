import decisionExample from '../../fixtures/seed000/decision-example.json';
import { DecisionSchema, EventSchema, LeadSchema, type Decision, type DomainEvent, type Lead, type LeadState } from '../../../src/domain/entities';
import type { EventDraft } from '../../../src/domain/state-machines';
import { sequentialIdGenerator } from '../../../src/domain/ids';

export const NOW = new Date('2026-01-05T10:00:00.000Z');
export const EARLIER = '2025-12-21T08:10:00.000Z';
export const NEXT_ACTION = '2026-01-20T09:00:00.000Z';
export const LEAD_ID = 'lead_01JFQ755B00000000000000000';
export const TRAVELER_ID = 'trav_01JFQ719C30000000000000000';
export const DECISION_ID = 'dec_01JFQ7F1A0000000000000000A';
export const NEWER_DECISION_ID = 'dec_01JFQ7F1A0000000000000000B';
export const SESSION_ID = 'sess_01JFQ7AA120000000000000000';

/** A valid stored lead in `state` (with a follow-up date where the schema demands one). */
export function makeLead(state: LeadState): Lead {
  return LeadSchema.parse({
    lead_id: LEAD_ID,
    tenant_id: 'demo',
    created_at: EARLIER,
    updated_at: EARLIER,
    traveler_id: TRAVELER_ID,
    channel: 'web',
    lead_state: state,
    state_reason: 'STATE_REASON.SEEDED',
    last_activity_at: EARLIER,
    ...(state === 'WAITING' || state === 'DORMANT' ? { next_action_at: '2025-12-30T09:00:00.000Z' } : {}),
    version: 3,
  });
}

/** The seed's example decision (an issued `wait`) in `state`. */
export function makeIssued(state: Decision['state'] = 'ISSUED'): Decision {
  return DecisionSchema.parse({ ...decisionExample, state });
}

/** A refusal for missing inputs (or another reason) in `state`. */
export function makeRefusal(
  state: Decision['state'] = 'REFUSED',
  reason: 'missing_inputs' | 'out_of_scope' = 'missing_inputs',
): Decision {
  return DecisionSchema.parse({
    ...decisionExample,
    state,
    decision_type: 'refusal',
    verdict: { outcome: 'refused', headline: 'I need a little more to decide.', summary: 'Tell me when you travel.' },
    refusal: { reason, missing_inputs: reason === 'missing_inputs' ? ['month'] : [], next_action: 'Tell me the month you plan to travel.' },
  });
}

const ids = sequentialIdGenerator();

/** Completes a draft the way the committing caller will, and parses it as a stored event. */
export function commitEvent(draft: EventDraft): DomainEvent {
  return EventSchema.parse({ ...draft, event_id: ids('evt'), tenant_id: 'demo', created_at: NOW.toISOString() });
}
