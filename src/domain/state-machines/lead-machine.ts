import { LEAD_STATES_NEEDING_NEXT_ACTION, type Lead, type LeadState } from '../entities/lead';
import { IsoDateTime } from '../time';
import type { EventDraft, EventRefs } from './event-draft';
import { defineMachine, notAllowed, type TransitionError, type TransitionRow } from './transition';

/** What can move a lead (seed 000 §5.1, plus the triggers the seed leaves implicit). */
export const LEAD_TRIGGERS = [
  'inputs_captured',
  'decision_book_with_itinerary',
  'decision_book_pending_itinerary',
  'itinerary_generated',
  'decision_wait',
  'decision_switch',
  'decision_discard',
  'decision_refused',
  'booking_confirmed',
  'new_inputs',
  'traveler_returned',
  'condition_changed',
  'inactivity',
  'reactivated',
  'opt_out',
  'trust_escalation',
  'opt_in',
] as const;
export type LeadTrigger = (typeof LEAD_TRIGGERS)[number];

/** Event types a lead transition can record. */
export type LeadEventType = 'LEAD_STATE_CHANGED' | 'FOLLOWUP_SCHEDULED';
export type LeadRow = TransitionRow<LeadState, LeadTrigger, LeadEventType>;

const CHANGED: readonly LeadEventType[] = ['LEAD_STATE_CHANGED'];
const CHANGED_AND_FOLLOWUP: readonly LeadEventType[] = ['LEAD_STATE_CHANGED', 'FOLLOWUP_SCHEDULED'];

/** Leads parked on an outcome: a returning traveler or new inputs reopen them. */
const PARKED: readonly LeadState[] = ['PLAN_READY', 'WAITING', 'SWITCHED', 'DISCARDED', 'DORMANT'];
/** Seed "ANY → DORMANT", minus BOOKED (a customer, not a lead to recover) and SUPPRESSED (never contacted). */
const CAN_GO_DORMANT: readonly LeadState[] = ['NEW', 'ASSESSING', 'PLAN_READY', 'WAITING', 'SWITCHED', 'DISCARDED'];
/** Seed "ANY → SUPPRESSED": every state, BOOKED included (an opt-out is always honoured). */
const CAN_BE_SUPPRESSED: readonly LeadState[] = [
  'NEW', 'ASSESSING', 'PLAN_READY', 'WAITING', 'SWITCHED', 'DISCARDED', 'BOOKED', 'DORMANT',
];

const fanIn = (from: readonly LeadState[], trigger: LeadTrigger, to: LeadState, emits: readonly LeadEventType[], note?: string): LeadRow[] =>
  from.map((f) => ({ from: f, trigger, to, emits, ...(note ? { note } : {}) }));

/**
 * The lead lifecycle as data. Every row not written here is refused with `not_allowed`.
 * Choices where the seed is silent are noted on their rows (and in docs/state-machines.md).
 */
