import { TravelerId } from '../ids';
import { E164 } from '../phone';
import { PaceSchema, TravelerTypeSchema } from '../trip-inputs';
import { recordBase } from './common';
import * as z from '../zod-mini';

export { E164 };

/** A person (or primary planner) talking to the agent (seed 000, table 1). */
export const TravelerSchema = z.object({
  traveler_id: TravelerId,
  ...recordBase,
  status: z.enum(['active', 'suppressed', 'deleted']),
  contact: z.object({
    email: z.optional(z.email()),
    phone: z.optional(E164),
    whatsapp: z.optional(E164),
  }),
  locale: z._default(z.string().check(z.minLength(2), z.maxLength(35)), 'en'),
  timezone: z.optional(z.string()),
  consent: z.object({
    marketing_opt_in: z.boolean(),
    data_processing_opt_in: z.boolean(),
  }),
  profile: z._default(
    z.object({
      traveler_type: z.optional(TravelerTypeSchema),
      budget_band: z.optional(z.enum(['budget', 'fair_value', 'premium'])),
      pace_preference: z.optional(PaceSchema),
      drive_tolerance_hours: z.optional(z.number().check(z.minimum(0), z.maximum(24))),
      comfort_priority: z.optional(z.enum(['low', 'medium', 'high'])),
      risk_tolerance: z.optional(z.enum(['low', 'medium', 'high'])),
    }),
    {},
  ),
  notes: z.optional(z.string().check(z.maxLength(2000))),
});
export type Traveler = z.infer<typeof TravelerSchema>;
