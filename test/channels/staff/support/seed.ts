/**
 * Seeds conversations as a turn stores them — traveler, session, lead, the transcript,
 * decisions made by the real rules (`decide`), and their events — through BatchWrite,
 * so tests and the staff bench get realistic records fast without running the model.
 */
import { BatchWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Channel } from '../../../../src/domain/entities/common';
import type { Decision, Outcome } from '../../../../src/domain/entities/decision';
import { EventSchema, type DomainEvent } from '../../../../src/domain/entities/event';
import type { Lead, LeadState } from '../../../../src/domain/entities/lead';
import type { TranscriptMessage } from '../../../../src/domain/entities/message';
import type { Session } from '../../../../src/domain/entities/session';
import type { Traveler } from '../../../../src/domain/entities/traveler';
import type { IdGenerator } from '../../../../src/domain/ids';
import { defaultPackIndex } from '../../../../src/domain/knowledge-pack/index-pack';
import { decide, LOGIC_VERSION, type GuardSignal } from '../../../../src/domain/rules';
import { isReversal } from '../../../../src/domain/state-machines/decision-machine';
import type { DestinationId, TripInputs } from '../../../../src/domain/trip-inputs';
import type { ReplayRules } from '../../../../src/channels/staff/context';
import type { Item, StoreContext } from '../../../../src/store/repository-kit';
import type { LogicalTable } from '../../../../src/store/tables';
import { decisionItem } from '../../../../src/store/repositories/decisions';
import { eventItem } from '../../../../src/store/repositories/events';
import { leadItem } from '../../../../src/store/repositories/leads';
import { messageItem } from '../../../../src/store/repositories/messages';
import { sessionItem } from '../../../../src/store/repositories/sessions';
import { travelerItem } from '../../../../src/store/repositories/travelers';

const pack = defaultPackIndex();

/** The production rules, as the staff app's replay takes them. */
export const productionRules: ReplayRules = { decide: (inputs, now, guard) => decide(inputs, pack, now, guard), logicVersion: LOGIC_VERSION };

export interface SeedTurn {
  text: string;
  /** The accumulated inputs after this turn. */
  inputs: TripInputs;
  guard?: GuardSignal;
}

export interface SeedConversation {
  tenantId: string;
  channel?: Channel;
  startedAt: string;
  /** Minutes between turns. */
  gapMinutes?: number;
  turns: SeedTurn[];
}

export interface SeededConversation {
  session: Session;
  lead?: Lead;
  traveler: Traveler;
  decisions: Decision[];
  messages: TranscriptMessage[];
  events: DomainEvent[];
}

const LEAD_STATE: Record<Outcome, LeadState> = { book: 'PLAN_READY', wait: 'WAITING', switch: 'SWITCHED', discard: 'DISCARDED', refused: 'ASSESSING' };

