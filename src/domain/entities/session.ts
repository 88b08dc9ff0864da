import { z } from 'zod';
import { DecisionId, LeadId, SessionId, TravelerId } from '../ids';
import { IsoDateTime } from '../time';
import { LanguageSchema } from '../dialogue';
import { TripInputsSchema } from '../trip-inputs';
import { ChannelSchema, Version, recordBase } from './common';
import { DecisionStateSchema, OutcomeSchema, RefusalReasonSchema } from './decision';

/**
 * A bounded conversation (seed 000, table 2). It carries the accumulated trip inputs,
 * so a turn's context loads in one read, and a `version` for optimistic updates.
 */
export const SessionSchema = z.object({
  session_id: SessionId,
  ...recordBase,
  traveler_id: TravelerId,
  lead_id: LeadId.optional(),
  channel: ChannelSchema,
  entry: z
    .object({
      source: z.enum(['organic', 'direct', 'referral', 'paid', 'partner']).default('direct'),
      utm: z.record(z.string(), z.string()).optional(),
      landing_page_id: z.string().optional(),
      landing_url: z.string().max(2048).optional(),
    })
    .default({ source: 'direct' }),
  engagement: z
    .object({ engaged: z.boolean(), engaged_at: IsoDateTime.optional() })
    .default({ engaged: false }),
  outcome: z
    .object({
      decision_outcome: z.union([OutcomeSchema, z.literal('none')]),
      decision_id: DecisionId.optional(),
      ended_at: IsoDateTime.optional(),
    })
    .default({ decision_outcome: 'none' }),
  technical: z
    .object({
      user_agent: z.string().max(512).optional(),
      ip_hash: z.string().max(128).optional(),
      device_type: z.enum(['desktop', 'mobile', 'tablet']).optional(),
    })
    .default({}),
  /** Everything the traveler has said so far, merged turn by turn. */
  trip_inputs: TripInputsSchema.default({}),
  /** The language the traveler writes in, kept once detected (the widget's `data-locale` sets it at the start). */
  language: LanguageSchema.optional(),
  last_decision_id: DecisionId.optional(),
  /**
   * The session's current trip decision as the next turn needs it (to supersede it
   * without another read): its id, lifecycle state and outcome.
   */
  last_decision: z
    .object({
      decision_id: DecisionId,
      state: DecisionStateSchema,
      outcome: OutcomeSchema,
      refusal_reason: RefusalReasonSchema.optional(),
    })
    .optional(),
  last_inbound_at: IsoDateTime.optional(),
  turn_count: z.number().int().min(0).default(0),
  version: Version,
});
export type Session = z.infer<typeof SessionSchema>;
