import type { Decision, DecisionContent } from '../../domain/entities/decision';
import type { DomainEvent } from '../../domain/entities/event';
import type { Itinerary, ItineraryDraft } from '../../domain/entities/itinerary';
import type { Lead } from '../../domain/entities/lead';
import { ItineraryBriefSchema, itineraryBrief, type ItineraryBrief, type TranscriptMessage } from '../../domain/entities/message';
import type { Session } from '../../domain/entities/session';
import { leadIdForSession, type IdGenerator } from '../../domain/ids';
import type { DecideResult } from '../../domain/rules/types';
import type { EventDraft } from '../../domain/state-machines';
import type { TripInputs } from '../../domain/trip-inputs';
import type { MessageDialogue } from '../../domain/dialogue';
import { EXTRACT_TOOL_NAME } from '../extract-tool';
import type { ExtractOutcome } from './extract-inputs';
import type { GuardVerdict } from './guard';
import type { HeldRefusal } from './held-refusal';
import { issueDecision, retireStanding } from './plan-decision';
import { moveLead } from './plan-lead';
import type { CommitTurnInput, TurnContext } from '../../domain/ports/turn-store';

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
  /**
   * The decision answers the message without becoming the standing trip decision: a
   * welcome, or a question asked before any decision (src/agent/dialogue).
   */
  answerOnly?: boolean;
  /** The dialogue act the reply answered, recorded on the reply (and the session keeps its language). */
  dialogue?: MessageDialogue;
  /** The refusal that still stands after this turn (held-refusal.ts); absent: none, and any earlier one is released. */
  held?: HeldRefusal;
}

