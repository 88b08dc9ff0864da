import { describe, expect, it } from 'vitest';
import { DECISION_STATES, DecisionSchema, type Decision, type DecisionState } from '../../../src/domain/entities';
import {
  DECISION_TRANSITIONS,
  DECISION_TRIGGERS,
  publishDecision,
  transitionDecision,
  type DecisionTransitionContext,
  type DecisionTrigger,
} from '../../../src/domain/state-machines';
import { DECISION_ID, NEWER_DECISION_ID, NOW, commitEvent, makeIssued, makeRefusal } from './helpers';

/** A decision and context that satisfy the trigger's guard, so only the table decides. */
function fixtureFor(state: DecisionState, trigger: DecisionTrigger): { decision: Decision; ctx: DecisionTransitionContext } {
  const refusalTriggers: DecisionTrigger[] = ['refused', 'missing_inputs_supplied'];
  const decision = refusalTriggers.includes(trigger) || state === 'REFUSED' ? makeRefusal(state) : makeIssued(state);
  const outcome = trigger === 'reversed' || trigger === 'missing_inputs_supplied' ? 'book' : decision.verdict.outcome;
  return {
    decision,
    ctx: {
      now: NOW,
      flag: { reason_code: 'assumption_failure', notes: 'traveler says the rains came early' },
      supersededBy: { decision_id: NEWER_DECISION_ID, outcome },
    },
  };
}

describe('decision machine: every (state, trigger) pair follows the table', () => {
  for (const state of DECISION_STATES) {
    for (const trigger of DECISION_TRIGGERS) {
      const row = DECISION_TRANSITIONS.find((r) => r.from === state && r.trigger === trigger);
      const { decision, ctx } = fixtureFor(state, trigger);
      if (row) {
        it(`${state} --${trigger}--> ${row.to}`, () => {
          const r = transitionDecision(decision, trigger, ctx);
          if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
          expect(r.decision.state).toBe(row.to);
          expect(r.events.map((e) => e.event_type)).toEqual(row.emits);
          expect(() => DecisionSchema.parse(r.decision)).not.toThrow();
          expect(r.decision.updated_at).toBe(NOW.toISOString());
          // Content is immutable: only state, review and updated_at move.
          const { state: _s, review: _r, updated_at: _u, ...content } = r.decision;
          const { state: _s0, review: _r0, updated_at: _u0, ...before } = decision;
          expect(content).toEqual(before);
          for (const draft of r.events) commitEvent(draft);
        });
      } else {
        it(`${state} --${trigger}--> is refused`, () => {
          const r = transitionDecision(decision, trigger, ctx);
          expect(r.ok).toBe(false);
          if (r.ok) return;
          expect(r.error).toEqual({
            kind: 'not_allowed',
            machine: 'decision',
            from: state,
            trigger,
            allowed: DECISION_TRANSITIONS.filter((x) => x.from === state).map((x) => x.trigger),
          });
        });
      }
    }
  }
});

describe('decision table shape', () => {
  it('holds every seed transition except REFUSED → ISSUED, which becomes a new decision', () => {
    const seed: [DecisionState, DecisionState][] = [
      ['ISSUED', 'FLAGGED_FOR_REVIEW'],
      ['ISSUED', 'REVISED'],
      ['REVISED', 'SUPERSEDED'],
      ['FLAGGED_FOR_REVIEW', 'REVIEWED'],
      ['REVIEWED', 'CORRECTED'],
      ['REVIEWED', 'CLOSED'],
    ];
    for (const [from, to] of seed) expect(DECISION_TRANSITIONS.some((r) => r.from === from && r.to === to)).toBe(true);
    expect(DECISION_TRANSITIONS.some((r) => r.from === 'REFUSED' && r.to === 'ISSUED')).toBe(false);
    expect(DECISION_TRANSITIONS.some((r) => r.from === 'REFUSED' && r.to === 'SUPERSEDED' && r.trigger === 'missing_inputs_supplied')).toBe(true);
  });
});

