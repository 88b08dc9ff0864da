import { z } from 'zod';

/** Knowledge-pack destination ids (ARCHITECTURE.md "TripInputs"). */
export const DESTINATION_IDS = [
  'masai_mara',
  'amboseli',
  'samburu',
  'laikipia',
  'tsavo',
  'serengeti',
  'ngorongoro',
  'tarangire',
  'lake_manyara',
  'ruaha',
  'nyerere',
  'bwindi',
  'volcanoes',
  'okavango_delta',
  'chobe',
  'kruger',
  'etosha',
  'south_luangwa',
  'victoria_falls',
  'zanzibar',
] as const;
export const DestinationIdSchema = z.enum(DESTINATION_IDS);
export type DestinationId = z.infer<typeof DestinationIdSchema>;

export const PRIORITIES = [
  'wildlife_density',
  'migration',
  'privacy',
  'photography',
  'comfort',
  'value',
  'beach',
  'gorillas',
  'walking',
  'birding',
  'big_five',
] as const;
export const PrioritySchema = z.enum(PRIORITIES);
export type Priority = z.infer<typeof PrioritySchema>;

export const PACES = ['slow', 'balanced', 'fast'] as const;
export const PaceSchema = z.enum(PACES);
export type Pace = z.infer<typeof PaceSchema>;

export const TRAVELER_TYPES = ['first_time', 'repeat', 'family', 'honeymoon', 'photographer', 'adventure'] as const;
export const TravelerTypeSchema = z.enum(TRAVELER_TYPES);
export type TravelerType = z.infer<typeof TravelerTypeSchema>;

export const BUDGET_BASES = ['per_person', 'total'] as const;
export const BudgetBasisSchema = z.enum(BUDGET_BASES);

/** ISO 4217 currency code, upper case. */
export const CurrencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD, EUR, KES');

const count = z.number().int().min(0).max(60);

/**
 * Fields of TripInputs, shared by the accumulated inputs and the extraction delta.
 * All optional: absent means unknown. Only what the traveler said, never a default.
 */
const tripInputFields = {
  destinations: z.array(DestinationIdSchema).max(20),
  excluded_destinations: z.array(DestinationIdSchema).max(20),
  month: z.number().int().min(1).max(12),
  year: z.number().int().min(2000).max(2100),
  start_date: z.iso.date(),
  end_date: z.iso.date(),
  duration_days: z.number().int().min(1).max(120),
  flexible_dates: z.boolean(),
  adults: count,
  children: count,
  child_ages: z.array(z.number().int().min(0).max(17)).max(20),
  group_size: z.number().int().min(1).max(60),
  budget_amount: z.number().positive().max(1e10),
  budget_currency: CurrencyCodeSchema,
  budget_basis: BudgetBasisSchema,
  drive_tolerance_hours: z.number().min(0).max(24),
  priorities: z.array(PrioritySchema).max(PRIORITIES.length),
  pace: PaceSchema,
  traveler_type: TravelerTypeSchema,
};

/** The accumulated trip inputs of a conversation (a decision's `inputs_snapshot`). */
export const TripInputsSchema = z.object(tripInputFields).partial();
export type TripInputs = z.infer<typeof TripInputsSchema>;
export type TripInputField = keyof TripInputs;
export const TRIP_INPUT_FIELDS = Object.keys(tripInputFields) as TripInputField[];

/**
 * What one traveler message adds or changes: the extraction tool's argument.
 * Set fields replace earlier values (a later statement wins); `remove_destinations`
 * drops places the traveler ruled out, and `clear_fields` forgets a field they withdrew.
 */
export const TripInputsDeltaSchema = TripInputsSchema.extend({
  remove_destinations: z.array(DestinationIdSchema).max(20).optional(),
  clear_fields: z.array(z.enum(Object.keys(tripInputFields) as [TripInputField, ...TripInputField[]])).optional(),
});
export type TripInputsDelta = z.infer<typeof TripInputsDeltaSchema>;
