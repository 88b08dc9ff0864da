import { DecisionId, ReviewId } from '../ids';
import { recordBase } from './common';
import * as z from '../zod-mini';

export const REVIEW_STATUSES = ['queued', 'in_review', 'corrected', 'closed'] as const;
export const ReviewStatusSchema = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatusSchema>;

export const REVIEW_REASON_CODES = ['assumption_failure', 'comms_failure', 'scope_failure', 'external_shock'] as const;
export const ReviewReasonCodeSchema = z.enum(REVIEW_REASON_CODES);

export const REVIEW_ACTIONS = ['updated_rules', 'updated_copy', 'adjusted_threshold', 'added_refusal', 'none'] as const;

/** A decision flagged for evaluation and correction (seed 000, table 8). */
export const ReviewItemSchema = z.object({
  review_id: ReviewId,
  ...recordBase,
  decision_id: DecisionId,
  status: ReviewStatusSchema,
  reason_code: ReviewReasonCodeSchema,
  notes: z._default(z.string().check(z.maxLength(4000)), ''),
  flagged_by: z.optional(z.string().check(z.maxLength(120))),
  /** The staff member who took the item into review (issue 13's queue shows it). */
  assignee: z.optional(z.object({ staff_id: z.string().check(z.minLength(1), z.maxLength(80)), name: z.string().check(z.maxLength(120)) })),
  resolution: z._default(
    z.object({
      action_taken: z.optional(z.enum(REVIEW_ACTIONS)),
      logic_version_new: z.optional(z.string().check(z.regex(/^rules_v\d+\.\d+$/))),
      public_note: z.optional(z.string().check(z.maxLength(1000))),
    }),
    {},
  ),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;
