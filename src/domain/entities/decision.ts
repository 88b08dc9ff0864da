import { DecisionId, ItineraryId, LeadId, PageId, SessionId, TravelerId } from '../ids';
import { IsoDateTime } from '../time';
import { TRIP_INPUT_FIELDS, TripInputsSchema, type TripInputField } from '../trip-inputs';
import { LocalizedDecisionSchema } from '../dialogue';
import { recordBase } from './common';
import * as z from '../zod-mini';

export const OUTCOMES = ['book', 'wait', 'switch', 'discard', 'refused'] as const;
export const OutcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof OutcomeSchema>;
export type IssuedOutcome = Exclude<Outcome, 'refused'>;

export const DECISION_TYPES = ['timing_verdict', 'fit_assessment', 'comparison', 'itinerary_reco', 'refusal'] as const;
export const DecisionTypeSchema = z.enum(DECISION_TYPES);
export type DecisionType = z.infer<typeof DecisionTypeSchema>;

/** Decision lifecycle states (seed 000 §5.2). */
export const DECISION_STATES = [
  'DRAFTED',
  'ISSUED',
  'REFUSED',
  'REVISED',
  'SUPERSEDED',
  'FLAGGED_FOR_REVIEW',
  'REVIEWED',
  'CORRECTED',
  'CLOSED',
] as const;
export const DecisionStateSchema = z.enum(DECISION_STATES);
export type DecisionState = z.infer<typeof DecisionStateSchema>;

export const REFUSAL_REASONS = ['missing_inputs', 'out_of_scope', 'unsafe', 'contradictory'] as const;
export const RefusalReasonSchema = z.enum(REFUSAL_REASONS);
export type RefusalReason = z.infer<typeof RefusalReasonSchema>;

export const AssumptionSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(16)),
  text: z.string().check(z.minLength(1), z.maxLength(400)),
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
  expires_at: z.optional(IsoDateTime),
});
export type Assumption = z.infer<typeof AssumptionSchema>;

export const RefusalSchema = z.object({
  reason: RefusalReasonSchema,
  missing_inputs: z.array(z.enum(TRIP_INPUT_FIELDS as [TripInputField, ...TripInputField[]])).check(z.maxLength(3)),
  next_action: z.string().check(z.minLength(1), z.maxLength(400)),
});
export type Refusal = z.infer<typeof RefusalSchema>;

const tokenCount = () => z.number().check(z.int(), z.minimum(0));

export const AiTraceSchema = z.object({
  model: z.string().check(z.minLength(1)),
  prompt_version: z.string().check(z.minLength(1)),
  safety_flags: z.array(z.string()),
  /** The model's token usage when it reports one (Bedrock): input at the full rate, output, and prompt-cache reads and writes. */
  tokens: z.optional(z.object({ input: tokenCount(), output: tokenCount(), cache_read: tokenCount(), cache_write: tokenCount() })),
});
export type AiTrace = z.infer<typeof AiTraceSchema>;

/** Fields of what the rules produce: the verdict and its ledger, without record bookkeeping. */
const decisionContentShape = {
  decision_type: DecisionTypeSchema,
  verdict: z.object({
    outcome: OutcomeSchema,
    headline: z.string().check(z.minLength(1), z.maxLength(200)),
    summary: z.string().check(z.minLength(1), z.maxLength(1200)),
  }),
  assumptions: z.array(AssumptionSchema).check(z.maxLength(8)),
  tradeoffs: z.object({ gains: z.array(z.string().check(z.minLength(1))), losses: z.array(z.string().check(z.minLength(1))) }),
  change_conditions: z.array(z.string().check(z.minLength(1))).check(z.maxLength(6)),
  confidence: z.number().check(z.minimum(0), z.maximum(1)),
  inputs_snapshot: TripInputsSchema,
  logic_version: z.string().check(z.regex(/^rules_v\d+\.\d+$/)),
  refusal: z.optional(RefusalSchema),
  /** Addition (issue 15): the same decision written for a French or German traveler. */
  localized: z.optional(LocalizedDecisionSchema),
};

type ContentLike = {
  decision_type: DecisionType;
  verdict: { outcome: Outcome };
  assumptions: unknown[];
  tradeoffs: { gains: unknown[]; losses: unknown[] };
  change_conditions: unknown[];
  refusal?: unknown;
};

/**
 * The Decision Doctrine (PROTOCOL.md "Decision"), enforced by the schema so no code
 * path can store a vague outcome: issued decisions carry assumptions, gains, losses
 * and change conditions; refusals carry a bounded refusal block.
 */
function checkDoctrine(d: ContentLike, ctx: z.core.$RefinementCtx): void {
  const refused = d.verdict.outcome === 'refused';
  if (refused !== (d.decision_type === 'refusal')) {
    ctx.addIssue({ code: 'custom', path: ['decision_type'], message: 'decision_type is refusal exactly when the outcome is refused' });
  }
  if (refused) {
    if (!d.refusal) ctx.addIssue({ code: 'custom', path: ['refusal'], message: 'a refusal needs its reason and next action' });
    return;
  }
  if (d.refusal) ctx.addIssue({ code: 'custom', path: ['refusal'], message: 'an issued decision has no refusal block' });
  if (d.assumptions.length === 0) ctx.addIssue({ code: 'custom', path: ['assumptions'], message: 'an issued decision states its assumptions' });
  if (d.tradeoffs.gains.length === 0) ctx.addIssue({ code: 'custom', path: ['tradeoffs', 'gains'], message: 'an issued decision names a gain' });
  if (d.tradeoffs.losses.length === 0) ctx.addIssue({ code: 'custom', path: ['tradeoffs', 'losses'], message: 'an issued decision names a loss' });
  if (d.change_conditions.length === 0) ctx.addIssue({ code: 'custom', path: ['change_conditions'], message: 'an issued decision names what would change it' });
}

/** What `decide()` returns for the record: verdict, ledger, snapshot and logic version. */
export const DecisionContentSchema = z.object(decisionContentShape).check(z.superRefine(checkDoctrine));
export type DecisionContent = z.infer<typeof DecisionContentSchema>;

/** A stored decision (seed 000, table 4): its content is immutable; revisions supersede it. */
export const DecisionSchema = z
  .object({
    decision_id: DecisionId,
    ...recordBase,
    traveler_id: TravelerId,
    session_id: z.optional(SessionId),
    lead_id: z.optional(LeadId),
    state: DecisionStateSchema,
    ...decisionContentShape,
    ai_used: z.boolean(),
    ai_trace: AiTraceSchema,
    supersedes_decision_id: z.optional(DecisionId),
    linked_entities: z._default(z.object({ itinerary_id: z.optional(ItineraryId), content_page_id: z.optional(PageId) }), {}),
    review: z._default(
      z.object({
        needs_review: z.boolean(),
        review_reason: z.nullable(z.string()),
        review_status: z.enum(['none', 'queued', 'reviewed', 'corrected']),
      }),
      { needs_review: false, review_reason: null, review_status: 'none' },
    ),
  })
  .check(z.superRefine(checkDoctrine));
export type Decision = z.infer<typeof DecisionSchema>;

/**
 * The decision as sent to travelers' clients (PROTOCOL.md "Decision"): the stored record
 * without the tenant id and the internal review bookkeeping.
 */
export function publicDecision(d: Decision): Omit<Decision, 'tenant_id' | 'review'> {
  const { tenant_id: _t, review: _r, ...rest } = d;
  return rest;
}
