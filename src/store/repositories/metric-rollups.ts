/**
 * Per-day metric rollups (seed 000's metrics constitution; issue 13, item 4): one item per
 * tenant and day, built by the scheduled sweep from that day's records. The metrics page
 * reads a range of them in one Query; no turn ever writes here, so nothing contends.
 */
import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { TenantId } from '../../domain/ids';
import { IsoDateTime } from '../../domain/time';
import { groupKey, normaliseTime } from '../keys';
import { fromItem, send, type Item, type StoreContext } from '../repository-kit';

const Counts = z.record(z.string(), z.number().int().min(0));

/** The figures of one logic version on one day. */
export const LogicVersionFiguresSchema = z.object({
  decisions: z.number().int().min(0),
  outcomes: Counts,
  refusals_by_reason: Counts,
  reversals: z.number().int().min(0),
});

/** One tenant's figures for one UTC day. */
export const DailyRollupSchema = z.object({
  tenant_id: TenantId,
  day: z.iso.date(),
  built_at: IsoDateTime,
  /** Sessions started that day. */
  sessions: z.number().int().min(0),
  /** Of those, sessions where the traveler wrote at least once. */
  engaged: z.number().int().min(0),
  /** Of the engaged, sessions that reached an issued verdict (book/wait/switch/discard). */
  completed: z.number().int().min(0),
  /** Decisions made that day (issued and refused). */
  decisions: z.number().int().min(0),
  outcomes: Counts,
  refusals_by_reason: Counts,
  /** Decisions made that day that superseded an issued verdict with another. */
  reversals: z.number().int().min(0),
  /** Sessions started that day that ended without an issued verdict, by the step they stopped at. */
  dropoffs: Counts,
  /** Leads moved to BOOKED that day. */
  bookings: z.number().int().min(0),
  by_logic_version: z.record(z.string(), LogicVersionFiguresSchema),
});
export type DailyRollup = z.infer<typeof DailyRollupSchema>;

const partition = (tenantId: string) => `${tenantId}#daily`;

/** Rollups: write one day, read a range of days; and the day's bookings for the builder. */
export function createMetricRollupsRepository(ctx: StoreContext) {
  return {
    async put(r: DailyRollup): Promise<void> {
      await send('put metric_rollups', () => ctx.doc.send(new PutCommand({ TableName: ctx.tables.metric_rollups, Item: { ...r, pk: partition(r.tenant_id), sk: r.day } })));
    },
    /** Days `from`..`to` inclusive (YYYY-MM-DD), oldest first: one Query (a year fits in one page). */
    async range(tenantId: string, from: string, to: string): Promise<DailyRollup[]> {
      const items: Item[] = [];
      let start: Item | undefined;
      do {
        const out = await send('query metric_rollups', () =>
          ctx.doc.send(
            new QueryCommand({
              TableName: ctx.tables.metric_rollups,
              KeyConditionExpression: 'pk = :p AND sk BETWEEN :a AND :b',
              ExpressionAttributeValues: { ':p': partition(tenantId), ':a': from, ':b': to },
              ...(start ? { ExclusiveStartKey: start } : {}),
            }),
          ),
        );
        items.push(...(out.Items ?? []));
        start = out.LastEvaluatedKey;
      } while (start);
      return items.filter((i) => i.tenant_id === tenantId).map((i) => fromItem(DailyRollupSchema, 'metric_rollups', i));
    },
    /** Leads moved to BOOKED in `[from, to)`: LEAD_STATE_CHANGED events of the window, by the type index. */
    async bookingsIn(tenantId: string, from: string, to: string): Promise<number> {
      let n = 0;
      let start: Item | undefined;
      do {
        const out = await send('query events.by_type', () =>
          ctx.doc.send(
            new QueryCommand({
              TableName: ctx.tables.events,
              IndexName: 'by_type',
              KeyConditionExpression: 'by_type_pk = :p AND by_type_sk BETWEEN :a AND :b',
              FilterExpression: 'payload.#to = :booked AND tenant_id = :t',
              ExpressionAttributeNames: { '#to': 'to' },
              ExpressionAttributeValues: {
                ':p': groupKey(tenantId, 'LEAD_STATE_CHANGED'),
                ':a': normaliseTime(from),
                ':b': normaliseTime(to),
                ':booked': 'BOOKED',
                ':t': tenantId,
              },
              Select: 'COUNT',
              ...(start ? { ExclusiveStartKey: start } : {}),
            }),
          ),
        );
        n += out.Count ?? 0;
        start = out.LastEvaluatedKey;
      } while (start);
      return n;
    },
  };
}

export type MetricRollupsRepository = ReturnType<typeof createMetricRollupsRepository>;
