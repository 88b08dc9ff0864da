/**
 * Stored inbound messages that never got their answer: the re-drive's candidates
 * (src/jobs/redrive-unanswered.ts). A message can be stored and yet unanswered when its
 * store write outlived the caller's timeout (the sender was told `unavailable`), or when
 * the process died between the ack and the commit of its turn.
 */
import { encodeTime } from 'ulid';
import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { TranscriptMessage } from '../domain/entities/message';
import { dedupeKey } from './keys';
import { StoredMessageSchema } from './repositories/messages';
import { fromItem, send, type StoreContext } from './repository-kit';

/** Most candidates one look returns (the next run takes the rest). */
const MAX_CANDIDATES = 200;
/**
 * Most messages one look reads. A busy tenant has thousands of answered messages in the
 * window; the unanswered ones are found among them, and a run stays bounded.
 */
const MAX_SCANNED = 20_000;

/** Port: the inbound messages of a tenant stored between two instants with no reply and no failure, oldest first. */
export interface UnansweredInbound {
  find(tenantId: string, from: Date, to: Date): Promise<TranscriptMessage[]>;
}

export interface UnansweredInboundOptions {
  maxCandidates?: number;
  maxScanned?: number;
  /** Items per Query page (default: DynamoDB's 1 MB page). */
  pageSize?: number;
}

/**
 * Reads the tenant's inbound messages by time from the messages' `by_tenant` index (its
 * sort key is the message id, a ULID, so time-ordered), then their dedupe items, which
 * carry `reply_message_id` once a turn committed the answer. Answered messages are dropped
 * page by page, before counting candidates: otherwise a tenant's first 200 answered
 * messages of the window would hide every unanswered one after them.
 */
export function createUnansweredInbound(ctx: StoreContext, opts: UnansweredInboundOptions = {}): UnansweredInbound {
  const maxCandidates = opts.maxCandidates ?? MAX_CANDIDATES;
  const maxScanned = opts.maxScanned ?? MAX_SCANNED;
  return {
    async find(tenantId, from, to) {
      const unanswered: TranscriptMessage[] = [];
      let scanned = 0;
      let start: Record<string, unknown> | undefined;
      do {
        const page = await send('query messages.by_tenant', () =>
          ctx.doc.send(
            new QueryCommand({
              TableName: ctx.tables.messages,
              IndexName: 'by_tenant',
              KeyConditionExpression: 'by_tenant_pk = :t AND by_tenant_sk BETWEEN :a AND :b',
              ExpressionAttributeValues: { ':t': tenantId, ':a': `msg_${encodeTime(from.getTime(), 10)}`, ':b': `msg_${encodeTime(to.getTime(), 10)}~` },
              ...(opts.pageSize ? { Limit: opts.pageSize } : {}),
              ...(start ? { ExclusiveStartKey: start } : {}),
            }),
          ),
        );
        const inbound: TranscriptMessage[] = [];
        for (const raw of page.Items ?? []) {
          const m = fromItem(StoredMessageSchema, 'messages', raw);
          if (m.direction === 'inbound' && !m.failed_at && m.channel_message_id) inbound.push(m);
        }
        scanned += page.Items?.length ?? 0;
        const answered = await repliedKeys(ctx, inbound);
        unanswered.push(...inbound.filter((m) => !answered.has(keyOf(m))));
        start = page.LastEvaluatedKey;
      } while (start && unanswered.length < maxCandidates && scanned < maxScanned);
      return unanswered.slice(0, maxCandidates);
    },
  };
}

function keyOf(m: TranscriptMessage): string {
  return dedupeKey(m.tenant_id, m.channel, m.channel_message_id!, m.session_id);
}

/** The dedupe keys among `messages` whose reply is recorded (and those unreadable now, which are left for a later run). */
async function repliedKeys(ctx: StoreContext, messages: TranscriptMessage[]): Promise<Set<string>> {
  const replied = new Set<string>();
  const keys = [...new Set(messages.map(keyOf))];
  for (let i = 0; i < keys.length; i += 100) {
    const chunk = keys.slice(i, i + 100);
    const out = await send('batch get inbound_dedupe', () =>
      ctx.doc.send(
        new BatchGetCommand({
          RequestItems: { [ctx.tables.inbound_dedupe]: { Keys: chunk.map((pk) => ({ pk })), ProjectionExpression: 'pk, reply_message_id', ConsistentRead: true } },
        }),
      ),
    );
    for (const item of out.Responses?.[ctx.tables.inbound_dedupe] ?? []) if (item.reply_message_id) replied.add(String(item.pk));
    // Keys the engine did not get to this time count as answered: never re-drive on a guess.
    for (const k of out.UnprocessedKeys?.[ctx.tables.inbound_dedupe]?.Keys ?? []) replied.add(String(k.pk));
  }
  return replied;
}
