/**
 * Builders of valid, coherent records for store tests and the store benchmark: a
 * traveler, session, lead, messages, decisions and events of one tenant, with ids from
 * a ULID generator and times from a clock that advances one second per record.
 */
import type { Decision } from '../../src/domain/entities/decision';
import type { DomainEvent } from '../../src/domain/entities/event';
import type { Itinerary } from '../../src/domain/entities/itinerary';
import type { Lead, LeadState } from '../../src/domain/entities/lead';
import type { TranscriptMessage } from '../../src/domain/entities/message';
import type { ReviewItem } from '../../src/domain/entities/review';
import type { Session } from '../../src/domain/entities/session';
import type { Traveler } from '../../src/domain/entities/traveler';
import { ulidIdGenerator, type IdGenerator } from '../../src/domain/ids';
import type { CommitTurnInput, StoreInboundInput } from '../../src/store/turn-store';

export function recordFactory(tenant_id = 'demo', start = '2026-03-01T08:00:00.000Z') {
  let t = new Date(start).getTime();
  const ids: IdGenerator = ulidIdGenerator(() => t);
  const tick = (): string => new Date((t += 1000)).toISOString();

  const traveler = (over: Partial<Traveler> = {}): Traveler => {
    const at = tick();
    return {
      traveler_id: ids('trav'),
      tenant_id,
      created_at: at,
      updated_at: at,
      status: 'active',
      contact: {},
      locale: 'en',
      consent: { marketing_opt_in: false, data_processing_opt_in: true },
      profile: {},
      ...over,
    };
  };

  const session = (trav: Traveler, over: Partial<Session> = {}): Session => {
    const at = tick();
    return {
      session_id: ids('sess'),
      tenant_id,
      created_at: at,
      updated_at: at,
      traveler_id: trav.traveler_id,
      channel: 'web',
      entry: { source: 'direct' },
      engagement: { engaged: false },
      outcome: { decision_outcome: 'none' },
      technical: {},
      trip_inputs: {},
      turn_count: 0,
      version: 0,
      ...over,
    };
  };

  const lead = (trav: Traveler, over: Partial<Lead> = {}): Lead => {
    const at = tick();
    return {
      lead_id: ids('lead'),
      tenant_id,
      created_at: at,
      updated_at: at,
      traveler_id: trav.traveler_id,
      channel: 'web',
      lead_state: 'NEW',
      state_reason: 'STATE_REASON.NEW',
      intent: { destinations_considered: [], travel_dates: {}, constraints: {} },
      objections: [],
      priority_score: 0,
      last_activity_at: at,
      version: 0,
      ...over,
    } as Lead;
  };

  const inbound = (sess: Session, text: string, over: Partial<TranscriptMessage> = {}): TranscriptMessage => ({
    message_id: ids('msg'),
    tenant_id,
    session_id: sess.session_id,
    traveler_id: sess.traveler_id,
    channel: sess.channel,
    direction: 'inbound',
    text,
    created_at: tick(),
    channel_message_id: `c-${Math.random().toString(36).slice(2, 12)}`,
    ...over,
  });

  const decision = (sess: Session, over: Partial<Decision> = {}): Decision => {
    const at = tick();
    return {
      decision_id: ids('dec'),
      tenant_id,
      created_at: at,
      updated_at: at,
      traveler_id: sess.traveler_id,
      session_id: sess.session_id,
      ...(sess.lead_id ? { lead_id: sess.lead_id } : {}),
      state: 'ISSUED',
      decision_type: 'timing_verdict',
      verdict: { outcome: 'wait', headline: 'Wait for July.', summary: 'The migration reaches the Mara in July.' },
      assumptions: [{ id: 'a1', text: 'You can move your dates.', confidence: 0.8 }],
      tradeoffs: { gains: ['River crossings'], losses: ['Higher prices'] },
      change_conditions: ['If your dates are fixed, we would switch parks.'],
      confidence: 0.7,
      inputs_snapshot: { destinations: ['masai_mara'], month: 3 },
      logic_version: 'rules_v1.0',
      ai_used: true,
      ai_trace: { model: 'local', prompt_version: 'extract_v1', safety_flags: [] },
      linked_entities: {},
      review: { needs_review: false, review_reason: null, review_status: 'none' },
      ...over,
    } as Decision;
  };

  const outbound = (inb: TranscriptMessage, dec: Decision, over: Partial<TranscriptMessage> = {}): TranscriptMessage => ({
    message_id: ids('msg'),
    tenant_id,
    session_id: inb.session_id,
    ...(inb.traveler_id ? { traveler_id: inb.traveler_id } : {}),
    channel: inb.channel,
    direction: 'outbound',
    text: `${dec.verdict.headline} ${dec.verdict.summary}`,
    created_at: tick(),
    reply_to: inb.message_id,
    decision_id: dec.decision_id,
    delivery: 'pending',
    ...over,
  });

  const event = (type: 'DECISION_ISSUED' | 'SESSION_STARTED' | 'LEAD_STATE_CHANGED', refs: { session?: Session; lead?: Lead; decision?: Decision }, at = tick()): DomainEvent => {
    const base = {
      event_id: ids('evt'),
      tenant_id,
      created_at: at,
      ...(refs.session ? { session_id: refs.session.session_id, traveler_id: refs.session.traveler_id } : {}),
      ...(refs.lead ? { lead_id: refs.lead.lead_id } : {}),
      ...(refs.decision ? { decision_id: refs.decision.decision_id } : {}),
    };
    if (type === 'SESSION_STARTED') return { ...base, event_type: type, payload: { channel: 'web', resumed: false } };
    if (type === 'LEAD_STATE_CHANGED') return { ...base, event_type: type, payload: { from: 'NEW', to: 'ASSESSING', reason: 'engaged' } };
    return {
      ...base,
      event_type: 'DECISION_ISSUED',
      payload: { outcome: 'wait', decision_type: 'timing_verdict', logic_version: 'rules_v1.0', confidence: 0.7 },
    };
  };

  const itinerary = (dec: Decision): Itinerary => {
    const at = tick();
    return {
      itinerary_id: ids('itin'),
      tenant_id,
      created_at: at,
      updated_at: at,
      traveler_id: dec.traveler_id,
      decision_id: dec.decision_id,
      title: 'Mara in July',
      duration_days: 3,
      pace: 'balanced',
      route: [{ destination_id: 'masai_mara', name: 'Maasai Mara', nights: 3, lodging_tier: 'fair_value', drive_hours_in: 5, transfer: 'road' }],
      lodging_tiers: ['fair_value'],
      daily_plan: [{ day: 1, destination_id: 'masai_mara', summary: 'Drive in, evening game drive.', drive_hours: 5 }],
      assumptions: ['Road transfer from Nairobi'],
      risks: ['Crowds at crossings'],
      inclusions: ['Park fees'],
      exclusions: ['Flights'],
      artifact_links: {},
      version: 1,
    };
  };

  const review = (dec: Decision, over: Partial<ReviewItem> = {}): ReviewItem => {
    const at = tick();
    return {
      review_id: ids('rev'),
      tenant_id,
      created_at: at,
      updated_at: at,
      decision_id: dec.decision_id,
      status: 'queued',
      reason_code: 'assumption_failure',
      notes: '',
      resolution: {},
      ...over,
    };
  };

  /**
   * A whole turn: the inbound to store first, and the commit that follows it. The
   * session and lead are advanced from `state` (whose versions are the expected ones).
   */
  const turn = (
    state: { session: Session; lead?: Lead; sessionIsNew?: boolean; leadIsNew?: boolean },
    text = 'We want the Mara in March',
    leadState: LeadState = 'ASSESSING',
  ) => {
    const inb = inbound(state.session, text);
    const dec = decision(state.session);
    const out = outbound(inb, dec);
    const at = out.created_at;
    const nextSession: Session = { ...state.session, updated_at: at, last_decision_id: dec.decision_id, turn_count: state.session.turn_count + 1 };
    const nextLead: Lead | undefined = state.lead ? { ...state.lead, updated_at: at, last_activity_at: at, lead_state: leadState, last_decision_id: dec.decision_id } : undefined;
    const storeInput: StoreInboundInput = { tenant_id, channel: inb.channel, channel_message_id: inb.channel_message_id!, message: inb };
    const commitInput: CommitTurnInput = {
      tenant_id,
      session: { next: nextSession, expectedVersion: state.sessionIsNew ? null : state.session.version },
      ...(nextLead && state.lead ? { lead: { next: nextLead, expectedVersion: state.leadIsNew ? null : state.lead.version } } : {}),
      outbound: out,
      decision: dec,
      events: [event('DECISION_ISSUED', { session: state.session, ...(state.lead ? { lead: state.lead } : {}), decision: dec })],
      dedupe: { channel: inb.channel, channel_message_id: inb.channel_message_id! },
    };
    return { inbound: inb, decision: dec, outbound: out, storeInput, commitInput };
  };

  return { ids, tick, traveler, session, lead, inbound, decision, outbound, event, itinerary, review, turn, tenant_id };
}

export type RecordFactory = ReturnType<typeof recordFactory>;