export interface TurnPlan {
  commit: CommitTurnInput;
  decision: Decision;
  itinerary?: Itinerary;
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

/** The events every turn records first: the tool call, and the session's first engagement. */
export function toolEvents(p: Pick<PlanTurnInput, 'extraction' | 'guard' | 'inbound'>, session: Session): EventDraft[] {
  const refs = { traveler_id: session.traveler_id, session_id: session.session_id };
  const events: EventDraft[] = [
    { event_type: 'TOOL_STARTED', ...refs, payload: { tool: EXTRACT_TOOL_NAME, model: p.extraction.model } },
    {
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
    },
  ];
  if (!session.engagement.engaged) {
    events.push({ event_type: 'ENGAGED', ...refs, payload: { channel: session.channel, first_message_id: p.inbound.message_id } });
  }
  return events;
}

/** The itinerary-generated event of a book decision. */
function itineraryEvent(session: Session, decision: Decision, itinerary: Itinerary, lead: Lead | undefined): EventDraft {
  return {
    event_type: 'ITINERARY_GENERATED',
    traveler_id: session.traveler_id,
    session_id: session.session_id,
    decision_id: decision.decision_id,
    itinerary_id: itinerary.itinerary_id,
    ...(lead ? { lead_id: lead.lead_id } : {}),
    payload: { itinerary_id: itinerary.itinerary_id, duration_days: itinerary.duration_days, stops: itinerary.route.map((s) => s.destination_id) },
  };
}

/** Step "reply": the outbound message, stored as the neutral record any channel can deliver. */
export function replyMessage(p: PlanTurnInput, messageId: string, decision: Decision, itinerary: Itinerary | undefined, lead: Lead | undefined): TranscriptMessage {
  const session = p.context.session;
  const text = p.render(decision, itinerary);
  return {
    message_id: messageId,
    tenant_id: session.tenant_id,
    session_id: session.session_id,
    traveler_id: session.traveler_id,
    ...(lead ? { lead_id: lead.lead_id } : {}),
    channel: session.channel,
    direction: 'outbound',
    text,
    created_at: p.now.toISOString(),
    reply_to: p.inbound.message_id,
    decision_id: decision.decision_id,
    allowed: !p.guard.signal,
    delivery: 'pending',
    ...(itinerary ? { itinerary: itineraryBrief(itinerary) } : p.result.kind === 'unchanged' ? standingItinerary(p.context, decision.decision_id) : {}),
    meta: { model: p.extraction.model, processing_ms: p.extraction.duration_ms },
    ...(p.dialogue ? { dialogue: p.dialogue } : {}),
  };
}

/** The places of a new standing decision's plan, for the session (`plan_places`). */
function plannedPlaces(itinerary: Itinerary | undefined): Pick<Session, 'plan_places'> {
  const places = [...new Set(itinerary?.route.map((stop) => stop.destination_id) ?? [])];
  return places.length ? { plan_places: places } : {};
}

/**
 * Step "session": the session after the turn. Only a new trip decision becomes its
 * standing decision (a guarded refusal or a re-sent one does not).
 */
export function nextSession(p: PlanTurnInput, decision: Decision, lead: Lead | undefined, tripDecision: boolean, itinerary?: Itinerary): Session {
  const { held_refusal: _released, plan_places: planned, ...session } = p.context.session;
  // A new standing decision replaces the plan's places (none when it has no plan); any other turn keeps them.
  const places = tripDecision ? plannedPlaces(itinerary) : planned ? { plan_places: planned } : {};
  const now = p.now.toISOString();
  return {
    ...session,
    ...places,
    ...(p.held ? { held_refusal: p.held } : {}),
    updated_at: now,
    ...(lead ? { lead_id: lead.lead_id } : {}),
    trip_inputs: p.inputs,
    ...(p.dialogue ? { language: p.dialogue.language } : {}),
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
}

/**
 * Step "transition" of a turn: from the extraction and the verdict, everything the turn
 * commits — the decision (published through the decision machine), the superseded one,
 * the itinerary, the lead moved through its machine, the session, the outbound message
 * and every event — as one plan for one transaction. Pure: ids and time are injected.
 */
export function planTurn(p: PlanTurnInput): TurnPlan {
  const session = p.context.session;
  const drafts = toolEvents(p, session);
  // A guarded refusal (out of scope, unsafe, abuse) or a welcome answers this message
  // only: it neither supersedes the trip decision nor moves the lead.
  const tripTurn = !p.guard.signal && !p.answerOnly;
  let decision: Decision;
  let itinerary: Itinerary | undefined;
  let supersede: CommitTurnInput['supersede'];
  let lead = p.context.lead;
  let leadExpected: number | null = lead ? lead.version : null;

  if (p.result.kind === 'unchanged') {
    decision = p.result.decision;
    if (lead) lead = { ...lead, last_activity_at: p.now.toISOString(), updated_at: p.now.toISOString() };
  } else {
    const issued = issueDecision({
      now: p.now,
      ids: p.ids,
      session,
      result: p.result,
      extraction: p.extraction,
      guard: p.guard,
      leadId: session.lead_id ?? leadIdForSession(session.session_id),
      onLead: Boolean(lead) || (tripTurn && Object.keys(p.inputs).length > 0),
      ...(tripTurn && p.standing ? { supersedes: p.standing.decision_id } : {}),
    });
    decision = issued.decision;
    itinerary = issued.itinerary;
    if (tripTurn && p.standing) {
      const retired = retireStanding(p.standing, decision, p.inputsChanged, p.now);
      supersede = retired.supersede;
      drafts.push(...retired.events);
    }
    const moved = moveLead({ now: p.now, session, ...(lead ? { lead } : {}), decision, hasItinerary: Boolean(itinerary), tripTurn, inputs: p.inputs, inputsChanged: p.inputsChanged });
    lead = moved.lead;
    leadExpected = moved.expectedVersion;
    drafts.push(...moved.events, ...issued.events);
    if (itinerary) drafts.push(itineraryEvent(session, decision, itinerary, lead));
  }

  const outbound = replyMessage(p, p.ids('msg'), decision, itinerary, lead);
  const next = nextSession(p, decision, lead, tripTurn && p.result.kind !== 'unchanged', itinerary);
  // Typed drafts from the state machines; the store validates every record it writes.
  const now = p.now.toISOString();
  const events = drafts.map((d) => ({ ...d, event_id: p.ids('evt'), tenant_id: session.tenant_id, created_at: now }) as DomainEvent);

  return {
    commit: {
      tenant_id: session.tenant_id,
      session: { next, expectedVersion: session.version },
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
