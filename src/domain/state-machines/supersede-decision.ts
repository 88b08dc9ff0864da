import type { Decision, Outcome } from '../entities/decision';
import type { EventDraft } from './event-draft';
import {
  isReversal,
  transitionDecision,
  type DecisionTransitionResult,
  type DecisionTrigger,
} from './decision-machine';

/** The newer decision of a turn, as far as the older one needs to know it. */
export interface SupersedingDecision {
  decision_id: string;
  outcome: Outcome;
  /** Whether this turn changed the trip inputs (seed: "user constraints updated"). */
  inputsChanged: boolean;
}

export type SupersedeResult =
  | { ok: true; decision: Decision; events: EventDraft[]; triggers: DecisionTrigger[] }
  | Extract<DecisionTransitionResult, { ok: false }>;

/**
 * Retires the lead's previous decision when a turn stores a newer one, chaining the
 * seed's steps: ISSUED → REVISED (constraints updated) → SUPERSEDED, with a
 * DECISION_REVERSED event when the verdict changed; a refusal answered with its
 * missing inputs is superseded by `missing_inputs_supplied`; a decision in the
 * review flow keeps its review state.
 */
export function supersedeDecision(previous: Decision, newer: SupersedingDecision, now: Date): SupersedeResult {
  const triggers: DecisionTrigger[] = [];
  if (previous.state === 'ISSUED' && newer.inputsChanged) triggers.push('constraints_updated');
  if (previous.state === 'REFUSED' && newer.inputsChanged && previous.refusal?.reason === 'missing_inputs') {
    triggers.push('missing_inputs_supplied');
  } else {
    triggers.push(isReversal(previous.verdict.outcome, newer.outcome) ? 'reversed' : 'superseded');
  }

  const ctx = { now, supersededBy: { decision_id: newer.decision_id, outcome: newer.outcome } };
  let current = previous;
  const events: EventDraft[] = [];
  for (const trigger of triggers) {
    const r = transitionDecision(current, trigger, ctx);
    if (!r.ok) return r;
    current = r.decision;
    events.push(...r.events);
  }
  return { ok: true, decision: current, events, triggers };
}
