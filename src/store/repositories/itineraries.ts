import { ItinerarySchema, type Itinerary } from '../../domain/entities/itinerary';
import { entityKey, timeSortKey } from '../keys';
import { getItem, putNew, queryPage, type Item, type ListOptions, type Page, type StoreContext } from '../repository-kit';

/** The stored item of an itinerary, indexed by the decision that produced it. */
export function itineraryItem(i: Itinerary): Item {
  return {
    ...i,
    pk: entityKey(i.tenant_id, i.itinerary_id),
    by_decision_pk: entityKey(i.tenant_id, i.decision_id),
    by_decision_sk: timeSortKey(i.created_at, i.itinerary_id),
  };
}

/** Itineraries: by id, and a decision's itineraries (newest version first). */
export function createItinerariesRepository(ctx: StoreContext) {
  return {
    create: (itinerary: Itinerary): Promise<void> => putNew(ctx, 'itineraries', itineraryItem(itinerary)),
    get: (tenantId: string, itineraryId: string): Promise<Itinerary | undefined> =>
      getItem(ctx, 'itineraries', ItinerarySchema, tenantId, { pk: entityKey(tenantId, itineraryId) }),
    listByDecision: (tenantId: string, decisionId: string, options?: ListOptions): Promise<Page<Itinerary>> =>
      queryPage(
        ctx,
        { tenantId, table: 'itineraries', index: 'by_decision', list: `itineraries:decision:${decisionId}`, partition: { attr: 'by_decision_pk', value: entityKey(tenantId, decisionId) }, newestFirst: true },
        ItinerarySchema,
        options,
      ),
  };
}

export type ItinerariesRepository = ReturnType<typeof createItinerariesRepository>;
