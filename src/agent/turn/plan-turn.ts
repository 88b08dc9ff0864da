import type { Decision, DecisionContent } from '../../domain/entities/decision';
import type { DomainEvent } from '../../domain/entities/event';
import type { Itinerary, ItineraryDraft } from '../../domain/entities/itinerary';
import type { Lead } from '../../domain/entities/lead';
import { ItineraryBriefSchema, itineraryBrief, type ItineraryBrief, type TranscriptMessage } from '../../domain/entities/message';
import type { Session } from '../../domain/entities/session';
import { leadIdForSession, type IdGenerator } from '../../domain/ids';
import type { DecideResult } from '../../domain/rules/types';
import { applyDecisionToLead, publishDecision, supersedeDecision, type EventDraft } from '../../domain/state-machines';
import { addDays } from '../../domain/time';
import type { TripInputs } from '../../domain/trip-inputs';
import { EXTRACT_TOOL_NAME } from '../extract-tool';
import type { ExtractOutcome } from './extract-inputs';
import type { GuardVerdict } from './guard';
import type { CommitTurnInput, TurnContext } from '../../domain/ports/turn-store';

/** Days until the first follow-up of a lead told to wait. */
export const WAIT_FOLLOWUP_DAYS = 14;

export interface PlanTurnInput {
  now: Date;
  ids: IdGenerator;
  inbound: TranscriptMessage;
  context: TurnContext & { session: Session };
  /** The session's standing decision, when it has one. */
  standing?: Decision;
  extraction: ExtractOutcome;
  guard: GuardVerdict;
  /** The accumulated inputs after this message. */
  inputs: TripInputs;
  inputsChanged: boolean;
  /** The rules' answer, or the session's standing decision when nothing changed. */
  result: DecideResult | { kind: 'unchanged'; decision: Decision };
  render: (content: DecisionContent, itinerary?: ItineraryDraft) => string;
}

export interface TurnPlan {
  commit: CommitTurnInput;
  decision: Decision;
  itinerary?: Itinerary;
}

/** Thrown when a turn would break a state machine or a schema: a bug, never traveler input. */
export class TurnPlanError extends Error {
  override name = 'TurnPlanError';
}

/**
 * The itinerary brief the standing decision's last reply carried, to send it again with
 * it (read from the neutral record, or from the frame of a record stored before it).
 */
function standingItinerary(ctx: TurnContext, decisionId: string): { itinerary?: ItineraryBrief } {
  for (let i = ctx.recent.length - 1; i >= 0; i--) {
    const m = ctx.recent[i]!;
    if (m.direction !== 'outbound' || m.decision_id !== decisionId) continue;
    const itinerary = m.itinerary ?? ItineraryBriefSchema.safeParse(m.frame?.itinerary).data;
    if (itinerary) return { itinerary };
  }
  return {};
}

function newLead(session: Session, now: string): Lead {
  return {
    lead_id: session.lead_id ?? leadIdForSession(session.session_id),
    tenant_id: session.tenant_id,
    traveler_id: session.traveler_id,
    channel: session.channel,
    created_at: now,
    updated_at: now,
    lead_state: 'NEW',
    state_reason: 'STATE_REASON.INQUIRY_STARTED',
    intent: { destinations_considered: [], travel_dates: {}, constraints: {} },
    objections: [],
    priority_score: 0,
    last_activity_at: now,
    version: 0,
  };
}

/** What the lead records of the traveler's intent, from the accumulated inputs. */
function withIntent(lead: Lead, inputs: TripInputs): Lead {
  const budget =
    inputs.budget_amount !== undefined
      ? { max: inputs.budget_amount, ...(inputs.budget_currency ? { currency: inputs.budget_currency } : {}) }
      : undefined;
  return {
    ...lead,
    intent: {
      destinations_considered: inputs.destinations ?? [],
      travel_dates: {
        ...(inputs.start_date ? { start: inputs.start_date } : {}),
        ...(inputs.end_date ? { end: inputs.end_date } : {}),
        ...(inputs.month ? { month: inputs.month } : {}),
        ...(inputs.year ? { year: inputs.year } : {}),
      },
      ...(inputs.group_size ? { group_size: inputs.group_size } : {}),
      ...(inputs.traveler_type ? { style: inputs.traveler_type } : {}),
      ...(budget ? { budget_range: budget } : {}),
      constraints: {
        ...(inputs.drive_tolerance_hours !== undefined ? { drive_tolerance_hours: inputs.drive_tolerance_hours } : {}),
        ...(inputs.child_ages ? { child_ages: inputs.child_ages } : {}),
      },
    },
  };
}

