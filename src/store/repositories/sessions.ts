import { SessionSchema, type Session } from '../../domain/entities/session';
import { DestinationIdSchema, type DestinationId } from '../../domain/trip-inputs';
import * as z from '../../domain/zod-mini';
import { entityKey, timeSortKey } from '../keys';
import { compact, getItem, putVersioned, queryPage, type Item, type ListOptions, type Page, type StoreContext } from '../repository-kit';

/**
 * A session as its item stores it: the record, plus `plan_places`, the places of the plan
 * its standing decision chose (the itinerary's stops of a `book`), which the traveler may
 * never have named ("gorillas in Rwanda" is booked into Volcanoes). The store derives it
 * when a turn commits (turn-store.ts) so the staff conversation list can filter and show
 * it on the same Query as the rest; the turn itself never reads it.
 */
export const StoredSessionSchema = z.extend(SessionSchema, { plan_places: z.optional(z.array(DestinationIdSchema)) });
export type StoredSession = z.infer<typeof StoredSessionSchema>;

/** The item's `plan_places`, when it holds a valid list. */
export function planPlacesOf(item: Item | undefined): DestinationId[] | undefined {
  const parsed = z.safeParse(z.array(DestinationIdSchema), item?.plan_places);
  return parsed.success ? parsed.data : undefined;
}

/** The stored item of a session, indexed by lead and by traveler; `planPlaces` as above. */
export function sessionItem(s: Session, planPlaces?: readonly DestinationId[]): Item {
  const sk = timeSortKey(s.created_at, s.session_id);
  return compact({
    ...s,
    plan_places: planPlaces?.length ? [...new Set(planPlaces)] : undefined,
    pk: entityKey(s.tenant_id, s.session_id),
    by_lead_pk: s.lead_id ? entityKey(s.tenant_id, s.lead_id) : undefined,
    by_lead_sk: s.lead_id ? sk : undefined,
    by_traveler_pk: entityKey(s.tenant_id, s.traveler_id),
    by_traveler_sk: sk,
    // The staff console's conversation list (newest first within the tenant).
    by_tenant_pk: s.tenant_id,
    by_tenant_sk: sk,
  });
}

/** Sessions: by id, and a lead's or traveler's sessions newest first. Turns write them through the turn store. */
export function createSessionsRepository(ctx: StoreContext) {
  return {
    /**
     * Writes a session under optimistic concurrency (null = create). Returns the stored
     * version; ConflictError when it changed meanwhile, NotFoundError when it is gone.
     */
    save: (session: Session, expectedVersion: number | null): Promise<number> =>
      putVersioned(ctx, 'sessions', sessionItem(session), expectedVersion),
    get: (tenantId: string, sessionId: string, consistent = false): Promise<Session | undefined> =>
      getItem(ctx, 'sessions', SessionSchema, tenantId, { pk: entityKey(tenantId, sessionId) }, consistent),
    listByLead: (tenantId: string, leadId: string, options?: ListOptions): Promise<Page<Session>> =>
      queryPage(
        ctx,
        { tenantId, table: 'sessions', index: 'by_lead', list: `sessions:lead:${leadId}`, partition: { attr: 'by_lead_pk', value: entityKey(tenantId, leadId) }, newestFirst: true },
        SessionSchema,
        options,
      ),
    listByTraveler: (tenantId: string, travelerId: string, options?: ListOptions): Promise<Page<Session>> =>
      queryPage(
        ctx,
        { tenantId, table: 'sessions', index: 'by_traveler', list: `sessions:traveler:${travelerId}`, partition: { attr: 'by_traveler_pk', value: entityKey(tenantId, travelerId) }, newestFirst: true },
        SessionSchema,
        options,
      ),
  };
}

export type SessionsRepository = ReturnType<typeof createSessionsRepository>;
