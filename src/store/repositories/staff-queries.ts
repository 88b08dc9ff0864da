/**
 * The staff console's reads (issue 13, item 4): every list is a Query on an index whose
 * partition key is the tenant, never a scan. Filters the keys cannot serve (channel,
 * outcome, destination, text) are FilterExpressions on that Query; a filtered page reads
 * at most two Query pages, so a page of any list costs at most two round trips.
 */
import { BatchGetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import type { $ZodType, output } from 'zod/v4/core';
import { DecisionSchema, type Decision, type Outcome } from '../../domain/entities/decision';
import type { Channel } from '../../domain/entities/common';
import type { DecisionState } from '../../domain/entities/decision';
import type { TranscriptMessage } from '../../domain/entities/message';
import { SessionSchema, type Session } from '../../domain/entities/session';
import { decodeCursor, encodeCursor } from '../cursor';
import { entityKey, normaliseTime } from '../keys';
import { fromItem, send, type Item, type Page, type StoreContext } from '../repository-kit';
import { TABLES, type LogicalTable } from '../tables';
import { StoredMessageSchema } from './messages';

/** A half-open time window, ISO instants (`from` inclusive, `to` exclusive). */
export interface Window {
  from?: string;
  to?: string;
}

export interface SessionFilter extends Window {
  channel?: Channel;
  outcome?: Outcome | 'none';
  /** A knowledge-pack destination id the traveler named or the session's plan chose (`plan_places`). */
  destination?: string;
}

export interface DecisionFilter extends Window {
  outcome?: Outcome;
  logic_version?: string;
  state?: DecisionState;
}

interface FilteredQuery {
  tenantId: string;
  /** The index's partition value when it is not the bare tenant id (a tenant-prefixed key). */
  partition?: string;
  table: LogicalTable;
  index: string;
  list: string;
  window: Window;
  newestFirst: boolean;
  filters: { expr: string; names: Record<string, string>; values: Item }[];
}

const MAX_LIMIT = 100;
/** Items read per Query when a filter may drop some: enough to fill most pages in one trip. */
const FILTERED_READ = 200;

function indexKeyAttrs(table: LogicalTable, index: string): string[] {
  const def = TABLES[table];
  const attrs: string[] = [def.partitionKey, ...('sortKey' in def && def.sortKey ? [def.sortKey] : [])];
  const i = def.indexes.find((x) => x.name === index);
  if (i) attrs.push(i.partitionKey, ...(i.sortKey ? [i.sortKey] : []));
  return attrs;
}

/** One page of a tenant-partitioned index, filtered, in at most two Query round trips. */
async function filteredPage<S extends $ZodType>(ctx: StoreContext, q: FilteredQuery, schema: S, limitIn = 25, cursor?: string): Promise<Page<output<S>>> {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(limitIn)));
  const pkAttr = `${q.index}_pk`;
  const skAttr = `${q.index}_sk`;
  const names: Record<string, string> = { '#p': pkAttr };
  const values: Item = { ':p': q.partition ?? q.tenantId };
  let condition = '#p = :p';
  // Sort keys are `<ISO time>#<id>`: a bare `to` instant sorts before every key at `to`.
  const lo = q.window.from ? normaliseTime(q.window.from) : undefined;
  const hi = q.window.to ? normaliseTime(q.window.to) : undefined;
  if (lo || hi) names['#s'] = skAttr;
  if (lo && hi) {
    Object.assign(values, { ':lo': lo, ':hi': hi });
    condition += ' AND #s BETWEEN :lo AND :hi';
  } else if (lo) {
    values[':lo'] = lo;
    condition += ' AND #s >= :lo';
  } else if (hi) {
    values[':hi'] = hi;
    condition += ' AND #s < :hi';
  }
  for (const f of q.filters) {
    Object.assign(names, f.names);
    Object.assign(values, f.values);
  }
  const filter = q.filters.length ? q.filters.map((f) => `(${f.expr})`).join(' AND ') : undefined;
  let start: Item | undefined = cursor ? decodeCursor(q.tenantId, q.list, cursor) : undefined;
  const found: Item[] = [];
  let last: Item | undefined;
  for (let trip = 0; trip < 2; trip++) {
    const out = await send(`query ${q.table}.${q.index}`, () =>
      ctx.doc.send(
        new QueryCommand({
          TableName: ctx.tables[q.table],
          IndexName: q.index,
          KeyConditionExpression: condition,
          ExpressionAttributeNames: names,
          ExpressionAttributeValues: values,
          ...(filter ? { FilterExpression: filter } : {}),
          ScanIndexForward: !q.newestFirst,
          Limit: filter ? FILTERED_READ : limit + 1,
          ...(start ? { ExclusiveStartKey: start } : {}),
        }),
      ),
    );
    found.push(...(out.Items ?? []).filter((i) => i.tenant_id === q.tenantId));
    last = out.LastEvaluatedKey;
    if (found.length > limit || !last) break;
    start = last;
  }
  const page = found.slice(0, limit);
  let next: Item | undefined;
  if (found.length > limit) {
    const attrs = indexKeyAttrs(q.table, q.index);
    const lastItem = page[page.length - 1]!;
    next = Object.fromEntries(attrs.map((a) => [a, lastItem[a]]));
  } else if (last) next = last;
  return { items: page.map((i) => fromItem(schema, q.table, i)), ...(next ? { cursor: encodeCursor(q.tenantId, q.list, next) } : {}) };
}

