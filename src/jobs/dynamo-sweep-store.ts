import { ScanCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { LeadSchema, type Lead, type LeadState } from '../domain/entities/lead';
import { cancellationCodes, isTransient, translateError } from '../store/errors';
import { groupKey, normaliseTime } from '../store/keys';
import { eventItem } from '../store/repositories/events';
import type { Repositories } from '../store/repositories';
import { leadItem } from '../store/repositories/leads';
import { messageItem } from '../store/repositories/messages';
import { createPut, queryPage, send, versionedPut, type Item, type ListOptions, type Page, type StoreContext } from '../store/repository-kit';
import type { LeadChange, SweepStore } from './ports';

const PAGE = 100;

async function* pages<T>(fetch: (options: ListOptions) => Promise<Page<T>>): AsyncIterable<T> {
  let cursor: string | undefined;
  do {
    const page = await fetch({ limit: PAGE, ...(cursor ? { cursor } : {}) });
    yield* page.items;
    cursor = page.cursor;
  } while (cursor);
}

/** Every item of a table scan, page by page (small tables only: tenants, live connections). */
async function scanAll(ctx: StoreContext, input: ConstructorParameters<typeof ScanCommand>[0]): Promise<Item[]> {
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const out = await send(`scan ${input.TableName}`, () => ctx.doc.send(new ScanCommand({ ...input, ...(start ? { ExclusiveStartKey: start } : {}) })));
    items.push(...((out.Items ?? []) as Item[]));
    start = out.LastEvaluatedKey as Item | undefined;
  } while (start);
  return items;
}

/**
 * The sweep's store on DynamoDB. Inactive leads come from the `by_state` index, whose
 * sort key starts with `last_activity_at`, so only leads past the cutoff are read.
 * Tenants are scanned: the table holds one small item per travel business.
 */
export function dynamoSweepStore(ctx: StoreContext, repos: Repositories): SweepStore {
  return {
    async listTenantIds() {
      const items = await scanAll(ctx, {
        TableName: ctx.tables.tenants,
        ProjectionExpression: 'tenant_id, #s',
        ExpressionAttributeNames: { '#s': 'status' },
      });
      return items.filter((t) => t.status === 'active' && typeof t.tenant_id === 'string').map((t) => t.tenant_id as string).sort();
    },
    leadsInactiveSince(tenantId: string, state: LeadState, cutoff: string) {
      // Sort keys are `<time>#<id>`; `~` sorts after every id character, so leads at exactly `cutoff` count.
      const upper = `${normaliseTime(cutoff)}#~`;
      return pages((options) =>
        queryPage(
          ctx,
          {
            tenantId,
            table: 'leads',
            index: 'by_state',
            list: `sweep:${state}:${upper}`,
            partition: { attr: 'by_state_pk', value: groupKey(tenantId, state) },
            range: { attr: 'by_state_sk', between: ['0', upper] },
            newestFirst: false,
          },
          LeadSchema,
          options,
        ),
      );
    },
    leadsInState: (tenantId: string, state: LeadState) => pages((options) => repos.leads.listByState(tenantId, state, options)),
    async commit(change: LeadChange) {
      const items = [
        { Put: versionedPut(ctx, 'leads', leadItem(change.lead), change.expectedVersion) },
        ...change.events.map((e) => ({ Put: createPut(ctx, 'events', eventItem(e)) })),
        ...(change.message ? [{ Put: createPut(ctx, 'messages', messageItem(change.message)) }] : []),
      ];
      try {
        await ctx.doc.send(new TransactWriteCommand({ TransactItems: items }));
        return 'committed';
      } catch (err) {
        if (!isTransient(err) && cancellationCodes(err)[0] === 'ConditionalCheckFailed') return 'conflict';
        throw translateError(err, 'sweep commit');
      }
    },
    async followupContext(lead: Lead) {
      const decision = lead.last_decision_id ? await repos.decisions.get(lead.tenant_id, lead.last_decision_id) : undefined;
      const sessionId = decision?.session_id ?? (await repos.sessions.listByLead(lead.tenant_id, lead.lead_id, { limit: 1 })).items[0]?.session_id;
      let replyTo: string | undefined;
      if (decision) {
        const messages = await repos.messages.listByDecision(lead.tenant_id, decision.decision_id, { limit: 10 });
        replyTo = messages.items.find((m) => m.direction === 'outbound' && m.reply_to)?.reply_to;
      }
      return { ...(sessionId ? { sessionId } : {}), ...(decision ? { decision } : {}), ...(replyTo ? { replyTo } : {}) };
    },
    markDelivered: (tenantId, sessionId, messageId) => repos.turns.markDelivered(tenantId, sessionId, messageId),
    appendEvent: (event) => repos.events.append(event),
  };
}

/**
 * The live WebSocket connections of a session. The connections table is keyed by
 * connection id only (API Gateway events carry nothing else), so this scans it: it holds
 * only connections of the last two hours, and the sweep runs once an hour.
 */
export async function liveConnectionsOf(ctx: StoreContext, tenantId: string, sessionId: string, now: Date): Promise<string[]> {
  const items = await scanAll(ctx, {
    TableName: ctx.tables.connections,
    FilterExpression: 'tenant_id = :t AND session_id = :s AND #ttl > :now',
    ExpressionAttributeNames: { '#ttl': 'ttl' },
    ExpressionAttributeValues: { ':t': tenantId, ':s': sessionId, ':now': Math.floor(now.getTime() / 1000) },
    ProjectionExpression: 'connection_id',
  });
  return items.map((i) => String(i.connection_id));
}
