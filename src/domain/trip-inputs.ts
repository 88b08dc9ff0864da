import * as z from './zod-mini';

// zod/mini (./zod-mini.ts): every session and decision nests these, and the message function
// parses them from its first `hello` (docs/deploy.md). `.check(z.describe(...))` is classic
// zod's `.describe(...)`: the extraction tool's JSON schema carries the same descriptions.

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

/** The countries the knowledge pack covers, as ISO 3166-1 alpha-2 codes (each has at least one pack place). */
export const COUNTRY_CODES = ['KE', 'TZ', 'UG', 'RW', 'BW', 'ZA', 'NA', 'ZM', 'ZW'] as const;
export const CountryCodeSchema = z.enum(COUNTRY_CODES);
export type CountryCode = z.infer<typeof CountryCodeSchema>;

export const PACES = ['slow', 'balanced', 'fast'] as const;
export const PaceSchema = z.enum(PACES);
export type Pace = z.infer<typeof PaceSchema>;

export const TRAVELER_TYPES = ['first_time', 'repeat', 'family', 'honeymoon', 'photographer', 'adventure'] as const;
export const TravelerTypeSchema = z.enum(TRAVELER_TYPES);
export type TravelerType = z.infer<typeof TravelerTypeSchema>;

export const BUDGET_BASES = ['per_person', 'total'] as const;
export const BudgetBasisSchema = z.enum(BUDGET_BASES);

/** ISO 4217 currency code, upper case. */
export const CurrencyCodeSchema = z.string().check(z.regex(/^[A-Z]{3}$/, 'an ISO 4217 code such as USD, EUR, KES'));

const count = z.number().check(z.int(), z.minimum(0), z.maximum(60));

/**
 * A calendar date `YYYY-MM-DD` that exists. Written as a short pattern plus a check,
 * rather than zod's full calendar regex, so the tool schema sent to the model stays small.
 */
