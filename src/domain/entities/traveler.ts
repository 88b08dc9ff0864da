import { z } from 'zod';
import { TravelerId } from '../ids';
import { PaceSchema, TravelerTypeSchema } from '../trip-inputs';
import { recordBase } from './common';

/** E.164 phone number, e.g. `+254712345678`. */
export const E164 = z.string().regex(/^\+[1-9]\d{6,14}$/, 'an E.164 number such as +254712345678');

/** A person (or primary planner) talking to the agent (seed 000, table 1). */
export const TravelerSchema = z.object({
  traveler_id: TravelerId,
  ...recordBase,
  status: z.enum(['active', 'suppressed', 'deleted']),
  contact: z.object({
    email: z.email().optional(),
    phone: E164.optional(),
    whatsapp: E164.optional(),
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
