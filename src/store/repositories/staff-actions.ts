/**
 * The staff console's state changes (issue 13, item 2): each is one DynamoDB transaction
 * holding the records that move together and their events, under version checks on what
 * the staff member saw. Someone else acting first cancels the whole transaction
 * (ConflictError, HTTP 409) and nothing is written.
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import type { Decision, DecisionState } from '../../domain/entities/decision';
import type { DomainEvent } from '../../domain/entities/event';
import type { Lead } from '../../domain/entities/lead';
import type { ReviewItem, ReviewStatus } from '../../domain/entities/review';
import type { Traveler } from '../../domain/entities/traveler';
import { ConflictError, translateError } from '../errors';
import { entityKey, timeSortKey } from '../keys';
import { createPut, versionedPut, type Item, type StoreContext } from '../repository-kit';
import { eventItem } from './events';
import { leadItem } from './leads';
import { reviewItem } from './reviews';
import { travelerItem } from './travelers';

/** A decision's move as the staff saw it: the state and `updated_at` it must still have. */
export interface DecisionMove {
  next: Decision;
  expected: { state: DecisionState; updated_at: string };
}

/** A review item's move under the status and `updated_at` the staff member saw. */
export interface ReviewMove {
  next: ReviewItem;
  expected: { status: ReviewStatus; updated_at: string } | null;
}

type TransactItem = NonNullable<ConstructorParameters<typeof TransactWriteCommand>[0]['TransactItems']>[number];

/** The Update of a decision's lifecycle fields only: its content is immutable. */
function decisionUpdate(ctx: StoreContext, m: DecisionMove): TransactItem {
  const d = m.next;
  const values: Item = {
    ':state': d.state,
    ':u': d.updated_at,
    ':review': d.review,
    ':from': m.expected.state,
    ':seen': m.expected.updated_at,
    ':t': d.tenant_id,
  };
  let expr = 'SET #state = :state, updated_at = :u, review = :review';
  if (d.review.needs_review) {
    expr += ', needs_review_pk = :t, needs_review_sk = :nsk';
    values[':nsk'] = timeSortKey(d.created_at, d.decision_id);
  } else expr += ' REMOVE needs_review_pk, needs_review_sk';
  return {
    Update: {
      TableName: ctx.tables.decisions,
      Key: { pk: entityKey(d.tenant_id, d.decision_id) },
      UpdateExpression: expr,
      ConditionExpression: 'tenant_id = :t AND #state = :from AND updated_at = :seen',
      ExpressionAttributeNames: { '#state': 'state' },
      ExpressionAttributeValues: values,
    },
  };
}

function reviewPut(ctx: StoreContext, m: ReviewMove): TransactItem {
  if (!m.expected) return { Put: createPut(ctx, 'reviews', reviewItem(m.next)) };
  return {
    Put: {
      TableName: ctx.tables.reviews,
      Item: reviewItem(m.next),
      ConditionExpression: 'tenant_id = :t AND #s = :s AND updated_at = :seen',
      ExpressionAttributeNames: { '#s': 'status' },
      ExpressionAttributeValues: { ':t': m.next.tenant_id, ':s': m.expected.status, ':seen': m.expected.updated_at },
    },
  };
}

const eventPuts = (ctx: StoreContext, events: DomainEvent[]): TransactItem[] => events.map((e) => ({ Put: createPut(ctx, 'events', eventItem(e)) }));

/** Staff state changes, each one transaction. */
export function createStaffActions(ctx: StoreContext) {
  async function commit(context: string, items: TransactItem[]): Promise<void> {
    try {
      await ctx.doc.send(new TransactWriteCommand({ TransactItems: items }));
    } catch (err) {
      const e = translateError(err, context);
      if (e instanceof ConflictError) throw new ConflictError(`${context}: changed by someone else meanwhile; reload and try again`, { cause: err });
      throw e;
    }
  }
  return {
    /** Decision state + review item (new or moved) + events. */
    reviewDecision: (decision: DecisionMove | undefined, review: ReviewMove, events: DomainEvent[]): Promise<void> =>
      commit('review decision', [...(decision ? [decisionUpdate(ctx, decision)] : []), reviewPut(ctx, review), ...eventPuts(ctx, events)]),
    /** Lead (version-checked) + events, and the traveler when its status moves with it. */
    changeLead(lead: Lead, expectedVersion: number, events: DomainEvent[], traveler?: { next: Traveler; seenUpdatedAt: string }): Promise<void> {
      const items: TransactItem[] = [{ Put: versionedPut(ctx, 'leads', leadItem(lead), expectedVersion) }, ...eventPuts(ctx, events)];
      if (traveler) {
        items.push({
          Put: {
            TableName: ctx.tables.travelers,
            Item: travelerItem(traveler.next),
            ConditionExpression: 'tenant_id = :t AND updated_at = :seen',
            ExpressionAttributeValues: { ':t': traveler.next.tenant_id, ':seen': traveler.seenUpdatedAt },
          },
        });
      }
      return commit('change lead', items);
    },
  };
}

export type StaffActions = ReturnType<typeof createStaffActions>;
