/**
 * A lead's or a session's events, for tests. The product lists events by decision and by type
 * only (src/store/tables.ts), so no index serves this; a test's own tables are small, and a
 * filtered Scan of them reads what a staff view never needs.
 */
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import { EventSchema, type DomainEvent } from '../../src/domain/entities/event';
import { fromItem, type Item, type StoreContext } from '../../src/store/repository-kit';

/** The tenant's events of one lead or session, oldest first. */
export async function scanEvents(ctx: StoreContext, tenantId: string, of: { lead_id: string } | { session_id: string }): Promise<DomainEvent[]> {
  const [attr, value] = 'lead_id' in of ? ['lead_id', of.lead_id] : ['session_id', of.session_id];
  const items: Item[] = [];
  let start: Item | undefined;
  do {
    const out = await ctx.doc.send(
      new ScanCommand({
        TableName: ctx.tables.events,
        FilterExpression: 'tenant_id = :t AND #a = :v',
        ExpressionAttributeNames: { '#a': attr },
        ExpressionAttributeValues: { ':t': tenantId, ':v': value },
        ConsistentRead: true,
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    items.push(...(out.Items ?? []));
    start = out.LastEvaluatedKey;
  } while (start);
  return items
    .map((i) => fromItem(EventSchema, 'events', i))
    .sort((a, b) => (a.created_at === b.created_at ? a.event_id.localeCompare(b.event_id) : a.created_at.localeCompare(b.created_at)));
}
