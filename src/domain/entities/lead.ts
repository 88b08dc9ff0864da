import { LeadId, TravelerId } from '../ids';
import { IsoDate, IsoDateTime } from '../time';
import { CurrencyCodeSchema, DestinationIdSchema } from '../trip-inputs';
import { ChannelSchema, Version, recordBase } from './common';
import * as z from '../zod-mini';

/** Lead lifecycle states (seed 000 §5.1). */
export const LEAD_STATES = [
  'NEW',
  'ASSESSING',
  'PLAN_READY',
  'WAITING',
  'SWITCHED',
  'DISCARDED',
  'BOOKED',
  'DORMANT',
  'SUPPRESSED',
] as const;
export const LeadStateSchema = z.enum(LEAD_STATES);
export type LeadState = z.infer<typeof LeadStateSchema>;

/** States in which a lead must say when we act on it next (seed 000 "Lead state rules"). */
export const LEAD_STATES_NEEDING_NEXT_ACTION: readonly LeadState[] = ['WAITING', 'DORMANT'];

/** A traveler who has shown intent (seed 000, table 3). */
export const LeadSchema = z
  .object({
    lead_id: LeadId,
    ...recordBase,
    traveler_id: TravelerId,
    channel: ChannelSchema,
    lead_state: LeadStateSchema,
    /** A short code such as `STATE_REASON.TIMING_NOT_OPTIMAL`. */
    state_reason: z.string().check(z.minLength(1), z.maxLength(80)),
    intent: z._default(
      z.object({
        destinations_considered: z._default(z.array(DestinationIdSchema), []),
        travel_dates: z._default(
          z.object({
            start: z.optional(IsoDate),
            end: z.optional(IsoDate),
            month: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(12))),
            year: z.optional(z.number().check(z.int())),
          }),
          {},
        ),
        group_size: z.optional(z.number().check(z.int(), z.minimum(1))),
        style: z.optional(z.string().check(z.maxLength(40))),
        budget_range: z.optional(z.object({ min: z.optional(z.number()), max: z.optional(z.number()), currency: z.optional(CurrencyCodeSchema) })),
        constraints: z._default(z.record(z.string(), z.unknown()), {}),
      }),
      { destinations_considered: [], travel_dates: {}, constraints: {} },
    ),
    objections: z._default(z.array(z.string().check(z.maxLength(40))), []),
    priority_score: z._default(z.number().check(z.minimum(0), z.maximum(100)), 0),
    last_activity_at: IsoDateTime,
    next_action_at: z.optional(IsoDateTime),
    assigned_to: z.optional(z.string().check(z.maxLength(120))),
    last_decision_id: z.optional(z.string()),
    version: Version,
  })
  .check(
    z.superRefine((lead, ctx) => {
      if (LEAD_STATES_NEEDING_NEXT_ACTION.includes(lead.lead_state) && !lead.next_action_at) {
        ctx.addIssue({
          code: 'custom',
          path: ['next_action_at'],
          message: `a ${lead.lead_state} lead needs next_action_at`,
        });
      }
    }),
  );
export type Lead = z.infer<typeof LeadSchema>;
