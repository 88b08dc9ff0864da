import { DecisionId, LeadId, MessageId, SessionId, TravelerId } from '../ids';
import { IsoDateTime } from '../time';
import { LanguageSchema } from '../dialogue';
import { DestinationIdSchema, TripInputsSchema } from '../trip-inputs';
import { ChannelSchema, Version, recordBase } from './common';
import { DecisionStateSchema, OutcomeSchema, RefusalReasonSchema } from './decision';
import * as z from '../zod-mini';

/**
 * A bounded conversation (seed 000, table 2). It carries the accumulated trip inputs,
 * so a turn's context loads in one read, and a `version` for optimistic updates.
 */
export const SessionSchema = z.object({
  session_id: SessionId,
  ...recordBase,
  traveler_id: TravelerId,
  lead_id: z.optional(LeadId),
  channel: ChannelSchema,
  entry: z._default(
    z.object({
      source: z._default(z.enum(['organic', 'direct', 'referral', 'paid', 'partner']), 'direct'),
      utm: z.optional(z.record(z.string(), z.string())),
      landing_page_id: z.optional(z.string()),
      landing_url: z.optional(z.string().check(z.maxLength(2048))),
    }),
    { source: 'direct' },
  ),
  engagement: z._default(z.object({ engaged: z.boolean(), engaged_at: z.optional(IsoDateTime) }), { engaged: false }),
  outcome: z._default(
    z.object({
      decision_outcome: z.union([OutcomeSchema, z.literal('none')]),
      decision_id: z.optional(DecisionId),
      ended_at: z.optional(IsoDateTime),
    }),
    { decision_outcome: 'none' },
  ),
  technical: z._default(
    z.object({
      user_agent: z.optional(z.string().check(z.maxLength(512))),
      ip_hash: z.optional(z.string().check(z.maxLength(128))),
      device_type: z.optional(z.enum(['desktop', 'mobile', 'tablet'])),
    }),
    {},
  ),
  /** Everything the traveler has said so far, merged turn by turn. */
  trip_inputs: z._default(TripInputsSchema, {}),
  /** The language the traveler writes in, kept once detected (the widget's `data-locale` sets it at the start). */
  language: z.optional(LanguageSchema),
  last_decision_id: z.optional(DecisionId),
  /**
   * The session's current trip decision as the next turn needs it (to supersede it
   * without another read): its id, lifecycle state and outcome.
   */
  last_decision: z.optional(
    z.object({
      decision_id: DecisionId,
      state: DecisionStateSchema,
      outcome: OutcomeSchema,
      refusal_reason: z.optional(RefusalReasonSchema),
    }),
  ),
  /**
   * The places the standing decision's plan chose (its itinerary's stops), which the traveler may never have named
   * ("gorillas in Rwanda" is booked into Volcanoes): the staff conversation list filters and shows them. Set when a
   * turn makes a new standing decision (absent when that decision has no plan); kept by every other turn (added, optional).
   */
  plan_places: z.optional(z.array(DestinationIdSchema).check(z.maxLength(20))),
  /**
   * An unsafe request or a guarantee refused earlier that still stands: later messages that
   * only add trip facts are refused for it until the traveler withdraws it (src/agent/turn/held-refusal.ts).
   */
  held_refusal: z.optional(
    z.object({
      reason: z.enum(['out_of_scope', 'unsafe']),
      topic: z.string().check(z.minLength(1), z.maxLength(64)),
      message_id: MessageId,
      /** Facts-only messages refused for it in a row; the second releases it (added, optional). */
      repeats: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(1000))),
      /** The guarantee was made a condition of booking ("we only book if you guarantee …"): only a withdrawal releases it (added, optional). */
      conditional: z.optional(z.boolean()),
    }),
  ),
  last_inbound_at: z.optional(IsoDateTime),
  turn_count: z._default(z.number().check(z.int(), z.minimum(0)), 0),
  version: Version,
});
export type Session = z.infer<typeof SessionSchema>;