describe('decision events and guards', () => {
  it('publishing an issued draft records DECISION_ISSUED with its content', () => {
    const r = publishDecision(makeIssued('DRAFTED'), { now: NOW });
    if (!r.ok) throw new Error('refused');
    expect(r.decision.state).toBe('ISSUED');
    const e = commitEvent(r.events[0]!);
    expect(e).toMatchObject({
      event_type: 'DECISION_ISSUED',
      decision_id: DECISION_ID,
      payload: { outcome: 'wait', decision_type: 'timing_verdict', logic_version: 'rules_v1.3', confidence: 0.72 },
    });
  });

  it('publishing a refusal draft records DECISION_REFUSED with what is missing', () => {
    const r = publishDecision(makeRefusal('DRAFTED'), { now: NOW });
    if (!r.ok) throw new Error('refused');
    expect(r.decision.state).toBe('REFUSED');
    expect(commitEvent(r.events[0]!)).toMatchObject({ event_type: 'DECISION_REFUSED', payload: { reason: 'missing_inputs', missing_inputs: ['month'] } });
  });

  it('an outcome published with the wrong trigger is a guard failure', () => {
    const a = transitionDecision(makeRefusal('DRAFTED'), 'issued', { now: NOW });
    const b = transitionDecision(makeIssued('DRAFTED'), 'refused', { now: NOW });
    expect(!a.ok && a.error.kind).toBe('guard_failed');
    expect(!b.ok && b.error.kind).toBe('guard_failed');
  });

  it('flagging queues a review and raises a trust flag; flagging twice is refused', () => {
    const r = transitionDecision(makeIssued(), 'flagged', { now: NOW, flag: { reason_code: 'comms_failure', review_id: 'rev_01JFQ7F1A0000000000000000A' } });
    if (!r.ok) throw new Error('refused');
    expect(r.decision.review).toEqual({ needs_review: true, review_reason: 'comms_failure', review_status: 'queued' });
    expect(commitEvent(r.events[0]!)).toMatchObject({
      event_type: 'TRUST_FLAG_RAISED',
      payload: { reason_code: 'comms_failure', review_id: 'rev_01JFQ7F1A0000000000000000A' },
    });
    const again = transitionDecision(r.decision, 'flagged', { now: NOW, flag: { reason_code: 'comms_failure' } });
    expect(!again.ok && again.error.kind).toBe('not_allowed');
  });

  it('flagging without a reason code is missing context', () => {
    const r = transitionDecision(makeIssued(), 'flagged', { now: NOW });
    expect(!r.ok && r.error).toMatchObject({ kind: 'missing_context', field: 'flag' });
  });

  it('a refusal and an old superseded decision can be flagged (seed only names ISSUED)', () => {
    expect(transitionDecision(makeRefusal(), 'flagged', { now: NOW, flag: { reason_code: 'scope_failure' } }).ok).toBe(true);
    expect(transitionDecision(makeIssued('SUPERSEDED'), 'flagged', { now: NOW, flag: { reason_code: 'assumption_failure' } }).ok).toBe(true);
  });

  it('review flow: reviewed keeps needs_review until corrected or closed; closed can be reopened', () => {
    const flag = { reason_code: 'assumption_failure' };
    const f = transitionDecision(makeIssued(), 'flagged', { now: NOW, flag });
    if (!f.ok) throw new Error('refused');
    const rv = transitionDecision(f.decision, 'review_completed', { now: NOW });
    if (!rv.ok) throw new Error('refused');
    expect(rv.decision.review).toEqual({ needs_review: true, review_reason: 'assumption_failure', review_status: 'reviewed' });
    const corrected = transitionDecision(rv.decision, 'corrected', { now: NOW });
    expect(corrected.ok && corrected.decision.review).toEqual({ needs_review: false, review_reason: 'assumption_failure', review_status: 'corrected' });
    const closed = transitionDecision(rv.decision, 'closed_no_action', { now: NOW });
    if (!closed.ok) throw new Error('refused');
    expect(closed.decision.review.needs_review).toBe(false);
    const reopened = transitionDecision(closed.decision, 'flagged', { now: NOW, flag });
    expect(reopened.ok && reopened.decision.state).toBe('FLAGGED_FOR_REVIEW');
  });

  it('a changed verdict must be recorded as a reversal, pointing from the newer decision back', () => {
    const silent = transitionDecision(makeIssued(), 'superseded', { now: NOW, supersededBy: { decision_id: NEWER_DECISION_ID, outcome: 'book' } });
    expect(!silent.ok && silent.error.kind).toBe('guard_failed');
    const r = transitionDecision(makeIssued(), 'reversed', { now: NOW, supersededBy: { decision_id: NEWER_DECISION_ID, outcome: 'book' } });
    if (!r.ok) throw new Error('refused');
    expect(commitEvent(r.events[0]!)).toMatchObject({
      event_type: 'DECISION_REVERSED',
      decision_id: NEWER_DECISION_ID,
      payload: { previous_decision_id: DECISION_ID, from_outcome: 'wait', to_outcome: 'book' },
    });
  });

  it('a verdict replaced by a refusal is superseded, not reversed', () => {
    const by = { decision_id: NEWER_DECISION_ID, outcome: 'refused' as const };
    expect(transitionDecision(makeIssued(), 'reversed', { now: NOW, supersededBy: by }).ok).toBe(false);
    expect(transitionDecision(makeIssued(), 'superseded', { now: NOW, supersededBy: by }).ok).toBe(true);
  });

  it('superseding needs the newer decision, and never itself', () => {
    const none = transitionDecision(makeIssued(), 'superseded', { now: NOW });
    expect(!none.ok && none.error).toMatchObject({ kind: 'missing_context', field: 'supersededBy' });
    const self = transitionDecision(makeIssued(), 'superseded', { now: NOW, supersededBy: { decision_id: DECISION_ID, outcome: 'wait' } });
    expect(!self.ok && self.error.kind).toBe('guard_failed');
  });

  it('missing_inputs_supplied only answers a refusal for missing inputs', () => {
    const by = { decision_id: NEWER_DECISION_ID, outcome: 'book' as const };
    expect(transitionDecision(makeRefusal('REFUSED', 'out_of_scope'), 'missing_inputs_supplied', { now: NOW, supersededBy: by }).ok).toBe(false);
    expect(transitionDecision(makeRefusal('REFUSED', 'missing_inputs'), 'missing_inputs_supplied', { now: NOW, supersededBy: by }).ok).toBe(true);
  });
});
