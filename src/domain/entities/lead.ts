import { z } from 'zod';
import { LeadId, TravelerId } from '../ids';
import { IsoDate, IsoDateTime } from '../time';
import { CurrencyCodeSchema, DestinationIdSchema } from '../trip-inputs';
import { ChannelSchema, Version, recordBase } from './common';

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
    state_reason: z.string().min(1).max(80),
    intent: z
      .object({
        destinations_considered: z.array(DestinationIdSchema).default([]),
        travel_dates: z
          .object({
            start: IsoDate.optional(),
            end: IsoDate.optional(),
            month: z.number().int().min(1).max(12).optional(),
            year: z.number().int().optional(),
          })
          .default({}),
        group_size: z.number().int().min(1).optional(),
        style: z.string().max(40).optional(),
        budget_range: z
          .object({ min: z.number().optional(), max: z.number().optional(), currency: CurrencyCodeSchema.optional() })
          .optional(),
        constraints: z.record(z.string(), z.unknown()).default({}),
      })
      .default({ destinations_considered: [], travel_dates: {}, constraints: {} }),
    objections: z.array(z.string().max(40)).default([]),
    priority_score: z.number().min(0).max(100).default(0),
    last_activity_at: IsoDateTime,
    next_action_at: IsoDateTime.optional(),
    assigned_to: z.string().max(120).optional(),
    last_decision_id: z.string().optional(),
    version: Version,
  })
  .superRefine((lead, ctx) => {
    if (LEAD_STATES_NEEDING_NEXT_ACTION.includes(lead.lead_state) && !lead.next_action_at) {
      ctx.addIssue({
        code: 'custom',
        path: ['next_action_at'],
        message: `a ${lead.lead_state} lead needs next_action_at`,
      });
    }
  });
export type Lead = z.infer<typeof LeadSchema>;
