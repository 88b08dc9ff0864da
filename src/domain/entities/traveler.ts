import { z } from 'zod';
import { TravelerId } from '../ids';
import { E164 } from '../phone';
import { PaceSchema, TravelerTypeSchema } from '../trip-inputs';
import { recordBase } from './common';

export { E164 };

/** A person (or primary planner) talking to the agent (seed 000, table 1). */
export const TravelerSchema = z.object({
  traveler_id: TravelerId,
  ...recordBase,
  status: z.enum(['active', 'suppressed', 'deleted']),
  contact: z.object({
    email: z.email().optional(),
    phone: z.optional(E164),
    whatsapp: z.optional(E164),
  }),
  locale: z.string().min(2).max(35).default('en'),
  timezone: z.string().optional(),
  consent: z.object({
    marketing_opt_in: z.boolean(),
    data_processing_opt_in: z.boolean(),
  }),
  profile: z
    .object({
      traveler_type: TravelerTypeSchema.optional(),
      budget_band: z.enum(['budget', 'fair_value', 'premium']).optional(),
      pace_preference: PaceSchema.optional(),
      drive_tolerance_hours: z.number().min(0).max(24).optional(),
      comfort_priority: z.enum(['low', 'medium', 'high']).optional(),
      risk_tolerance: z.enum(['low', 'medium', 'high']).optional(),
    })
    .default({}),
  notes: z.string().max(2000).optional(),
});
export type Traveler = z.infer<typeof TravelerSchema>;