export const CalendarDateSchema = z.string().check(
  z.regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD'),
  z.refine((s) => {
    const d = new Date(`${s}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
  }, 'a date that exists'),
);

/**
 * Fields of TripInputs, shared by the accumulated inputs and the extraction delta.
 * All optional: absent means unknown. Only what the traveler said, never a default.
 */
const tripInputFields = {
  destinations: z.array(DestinationIdSchema).check(z.maxLength(20), z.describe('Places the traveler wants to consider, as knowledge-pack ids')),
  excluded_destinations: z.array(DestinationIdSchema).check(z.maxLength(20), z.describe('Places the traveler has done before or rules out')),
  countries: z.array(CountryCodeSchema).check(z.maxLength(COUNTRY_CODES.length), z.describe('Countries the traveler wants to travel in, ISO codes: "Tanzania" = TZ')),
  month: z.number().check(z.int(), z.minimum(1), z.maximum(12), z.describe('Intended travel month, 1-12')),
  year: z.number().check(z.int(), z.minimum(2000), z.maximum(2100), z.describe('Travel year when stated or implied')),
  start_date: CalendarDateSchema.check(z.describe('First day of travel, YYYY-MM-DD, when concrete dates are given')),
  end_date: CalendarDateSchema.check(z.describe('Last day of travel, YYYY-MM-DD')),
  duration_days: z.number().check(z.int(), z.minimum(1), z.maximum(120), z.describe('Trip length in days: "a week" = 7')),
  flexible_dates: z.boolean().check(z.describe('True when the traveler says the timing can move, false when fixed')),
  adults: count.check(z.describe('Number of adults')),
  children: count.check(z.describe('Number of children (under 18)')),
  child_ages: z.array(z.number().check(z.int(), z.minimum(0), z.maximum(17))).check(z.maxLength(20), z.describe('Ages of the children')),
  group_size: z.number().check(z.int(), z.minimum(1), z.maximum(60), z.describe('Total travellers when determinable')),
  budget_amount: z.number().check(z.positive(), z.maximum(1e10), z.describe('Budget amount as a plain number: "5k" = 5000')),
  budget_currency: CurrencyCodeSchema.check(z.describe('ISO 4217 code of the budget: USD, EUR, GBP, KES, TZS, ZAR...')),
  budget_basis: BudgetBasisSchema.check(z.describe('Whether the budget is per person or for the whole group')),
  drive_tolerance_hours: z.number().check(z.minimum(0), z.maximum(24), z.describe('Most hours of driving a day the traveler accepts')),
  priorities: z.array(PrioritySchema).check(z.maxLength(PRIORITIES.length), z.describe('What matters most to the traveler')),
  pace: PaceSchema.check(z.describe('Preferred pace of the trip')),
  traveler_type: TravelerTypeSchema.check(z.describe('Kind of traveler or trip')),
};

export type TripInputField = keyof typeof tripInputFields;
/** A field a message can withdraw: any TripInputs field, or the activities named. */
export type ClearableField = TripInputField | 'activities';
export const TRIP_INPUT_FIELDS = Object.keys(tripInputFields) as TripInputField[];
const CLEARABLE_FIELDS: ClearableField[] = [...TRIP_INPUT_FIELDS, 'activities'];
const TripInputFieldSchema = z.enum(TRIP_INPUT_FIELDS as [TripInputField, ...TripInputField[]]);

/**
 * Two statements of the same essential input that cannot both hold ("dates fixed 3–12
 * August", later "leave only in late March, not negotiable"), neither a correction: the
 * inputs hold the later one, `earlier` the one it disagrees with, until the traveler
 * restates one of `fields`. The rules refuse naming both.
 */
export const InputConflictSchema = z.object({
  fields: z.array(TripInputFieldSchema).check(z.minLength(1), z.maxLength(4)),
  earlier: z.partial(z.object(tripInputFields)),
});
export type InputConflict = z.infer<typeof InputConflictSchema>;

/**
 * A child's coming birthday ("turns 15 on 10 January", "16 next spring"): the age they
 * turn and when. `child_ages` stay the ages today; the rules age a child at the trip's
 * date, so a permit's minimum age is checked on the day it is used. Without a day, the
 * new age counts from the month after (the birthday may be the month's last day).
 */
export const ChildBirthdaySchema = z.object({
  age: z.number().check(z.int(), z.minimum(1), z.maximum(18), z.describe('The age the child turns')),
  year: z.number().check(z.int(), z.minimum(2000), z.maximum(2100)),
  month: z.number().check(z.int(), z.minimum(1), z.maximum(12)),
  day: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(31))),
});
export type ChildBirthday = z.infer<typeof ChildBirthdaySchema>;

/** The latest month a flexible traveler said the trip can move to. */
export const FlexibleUntilSchema = z.object({
  year: z.number().check(z.int(), z.minimum(2000), z.maximum(2100)),
  month: z.number().check(z.int(), z.minimum(1), z.maximum(12)),
});
export type FlexibleUntil = z.infer<typeof FlexibleUntilSchema>;

/**
 * Large animals a traveler may ask to see by name; the pack lists which live at each place. The last ones
 * (NOT_IN_AFRICA) live wild nowhere in Africa: no pack place lists them, so a trip for them is decided as one no
 * place and no month can give (issue 14 item 2), not booked as a safari that ignores them.
 */
export const ANIMALS = ['lion', 'leopard', 'cheetah', 'wild_dog', 'elephant', 'buffalo', 'rhino', 'hippo', 'giraffe', 'tiger', 'polar_bear', 'jaguar', 'kangaroo', 'koala', 'panda', 'orangutan', 'snow_leopard'] as const;
/** Animals of ANIMALS with no wild population in Africa (tigers and orangutans are Asian, jaguars American, polar bears Arctic). */
export const NOT_IN_AFRICA = ['tiger', 'polar_bear', 'jaguar', 'kangaroo', 'koala', 'panda', 'orangutan', 'snow_leopard'] as const satisfies readonly (typeof ANIMALS)[number][];
export const AnimalSchema = z.enum(ANIMALS);
export type Animal = z.infer<typeof AnimalSchema>;

/** Activities with a season or a minimum age of their own, which a traveler may name; the pack says where and when. */
export const ACTIVITIES = ['devils_pool', 'canoeing', 'rafting', 'bungee', 'wilderness_trail', 'balloon'] as const;
export const ActivitySchema = z.enum(ACTIVITIES);
export type Activity = z.infer<typeof ActivitySchema>;

/** The part of the migration a traveler wants, when they say ("the calving", "the river crossings"). */
export const MigrationPhaseSchema = z.enum(['calving', 'river_crossings']);
export type MigrationPhase = z.infer<typeof MigrationPhaseSchema>;

/** A budget said per day or per night: the rules count it over each plan's days or nights. */
export const BudgetRateSchema = z.object({
  amount: z.number().check(z.positive(), z.maximum(1e10)),
  currency: CurrencyCodeSchema,
  basis: z.optional(BudgetBasisSchema),
  per: z.enum(['day', 'night']),
});
export type BudgetRate = z.infer<typeof BudgetRateSchema>;

/** The accumulated trip inputs of a conversation (a decision's `inputs_snapshot`). */
export const TripInputsSchema = z.partial(
  z.object({
    ...tripInputFields,
    conflict: InputConflictSchema,
    child_birthdays: z.array(ChildBirthdaySchema).check(z.maxLength(20), z.describe("Children's coming birthdays that fall before or during the trip: the age turned and when")),
    flexible_until: FlexibleUntilSchema.check(z.describe('The latest month a flexible trip can move to ("we can push it to October", "any time in the next 12 months")')),
    avoid_flights: z.boolean().check(z.describe('True when the traveler refuses light aircraft or flying within the trip ("no small planes", "no flying")')),
    budget_rate: BudgetRateSchema.check(z.describe('A budget said only per day or per night ("$350 per person per day"), when the trip\'s length was not given with it')),
    animals: z.array(AnimalSchema).check(z.maxLength(ANIMALS.length), z.describe('Animals the traveler asks to see by name ("lions", "rhinos and elephants")')),
    activities: z.array(ActivitySchema).check(z.maxLength(ACTIVITIES.length), z.describe('Activities the traveler names that have a season or a minimum age ("Devil\'s Pool", "canoeing on the Zambezi")')),
    adult_ages: z.array(z.number().check(z.int(), z.minimum(18), z.maximum(120))).check(z.maxLength(20), z.describe('Ages of adult travelers when said ("I\'m 70", "my 70th birthday", "both 40"): an activity with an upper age limit is checked against them')),
    asks_affordability: z.boolean().check(z.describe('True when the traveler asks whether they can afford the trip ("can we afford the Delta in August?"); with no budget said, the budget is asked')),
    budget_excludes_permits: z.boolean().check(z.describe('True when the traveler buys the permits apart from the budget they state ("permits will be bought by us", "$1,000 each for lodging and transport"): the rules add the permits on top')),
    budget_permits_only: z.boolean().check(z.describe('True when the amount stated caps only the permits ("we can\'t spend more than $1,000 each on the permit", "the most we can pay for the permit is $1,000"): the rest of the trip is not limited by it')),
    migration_phase: MigrationPhaseSchema.check(z.describe('Which part of the wildebeest migration the traveler wants: the calving (southern Serengeti, Jan-Mar) or the river crossings (Jul-Oct)')),
    open_elsewhere: z.boolean().check(z.describe('True when the traveler says any country or place will do besides the one they named ("any country is fine", "open to other countries", "open to anywhere"): a better place in another region is theirs to take')),
  }),
);
export type TripInputs = z.infer<typeof TripInputsSchema>;

/**
 * What one traveler message adds or changes: the extraction tool's argument.
 * Set fields replace earlier values (a later statement wins); `remove_destinations`
 * drops places the traveler ruled out, and `clear_fields` forgets a field they withdrew.
 */
export const TripInputsDeltaSchema = z.extend(z.omit(TripInputsSchema, { conflict: true }), {
  remove_destinations: z.optional(z.array(DestinationIdSchema).check(z.maxLength(20))),
  // Besides the TripInputs fields, the activities named ("skip the pool then" withdraws Devil's Pool and its age limit).
  clear_fields: z.optional(z.array(z.enum(CLEARABLE_FIELDS as [ClearableField, ...ClearableField[]]))),
  /** Essential inputs this message states differently from what is known, without correcting them. */
  contradicts: z.optional(z.array(TripInputFieldSchema).check(z.maxLength(4))),
  /** The other statement of a `contradicts` field made in this same message ("$3,000 per person, so $4,000 for both of us"). */
  contradicted: z.optional(z.partial(z.object(tripInputFields))),
});
export type TripInputsDelta = z.infer<typeof TripInputsDeltaSchema>;
