import type { Decision, DecisionState, Outcome } from '../entities/decision';
import type { EventDraft, EventRefs } from './event-draft';
import { defineMachine, notAllowed, type TransitionError, type TransitionRow } from './transition';

/** What can move a decision (seed 000 §5.2, with the seed's REFUSED → ISSUED done the preferred way). */
export const DECISION_TRIGGERS = [
  'issued',
  'refused',
  'flagged',
  'constraints_updated',
  'assumption_drift',
  'superseded',
  'reversed',
  'missing_inputs_supplied',
  'review_completed',
  'corrected',
  'closed_no_action',
] as const;
export type DecisionTrigger = (typeof DECISION_TRIGGERS)[number];

export type DecisionEventType = 'DECISION_ISSUED' | 'DECISION_REFUSED' | 'TRUST_FLAG_RAISED' | 'DECISION_REVERSED';
export type DecisionRow = TransitionRow<DecisionState, DecisionTrigger, DecisionEventType>;

/** States that can be flagged: any stored verdict or refusal, current or past, reviewed or not. */
const FLAGGABLE: readonly DecisionState[] = ['ISSUED', 'REFUSED', 'REVISED', 'SUPERSEDED', 'CORRECTED', 'CLOSED'];
/** Review-flow states: superseding one keeps it in its review state (the link lives on the newer decision). */
const IN_REVIEW_FLOW: readonly DecisionState[] = ['FLAGGED_FOR_REVIEW', 'REVIEWED', 'CORRECTED', 'CLOSED'];

const rows = (
  from: readonly DecisionState[],
  trigger: DecisionTrigger,
  to: DecisionState | 'same',
  emits: readonly DecisionEventType[],
  note?: string,
): DecisionRow[] => from.map((f) => ({ from: f, trigger, to: to === 'same' ? f : to, emits, ...(note ? { note } : {}) }));

/**
 * The decision lifecycle as data. Decision content is immutable (ARCHITECTURE.md
 * principle 5): only `state`, `review` and `updated_at` move. A revision is a new
 * decision with `supersedes_decision_id`; the old one is moved here.
 */
export const DECISION_TRANSITIONS: readonly DecisionRow[] = [
  ...rows(['DRAFTED'], 'issued', 'ISSUED', ['DECISION_ISSUED'], 'guard: outcome is book/wait/switch/discard'),
  ...rows(['DRAFTED'], 'refused', 'REFUSED', ['DECISION_REFUSED'], 'guard: outcome is refused'),
  ...rows(FLAGGABLE, 'flagged', 'FLAGGED_FOR_REVIEW', ['TRUST_FLAG_RAISED'],
    'seed allows ISSUED only; refusals can be wrong too (scope_failure), staff flag old advice, and new evidence reopens a closed review'),
  ...rows(['ISSUED'], 'constraints_updated', 'REVISED', []),
  ...rows(['ISSUED'], 'assumption_drift', 'REVISED', []),
  ...rows(['ISSUED', 'REVISED', 'REFUSED'], 'superseded', 'SUPERSEDED', [],
    'a newer decision replaces this one with the same verdict (or this was a refusal, or the new one is)'),
  ...rows(['ISSUED', 'REVISED'], 'reversed', 'SUPERSEDED', ['DECISION_REVERSED'],
    'a newer issued decision changes the verdict: counted as a reversal (metrics)'),
  ...rows(['REFUSED'], 'missing_inputs_supplied', 'SUPERSEDED', [],
    'seed REFUSED → ISSUED, done as it recommends: the new decision is ISSUED, this refusal is superseded'),
  ...rows(IN_REVIEW_FLOW, 'superseded', 'same', [], 'review continues; the newer decision carries supersedes_decision_id'),
  ...rows(IN_REVIEW_FLOW, 'reversed', 'same', ['DECISION_REVERSED'], 'review continues; the reversal is still counted'),
  ...rows(['FLAGGED_FOR_REVIEW'], 'review_completed', 'REVIEWED', []),
  ...rows(['REVIEWED'], 'corrected', 'CORRECTED', [], 'logic or copy changed and tagged with a new version'),
  ...rows(['REVIEWED'], 'closed_no_action', 'CLOSED', []),
];

export const DECISION_MACHINE = defineMachine('decision', DECISION_TRANSITIONS);

/** What a decision transition needs beyond the decision itself. */
export interface DecisionTransitionContext {
  now: Date;
  /** Required by `flagged`: why, and the review item opened for it. */
  flag?: { reason_code: string; notes?: string; review_id?: string };
  /** Required by `superseded`, `reversed`, `missing_inputs_supplied`: the newer decision. */
  supersededBy?: { decision_id: string; outcome: Outcome };
}

export type DecisionTransitionResult =
  | { ok: true; decision: Decision; events: EventDraft[] }
  | { ok: false; error: TransitionError };

const SUPERSEDING: ReadonlySet<DecisionTrigger> = new Set(['superseded', 'reversed', 'missing_inputs_supplied']);

/** True when going from `a` to `b` changes an issued verdict (a refusal on either side is no reversal). */
export function isReversal(a: Outcome, b: Outcome): boolean {
  return a !== 'refused' && b !== 'refused' && a !== b;
}

/**
 * Moves a decision by one trigger, or says why it cannot. Pure: returns the decision
 * with its new `state`, `review` block and `updated_at` (content untouched) and the
 * event drafts to record.
 *
 * @example
 * const r = transitionDecision(d, 'flagged', { now, flag: { reason_code: 'assumption_failure', review_id } });
 */
