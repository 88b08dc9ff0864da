import { ItinerarySchema, type Itinerary } from '../../domain/entities/itinerary';
import { entityKey } from '../keys';
import { getItem, putNew, type Item, type StoreContext } from '../repository-kit';

/** The stored item of an itinerary. Its decision names it (`linked_entities.itinerary_id`), so no index finds it. */
export function itineraryItem(i: Itinerary): Item {
  return { ...i, pk: entityKey(i.tenant_id, i.itinerary_id) };
}

/** Itineraries: by id. */
export function createItinerariesRepository(ctx: StoreContext) {
  return {
    create: (itinerary: Itinerary): Promise<void> => putNew(ctx, 'itineraries', itineraryItem(itinerary)),
    get: (tenantId: string, itineraryId: string): Promise<Itinerary | undefined> =>
      getItem(ctx, 'itineraries', ItinerarySchema, tenantId, { pk: entityKey(tenantId, itineraryId) }),
  };
}

export type ItinerariesRepository = ReturnType<typeof createItinerariesRepository>;
