import { DecisionSchema, type Decision, type DecisionState } from '../../domain/entities/decision';
import { entityKey, timeSortKey } from '../keys';
import { compact, fromItem, getItem, putNew, queryPage, updateExisting, type Item, type ListOptions, type Page, type StoreContext } from '../repository-kit';

/** The stored item of a decision: indexed by lead, and (sparsely) while it needs review. */
export function decisionItem(d: Decision): Item {
  const sk = timeSortKey(d.created_at, d.decision_id);
  return compact({
    ...d,
    pk: entityKey(d.tenant_id, d.decision_id),
    by_lead_pk: d.lead_id ? entityKey(d.tenant_id, d.lead_id) : undefined,
    by_lead_sk: d.lead_id ? sk : undefined,
    ...needsReviewKeys(d.tenant_id, d.review.needs_review, sk),
    // A period's decisions for staff views and the metric rollups.
    by_tenant_pk: d.tenant_id,
    by_tenant_sk: sk,
  });
}

/** Only decisions needing review carry these keys, so the index holds nothing else. */
function needsReviewKeys(tenantId: string, needsReview: boolean, sk: string) {
  return needsReview ? { needs_review_pk: tenantId, needs_review_sk: sk } : { needs_review_pk: undefined, needs_review_sk: undefined };
}

export interface DecisionStateChange {
  state: DecisionState;
  updated_at: string;
  review?: Decision['review'];
  /** Apply only when the decision is in this state now (else ConflictError). */
  expectedState?: DecisionState;
}

/**
 * Decisions: immutable content (a revision is a new decision), so the only in-place
 * change is the lifecycle state and review status.
 */
export function createDecisionsRepository(ctx: StoreContext) {
  return {
    /** Stores a new decision; DuplicateError when the id exists. */
    create: (decision: Decision): Promise<void> => putNew(ctx, 'decisions', decisionItem(decision)),
    get: (tenantId: string, decisionId: string): Promise<Decision | undefined> =>
      getItem(ctx, 'decisions', DecisionSchema, tenantId, { pk: entityKey(tenantId, decisionId) }),
    /** A lead's decisions, newest first. */
    listByLead: (tenantId: string, leadId: string, options?: ListOptions): Promise<Page<Decision>> =>
      queryPage(
        ctx,
        { tenantId, table: 'decisions', index: 'by_lead', list: `decisions:lead:${leadId}`, partition: { attr: 'by_lead_pk', value: entityKey(tenantId, leadId) }, newestFirst: true },
        DecisionSchema,
        options,
      ),
    /** Decisions flagged as needing review, newest first. */
    listNeedingReview: (tenantId: string, options?: ListOptions): Promise<Page<Decision>> =>
      queryPage(
        ctx,
        { tenantId, table: 'decisions', index: 'needs_review', list: 'decisions:needs_review', partition: { attr: 'needs_review_pk', value: tenantId }, newestFirst: true },
        DecisionSchema,
        options,
      ),
    /** Moves a decision to a new state (and review status); NotFoundError / ConflictError as typed outcomes. */
    async changeState(tenantId: string, decisionId: string, change: DecisionStateChange): Promise<Decision> {
      const names: Record<string, string> = { '#state': 'state' };
      const values: Item = { ':state': change.state, ':u': change.updated_at };
      let set = 'SET #state = :state, updated_at = :u';
      let remove = '';
      if (change.review) {
        values[':review'] = change.review;
        set += ', review = :review';
        if (change.review.needs_review) {
          // The sort key needs created_at and the id: both are in the stored item.
          set += ', needs_review_pk = :tenant, needs_review_sk = if_not_exists(needs_review_sk, :nsk)';
          values[':tenant'] = tenantId;
          values[':nsk'] = timeSortKey(change.updated_at, decisionId);
        } else remove = ' REMOVE needs_review_pk, needs_review_sk';
      }
      let condition: string | undefined;
      if (change.expectedState) {
        values[':from'] = change.expectedState;
        condition = '#state = :from';
      }
      const item = await updateExisting(ctx, 'decisions', { pk: entityKey(tenantId, decisionId) }, {
        UpdateExpression: set + remove,
        ExpressionAttributeNames: names,
        ExpressionAttributeValues: values,
        ...(condition ? { condition } : {}),
      });
      return fromItem(DecisionSchema, 'decisions', item);
    },
  };
}

export type DecisionsRepository = ReturnType<typeof createDecisionsRepository>;
