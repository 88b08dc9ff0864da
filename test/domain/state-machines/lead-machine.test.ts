import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEAD_STATES, LEAD_STATES_NEEDING_NEXT_ACTION, LeadSchema, type LeadState } from '../../../src/domain/entities';
import {
  LEAD_MACHINE,
  LEAD_TRANSITIONS,
  LEAD_TRIGGERS,
  TRAVELER_ACTIVITY_TRIGGERS,
  transitionLead,
  type LeadTransitionContext,
  type LeadTrigger,
} from '../../../src/domain/state-machines';
import { DECISION_ID, EARLIER, NEXT_ACTION, NOW, SESSION_ID, commitEvent, makeLead } from './helpers';

const ctx: LeadTransitionContext = { now: NOW, reason: 'STATE_REASON.TEST', nextActionAt: NEXT_ACTION, decisionId: DECISION_ID, sessionId: SESSION_ID };

describe('lead machine: every (state, trigger) pair follows the table', () => {
  for (const state of LEAD_STATES) {
    for (const trigger of LEAD_TRIGGERS) {
      const row = LEAD_TRANSITIONS.find((r) => r.from === state && r.trigger === trigger);
      if (row) {
        it(`${state} --${trigger}--> ${row.to}`, () => {
          const lead = makeLead(state);
          const r = transitionLead(lead, trigger, ctx);
          if (!r.ok) throw new Error(`refused: ${JSON.stringify(r.error)}`);
          expect(r.lead.lead_state).toBe(row.to);
          expect(r.events.map((e) => e.event_type)).toEqual(row.emits);
          // Lead rules (seed 000): the result is a valid stored lead.
          expect(() => LeadSchema.parse(r.lead)).not.toThrow();
          expect(r.lead.state_reason).toBe('STATE_REASON.TEST');
          expect(r.lead.updated_at).toBe(NOW.toISOString());
          expect(r.lead.version).toBe(lead.version);
          const needsNext = LEAD_STATES_NEEDING_NEXT_ACTION.includes(row.to);
          expect(r.lead.next_action_at).toBe(needsNext ? NEXT_ACTION : undefined);
          expect('next_action_at' in r.lead).toBe(needsNext);
          expect(r.lead.last_activity_at).toBe(TRAVELER_ACTIVITY_TRIGGERS.has(trigger) ? NOW.toISOString() : EARLIER);
          for (const draft of r.events) {
            const event = commitEvent(draft);
            expect(event.lead_id).toBe(lead.lead_id);
            expect(event.decision_id).toBe(DECISION_ID);
            if (event.event_type === 'LEAD_STATE_CHANGED') {
              expect(event.payload).toEqual({
                from: state,
                to: row.to,
                reason: 'STATE_REASON.TEST',
                trigger,
                ...(needsNext ? { next_action_at: NEXT_ACTION } : {}),
              });
            }
            if (event.event_type === 'FOLLOWUP_SCHEDULED') {
              expect(event.payload).toEqual({ next_action_at: NEXT_ACTION, channel: 'web', reason: 'STATE_REASON.TEST' });
            }
          }
        });
      } else {
        it(`${state} --${trigger}--> is refused`, () => {
          const lead = makeLead(state);
          const r = transitionLead(lead, trigger, ctx);
          expect(r.ok).toBe(false);
          if (r.ok) return;
          expect(r.error).toEqual({
            kind: 'not_allowed',
            machine: 'lead',
            from: state,
            trigger,
            allowed: LEAD_TRANSITIONS.filter((x) => x.from === state).map((x) => x.trigger),
          });
        });
      }
    }
  }
});

describe('lead table shape', () => {
  it('holds every transition the seed names', () => {
    const seed: [LeadState, LeadState][] = [
      ['NEW', 'ASSESSING'],
      ['ASSESSING', 'PLAN_READY'],
      ['ASSESSING', 'WAITING'],
      ['ASSESSING', 'SWITCHED'],
      ['ASSESSING', 'DISCARDED'],
      ['PLAN_READY', 'BOOKED'],
      ['WAITING', 'ASSESSING'],
      ['DORMANT', 'ASSESSING'],
    ];
    for (const [from, to] of seed) expect(LEAD_TRANSITIONS.some((r) => r.from === from && r.to === to)).toBe(true);
  });

  it('a row that changes state records LEAD_STATE_CHANGED; a self-loop records none', () => {
    for (const r of LEAD_TRANSITIONS) expect(r.emits.includes('LEAD_STATE_CHANGED')).toBe(r.from !== r.to);
  });

  it('FOLLOWUP_SCHEDULED is emitted exactly when entering WAITING or DORMANT', () => {
    for (const r of LEAD_TRANSITIONS) {
      expect(r.emits.includes('FOLLOWUP_SCHEDULED')).toBe(r.from !== r.to && LEAD_STATES_NEEDING_NEXT_ACTION.includes(r.to));
    }
  });

  it('every state is reachable from NEW and none is a dead end', () => {
    const seen = new Set<LeadState>(['NEW']);
    const queue: LeadState[] = ['NEW'];
    while (queue.length) {
      const s = queue.shift() as LeadState;
      for (const r of LEAD_TRANSITIONS) if (r.from === s && !seen.has(r.to)) (seen.add(r.to), queue.push(r.to));
    }
    expect([...seen].sort()).toEqual([...LEAD_STATES].sort());
    for (const s of LEAD_STATES) expect(LEAD_TRANSITIONS.some((r) => r.from === s && r.to !== s)).toBe(true);
  });
});

