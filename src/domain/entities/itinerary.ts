import { DecisionId, ItineraryId, LeadId, TravelerId } from '../ids';
import { DestinationIdSchema, PaceSchema } from '../trip-inputs';
import { recordBase } from './common';
import * as z from '../zod-mini';

export const LODGING_TIERS = ['budget', 'fair_value', 'premium'] as const;
export const LodgingTierSchema = z.enum(LODGING_TIERS);
export type LodgingTier = z.infer<typeof LodgingTierSchema>;

export const RouteStopSchema = z.object({
  destination_id: DestinationIdSchema,
  name: z.string().check(z.minLength(1)),
  nights: z.number().check(z.int(), z.minimum(1)),
  lodging_tier: LodgingTierSchema,
  /** Hours of driving to reach this stop from the previous one (or the gateway). */
  drive_hours_in: z.number().check(z.minimum(0)),
  transfer: z.enum(['road', 'flight']),
});
export type RouteStop = z.infer<typeof RouteStopSchema>;

export const DayPlanSchema = z.object({
  day: z.number().check(z.int(), z.minimum(1)),
  destination_id: DestinationIdSchema,
  summary: z.string().check(z.minLength(1), z.maxLength(300)),
  drive_hours: z.number().check(z.minimum(0)),
});
export type DayPlan = z.infer<typeof DayPlanSchema>;

/** The plan part of an itinerary, as the rules build it on `book`. */
export const ItineraryDraftSchema = z.object({
  title: z.string().check(z.minLength(1), z.maxLength(160)),
  duration_days: z.number().check(z.int(), z.minimum(1)),
  pace: PaceSchema,
  route: z.array(RouteStopSchema).check(z.minLength(1)),
  lodging_tiers: z.array(LodgingTierSchema).check(z.minLength(1)),
  daily_plan: z.array(DayPlanSchema).check(z.minLength(1)),
  assumptions: z.array(z.string().check(z.minLength(1))),
  risks: z.array(z.string().check(z.minLength(1))),
  inclusions: z.array(z.string().check(z.minLength(1))),
  exclusions: z.array(z.string().check(z.minLength(1))),
  estimated_cost_usd_per_person: z.optional(z.number().check(z.minimum(0))),
});
export type ItineraryDraft = z.infer<typeof ItineraryDraftSchema>;

/** A stored itinerary (seed 000, table 5), tied to the decision that produced it. */
export const ItinerarySchema = z.extend(ItineraryDraftSchema, {
  itinerary_id: ItineraryId,
  ...recordBase,
  traveler_id: TravelerId,
  lead_id: z.optional(LeadId),
  decision_id: DecisionId,
  artifact_links: z._default(z.object({ web_url: z.optional(z.string()), pdf_s3_key: z.optional(z.string()), pdf_url_signed: z.optional(z.string()) }), {}),
  version: z.number().check(z.int(), z.minimum(1)),
  parent_itinerary_id: z.optional(ItineraryId),
  change_notes: z.optional(z.string().check(z.maxLength(1000))),
});
export type Itinerary = z.infer<typeof ItinerarySchema>;