const eq = (name: string, path: string[], value: unknown, key: string) => ({
  expr: `${path.map((_, i) => `#${key}${i}`).join('.')} = :${key}`,
  names: Object.fromEntries(path.map((p, i) => [`#${key}${i}`, p])),
  values: { [`:${key}`]: value },
  name,
});

/** Case variants a traveler's text is likely to carry: DynamoDB's `contains` is case-sensitive. */
function variants(q: string): string[] {
  const t = q.trim();
  const cap = t.charAt(0).toUpperCase() + t.slice(1).toLowerCase();
  return [...new Set([t, t.toLowerCase(), cap, t.toUpperCase()])];
}

/** Staff reads over one store context. */
export function createStaffQueries(ctx: StoreContext) {
  async function batchGet<S extends $ZodType>(table: LogicalTable, schema: S, tenantId: string, ids: string[]): Promise<Map<string, output<S>>> {
    const unique = [...new Set(ids)];
    const out = new Map<string, output<S>>();
    for (let i = 0; i < unique.length; i += 100) {
      const keys = unique.slice(i, i + 100).map((id) => ({ pk: entityKey(tenantId, id) }));
      let request: Record<string, { Keys: Item[] }> | undefined = { [ctx.tables[table]]: { Keys: keys } };
      // Unprocessed keys are retried (throttling); bounded so a hot table cannot spin forever.
      for (let attempt = 0; request && attempt < 5; attempt++) {
        const res = await send(`batch get ${table}`, () => ctx.doc.send(new BatchGetCommand({ RequestItems: request! })));
        for (const item of res.Responses?.[ctx.tables[table]] ?? []) {
          if (item.tenant_id !== tenantId) continue;
          const id = String(item.pk).slice(tenantId.length + 1);
          out.set(id, fromItem(schema, table, item));
        }
        request = res.UnprocessedKeys && Object.keys(res.UnprocessedKeys).length ? (res.UnprocessedKeys as typeof request) : undefined;
      }
    }
    return out;
  }

  return {
    /** Conversations of the tenant, newest first, within a window and filters. */
    listSessions(tenantId: string, f: SessionFilter, limit?: number, cursor?: string): Promise<Page<Session>> {
      const filters = [];
      if (f.channel) filters.push(eq('channel', ['channel'], f.channel, 'ch'));
      if (f.outcome) filters.push(eq('outcome', ['outcome', 'decision_outcome'], f.outcome, 'oc'));
      if (f.destination) {
        filters.push({ expr: 'contains(#ti.#td, :dest) OR contains(#pp, :dest)', names: { '#ti': 'trip_inputs', '#td': 'destinations', '#pp': 'plan_places' }, values: { ':dest': f.destination } });
      }
      const list = `staff:sessions:${JSON.stringify([f.channel, f.outcome, f.destination, f.from, f.to])}`;
      return filteredPage(ctx, { tenantId, table: 'sessions', index: 'by_tenant', list, window: f, newestFirst: true, filters }, SessionSchema, limit, cursor);
    },
    /** Decisions of the tenant in a window, newest first (or oldest first for exports and replays). */
    listDecisions(tenantId: string, f: DecisionFilter, limit?: number, cursor?: string, newestFirst = true): Promise<Page<Decision>> {
      const filters = [];
      if (f.outcome) filters.push(eq('outcome', ['verdict', 'outcome'], f.outcome, 'oc'));
      if (f.logic_version) filters.push(eq('logic_version', ['logic_version'], f.logic_version, 'lv'));
      if (f.state) filters.push(eq('state', ['state'], f.state, 'st'));
      const list = `staff:decisions:${JSON.stringify([f.outcome, f.logic_version, f.state, f.from, f.to, newestFirst])}`;
      return filteredPage(ctx, { tenantId, table: 'decisions', index: 'by_tenant', list, window: f, newestFirst, filters }, DecisionSchema, limit, cursor);
    },
    /** What travelers wrote containing `text`, newest first (inbound messages only). */
    searchInbound(tenantId: string, text: string, limit?: number, cursor?: string): Promise<Page<TranscriptMessage>> {
      const vs = variants(text).slice(0, 4);
      const filter = {
        expr: vs.map((_, i) => `contains(#tx, :q${i})`).join(' OR '),
        names: { '#tx': 'text' },
        values: Object.fromEntries(vs.map((v, i) => [`:q${i}`, v])),
      };
      return filteredPage(ctx, { tenantId, table: 'messages', index: 'by_tenant', list: `staff:search:${text}`, window: {}, newestFirst: true, filters: [filter] }, StoredMessageSchema, limit, cursor);
    },
    /** A traveler's sessions, newest first (the console's search by a traveler id). */
    sessionsOfTraveler(tenantId: string, travelerId: string, limit?: number, cursor?: string): Promise<Page<Session>> {
      const q = { tenantId, partition: entityKey(tenantId, travelerId), table: 'sessions' as const, index: 'by_traveler', list: `staff:traveler:${travelerId}`, window: {}, newestFirst: true, filters: [] };
      return filteredPage(ctx, q, SessionSchema, limit, cursor);
    },
    /** Sessions by id in one round trip per 100 (the tenant's only; others are simply absent). */
    sessionsByIds: (tenantId: string, ids: string[]) => batchGet('sessions', SessionSchema, tenantId, ids),
    decisionsByIds: (tenantId: string, ids: string[]) => batchGet('decisions', DecisionSchema, tenantId, ids),
  };
}

export type StaffQueries = ReturnType<typeof createStaffQueries>;
