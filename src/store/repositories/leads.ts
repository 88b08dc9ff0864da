import { LeadSchema, type Lead, type LeadState } from '../../domain/entities/lead';
import { entityKey, groupKey, timeSortKey } from '../keys';
import { compact, getItem, putVersioned, queryPage, type Item, type ListOptions, type Page, type StoreContext } from '../repository-kit';

/** The stored item of a lead: the staff queues index it by `tenant#state`, newest activity first. */
export function leadItem(l: Lead): Item {
  return compact({
    ...l,
    pk: entityKey(l.tenant_id, l.lead_id),
    by_state_pk: groupKey(l.tenant_id, l.lead_state),
    by_state_sk: timeSortKey(l.last_activity_at, l.lead_id),
  });
}

/** Leads: by id, and the queues (by state, newest activity first). */
export function createLeadsRepository(ctx: StoreContext) {
  return {
    /** Writes a lead under optimistic concurrency (null = create); returns the stored version. */
    save: (lead: Lead, expectedVersion: number | null): Promise<number> => putVersioned(ctx, 'leads', leadItem(lead), expectedVersion),
    get: (tenantId: string, leadId: string, consistent = false): Promise<Lead | undefined> =>
      getItem(ctx, 'leads', LeadSchema, tenantId, { pk: entityKey(tenantId, leadId) }, consistent),
    /** A staff queue: the tenant's leads in one state, newest activity first. */
    listByState: (tenantId: string, state: LeadState, options?: ListOptions): Promise<Page<Lead>> =>
      queryPage(
        ctx,
        { tenantId, table: 'leads', index: 'by_state', list: `leads:state:${state}`, partition: { attr: 'by_state_pk', value: groupKey(tenantId, state) }, newestFirst: true },
        LeadSchema,
        options,
      ),
  };
}

export type LeadsRepository = ReturnType<typeof createLeadsRepository>;
