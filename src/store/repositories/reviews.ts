import { ReviewItemSchema, type ReviewItem, type ReviewStatus } from '../../domain/entities/review';
import { entityKey, groupKey, timeSortKey } from '../keys';
import { getItem, putNew, queryPage, type Item, type ListOptions, type Page, type StoreContext } from '../repository-kit';
import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { ConflictError, NotFoundError, isConditionFailed, translateError } from '../errors';

/** The stored item of a review: the queue indexes it by `tenant#status`, by last change. */
export function reviewItem(r: ReviewItem): Item {
  return {
    ...r,
    pk: entityKey(r.tenant_id, r.review_id),
    by_status_pk: groupKey(r.tenant_id, r.status),
    by_status_sk: timeSortKey(r.updated_at, r.review_id),
    by_decision_pk: entityKey(r.tenant_id, r.decision_id),
    by_decision_sk: timeSortKey(r.created_at, r.review_id),
  };
}

/** The review queue: by id, by status (oldest change first: a queue), a decision's reviews. */
export function createReviewsRepository(ctx: StoreContext) {
  return {
    create: (review: ReviewItem): Promise<void> => putNew(ctx, 'reviews', reviewItem(review)),
    get: (tenantId: string, reviewId: string): Promise<ReviewItem | undefined> =>
      getItem(ctx, 'reviews', ReviewItemSchema, tenantId, { pk: entityKey(tenantId, reviewId) }),
    /**
     * Stores a review's transition, only if it is still in `expectedStatus` (so two staff
     * members cannot both act on it): ConflictError otherwise, NotFoundError when absent.
     */
    async transition(review: ReviewItem, expectedStatus: ReviewStatus): Promise<void> {
      try {
        await ctx.doc.send(
          new PutCommand({
            TableName: ctx.tables.reviews,
            Item: reviewItem(review),
            ConditionExpression: '#s = :expected',
            ExpressionAttributeNames: { '#s': 'status' },
            ExpressionAttributeValues: { ':expected': expectedStatus },
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          }),
        );
      } catch (err) {
        if (isConditionFailed(err)) {
          if (!(err as { Item?: unknown }).Item) throw new NotFoundError('reviews', review.review_id);
          throw new ConflictError(`review ${review.review_id} is no longer ${expectedStatus}`, { cause: err });
        }
        throw translateError(err, 'transition reviews');
      }
    },
    /** The tenant's reviews in one status, oldest change first (work the queue in order). */
    listByStatus: (tenantId: string, status: ReviewStatus, options?: ListOptions): Promise<Page<ReviewItem>> =>
      queryPage(
        ctx,
        { tenantId, table: 'reviews', index: 'by_status', list: `reviews:status:${status}`, partition: { attr: 'by_status_pk', value: groupKey(tenantId, status) }, newestFirst: false },
        ReviewItemSchema,
        options,
      ),
    listByDecision: (tenantId: string, decisionId: string, options?: ListOptions): Promise<Page<ReviewItem>> =>
      queryPage(
        ctx,
        { tenantId, table: 'reviews', index: 'by_decision', list: `reviews:decision:${decisionId}`, partition: { attr: 'by_decision_pk', value: entityKey(tenantId, decisionId) }, newestFirst: false },
        ReviewItemSchema,
        options,
      ),
  };
}

export type ReviewsRepository = ReturnType<typeof createReviewsRepository>;
