import { z } from 'zod';
import { DecisionId, ReviewId } from '../ids';
import { recordBase } from './common';

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
  notes: z.string().max(4000).default(''),
  flagged_by: z.string().max(120).optional(),
  /** The staff member who took the item into review (issue 13's queue shows it). */
  assignee: z.object({ staff_id: z.string().min(1).max(80), name: z.string().max(120) }).optional(),
  resolution: z
    .object({
      action_taken: z.enum(REVIEW_ACTIONS).optional(),
      logic_version_new: z.string().regex(/^rules_v\d+\.\d+$/).optional(),
      public_note: z.string().max(1000).optional(),
    })
    .default({}),
});
export type ReviewItem = z.infer<typeof ReviewItemSchema>;