export const LEAD_TRANSITIONS: readonly LeadRow[] = [
  { from: 'NEW', trigger: 'inputs_captured', to: 'ASSESSING', emits: CHANGED },
  { from: 'ASSESSING', trigger: 'decision_book_with_itinerary', to: 'PLAN_READY', emits: CHANGED },
  {
    from: 'ASSESSING', trigger: 'decision_book_pending_itinerary', to: 'ASSESSING', emits: [],
    note: 'PLAN_READY needs the itinerary too (seed); until it exists the lead stays ASSESSING',
  },
  {
    from: 'ASSESSING', trigger: 'itinerary_generated', to: 'PLAN_READY', emits: CHANGED,
    note: 'seed §6: ITINERARY_GENERATED moves the lead to PLAN_READY when the itinerary comes after the verdict',
  },
  { from: 'ASSESSING', trigger: 'decision_wait', to: 'WAITING', emits: CHANGED_AND_FOLLOWUP },
  { from: 'ASSESSING', trigger: 'decision_switch', to: 'SWITCHED', emits: CHANGED },
  { from: 'ASSESSING', trigger: 'decision_discard', to: 'DISCARDED', emits: CHANGED },
  {
    from: 'ASSESSING', trigger: 'decision_refused', to: 'ASSESSING', emits: [],
    note: 'a refusal keeps the lead ASSESSING; the state did not change, so no LEAD_STATE_CHANGED (DECISION_REFUSED records it)',
  },
  { from: 'PLAN_READY', trigger: 'booking_confirmed', to: 'BOOKED', emits: CHANGED, note: 'manual conversion, staff API' },
  ...fanIn(PARKED, 'new_inputs', 'ASSESSING', CHANGED,
    'a traveler who changes their inputs is live again, whatever verdict they had (seed is silent except for WAITING)'),
  ...fanIn(PARKED, 'traveler_returned', 'ASSESSING', CHANGED,
    'a returning traveler is reassessed (seed: WAITING → ASSESSING on "user returns"; extended to every parked state)'),
  { from: 'WAITING', trigger: 'condition_changed', to: 'ASSESSING', emits: CHANGED, note: 'seed: condition change alert' },
  ...fanIn(CAN_GO_DORMANT, 'inactivity', 'DORMANT', CHANGED_AND_FOLLOWUP,
    'entering DORMANT schedules the recovery contact, hence FOLLOWUP_SCHEDULED'),
  { from: 'DORMANT', trigger: 'reactivated', to: 'ASSESSING', emits: CHANGED },
  ...fanIn(CAN_BE_SUPPRESSED, 'opt_out', 'SUPPRESSED', CHANGED, 'opt-out or repeated negative responses'),
  ...fanIn(CAN_BE_SUPPRESSED, 'trust_escalation', 'SUPPRESSED', CHANGED, 'trust failure escalated by staff'),
  {
    from: 'SUPPRESSED', trigger: 'opt_in', to: 'ASSESSING', emits: CHANGED,
    note: 'START lifts suppression; the traveler is talking to us again, so the next turn reassesses',
  },
];

export const LEAD_MACHINE = defineMachine('lead', LEAD_TRANSITIONS);

/**
 * Triggers that are our side acting (a sweep, an alert, itinerary generation, staff). They
 * must not make a silent lead look active, or the inactivity sweep would never fire.
 */
export const SYSTEM_TRIGGERS: ReadonlySet<LeadTrigger> = new Set<LeadTrigger>(['itinerary_generated', 'condition_changed', 'inactivity', 'trust_escalation']);

/** Triggers that are the traveler acting: they move `last_activity_at`. */
export const TRAVELER_ACTIVITY_TRIGGERS: ReadonlySet<LeadTrigger> = new Set(LEAD_TRIGGERS.filter((t) => !SYSTEM_TRIGGERS.has(t)));

/** `state_reason` used when the caller gives none (seed 000 "Example reasons" style). */
export const DEFAULT_LEAD_REASONS: Record<LeadTrigger, string> = {
  inputs_captured: 'STATE_REASON.INPUTS_CAPTURED',
  decision_book_with_itinerary: 'STATE_REASON.PLAN_ISSUED',
  decision_book_pending_itinerary: 'STATE_REASON.ITINERARY_PENDING',
  itinerary_generated: 'STATE_REASON.PLAN_ISSUED',
  decision_wait: 'STATE_REASON.TIMING_NOT_OPTIMAL',
  decision_switch: 'STATE_REASON.BETTER_ALTERNATIVE',
  decision_discard: 'STATE_REASON.TRIP_NOT_VIABLE',
  decision_refused: 'STATE_REASON.INPUTS_MISSING',
  booking_confirmed: 'STATE_REASON.BOOKED',
  new_inputs: 'STATE_REASON.INPUTS_CHANGED',
  traveler_returned: 'STATE_REASON.TRAVELER_RETURNED',
  condition_changed: 'STATE_REASON.CONDITIONS_CHANGED',
  inactivity: 'STATE_REASON.INACTIVE',
  reactivated: 'STATE_REASON.REACTIVATED',
  opt_out: 'STATE_REASON.OPTED_OUT',
  trust_escalation: 'STATE_REASON.TRUST_UNCLEAR',
  opt_in: 'STATE_REASON.OPTED_IN',
};