/**
 * Step "transition" of a turn: from the extraction and the verdict, everything the turn
 * commits — the decision (published through the decision machine), the superseded one,
 * the itinerary, the lead moved through its machine, the session, the outbound message
 * and every event — as one plan for one transaction. Pure: ids and time are injected.
 */
export function planTurn(p: PlanTurnInput): TurnPlan {
  const now = p.now.toISOString();
  const session = p.context.session;
  const drafts: EventDraft[] = [];
  const refs = { traveler_id: session.traveler_id, session_id: session.session_id };

  drafts.push({ event_type: 'TOOL_STARTED', ...refs, payload: { tool: EXTRACT_TOOL_NAME, model: p.extraction.model } });
  drafts.push({
    event_type: 'TOOL_COMPLETED',
    ...refs,
    payload: {
      tool: EXTRACT_TOOL_NAME,
      model: p.extraction.model,
      ok: p.extraction.ok,
      duration_ms: p.extraction.duration_ms,
      fields: Object.keys(p.extraction.extraction),
      safety_flags: [...p.extraction.safety_flags, ...p.guard.flags],
    },
  });
  if (!session.engagement.engaged) {
    drafts.push({ event_type: 'ENGAGED', ...refs, payload: { channel: session.channel, first_message_id: p.inbound.message_id } });
  }

  // A guarded refusal (out of scope, unsafe, abuse) answers this message only: it neither
  // supersedes the trip decision nor moves the lead.
  const tripTurn = !p.guard.signal;
  let decision: Decision;
  let itinerary: Itinerary | undefined;
  let supersede: CommitTurnInput['supersede'];
  const standing = p.standing;
  const hasInputs = Object.keys(p.inputs).length > 0;

  let lead = p.context.lead;
  let leadExpected: number | null = lead ? lead.version : null;
  const leadId = session.lead_id ?? leadIdForSession(session.session_id);

  if (p.result.kind === 'unchanged') {
    decision = p.result.decision;
  } else {
    const decisionId = p.ids('dec');
    const content = p.result.content;
    const draftItinerary = p.result.kind === 'issued' ? p.result.itinerary : undefined;
    if (draftItinerary) {
      itinerary = {
        ...draftItinerary,
        itinerary_id: p.ids('itin'),
        tenant_id: session.tenant_id,
        traveler_id: session.traveler_id,
        lead_id: leadId,
        decision_id: decisionId,
        created_at: now,
        updated_at: now,
        artifact_links: {},
        version: 1,
      };
    }
    const willHaveLead = Boolean(lead) || (tripTurn && hasInputs);
    const draft: Decision = {
      ...content,
      decision_id: decisionId,
      tenant_id: session.tenant_id,
      traveler_id: session.traveler_id,
      session_id: session.session_id,
      ...(willHaveLead ? { lead_id: leadId } : {}),
      created_at: now,
      updated_at: now,
      state: 'DRAFTED',
      ai_used: p.extraction.ai_used,
      ai_trace: { model: p.extraction.model, prompt_version: p.extraction.prompt_version, safety_flags: [...p.extraction.safety_flags, ...p.guard.flags] },
      ...(tripTurn && standing ? { supersedes_decision_id: standing.decision_id } : {}),
      linked_entities: itinerary ? { itinerary_id: itinerary.itinerary_id } : {},
      review: { needs_review: false, review_reason: null, review_status: 'none' },
    };
    const published = publishDecision(draft, { now: p.now });
    if (!published.ok) throw new TurnPlanError(`decision ${published.error.kind}: ${JSON.stringify(published.error)}`);
    decision = published.decision;

    if (tripTurn && standing && standing.decision_id !== decision.decision_id) {
      const retired = supersedeDecision(standing, { decision_id: decision.decision_id, outcome: decision.verdict.outcome, inputsChanged: p.inputsChanged }, p.now);
      // A decision in the review flow keeps its state: staff own it now.
      if (retired.ok && retired.decision.state !== standing.state) {
        supersede = { decision_id: standing.decision_id, new_state: retired.decision.state as 'SUPERSEDED' | 'REVISED' };
        drafts.push(...retired.events);
      }
    }

    // The lead is created with the first trip inputs, and moves with each trip decision.
    if (!lead && tripTurn && hasInputs) {
      lead = newLead(session, now);
      leadExpected = null;
      drafts.push({ event_type: 'LEAD_CREATED', ...refs, lead_id: lead.lead_id, payload: { channel: session.channel, lead_state: 'NEW' } });
    }
    if (lead) {
      const moved = applyDecisionToLead(
        lead,
        { outcome: tripTurn ? decision.verdict.outcome : 'refused', hasItinerary: Boolean(itinerary), inputsChanged: p.inputsChanged },
        {
          now: p.now,
          decisionId: decision.decision_id,
          sessionId: session.session_id,
          ...(decision.verdict.outcome === 'wait' ? { nextActionAt: addDays(p.now, WAIT_FOLLOWUP_DAYS) } : {}),
        },
      );
      if (!moved.ok) throw new TurnPlanError(`lead ${moved.error.kind}: ${JSON.stringify(moved.error)}`);
      lead = withIntent(moved.lead, p.inputs);
      drafts.push(...moved.events.map((e) => ({ ...e, lead_id: lead!.lead_id })));
    }
    drafts.push(...published.events.map((e) => ({ ...e, ...(decision.lead_id ? { lead_id: decision.lead_id } : {}) })));
    if (itinerary) {
      drafts.push({
        event_type: 'ITINERARY_GENERATED',
        ...refs,
        decision_id: decision.decision_id,
        itinerary_id: itinerary.itinerary_id,
        ...(lead ? { lead_id: lead.lead_id } : {}),
        payload: { itinerary_id: itinerary.itinerary_id, duration_days: itinerary.duration_days, stops: itinerary.route.map((s) => s.destination_id) },
      });
    }
  }
  if (lead && p.result.kind === 'unchanged') lead = { ...lead, last_activity_at: now, updated_at: now };

  const text = p.render(decision, itinerary);
  const messageId = p.ids('msg');
  const outbound: TranscriptMessage = {
    message_id: messageId,
    tenant_id: session.tenant_id,
    session_id: session.session_id,
    traveler_id: session.traveler_id,
    ...(lead ? { lead_id: lead.lead_id } : {}),
    channel: session.channel,
    direction: 'outbound',
    text,
    created_at: now,
    reply_to: p.inbound.message_id,
    decision_id: decision.decision_id,
    allowed: !p.guard.signal,
    delivery: 'pending',
    ...(itinerary ? { itinerary: itineraryBrief(itinerary) } : p.result.kind === 'unchanged' ? standingItinerary(p.context, decision.decision_id) : {}),
    meta: { model: p.extraction.model, processing_ms: p.extraction.duration_ms },
  };

  const tripDecision = tripTurn && p.result.kind !== 'unchanged';
  const nextSession: Session = {
    ...session,
    updated_at: now,
    ...(lead ? { lead_id: lead.lead_id } : {}),
    trip_inputs: p.inputs,
    ...(tripDecision
      ? {
          last_decision_id: decision.decision_id,
          last_decision: {
            decision_id: decision.decision_id,
            state: decision.state,
            outcome: decision.verdict.outcome,
            ...(decision.refusal ? { refusal_reason: decision.refusal.reason } : {}),
          },
        }
      : {}),
    outcome: { decision_outcome: decision.verdict.outcome, decision_id: decision.decision_id },
    engagement: session.engagement.engaged ? session.engagement : { engaged: true, engaged_at: now },
    last_inbound_at: p.inbound.created_at,
    turn_count: session.turn_count + 1,
    version: session.version + 1,
  };

  // Typed drafts from the state machines; the store validates every record it writes.
  const events = drafts.map((d) => ({ ...d, event_id: p.ids('evt'), tenant_id: session.tenant_id, created_at: now }) as DomainEvent);

  return {
    commit: {
      tenant_id: session.tenant_id,
      session: { next: nextSession, expectedVersion: session.version },
      ...(lead ? { lead: { next: lead, expectedVersion: leadExpected } } : {}),
      outbound,
      ...(p.result.kind !== 'unchanged' ? { decision } : {}),
      ...(supersede ? { supersede } : {}),
      ...(itinerary ? { itinerary } : {}),
      events,
      dedupe: { channel: p.inbound.channel, channel_message_id: p.inbound.channel_message_id! },
    },
    decision,
    ...(itinerary ? { itinerary } : {}),
  };
}
