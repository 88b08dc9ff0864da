import { z } from 'zod';
import { DecisionId, ItineraryId, LeadId, TravelerId } from '../ids';
import { DestinationIdSchema, PaceSchema } from '../trip-inputs';
import { recordBase } from './common';

export const LODGING_TIERS = ['budget', 'fair_value', 'premium'] as const;
export const LodgingTierSchema = z.enum(LODGING_TIERS);
export type LodgingTier = z.infer<typeof LodgingTierSchema>;

export const RouteStopSchema = z.object({
  destination_id: DestinationIdSchema,
  name: z.string().min(1),
  nights: z.number().int().min(1),
  lodging_tier: LodgingTierSchema,
  /** Hours of driving to reach this stop from the previous one (or the gateway). */
  drive_hours_in: z.number().min(0),
  transfer: z.enum(['road', 'flight']),
});
export type RouteStop = z.infer<typeof RouteStopSchema>;

export const DayPlanSchema = z.object({
  day: z.number().int().min(1),
  destination_id: DestinationIdSchema,
  summary: z.string().min(1).max(300),
  drive_hours: z.number().min(0),
});
export type DayPlan = z.infer<typeof DayPlanSchema>;

/** The plan part of an itinerary, as the rules build it on `book`. */
export const ItineraryDraftSchema = z.object({
  title: z.string().min(1).max(160),
  duration_days: z.number().int().min(1),
  pace: PaceSchema,
  route: z.array(RouteStopSchema).min(1),
  lodging_tiers: z.array(LodgingTierSchema).min(1),
  daily_plan: z.array(DayPlanSchema).min(1),
  assumptions: z.array(z.string().min(1)),
  risks: z.array(z.string().min(1)),
  inclusions: z.array(z.string().min(1)),
  exclusions: z.array(z.string().min(1)),
  estimated_cost_usd_per_person: z.number().min(0).optional(),
});
export type ItineraryDraft = z.infer<typeof ItineraryDraftSchema>;

/** A stored itinerary (seed 000, table 5), tied to the decision that produced it. */
export const ItinerarySchema = ItineraryDraftSchema.extend({
  itinerary_id: ItineraryId,
  ...recordBase,
  traveler_id: TravelerId,
  lead_id: LeadId.optional(),
  decision_id: DecisionId,
  artifact_links: z
    .object({ web_url: z.string().optional(), pdf_s3_key: z.string().optional(), pdf_url_signed: z.string().optional() })
    .default({}),
  version: z.number().int().min(1),
  parent_itinerary_id: ItineraryId.optional(),
  change_notes: z.string().max(1000).optional(),
});
export type Itinerary = z.infer<typeof ItinerarySchema>;
