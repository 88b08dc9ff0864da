/**
 * What staff change (PROTOCOL.md §3): flag a decision, move a review item, mark a lead
 * booked, suppress or unsuppress a traveler. Each runs the state machines (pure), then
 * commits the moved records and their events in one transaction, checked against the
 * versions the staff member saw; each event names the member (`actor`).
 */
import type { Decision, DecisionState } from '../../domain/entities/decision';
import { EventSchema, type DomainEvent } from '../../domain/entities/event';
import type { Lead } from '../../domain/entities/lead';
import type { REVIEW_ACTIONS, REVIEW_REASON_CODES, ReviewItem, ReviewStatus } from '../../domain/entities/review';
import { transitionDecision, type DecisionTrigger } from '../../domain/state-machines/decision-machine';
import type { EventDraft } from '../../domain/state-machines/event-draft';
import { transitionLead, type LeadTrigger } from '../../domain/state-machines/lead-machine';
import type { TransitionError } from '../../domain/state-machines/transition';
import type { StaffContext } from './context';
import { StaffError, notFound } from './errors';
import type { StaffMember } from './identity';

export interface FlagInput {
  reason_code: (typeof REVIEW_REASON_CODES)[number];
  notes: string;
  /** The decision's `updated_at` as the staff member saw it (optional optimistic check). */
  expected_updated_at?: string;
}

export type ReviewTransitionInput =
  | { status: 'in_review'; expected_updated_at?: string }
  | {
      status: 'corrected';
      action_taken: (typeof REVIEW_ACTIONS)[number];
      logic_version_new?: string;
      public_note?: string;
      expected_updated_at?: string;
    }
  | { status: 'closed'; public_note?: string; expected_updated_at?: string };

/** Review moves the queue allows, and the decision triggers each runs. */
const REVIEW_MOVES: Record<Exclude<ReviewStatus, 'queued'>, { from: readonly ReviewStatus[]; triggers: readonly DecisionTrigger[] }> = {
  in_review: { from: ['queued'], triggers: [] },
  corrected: { from: ['in_review'], triggers: ['review_completed', 'corrected'] },
  closed: { from: ['queued', 'in_review'], triggers: ['review_completed', 'closed_no_action'] },
};

function conflict(e: TransitionError): StaffError {
  if (e.kind === 'not_allowed') return new StaffError('conflict', `a ${e.machine} in ${e.from} cannot take ${e.trigger} (allowed: ${e.allowed.join(', ') || 'none'})`);
  return new StaffError('conflict', e.message);
}

function stale(seen: string | undefined, stored: string, what: string): void {
  if (seen !== undefined && seen !== stored) throw new StaffError('conflict', `the ${what} changed since you opened it; reload and try again`);
}