export function transitionDecision(
  decision: Decision,
  trigger: DecisionTrigger,
  ctx: DecisionTransitionContext,
): DecisionTransitionResult {
  const row = DECISION_MACHINE.find(decision.state, trigger);
  if (!row) return { ok: false, error: notAllowed(DECISION_MACHINE, decision.state, trigger) };
  const guard = checkGuard(decision, trigger, ctx);
  if (guard) return { ok: false, error: guard };

  const next: Decision = { ...decision, state: row.to, updated_at: ctx.now.toISOString(), review: nextReview(decision, trigger, ctx) };
  const refs: EventRefs = { decision_id: decision.decision_id, traveler_id: decision.traveler_id };
  if (decision.lead_id) refs.lead_id = decision.lead_id;
  if (decision.session_id) refs.session_id = decision.session_id;
  const events = row.emits.map((type) => buildEvent(type, decision, refs, ctx));
  return { ok: true, decision: next, events };
}

/**
 * Publishes a DRAFTED decision: `issued` or `refused` by its outcome, with its
 * DECISION_ISSUED / DECISION_REFUSED event.
 */
export function publishDecision(draft: Decision, ctx: DecisionTransitionContext): DecisionTransitionResult {
  return transitionDecision(draft, draft.verdict.outcome === 'refused' ? 'refused' : 'issued', ctx);
}

function checkGuard(d: Decision, trigger: DecisionTrigger, ctx: DecisionTransitionContext): TransitionError | undefined {
  const guard = (message: string): TransitionError => ({ kind: 'guard_failed', machine: 'decision', trigger, message });
  const missing = (field: string, message: string): TransitionError => ({ kind: 'missing_context', machine: 'decision', trigger, field, message });
  const outcome = d.verdict.outcome;
  if (trigger === 'issued' && outcome === 'refused') return guard('a refusal is published with the refused trigger');
  if (trigger === 'refused' && outcome !== 'refused') return guard('an issued verdict is published with the issued trigger');
  if (trigger === 'refused' && !d.refusal) return guard('a refusal needs its refusal block');
  if (trigger === 'flagged' && !ctx.flag?.reason_code) return missing('flag', 'flagging needs a reason_code');
  if (SUPERSEDING.has(trigger)) {
    const by = ctx.supersededBy;
    if (!by) return missing('supersededBy', 'superseding needs the newer decision');
    if (by.decision_id === d.decision_id) return guard('a decision cannot supersede itself');
    const reversal = isReversal(outcome, by.outcome);
    if (trigger === 'reversed' && !reversal) return guard('a reversal changes an issued verdict to another issued verdict');
    if (trigger === 'superseded' && reversal) return guard('a changed verdict is a reversal: use the reversed trigger');
    if (trigger === 'missing_inputs_supplied' && d.refusal?.reason !== 'missing_inputs') {
      return guard('only a refusal for missing inputs is answered by supplying them');
    }
  }
  return undefined;
}

/**
 * The `review` block after a trigger: flagged queues it; it needs review until a
 * reviewer corrects or closes it (REVIEWED still awaits that choice).
 */
function nextReview(d: Decision, trigger: DecisionTrigger, ctx: DecisionTransitionContext): Decision['review'] {
  switch (trigger) {
    case 'flagged':
      return { needs_review: true, review_reason: ctx.flag?.reason_code ?? null, review_status: 'queued' };
    case 'review_completed':
      return { ...d.review, needs_review: true, review_status: 'reviewed' };
    case 'corrected':
      return { ...d.review, needs_review: false, review_status: 'corrected' };
    case 'closed_no_action':
      return { ...d.review, needs_review: false, review_status: 'reviewed' };
    default:
      return d.review;
  }
}

function buildEvent(type: DecisionEventType, d: Decision, refs: EventRefs, ctx: DecisionTransitionContext): EventDraft {
  const supersedes = d.supersedes_decision_id ? { supersedes_decision_id: d.supersedes_decision_id } : {};
  switch (type) {
    case 'DECISION_ISSUED': {
      const outcome = d.verdict.outcome;
      if (outcome === 'refused') throw new Error('unreachable: guarded by checkGuard');
      return {
        event_type: type,
        ...refs,
        payload: { outcome, decision_type: d.decision_type, logic_version: d.logic_version, confidence: d.confidence, ...supersedes },
      };
    }
    case 'DECISION_REFUSED': {
      const refusal = d.refusal;
      if (!refusal) throw new Error('unreachable: guarded by checkGuard');
      return {
        event_type: type,
        ...refs,
        payload: { reason: refusal.reason, missing_inputs: refusal.missing_inputs, logic_version: d.logic_version, ...supersedes },
      };
    }
    case 'TRUST_FLAG_RAISED': {
      const flag = ctx.flag ?? { reason_code: 'unknown' };
      return {
        event_type: type,
        ...refs,
        payload: {
          reason_code: flag.reason_code,
          ...(flag.notes !== undefined ? { notes: flag.notes } : {}),
          ...(flag.review_id !== undefined ? { review_id: flag.review_id } : {}),
        },
      };
    }
    case 'DECISION_REVERSED': {
      const by = ctx.supersededBy;
      if (!by) throw new Error('unreachable: guarded by checkGuard');
      // The reversal is an event of the newer decision; the payload points back at this one.
      return {
        event_type: type,
        ...refs,
        decision_id: by.decision_id,
        payload: { previous_decision_id: d.decision_id, from_outcome: d.verdict.outcome, to_outcome: by.outcome },
      };
    }
  }
}