/** What a lead transition needs beyond the lead itself. */
export interface LeadTransitionContext {
  now: Date;
  /** Short code for `state_reason`; defaults per trigger (DEFAULT_LEAD_REASONS). */
  reason?: string;
  /** Required when the target is WAITING or DORMANT; ignored otherwise (the field is cleared). */
  nextActionAt?: string;
  /** Ids the events should point at (the decision that caused the move, the session). */
  decisionId?: string;
  sessionId?: string;
}

export type LeadTransitionResult = { ok: true; lead: Lead; events: EventDraft[] } | { ok: false; error: TransitionError };

/**
 * Moves a lead by one trigger, or says why it cannot. Pure: returns the next lead
 * (`lead_state`, `state_reason`, `updated_at` set; `last_activity_at` set when the
 * traveler acted; `next_action_at` set for WAITING/DORMANT and cleared otherwise;
 * `version` untouched, storage bumps it) and the event drafts to record with it.
 *
 * @example
 * const r = transitionLead(lead, 'decision_wait', { now, nextActionAt: '2026-01-20T09:00:00.000Z' });
 * if (r.ok) save(r.lead, r.events);
 */
export function transitionLead(lead: Lead, trigger: LeadTrigger, ctx: LeadTransitionContext): LeadTransitionResult {
  const row = LEAD_MACHINE.find(lead.lead_state, trigger);
  if (!row) return { ok: false, error: notAllowed(LEAD_MACHINE, lead.lead_state, trigger) };

  const reason = ctx.reason ?? DEFAULT_LEAD_REASONS[trigger];
  if (reason.length < 1 || reason.length > 80) {
    return fail('missing_context', trigger, 'reason', 'state_reason must be a short code of 1-80 characters');
  }
  const needsNext = LEAD_STATES_NEEDING_NEXT_ACTION.includes(row.to);
  const now = ctx.now.toISOString();
  if (needsNext) {
    if (!ctx.nextActionAt) return fail('missing_context', trigger, 'nextActionAt', `a ${row.to} lead needs next_action_at`);
    if (!IsoDateTime.safeParse(ctx.nextActionAt).success) {
      return fail('missing_context', trigger, 'nextActionAt', 'next_action_at must be an ISO-8601 UTC instant');
    }
    if (Date.parse(ctx.nextActionAt) < ctx.now.getTime()) {
      return { ok: false, error: { kind: 'guard_failed', machine: 'lead', trigger, message: 'next_action_at is in the past' } };
    }
  }

  const next: Lead = {
    ...lead,
    lead_state: row.to,
    state_reason: reason,
    updated_at: now,
    last_activity_at: TRAVELER_ACTIVITY_TRIGGERS.has(trigger) ? now : lead.last_activity_at,
  };
  if (needsNext) next.next_action_at = ctx.nextActionAt;
  else delete next.next_action_at;

  const refs: EventRefs = { lead_id: lead.lead_id, traveler_id: lead.traveler_id };
  if (ctx.decisionId) refs.decision_id = ctx.decisionId;
  if (ctx.sessionId) refs.session_id = ctx.sessionId;
  const events = row.emits.map((type): EventDraft => {
    if (type === 'FOLLOWUP_SCHEDULED') {
      // needsNext holds for every row that emits a follow-up (checked by the tests).
      return { event_type: type, ...refs, payload: { next_action_at: ctx.nextActionAt ?? now, channel: lead.channel, reason } };
    }
    return {
      event_type: type,
      ...refs,
      payload: {
        from: lead.lead_state,
        to: row.to,
        reason,
        trigger,
        ...(needsNext ? { next_action_at: ctx.nextActionAt } : {}),
      },
    };
  });
  return { ok: true, lead: next, events };
}

function fail(kind: 'missing_context', trigger: LeadTrigger, field: string, message: string): LeadTransitionResult {
  return { ok: false, error: { kind, machine: 'lead', trigger, field, message } };
}
