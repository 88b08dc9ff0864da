import type { Outcome } from '../entities/decision';
import type { Lead, LeadState } from '../entities/lead';
import type { EventDraft } from './event-draft';
import { LEAD_MACHINE, transitionLead, type LeadTransitionContext, type LeadTrigger } from './lead-machine';
import type { TransitionError } from './transition';

/**
 * The lead trigger a stored decision fires from ASSESSING. A `book` without its
 * itinerary yet keeps the lead ASSESSING: the seed asks for both before PLAN_READY.
 */
export function leadTriggerForOutcome(outcome: Outcome, hasItinerary: boolean): LeadTrigger {
  switch (outcome) {
    case 'book':
      return hasItinerary ? 'decision_book_with_itinerary' : 'decision_book_pending_itinerary';
    case 'wait':
      return 'decision_wait';
    case 'switch':
      return 'decision_switch';
    case 'discard':
      return 'decision_discard';
    case 'refused':
      return 'decision_refused';
  }
}

/** What the turn pipeline knows about the turn's decision. */
export interface TurnDecision {
  outcome: Outcome;
  hasItinerary: boolean;
  /** Whether this turn's extraction changed the accumulated trip inputs. */
  inputsChanged: boolean;
}

export type ApplyDecisionResult =
  | { ok: true; lead: Lead; events: EventDraft[]; triggers: LeadTrigger[] }
  | { ok: false; error: TransitionError };

/** A booked or suppressed lead is not moved by a chat turn (see docs/state-machines.md). */
const HELD: readonly LeadState[] = ['BOOKED', 'SUPPRESSED'];

/**
 * Applies one turn's decision to the lead, chaining the transitions the turn implies,
 * e.g. NEW → ASSESSING → WAITING, and returns every event in order. All or nothing:
 * if any step is refused, the error is returned and no partial lead.
 *
 * Rules (chosen where the seed is silent):
 * - BOOKED and SUPPRESSED leads stay where they are; the decision is still stored
 *   (Decision Doctrine) and `last_activity_at` records the turn. Only an explicit
 *   opt-in lifts suppression; a booked traveler's next trip is a new lead.
 * - A parked lead (PLAN_READY, WAITING, SWITCHED, DISCARDED) whose inputs did not change
 *   stays put when the verdict is the one it already stands on, or when the turn was a
 *   refusal (an out-of-scope question must not cost a plan-ready traveler their plan).
 * - Otherwise a parked or dormant lead is reopened (`new_inputs` when inputs changed,
 *   else `traveler_returned`) and then moved by the decision.
 */
export function applyDecisionToLead(lead: Lead, decision: TurnDecision, ctx: LeadTransitionContext): ApplyDecisionResult {
  const decisionTrigger = leadTriggerForOutcome(decision.outcome, decision.hasItinerary);
  const target = LEAD_MACHINE.find('ASSESSING', decisionTrigger)?.to;
  const state = lead.lead_state;

  const stays =
    HELD.includes(state) ||
    (state !== 'DORMANT' &&
      state !== 'NEW' &&
      state !== 'ASSESSING' &&
      !decision.inputsChanged &&
      (decision.outcome === 'refused' || target === state));
  if (stays) return { ok: true, lead: touch(lead, ctx), events: [], triggers: [] };

  const triggers: LeadTrigger[] = [];
  if (state === 'NEW') triggers.push('inputs_captured');
  else if (state !== 'ASSESSING') triggers.push(decision.inputsChanged ? 'new_inputs' : 'traveler_returned');
  triggers.push(decisionTrigger);

  let current = lead;
  const events: EventDraft[] = [];
  for (const trigger of triggers) {
    // Intermediate steps take their default reason; the caller's reason describes the verdict.
    const stepCtx = trigger === decisionTrigger ? ctx : { ...ctx, reason: undefined };
    const r = transitionLead(current, trigger, stepCtx);
    if (!r.ok) return r;
    current = r.lead;
    events.push(...r.events);
  }
  return { ok: true, lead: withDecision(current, ctx), events, triggers };
}

/** Records the traveler's turn on a lead that does not move. */
function touch(lead: Lead, ctx: LeadTransitionContext): Lead {
  const now = ctx.now.toISOString();
  return withDecision({ ...lead, last_activity_at: now, updated_at: now }, ctx);
}

function withDecision(lead: Lead, ctx: LeadTransitionContext): Lead {
  return ctx.decisionId ? { ...lead, last_decision_id: ctx.decisionId } : lead;
}
