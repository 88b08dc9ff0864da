import type { Decision } from '../../domain/entities/decision';
import type { Lead } from '../../domain/entities/lead';
import type { Session } from '../../domain/entities/session';
import { leadIdForSession } from '../../domain/ids';
import { applyDecisionToLead, type EventDraft } from '../../domain/state-machines';
import { addDays } from '../../domain/time';
import type { TripInputs } from '../../domain/trip-inputs';

/** Days until the first follow-up of a lead told to wait. */
export const WAIT_FOLLOWUP_DAYS = 14;

/** Thrown when a turn would break a state machine or a schema: a bug, never traveler input. */
export class TurnPlanError extends Error {
  override name = 'TurnPlanError';
}

/** A session's lead as it starts: NEW, with the first trip inputs still to record. */
export function newLead(session: Session, now: string): Lead {
  return {
    lead_id: session.lead_id ?? leadIdForSession(session.session_id),
    tenant_id: session.tenant_id,
    traveler_id: session.traveler_id,
    channel: session.channel,
    created_at: now,
    updated_at: now,
    lead_state: 'NEW',
    state_reason: 'STATE_REASON.INQUIRY_STARTED',
    intent: { destinations_considered: [], travel_dates: {}, constraints: {} },
    objections: [],
    priority_score: 0,
    last_activity_at: now,
    version: 0,
  };
}

/** What the lead records of the traveler's intent, from the accumulated inputs. */
export function withIntent(lead: Lead, inputs: TripInputs): Lead {
  const budget =
    inputs.budget_amount !== undefined
      ? { max: inputs.budget_amount, ...(inputs.budget_currency ? { currency: inputs.budget_currency } : {}) }
      : undefined;
  return {
    ...lead,
    intent: {
      destinations_considered: inputs.destinations ?? [],
      travel_dates: {
        ...(inputs.start_date ? { start: inputs.start_date } : {}),
        ...(inputs.end_date ? { end: inputs.end_date } : {}),
        ...(inputs.month ? { month: inputs.month } : {}),
        ...(inputs.year ? { year: inputs.year } : {}),
      },
      ...(inputs.group_size ? { group_size: inputs.group_size } : {}),
      ...(inputs.traveler_type ? { style: inputs.traveler_type } : {}),
      ...(budget ? { budget_range: budget } : {}),
      constraints: {
        ...(inputs.drive_tolerance_hours !== undefined ? { drive_tolerance_hours: inputs.drive_tolerance_hours } : {}),
        ...(inputs.child_ages ? { child_ages: inputs.child_ages } : {}),
      },
    },
  };
}

export interface LeadStepInput {
  now: Date;
  session: Session;
  /** The lead as loaded, if the session has one yet. */
  lead?: Lead;
  /** The decision this turn issued (not a re-sent standing one). */
  decision: Decision;
  hasItinerary: boolean;
  /** A trip turn (not a guarded refusal): it may create the lead, and moves it by its outcome. */
  tripTurn: boolean;
  inputs: TripInputs;
  inputsChanged: boolean;
}

export interface LeadStep {
  lead?: Lead;
  /** The version the commit expects (null: created by this turn). */
  expectedVersion: number | null;
  events: EventDraft[];
}

/**
 * Step "lead" of a turn that issued a decision: the lead is created with the first trip
 * inputs and moves through its machine with each decision (a guarded refusal moves it as
 * `refused`); its intent follows the accumulated inputs.
 */
export function moveLead(p: LeadStepInput): LeadStep {
  const now = p.now.toISOString();
  const events: EventDraft[] = [];
  let lead = p.lead;
  let expectedVersion: number | null = lead ? lead.version : null;
  if (!lead && p.tripTurn && Object.keys(p.inputs).length > 0) {
    lead = newLead(p.session, now);
    expectedVersion = null;
    events.push({ event_type: 'LEAD_CREATED', traveler_id: p.session.traveler_id, session_id: p.session.session_id, lead_id: lead.lead_id, payload: { channel: p.session.channel, lead_state: 'NEW' } });
  }
  if (!lead) return { expectedVersion, events };
  const moved = applyDecisionToLead(
    lead,
    { outcome: p.tripTurn ? p.decision.verdict.outcome : 'refused', hasItinerary: p.hasItinerary, inputsChanged: p.inputsChanged },
    {
      now: p.now,
      decisionId: p.decision.decision_id,
      sessionId: p.session.session_id,
      ...(p.decision.verdict.outcome === 'wait' ? { nextActionAt: addDays(p.now, WAIT_FOLLOWUP_DAYS) } : {}),
    },
  );
  if (!moved.ok) throw new TurnPlanError(`lead ${moved.error.kind}: ${JSON.stringify(moved.error)}`);
  const next = withIntent(moved.lead, p.inputs);
  events.push(...moved.events.map((e) => ({ ...e, lead_id: next.lead_id })));
  return { lead: next, expectedVersion, events };
}
