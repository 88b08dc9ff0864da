import { SessionSchema, type Session } from '../../domain/entities/session';
import { entityKey, timeSortKey } from '../keys';
import { compact, getItem, putVersioned, queryPage, type Item, type ListOptions, type Page, type StoreContext } from '../repository-kit';

/** The stored item of a session, indexed by lead and by traveler (its `plan_places` are what the staff list filters on). */
export function sessionItem(s: Session): Item {
  const sk = timeSortKey(s.created_at, s.session_id);
  return compact({
    ...s,
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