/** Builds one conversation's records (pure; nothing written). */
export function buildConversation(c: SeedConversation, ids: IdGenerator): SeededConversation {
  const channel = c.channel ?? 'web';
  const t0 = Date.parse(c.startedAt);
  const at = (minutes: number) => new Date(t0 + minutes * 60_000).toISOString();
  const sessionId = ids('sess');
  const leadId = `lead_${sessionId.slice(5)}`;
  const travelerId = ids('trav');
  const traveler: Traveler = {
    traveler_id: travelerId, tenant_id: c.tenantId, created_at: c.startedAt, updated_at: c.startedAt, status: 'active',
    contact: {}, locale: 'en', consent: { marketing_opt_in: false, data_processing_opt_in: false }, profile: {},
  };
  const events: DomainEvent[] = [];
  const event = (e: Record<string, unknown>) => events.push(EventSchema.parse({ event_id: ids('evt'), tenant_id: c.tenantId, traveler_id: travelerId, session_id: sessionId, ...e }));
  event({ created_at: c.startedAt, event_type: 'SESSION_STARTED', payload: { channel, resumed: false } });
  const decisions: Decision[] = [];
  const messages: TranscriptMessage[] = [];
  let planPlaces: DestinationId[] | undefined;
  c.turns.forEach((turn, i) => {
    const inAt = at(1 + i * (c.gapMinutes ?? 2));
    const outAt = new Date(Date.parse(inAt) + 1000).toISOString();
    const inbound: TranscriptMessage = { message_id: ids('msg'), tenant_id: c.tenantId, session_id: sessionId, traveler_id: travelerId, lead_id: leadId, channel, direction: 'inbound', text: turn.text, created_at: inAt, channel_message_id: `cm${i}` };
    const result = decide(turn.inputs, pack, new Date(outAt), turn.guard);
    planPlaces = result.kind === 'issued' ? result.itinerary?.route.map((s) => s.destination_id) : undefined;
    const previous = decisions[decisions.length - 1];
    const d: Decision = {
      ...result.content,
      decision_id: ids('dec'), tenant_id: c.tenantId, created_at: outAt, updated_at: outAt, traveler_id: travelerId, session_id: sessionId, lead_id: leadId,
      state: result.kind === 'refused' ? 'REFUSED' : 'ISSUED', ai_used: false, ai_trace: { model: 'local-extractor', prompt_version: 'prompt_extract_v1.0', safety_flags: [] },
      linked_entities: {}, review: { needs_review: false, review_reason: null, review_status: 'none' },
      ...(previous ? { supersedes_decision_id: previous.decision_id } : {}),
    };
    if (previous) {
      previous.state = 'SUPERSEDED';
      previous.updated_at = outAt;
      if (isReversal(previous.verdict.outcome, d.verdict.outcome)) {
        event({ created_at: outAt, event_type: 'DECISION_REVERSED', lead_id: leadId, decision_id: d.decision_id, payload: { previous_decision_id: previous.decision_id, from_outcome: previous.verdict.outcome, to_outcome: d.verdict.outcome } });
      }
    }
    decisions.push(d);
    if (d.refusal) event({ created_at: outAt, event_type: 'DECISION_REFUSED', lead_id: leadId, decision_id: d.decision_id, payload: { reason: d.refusal.reason, missing_inputs: d.refusal.missing_inputs, logic_version: d.logic_version } });
    else event({ created_at: outAt, event_type: 'DECISION_ISSUED', lead_id: leadId, decision_id: d.decision_id, payload: { outcome: d.verdict.outcome as Exclude<Outcome, 'refused'>, decision_type: d.decision_type, logic_version: d.logic_version, confidence: d.confidence } });
    const outbound: TranscriptMessage = { message_id: ids('msg'), tenant_id: c.tenantId, session_id: sessionId, traveler_id: travelerId, lead_id: leadId, channel, direction: 'outbound', text: `${d.verdict.headline} ${d.verdict.summary}`, created_at: outAt, reply_to: inbound.message_id, decision_id: d.decision_id, delivery: 'sent' };
    messages.push(inbound, outbound);
  });
  const last = decisions[decisions.length - 1];
  const lastAt = last?.created_at ?? c.startedAt;
  const lead: Lead | undefined = last
    ? {
        lead_id: leadId, tenant_id: c.tenantId, created_at: at(1), updated_at: lastAt, traveler_id: travelerId, channel,
        lead_state: LEAD_STATE[last.verdict.outcome], state_reason: 'STATE_REASON.SEEDED',
        intent: { destinations_considered: last.inputs_snapshot.destinations ?? [], travel_dates: {}, constraints: {} }, objections: [], priority_score: 0,
        last_activity_at: lastAt, ...(last.verdict.outcome === 'wait' ? { next_action_at: new Date(Date.parse(lastAt) + 30 * 86_400_000).toISOString() } : {}),
        last_decision_id: last.decision_id, version: decisions.length,
      }
    : undefined;
  const session: Session = {
    session_id: sessionId, tenant_id: c.tenantId, created_at: c.startedAt, updated_at: lastAt, traveler_id: travelerId, channel,
    ...(lead ? { lead_id: leadId } : {}),
    entry: { source: 'direct' }, engagement: c.turns.length ? { engaged: true, engaged_at: at(1) } : { engaged: false },
    outcome: last ? { decision_outcome: last.verdict.outcome, decision_id: last.decision_id } : { decision_outcome: 'none' },
    technical: {}, trip_inputs: last?.inputs_snapshot ?? {},
    ...(last ? { last_decision_id: last.decision_id, last_decision: { decision_id: last.decision_id, state: last.state, outcome: last.verdict.outcome, ...(last.refusal ? { refusal_reason: last.refusal.reason } : {}) } } : {}),
    turn_count: c.turns.length, version: c.turns.length,
    // The places of the standing decision's plan (a book's itinerary stops), as a turn sets them.
    ...(planPlaces ? { plan_places: planPlaces } : {}),
  };
  return { session, ...(lead ? { lead } : {}), traveler, decisions, messages, events };
}

/** The items of a conversation, by table. */
export function conversationItems(s: SeededConversation): [LogicalTable, Item][] {
  return [
    ['travelers', travelerItem(s.traveler)],
    ['sessions', { ...sessionItem(s.session), version: s.session.version }],
    ...(s.lead ? [['leads', { ...leadItem(s.lead), version: s.lead.version }] as [LogicalTable, Item]] : []),
    ...s.decisions.map((d): [LogicalTable, Item] => ['decisions', decisionItem(d)]),
    ...s.messages.map((m): [LogicalTable, Item] => ['messages', messageItem(m)]),
    ...s.events.map((e): [LogicalTable, Item] => ['events', eventItem(e)]),
  ];
}

/** Writes items with BatchWriteItem, 25 per request, `concurrency` requests in flight, retrying unprocessed ones. */
export async function batchWrite(ctx: StoreContext, items: [LogicalTable, Item][], concurrency = 8): Promise<void> {
  const chunks: [LogicalTable, Item][][] = [];
  for (let i = 0; i < items.length; i += 25) chunks.push(items.slice(i, i + 25));
  let next = 0;
  const worker = async () => {
    while (next < chunks.length) {
      const chunk = chunks[next++]!;
      let request: Record<string, { PutRequest: { Item: Item } }[]> = {};
      for (const [table, item] of chunk) (request[ctx.tables[table]] ??= []).push({ PutRequest: { Item: item } });
      for (let attempt = 0; Object.keys(request).length && attempt < 20; attempt++) {
        const out = await ctx.doc.send(new BatchWriteCommand({ RequestItems: request }));
        request = (out.UnprocessedItems ?? {}) as typeof request;
        if (Object.keys(request).length) await new Promise((r) => setTimeout(r, 20 * (attempt + 1)));
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
}

/** Builds and writes conversations. */
export async function seedConversations(ctx: StoreContext, ids: IdGenerator, conversations: SeedConversation[]): Promise<SeededConversation[]> {
  const built = conversations.map((c) => buildConversation(c, ids));
  await batchWrite(ctx, built.flatMap(conversationItems));
  return built;
}
