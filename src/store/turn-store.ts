/**
 * The turn's I/O (ARCHITECTURE.md "One turn"): store the inbound message first, load
 * the turn's context in at most two round trips, and commit everything else in one
 * transaction. Nothing lost, nothing doubled, never a half-written turn.
 */
import { BatchGetCommand, GetCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { safeParse, type $ZodType, type output } from 'zod/v4/core';
import type { Channel } from '../domain/entities/common';
import { DecisionSchema, type Decision } from '../domain/entities/decision';
import { EventSchema, type DomainEvent } from '../domain/entities/event';
import { ItinerarySchema, type Itinerary } from '../domain/entities/itinerary';
import { LeadSchema, type Lead } from '../domain/entities/lead';
import { TranscriptMessageSchema, type TranscriptMessage } from '../domain/entities/message';
import { SessionSchema, type Session } from '../domain/entities/session';
import { TravelerSchema, type Traveler } from '../domain/entities/traveler';
import { DuplicateError, StoreRequestError, StoreUnavailableError, cancellationCodes, isTransient, translateError } from './errors';
import { dedupeKey, entityKey } from './keys';
import { createPut, fromItem, getItem, send, updateExisting, versionedPut, type Item, type StoreContext } from './repository-kit';
import { decisionItem } from './repositories/decisions';
import { eventItem } from './repositories/events';
import { itineraryItem } from './repositories/itineraries';
import { leadItem } from './repositories/leads';
import { StoredMessageSchema, createMessagesRepository, messageItem, messageKey } from './repositories/messages';
import { sessionItem } from './repositories/sessions';
import { travelerItem } from './repositories/travelers';
import type {
  CommitTurnInput,
  CommitTurnResult,
  ConflictTarget,
  LoadTurnContextInput,
  StoreInboundInput,
  StoreInboundResult,
  TurnContext,
  TurnStore,
} from '../domain/ports/turn-store';

export type * from '../domain/ports/turn-store';

/** DynamoDB's limit of items in one TransactWriteItems. */
export const MAX_TRANSACTION_ITEMS = 100;

/** Standing decisions kept in memory per process (a few KB each). */
const MAX_CACHED_DECISIONS = 2000;

type Role = ConflictTarget;

/** Creates the DynamoDB turn store. */
export function createTurnStore(ctx: StoreContext): TurnStore {
  const messages = createMessagesRepository(ctx);
  const T = ctx.tables;

  function unavailable(err: unknown, context: string): { kind: 'unavailable'; error: StoreUnavailableError } | undefined {
    const e = translateError(err, context);
    return e instanceof StoreUnavailableError ? { kind: 'unavailable', error: e } : undefined;
  }

  async function storeInbound(input: StoreInboundInput): Promise<StoreInboundResult> {
    const m = checked(TranscriptMessageSchema, input.message, 'inbound message');
    sameTenant(input.tenant_id, [m]);
    const key = dedupeKey(input.tenant_id, input.channel, input.channel_message_id, m.session_id);
    try {
      await ctx.doc.send(
        new TransactWriteCommand({
          TransactItems: [
            {
              Put: {
                TableName: T.inbound_dedupe,
                Item: {
                  pk: key,
                  tenant_id: input.tenant_id,
                  channel: input.channel,
                  channel_message_id: input.channel_message_id,
                  session_id: m.session_id,
                  inbound_message_id: m.message_id,
                  created_at: m.created_at,
                },
                ConditionExpression: 'attribute_not_exists(pk)',
              },
            },
            { Put: createPut(ctx, 'messages', messageItem(m)) },
          ],
        }),
      );
      return { kind: 'stored' };
    } catch (err) {
      const codes = cancellationCodes(err);
      if (codes[0] === 'ConditionalCheckFailed') return duplicateOf(input.tenant_id, key);
      if (codes[1] === 'ConditionalCheckFailed') throw new DuplicateError(`message id ${m.message_id} already used`, { cause: err });
      const u = unavailable(err, 'store inbound');
      if (u) return u;
      throw translateError(err, 'store inbound');
    }
  }

  /** A redelivery: find the first delivery's inbound message and its recorded reply. */
  async function duplicateOf(tenantId: string, key: string): Promise<StoreInboundResult> {
    try {
      const d = (await ctx.doc.send(new GetCommand({ TableName: T.inbound_dedupe, Key: { pk: key }, ConsistentRead: true }))).Item;
      if (!d) throw new StoreRequestError(`dedupe item ${key} vanished`);
      const sessionId = String(d.session_id);
      const ids = [String(d.inbound_message_id), ...(d.reply_message_id ? [String(d.reply_message_id)] : [])];
      const out = await ctx.doc.send(
        new BatchGetCommand({
          RequestItems: { [T.messages]: { Keys: ids.map((id) => messageKey(tenantId, sessionId, id)), ConsistentRead: true } },
        }),
      );
      const found = (out.Responses?.[T.messages] ?? []).map((i) => fromItem(StoredMessageSchema, 'messages', i));
      const inbound = found.find((x) => x.message_id === ids[0]);
      if (!inbound) throw new StoreRequestError(`inbound message ${ids[0]} of ${key} not found`);
      const reply = found.find((x) => x.message_id === ids[1]);
      return { kind: 'duplicate', inbound, ...(reply ? { reply } : {}) };
    } catch (err) {
      const u = unavailable(err, 'read duplicate');
      if (u) return u;
      throw translateError(err, 'read duplicate');
    }
  }

  async function loadTurnContext(input: LoadTurnContextInput): Promise<TurnContext> {
    const t = input.tenant_id;
    const requests: Record<string, { Keys: Item[]; ConsistentRead: true }> = {
      [T.sessions]: { Keys: [{ pk: entityKey(t, input.session_id) }], ConsistentRead: true },
    };
    if (input.lead_id) requests[T.leads] = { Keys: [{ pk: entityKey(t, input.lead_id) }], ConsistentRead: true };
    if (input.traveler_id) requests[T.travelers] = { Keys: [{ pk: entityKey(t, input.traveler_id) }], ConsistentRead: true };

    const one = <S extends $ZodType>(records: Record<string, Item[]>, table: 'sessions' | 'leads' | 'travelers', schema: S): output<S> | undefined => {
      const item = (records[T[table]] ?? []).find((i) => i.tenant_id === t);
      return item ? fromItem(schema, table, item) : undefined;
    };
    // The two round trips run in parallel: the records, and the latest transcript. The
    // standing decision is read as soon as the session names it, while the transcript loads.
    const records = batchGetAll(requests);
    const standing = input.withStanding
      ? records.then((r) => standingOf(t, one(r, 'sessions', SessionSchema)))
      : Promise.resolve(undefined);
    const [found, recent, decision] = await Promise.all([
      records,
      send('load transcript', () =>
        ctx.doc.send(
          new QueryCommand({
            TableName: T.messages,
            KeyConditionExpression: 'pk = :p',
            ExpressionAttributeValues: { ':p': entityKey(t, input.session_id) },
            ScanIndexForward: false,
            Limit: input.transcriptLimit ?? 20,
            ConsistentRead: true,
          }),
        ),
      ),
      standing,
    ]);
    const session = one(found, 'sessions', SessionSchema);
    const lead = one(found, 'leads', LeadSchema);
    const traveler = one(found, 'travelers', TravelerSchema);
    return {
      ...(session ? { session } : {}),
      ...(lead ? { lead } : {}),
      ...(traveler ? { traveler } : {}),
      ...(decision ? { standing: decision } : {}),
      recent: (recent.Items ?? []).map((i) => fromItem(StoredMessageSchema, 'messages', i)).reverse(),
    };
  }

  /** One BatchGetItem; further ones only for keys DynamoDB left unprocessed (throttling). */
  async function batchGetAll(requests: Record<string, { Keys: Item[]; ConsistentRead: true }>): Promise<Record<string, Item[]>> {
    const found: Record<string, Item[]> = {};
    let pending: Record<string, { Keys: Item[]; ConsistentRead: true }> | undefined = requests;
    for (let attempt = 0; pending && Object.keys(pending).length > 0; attempt++) {
      if (attempt > 0) await new Promise((r) => setTimeout(r, Math.min(1000, 25 * 2 ** attempt)));
      if (attempt > 8) throw new StoreUnavailableError('load turn context: keys left unprocessed');
      const req: Record<string, { Keys: Item[]; ConsistentRead: true }> = pending;
      const out = await send('load turn context', () => ctx.doc.send(new BatchGetCommand({ RequestItems: req })));
      for (const [table, items] of Object.entries(out.Responses ?? {})) (found[table] ??= []).push(...items);
      pending = out.UnprocessedKeys as typeof pending;
    }
    return found;
  }

  async function commitTurn(input: CommitTurnInput): Promise<CommitTurnResult> {
    const t = input.tenant_id;
    const session = checked(SessionSchema, input.session.next, 'session');
    const lead = input.lead ? checked(LeadSchema, input.lead.next, 'lead') : undefined;
    const outbound = checked(TranscriptMessageSchema, input.outbound, 'outbound message');
    const decision = input.decision ? checked(DecisionSchema, input.decision, 'decision') : undefined;
    const decisionId = decision?.decision_id ?? outbound.decision_id;
    if (!decisionId) throw new StoreRequestError('a turn commits a reply carrying a decision');
    const at = decision?.created_at ?? outbound.created_at;
    const itinerary = input.itinerary ? checked(ItinerarySchema, input.itinerary, 'itinerary') : undefined;
    const events = input.events.map((e) => checked(EventSchema, e, 'event'));
    const traveler = input.traveler ? checked(TravelerSchema, input.traveler.item, 'traveler') : undefined;
    sameTenant(t, [session, outbound, ...(decision ? [decision] : []), ...events, ...(lead ? [lead] : []), ...(itinerary ? [itinerary] : []), ...(traveler ? [traveler] : [])]);

    const items: { role: Role; op: Record<string, unknown> }[] = [];
    items.push({ role: 'session', op: { Put: versionedPut(ctx, 'sessions', sessionItem(session), input.session.expectedVersion) } });
    if (lead && input.lead) items.push({ role: 'lead', op: { Put: versionedPut(ctx, 'leads', leadItem(lead), input.lead.expectedVersion) } });
    if (traveler && input.traveler) {
      items.push({
        role: 'traveler',
        op: {
          Put: input.traveler.create
            ? createPut(ctx, 'travelers', travelerItem(traveler))
            : { TableName: T.travelers, Item: travelerItem(traveler), ConditionExpression: 'attribute_exists(pk)' },
        },
      });
    }
    items.push({ role: 'record', op: { Put: createPut(ctx, 'messages', messageItem(outbound)) } });
    if (outbound.reply_to) {
      // Index the inbound message under the decision too: "the messages that led to it".
      items.push({
        role: 'inbound',
        op: {
          Update: {
            TableName: T.messages,
            Key: messageKey(t, outbound.session_id, outbound.reply_to),
            UpdateExpression: 'SET by_decision_pk = :d, by_decision_sk = :m',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeValues: { ':d': entityKey(t, decisionId), ':m': outbound.reply_to },
          },
        },
      });
    }
    if (decision) items.push({ role: 'record', op: { Put: createPut(ctx, 'decisions', decisionItem(decision)) } });
    if (input.supersede) {
      items.push({
        role: 'record',
        op: {
          Update: {
            TableName: T.decisions,
            Key: { pk: entityKey(t, input.supersede.decision_id) },
            UpdateExpression: 'SET #s = :s, updated_at = :u',
            ConditionExpression: input.supersede.from_state ? 'attribute_exists(pk) AND #s = :from' : 'attribute_exists(pk)',
            ExpressionAttributeNames: { '#s': 'state' },
            ExpressionAttributeValues: { ':s': input.supersede.new_state, ':u': at, ...(input.supersede.from_state ? { ':from': input.supersede.from_state } : {}) },
          },
        },
      });
    }
    if (itinerary) items.push({ role: 'record', op: { Put: createPut(ctx, 'itineraries', itineraryItem(itinerary)) } });
    for (const e of events) items.push({ role: 'record', op: { Put: createPut(ctx, 'events', eventItem(e)) } });
    items.push({
      role: 'inbound',
      op: {
        Update: {
          TableName: T.inbound_dedupe,
          Key: { pk: dedupeKey(t, input.dedupe.channel, input.dedupe.channel_message_id, session.session_id) },
          // The turn commits once per inbound message: a second commit for it fails here.
          UpdateExpression: 'SET reply_message_id = :r, decision_id = :d, replied_at = :at',
          ConditionExpression: 'attribute_exists(pk) AND attribute_not_exists(reply_message_id)',
          ExpressionAttributeValues: { ':r': outbound.message_id, ':d': decisionId, ':at': outbound.created_at },
        },
      },
    });
    if (items.length > MAX_TRANSACTION_ITEMS) {
      throw new StoreRequestError(`a turn writes at most ${MAX_TRANSACTION_ITEMS} items in one transaction, this one ${items.length}`);
    }

    try {
      await ctx.doc.send(new TransactWriteCommand({ TransactItems: items.map((i) => i.op) }));
    } catch (err) {
      if (input.supersede) standingCache.delete(cacheKey(t, input.supersede.decision_id));
      const codes = cancellationCodes(err);
      const failed = items.filter((_, i) => codes[i] === 'ConditionalCheckFailed' || codes[i] === 'TransactionConflict').map((i) => i.role);
      if (failed.length > 0 && !isTransient(err)) {
        const order: Role[] = ['session', 'lead', 'inbound', 'traveler', 'record'];
        return { kind: 'conflict', on: order.find((r) => failed.includes(r))! };
      }
      const u = unavailable(err, 'commit turn');
      if (u) return u;
      throw translateError(err, 'commit turn');
    }
    if (decision && session.last_decision?.decision_id === decision.decision_id) remember(decision);
    if (input.supersede) standingCache.delete(cacheKey(t, input.supersede.decision_id));
    return {
      kind: 'committed',
      session_version: input.session.expectedVersion === null ? 0 : input.session.expectedVersion + 1,
      ...(input.lead ? { lead_version: input.lead.expectedVersion === null ? 0 : input.lead.expectedVersion + 1 } : {}),
    };
  }

  async function markDelivered(tenantId: string, sessionId: string, messageId: string, delivery: 'sent' | 'failed' = 'sent'): Promise<void> {
    await updateExisting(ctx, 'messages', messageKey(tenantId, sessionId, messageId), {
      UpdateExpression: 'SET delivery = :d',
      ExpressionAttributeValues: { ':d': delivery },
    });
  }

  async function transcriptAfter(tenantId: string, sessionId: string, afterMessageId?: string): Promise<TranscriptMessage[]> {
    const all: TranscriptMessage[] = [];
    let cursor: string | undefined;
    do {
      const page = await messages.transcript(tenantId, sessionId, { limit: 100, ...(afterMessageId ? { after: afterMessageId } : {}), ...(cursor ? { cursor } : {}) });
      all.push(...page.items);
      cursor = page.cursor;
    } while (cursor);
    return all;
  }

  async function markFailed(tenantId: string, sessionId: string, messageId: string, at: string): Promise<void> {
    await updateExisting(ctx, 'messages', messageKey(tenantId, sessionId, messageId), {
      UpdateExpression: 'SET failed_at = :at',
      ExpressionAttributeValues: { ':at': at },
    });
  }

  /** Strongly consistent: the standing decision was committed by the turn just before. */
  async function getDecision(tenantId: string, decisionId: string): Promise<Decision | undefined> {
    const decision = await getItem(ctx, 'decisions', DecisionSchema, tenantId, { pk: entityKey(tenantId, decisionId) }, true);
    if (decision) remember(decision);
    return decision;
  }

  /**
   * The standing decisions this process committed or read, so the next turn of a session
   * needs no read for it. Only the state of a decision ever changes: the session names the
   * state its turns left it in, a superseding commit is conditional on the state it saw,
   * and a commit that conflicts forgets what it used (the retry reads the record again).
   */
  const standingCache = new Map<string, Decision>();
  const cacheKey = (tenantId: string, decisionId: string) => `${tenantId}#${decisionId}`;
  function remember(d: Decision): void {
    if (standingCache.size >= MAX_CACHED_DECISIONS) standingCache.clear();
    standingCache.set(cacheKey(d.tenant_id, d.decision_id), d);
  }

  /** The session's standing decision: from this process's cache when the state matches, else its record. */
  async function standingOf(tenantId: string, session: Session | undefined): Promise<Decision | undefined> {
    const last = session?.last_decision;
    if (!last) return undefined;
    const cached = standingCache.get(cacheKey(tenantId, last.decision_id));
    if (cached && cached.state === last.state) return cached;
    return getDecision(tenantId, last.decision_id);
  }

  return { storeInbound, loadTurnContext, commitTurn, markDelivered, markFailed, getDecision, transcriptAfter };
}

/** Parses a record before writing it, so nothing that cannot be read back is ever stored. */
function checked<S extends $ZodType>(schema: S, value: unknown, what: string): output<S> {
  const r = safeParse(schema, value);
  if (!r.success) throw new StoreRequestError(`invalid ${what}: ${r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return r.data;
}

function sameTenant(tenantId: string, records: { tenant_id: string }[]): void {
  const other = records.find((r) => r.tenant_id !== tenantId);
  if (other) throw new StoreRequestError(`a record of tenant ${other.tenant_id} in a turn of tenant ${tenantId}`);
}