export function staffActions(s: StaffContext) {
  const actor = (m: StaffMember) => ({ kind: 'staff' as const, staff_id: m.staff_id, name: m.name, role: m.role });
  const toEvent = (m: StaffMember, at: string, draft: EventDraft | Record<string, unknown>): DomainEvent =>
    EventSchema.parse({ event_id: s.ids('evt'), tenant_id: m.tenant_id, created_at: at, actor: actor(m), ...draft });

  function runDecision(d: Decision, triggers: readonly DecisionTrigger[], now: Date, flag?: { reason_code: string; notes?: string; review_id?: string }) {
    let current = d;
    const drafts: EventDraft[] = [];
    for (const trigger of triggers) {
      const r = transitionDecision(current, trigger, { now, ...(flag ? { flag } : {}) });
      if (!r.ok) throw conflict(r.error);
      current = r.decision;
      drafts.push(...r.events);
    }
    return { next: current, drafts };
  }

  async function changeLead(m: StaffMember, leadId: string, trigger: LeadTrigger, expectedVersion: number | undefined, travelerStatus?: 'active' | 'suppressed') {
    const now = s.clock();
    const lead = await s.leads.get(m.tenant_id, leadId, true);
    if (!lead) throw notFound('lead');
    if (expectedVersion !== undefined && expectedVersion !== lead.version) {
      throw new StaffError('conflict', `the lead is at version ${lead.version}, not ${expectedVersion}; reload and try again`);
    }
    const moved = transitionLead(lead, trigger, { now, ...(trigger === 'trust_escalation' ? { reason: 'STATE_REASON.SUPPRESSED_BY_STAFF' } : {}) });
    if (!moved.ok) throw conflict(moved.error);
    const at = now.toISOString();
    const events = moved.events.map((d) => toEvent(m, at, d));
    let traveler;
    if (travelerStatus) {
      const t = await s.travelers.get(m.tenant_id, lead.traveler_id);
      if (t && t.status !== travelerStatus) traveler = { next: { ...t, status: travelerStatus, updated_at: at }, seenUpdatedAt: t.updated_at };
    }
    await s.actions.changeLead(moved.lead, lead.version, events, traveler);
    return { lead: { ...moved.lead, version: lead.version + 1 } as Lead, events };
  }

  return {
    /** Flags a decision for review: decision → FLAGGED_FOR_REVIEW, a queued review item, TRUST_FLAG_RAISED. */
    async flag(m: StaffMember, decisionId: string, input: FlagInput): Promise<ReviewItem> {
      const now = s.clock();
      const at = now.toISOString();
      const decision = await s.decisions.get(m.tenant_id, decisionId);
      if (!decision) throw notFound('decision');
      stale(input.expected_updated_at, decision.updated_at, 'decision');
      const review: ReviewItem = {
        review_id: s.ids('rev'),
        tenant_id: m.tenant_id,
        created_at: at,
        updated_at: at,
        decision_id: decisionId,
        status: 'queued',
        reason_code: input.reason_code,
        notes: input.notes,
        flagged_by: m.staff_id,
        resolution: {},
      };
      const { next, drafts } = runDecision(decision, ['flagged'], now, { reason_code: input.reason_code, notes: input.notes, review_id: review.review_id });
      const expected: { state: DecisionState; updated_at: string } = { state: decision.state, updated_at: decision.updated_at };
      await s.actions.reviewDecision({ next, expected }, { next: review, expected: null }, drafts.map((d) => toEvent(m, at, d)));
      return review;
    },

    /** Moves a review item (in_review, corrected, closed) and its decision with it. */
    async transitionReview(m: StaffMember, reviewId: string, input: ReviewTransitionInput): Promise<ReviewItem> {
      const now = s.clock();
      const at = now.toISOString();
      const review = await s.reviews.get(m.tenant_id, reviewId);
      if (!review) throw notFound('review');
      stale(input.expected_updated_at, review.updated_at, 'review');
      const move = REVIEW_MOVES[input.status];
      if (!move.from.includes(review.status)) {
        throw new StaffError('conflict', `a ${review.status} review cannot become ${input.status} (allowed from: ${move.from.join(', ')})`);
      }
      const resolution =
        input.status === 'corrected'
          ? { action_taken: input.action_taken, ...(input.logic_version_new ? { logic_version_new: input.logic_version_new } : {}), ...(input.public_note ? { public_note: input.public_note } : {}) }
          : input.status === 'closed'
            ? { action_taken: 'none' as const, ...(input.public_note ? { public_note: input.public_note } : {}) }
            : review.resolution;
      const next: ReviewItem = {
        ...review,
        status: input.status,
        updated_at: at,
        resolution,
        // Whoever takes it into review (or resolves it straight from the queue) owns it.
        ...(input.status === 'in_review' || !review.assignee ? { assignee: { staff_id: m.staff_id, name: m.name } } : {}),
      };
      let decisionMove;
      const drafts: EventDraft[] = [];
      if (move.triggers.length) {
        const decision = await s.decisions.get(m.tenant_id, review.decision_id);
        if (!decision) throw notFound('decision');
        const r = runDecision(decision, move.triggers, now);
        decisionMove = { next: r.next, expected: { state: decision.state, updated_at: decision.updated_at } };
        drafts.push(...r.drafts);
      }
      const changed = toEvent(m, at, {
        event_type: 'REVIEW_STATUS_CHANGED',
        decision_id: review.decision_id,
        payload: { review_id: review.review_id, from: review.status, to: input.status, ...resolution },
      });
      await s.actions.reviewDecision(decisionMove, { next, expected: { status: review.status, updated_at: review.updated_at } }, [
        ...drafts.map((d) => toEvent(m, at, d)),
        changed,
      ]);
      return next;
    },

    /** The manual booking conversion: PLAN_READY → BOOKED with its LEAD_STATE_CHANGED event. */
    markBooked: (m: StaffMember, leadId: string, expectedVersion?: number) => changeLead(m, leadId, 'booking_confirmed', expectedVersion),
    /** Do not contact: the lead → SUPPRESSED and the traveler suppressed, together. */
    suppress: (m: StaffMember, leadId: string, expectedVersion?: number) => changeLead(m, leadId, 'trust_escalation', expectedVersion, 'suppressed'),
    /** Lifts a suppression: the lead → ASSESSING and the traveler active again. */
    unsuppress: (m: StaffMember, leadId: string, expectedVersion?: number) => changeLead(m, leadId, 'opt_in', expectedVersion, 'active'),
  };
}

export type StaffActionsService = ReturnType<typeof staffActions>;
