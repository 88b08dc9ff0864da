import { EventSchema, type DomainEvent, type EventType } from '../../domain/entities/event';
import { StoreRequestError } from '../errors';
import { entityKey, groupKey, normaliseTime, timeSortKey } from '../keys';
import { compact, putNew, queryPage, type Item, type ListOptions, type Page, type StoreContext } from '../repository-kit';

/** The stored item of an event: indexed by its decision, and by tenant + type + time (the queries that exist). */
export function eventItem(e: DomainEvent): Item {
  const sk = timeSortKey(e.created_at, e.event_id);
  const t = e.tenant_id;
  return compact({
    ...e,
    pk: entityKey(t, e.event_id),
    by_decision_pk: e.decision_id ? entityKey(t, e.decision_id) : undefined,
    by_decision_sk: e.decision_id ? sk : undefined,
    by_type_pk: groupKey(t, e.event_type),
    by_type_sk: sk,
  });
}

export interface TimeRange {
  /** Inclusive ISO-8601 instant. */
  from: string;
  /** Exclusive ISO-8601 instant. */
  to: string;
}

/** Events: append-only; listed by decision and by type over time. */
export function createEventsRepository(ctx: StoreContext) {
  return {
    /** Appends an event; DuplicateError when its id exists (events are never overwritten). */
    append: (event: DomainEvent): Promise<void> => putNew(ctx, 'events', eventItem(event)),
    /**
     * The events of a decision, oldest first. Only decisions: nothing lists a lead's or a
     * session's events, and an index for each cost a write unit per event (issue 17).
     */
    async listByEntity(tenantId: string, entityId: string, options?: ListOptions): Promise<Page<DomainEvent>> {
      if (!entityId.startsWith('dec_')) throw new StoreRequestError(`events are listed by decision ids, not ${entityId}`);
      return queryPage(
        ctx,
        { tenantId, table: 'events', index: 'by_decision', list: `events:entity:${entityId}`, partition: { attr: 'by_decision_pk', value: entityKey(tenantId, entityId) }, newestFirst: false },
        EventSchema,
        options,
      );
    },
    /** The tenant's events of one type with `from <= created_at < to`, oldest first (metrics). */
    listByType: (tenantId: string, type: EventType, range: TimeRange, options?: ListOptions): Promise<Page<DomainEvent>> =>
      queryPage(
        ctx,
        {
          tenantId,
          table: 'events',
          index: 'by_type',
          list: `events:type:${type}:${range.from}:${range.to}`,
          partition: { attr: 'by_type_pk', value: groupKey(tenantId, type) },
          // Sort keys are `<time>#<id>`: `to` itself sorts before every key at instant `to`.
          range: { attr: 'by_type_sk', between: [normaliseTime(range.from), normaliseTime(range.to)] },
          newestFirst: false,
        },
        EventSchema,
        options,
      ),
  };
}

export type EventsRepository = ReturnType<typeof createEventsRepository>;
