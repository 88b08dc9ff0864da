import { describe, expect, it } from 'vitest';
import { supersedeDecision } from '../../../src/domain/state-machines';
import { NEWER_DECISION_ID, NOW, commitEvent, makeIssued, makeRefusal } from './helpers';

const newer = (outcome: 'book' | 'wait' | 'refused', inputsChanged: boolean) => ({ decision_id: NEWER_DECISION_ID, outcome, inputsChanged });

describe('supersedeDecision', () => {
  it('changed inputs and a new verdict: ISSUED → REVISED → SUPERSEDED with a reversal', () => {
    const r = supersedeDecision(makeIssued(), newer('book', true), NOW);
    if (!r.ok) throw new Error('refused');
    expect(r.triggers).toEqual(['constraints_updated', 'reversed']);
    expect(r.decision.state).toBe('SUPERSEDED');
    expect(r.events.map((e) => commitEvent(e).event_type)).toEqual(['DECISION_REVERSED']);
  });

  it('same verdict on unchanged inputs: superseded directly, no reversal', () => {
    const r = supersedeDecision(makeIssued(), newer('wait', false), NOW);
    expect(r.ok && r.triggers).toEqual(['superseded']);
    expect(r.ok && r.events).toEqual([]);
  });

  it('a refusal answered with its missing inputs is superseded by missing_inputs_supplied', () => {
    const r = supersedeDecision(makeRefusal(), newer('book', true), NOW);
    expect(r.ok && r.triggers).toEqual(['missing_inputs_supplied']);
    expect(r.ok && r.decision.state).toBe('SUPERSEDED');
  });

  it('an out-of-scope refusal is simply superseded', () => {
    const r = supersedeDecision(makeRefusal('REFUSED', 'out_of_scope'), newer('book', true), NOW);
    expect(r.ok && r.triggers).toEqual(['superseded']);
  });

  it('a decision under review keeps its review state, and the reversal is still recorded', () => {
    const r = supersedeDecision(makeIssued('FLAGGED_FOR_REVIEW'), newer('book', true), NOW);
    expect(r.ok && r.decision.state).toBe('FLAGGED_FOR_REVIEW');
    expect(r.ok && r.events.map((e) => e.event_type)).toEqual(['DECISION_REVERSED']);
  });

  it('an already superseded decision cannot be superseded again', () => {
    const r = supersedeDecision(makeIssued('SUPERSEDED'), newer('book', true), NOW);
    expect(!r.ok && r.error.kind).toBe('not_allowed');
  });
});