describe('lead choices where the seed is silent', () => {
  const move = (state: LeadState, trigger: LeadTrigger, c: Partial<LeadTransitionContext> = {}) =>
    transitionLead(makeLead(state), trigger, { ...ctx, ...c });
  const target = (state: LeadState, trigger: LeadTrigger) => {
    const r = move(state, trigger);
    return r.ok ? r.lead.lead_state : r.error.kind;
  };

  it('a BOOKED lead never goes DORMANT: a customer is not a lead to recover', () => {
    expect(target('BOOKED', 'inactivity')).toBe('not_allowed');
  });

  it('a SUPPRESSED lead never goes DORMANT: dormancy schedules a contact we may not make', () => {
    expect(target('SUPPRESSED', 'inactivity')).toBe('not_allowed');
  });

  it('any lead, BOOKED included, can be suppressed; suppressing twice is refused', () => {
    for (const s of LEAD_STATES.filter((s) => s !== 'SUPPRESSED')) expect(target(s, 'opt_out')).toBe('SUPPRESSED');
    expect(target('SUPPRESSED', 'opt_out')).toBe('not_allowed');
  });

  it('opting back in (START) lifts suppression to ASSESSING', () => {
    expect(target('SUPPRESSED', 'opt_in')).toBe('ASSESSING');
  });

  it('a switched or discarded traveler who returns with new inputs is a live lead again', () => {
    expect(target('SWITCHED', 'new_inputs')).toBe('ASSESSING');
    expect(target('DISCARDED', 'new_inputs')).toBe('ASSESSING');
  });

  it('a plan-ready traveler who changes their inputs goes back to ASSESSING', () => {
    expect(target('PLAN_READY', 'new_inputs')).toBe('ASSESSING');
  });

  it('a refusal keeps an ASSESSING lead where it is and records no state change', () => {
    const r = move('ASSESSING', 'decision_refused');
    expect(r.ok && r.lead.lead_state).toBe('ASSESSING');
    expect(r.ok && r.events).toEqual([]);
    expect(r.ok && r.lead.last_activity_at).toBe(NOW.toISOString());
  });

  it('booking is only confirmed from PLAN_READY (staff API)', () => {
    for (const s of LEAD_STATES) expect(target(s, 'booking_confirmed')).toBe(s === 'PLAN_READY' ? 'BOOKED' : 'not_allowed');
  });

  it('the inactivity sweep does not make the lead look active', () => {
    const r = move('WAITING', 'inactivity');
    expect(r.ok && r.lead.last_activity_at).toBe(EARLIER);
  });

  it('entering WAITING without a follow-up date is a missing_context error', () => {
    const r = move('ASSESSING', 'decision_wait', { nextActionAt: undefined });
    expect(!r.ok && r.error).toMatchObject({ kind: 'missing_context', field: 'nextActionAt' });
    const bad = move('ASSESSING', 'decision_wait', { nextActionAt: 'next tuesday' });
    expect(!bad.ok && bad.error).toMatchObject({ kind: 'missing_context', field: 'nextActionAt' });
  });

  it('a follow-up date in the past is refused', () => {
    const r = move('NEW', 'inactivity', { nextActionAt: '2025-01-01T00:00:00.000Z' });
    expect(!r.ok && r.error.kind).toBe('guard_failed');
  });

  it('leaving WAITING clears next_action_at', () => {
    const r = move('WAITING', 'traveler_returned');
    expect(r.ok && 'next_action_at' in r.lead).toBe(false);
  });

  it('without a reason the trigger default is used; an over-long reason is refused', () => {
    const r = move('NEW', 'inputs_captured', { reason: undefined });
    expect(r.ok && r.lead.state_reason).toBe('STATE_REASON.INPUTS_CAPTURED');
    const long = move('NEW', 'inputs_captured', { reason: 'x'.repeat(81) });
    expect(!long.ok && long.error).toMatchObject({ kind: 'missing_context', field: 'reason' });
  });
});

describe('lead machine property: random walks keep the lead valid', () => {
  it('every accepted transition yields a lead LeadSchema accepts, and refusals change nothing', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LEAD_TRIGGERS), { maxLength: 30 }), (triggers) => {
        let lead = makeLead('NEW');
        for (const t of triggers) {
          const before = lead;
          const r = transitionLead(lead, t, ctx);
          if (r.ok) {
            LeadSchema.parse(r.lead);
            expect(r.lead.lead_state).toBe(LEAD_MACHINE.find(before.lead_state, t)?.to);
            lead = r.lead;
          } else {
            expect(LEAD_MACHINE.find(before.lead_state, t)).toBeUndefined();
          }
        }
      }),
    );
  });
});
