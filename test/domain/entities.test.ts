import { describe, expect, it } from 'vitest';
import decisionExample from '../fixtures/seed000/decision-example.json';
import leadEventExample from '../fixtures/seed000/lead-state-event.json';
import {
  DecisionSchema,
  EVENT_PAYLOADS,
  EVENT_TYPES,
  EventSchema,
  LeadSchema,
  TranscriptMessageSchema,
} from '../../src/domain/entities';
import { sequentialIdGenerator, ulidIdGenerator, idSchema } from '../../src/domain/ids';

// Seed 000's example records, with ids in our `<prefix>_<ULID>` format, a tenant id,
// and the snapshot written in TripInputs terms (month 2 for "February", priorities[]).
describe('seed 000 example records', () => {
  it('the example decision parses as a Decision', () => {
    const d = DecisionSchema.parse(decisionExample);
    expect(d.verdict.outcome).toBe('wait');
    expect(d.inputs_snapshot.month).toBe(2);
    expect(d.assumptions).toHaveLength(2);
  });

  it('the example lead state change parses as an Event with its typed payload', () => {
    const e = EventSchema.parse(leadEventExample);
    expect(e.event_type).toBe('LEAD_STATE_CHANGED');
    if (e.event_type !== 'LEAD_STATE_CHANGED') throw new Error('narrowing');
    expect(e.payload.to).toBe('WAITING');
  });

  it('an event whose payload does not fit its type is rejected', () => {
    const bad = { ...leadEventExample, payload: { from: 'ASSESSING', to: 'NOWHERE', reason: 'x' } };
    expect(EventSchema.safeParse(bad).success).toBe(false);
    const wrongType = { ...leadEventExample, event_type: 'ITINERARY_GENERATED' };
    expect(EventSchema.safeParse(wrongType).success).toBe(false);
  });

  it("declares one payload schema for each of seed 000's 16 event types and the staff review event", () => {
    expect(EVENT_TYPES).toHaveLength(17);
    expect(EVENT_TYPES).toContain('REVIEW_STATUS_CHANGED');
    expect(Object.keys(EVENT_PAYLOADS).sort()).toEqual([...EVENT_TYPES].sort());
  });
});

describe('the decision doctrine is part of the schema', () => {
  it('rejects an issued decision without losses or change conditions', () => {
    const noLoss = { ...decisionExample, tradeoffs: { gains: ['x'], losses: [] } };
    expect(DecisionSchema.safeParse(noLoss).success).toBe(false);
    const noChange = { ...decisionExample, change_conditions: [] };
    expect(DecisionSchema.safeParse(noChange).success).toBe(false);
  });

  it('rejects a refusal that asks for more than 3 inputs or has no next action', () => {
    const refusal = {
      ...decisionExample,
      decision_type: 'refusal',
      state: 'REFUSED',
      verdict: { outcome: 'refused', headline: 'I need a little more to decide.', summary: 'Tell me when you travel.' },
      refusal: { reason: 'missing_inputs', missing_inputs: ['month'], next_action: 'Tell me the month you plan to travel.' },
    };
    expect(DecisionSchema.safeParse(refusal).success).toBe(true);
    const tooMany = { ...refusal, refusal: { ...refusal.refusal, missing_inputs: ['month', 'destinations', 'adults', 'budget_amount'] } };
    expect(DecisionSchema.safeParse(tooMany).success).toBe(false);
    const noBlock = { ...refusal, refusal: undefined };
    expect(DecisionSchema.safeParse(noBlock).success).toBe(false);
  });
});

describe('lead rules', () => {
  const lead = {
    lead_id: 'lead_01JFQ755B00000000000000000',
    tenant_id: 'demo',
    traveler_id: 'trav_01JFQ719C30000000000000000',
    channel: 'web',
    created_at: '2025-12-21T08:00:00Z',
    updated_at: '2025-12-21T08:10:00Z',
    lead_state: 'WAITING',
    state_reason: 'STATE_REASON.TIMING_NOT_OPTIMAL',
    last_activity_at: '2025-12-21T08:10:00Z',
    version: 1,
  };
  it('a WAITING lead needs next_action_at', () => {
    expect(LeadSchema.safeParse(lead).success).toBe(false);
    expect(LeadSchema.safeParse({ ...lead, next_action_at: '2026-01-20T09:00:00Z' }).success).toBe(true);
  });
  it('every lead has a state reason and last activity', () => {
    const { state_reason: _r, ...noReason } = lead;
    expect(LeadSchema.safeParse({ ...noReason, lead_state: 'NEW' }).success).toBe(false);
    const { last_activity_at: _l, ...noActivity } = lead;
    expect(LeadSchema.safeParse({ ...noActivity, lead_state: 'NEW' }).success).toBe(false);
  });
});

describe('ids', () => {
  it('production ids are <prefix>_<ULID> and sort in creation order', () => {
    const next = ulidIdGenerator(() => 1_700_000_000_000);
    const ids = Array.from({ length: 50 }, () => next('msg'));
    for (const id of ids) expect(idSchema('msg').safeParse(id).success).toBe(true);
    expect([...ids].sort()).toEqual(ids);
  });
  it('the test generator is deterministic and valid', () => {
    const a = sequentialIdGenerator();
    const b = sequentialIdGenerator();
    expect(a('dec')).toBe(b('dec'));
    expect(idSchema('dec').safeParse(a('dec')).success).toBe(true);
  });
  it('a transcript message rejects ids of the wrong kind', () => {
    const msg = {
      message_id: 'dec_01JFQ7F1A0000000000000000A',
      tenant_id: 'demo',
      session_id: 'sess_01JFQ7AA120000000000000000',
      channel: 'web',
      direction: 'inbound',
      text: 'hi',
      created_at: '2025-12-21T08:10:00Z',
    };
    expect(TranscriptMessageSchema.safeParse(msg).success).toBe(false);
    expect(TranscriptMessageSchema.safeParse({ ...msg, message_id: 'msg_01JFQ7F1A0000000000000000A' }).success).toBe(true);
  });
});
