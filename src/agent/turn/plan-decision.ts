import type { Decision } from '../../domain/entities/decision';
import type { Itinerary } from '../../domain/entities/itinerary';
import type { Session } from '../../domain/entities/session';
import type { IdGenerator } from '../../domain/ids';
import type { DecideResult } from '../../domain/rules/types';
import { publishDecision, supersedeDecision, type EventDraft } from '../../domain/state-machines';
import type { CommitTurnInput } from '../../domain/ports/turn-store';
import type { ExtractOutcome } from './extract-inputs';
import type { GuardVerdict } from './guard';
import { TurnPlanError } from './plan-lead';

export interface IssueInput {
  now: Date;
  ids: IdGenerator;
  session: Session;
  /** The rules' answer. */
  result: DecideResult;
  extraction: ExtractOutcome;
  guard: GuardVerdict;
  /** The session's lead id (its lead exists, or would be created with it). */
  leadId: string;
  /** Whether the decision belongs to the lead (the session has one, or this trip turn creates it). */
  onLead: boolean;
  /** The decision a trip decision supersedes. */
  supersedes?: string;
}

export interface Issued {
  decision: Decision;
  itinerary?: Itinerary;
  /** The decision machine's events (publication). */
  events: EventDraft[];
}

/**
 * Step "issue": the rules' answer as a stored decision, published through the decision
 * machine (ISSUED or REFUSED), with its itinerary on book. Pure: ids and time injected.
 */
export function issueDecision(p: IssueInput): Issued {
  const now = p.now.toISOString();
  const { session } = p;
  const decisionId = p.ids('dec');
  const draftItinerary = p.result.kind === 'issued' ? p.result.itinerary : undefined;
  const itinerary: Itinerary | undefined = draftItinerary && {
    ...draftItinerary,
    itinerary_id: p.ids('itin'),
    tenant_id: session.tenant_id,
    traveler_id: session.traveler_id,
    lead_id: p.leadId,
    decision_id: decisionId,
    created_at: now,
    updated_at: now,
    artifact_links: {},
    version: 1,
  };
  const flags = [...p.extraction.safety_flags, ...p.guard.flags];
  const draft: Decision = {
    ...p.result.content,
    decision_id: decisionId,
    tenant_id: session.tenant_id,
    traveler_id: session.traveler_id,
    session_id: session.session_id,
    ...(p.onLead ? { lead_id: p.leadId } : {}),
    created_at: now,
    updated_at: now,
    state: 'DRAFTED',
    ai_used: p.extraction.ai_used,
    ai_trace: { model: p.extraction.model, prompt_version: p.extraction.prompt_version, safety_flags: flags, ...(p.extraction.tokens ? { tokens: p.extraction.tokens } : {}) },
    ...(p.supersedes ? { supersedes_decision_id: p.supersedes } : {}),
    linked_entities: itinerary ? { itinerary_id: itinerary.itinerary_id } : {},
    review: { needs_review: false, review_reason: null, review_status: 'none' },
  };
  const published = publishDecision(draft, { now: p.now });
  if (!published.ok) throw new TurnPlanError(`decision ${published.error.kind}: ${JSON.stringify(published.error)}`);
  const decision = published.decision;
  const events = published.events.map((e) => ({ ...e, ...(decision.lead_id ? { lead_id: decision.lead_id } : {}) }));
  return { decision, ...(itinerary ? { itinerary } : {}), events };
}

/**
 * Step "retire": the standing decision a new trip decision replaces goes SUPERSEDED (or
 * REVISED when the inputs stayed). A decision in the review flow keeps its state: staff
 * own it now, so nothing is written for it.
 */
export function retireStanding(standing: Decision, next: Decision, inputsChanged: boolean, now: Date): { supersede?: CommitTurnInput['supersede']; events: EventDraft[] } {
  if (standing.decision_id === next.decision_id) return { events: [] };
  const retired = supersedeDecision(standing, { decision_id: next.decision_id, outcome: next.verdict.outcome, inputsChanged }, now);
  if (!retired.ok || retired.decision.state === standing.state) return { events: [] };
  return { supersede: { decision_id: standing.decision_id, new_state: retired.decision.state as 'SUPERSEDED' | 'REVISED', from_state: standing.state }, events: retired.events };
}
