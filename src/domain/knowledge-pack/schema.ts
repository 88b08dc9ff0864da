import { z } from 'zod';
import { ActivitySchema, AnimalSchema, CountryCodeSchema, DESTINATION_IDS, DestinationIdSchema, PRIORITIES, PrioritySchema } from '../trip-inputs';

/** The form a place name is compared in: trimmed, lower case, single spaces ("  The  Mara" → "the mara"). */
export function normalizeName(text: string): string {
  return text.trim().toLowerCase().replace(/\s+/g, ' ');
}

/**
 * Every lookup key a destination answers to: its id, the id with spaces, its name and its aliases,
 * normalized and deduplicated. The schema requires these keys to be unique across destinations,
 * so a traveler's "selous" can only ever mean one place.
 */
export function lookupKeys(d: { id: string; name: string; aliases: readonly string[] }): string[] {
  return [...new Set([d.id, d.id.replace(/_/g, ' '), d.name, ...d.aliases].map(normalizeName))];
}

/** A 1–5 score: 1 poor, 3 fair, 5 excellent (for crowding: 1 quiet, 5 very busy). */
const score = z.number().int().min(1).max(5);

/** What a destination is like in one calendar month. */
/** Activities a child under the minimum age can sit out while the rest of the party does them. */
const SKIPPABLE_ACTIVITIES: ReadonlySet<string> = new Set(['balloon']);

export const MonthFactsSchema = z.object({
  /** Game-viewing density and reliability (for beach/falls: how good the month is for the main draw). */
  wildlife: score,
  /** Great wildebeest migration presence. */
  migration: z.enum(['none', 'present', 'calving', 'river_crossings']),
  rain: z.enum(['dry', 'light', 'moderate', 'heavy']),
  /** Most camps closed or access impractical (e.g. South Luangwa in the rains). */
  closed: z.boolean(),
  /** Vehicle and visitor pressure: 1 quiet, 5 very busy. */
  crowding: score,
  price_season: z.enum(['low', 'shoulder', 'high', 'peak']),
  /** One short phrase a reply may quote, e.g. "Mara River crossings". */
  note: z.string().max(120).optional(),
  /**
   * Animals of the place's `animals` that scatter away from where visitors go that month (Chobe's elephants leave the
   * river for the interior in the rains): they still live there, but a trip asked for them is not served that month.
   */
  dispersed: z.array(AnimalSchema).optional(),
});
export type MonthFacts = z.infer<typeof MonthFactsSchema>;

/**
 * A public source for the destination's facts. `supports` names the claim it backs (a season, a
 * fee, an age rule), so a reviewer can check one fact against one page rather than the whole list.
 */
export const SourceSchema = z.object({
  title: z.string().min(1),
  url: z.url(),
  supports: z.string().min(1).max(300).optional(),
});

export const DestinationSchema = z.object({
  id: DestinationIdSchema,
  name: z.string().min(1),
  /** ISO 3166-1 alpha-2. */
  country: CountryCodeSchema,
  kind: z.enum(['safari', 'gorilla_trek', 'beach', 'waterfall']),
  /** Common names and misspellings travelers write ("the Mara", "Masai Mara", "Maasai Mara", "serengetti"). Lower case. */
  aliases: z
    .array(z.string().min(2).refine((a) => a === normalizeName(a), 'aliases must be trimmed lower case with single spaces'))
    .min(1),
  gateway: z.object({
    name: z.string().min(1),
    /** Usual road transfer from the gateway to the destination, one way. */
    drive_hours: z.number().min(0).max(24),
    /** Whether a scheduled or charter flight to an airstrip is the usual alternative. */
    fly_in: z.boolean(),
    /**
     * For a traveler who will not fly in light aircraft, when the gateway itself is a bush
     * airstrip's town: the road in from the nearest airport airliners serve (Ruaha from Dar es Salaam).
     */
    road_only: z.object({ from: z.string().min(1), hours: z.number().min(0).max(24) }).optional(),
  }),
  /**
   * An island off the coast (Zanzibar), left for the mainland only by air or by sea: a traveler who will not fly and
   * names only islands has made the island the trip, so no switch takes them to the mainland.
   */
  island: z.boolean().optional(),
  /** The large animals that live there (resident or seasonal); one asked for and absent is a trip the place cannot give. */
  animals: z.array(AnimalSchema).optional(),
  /**
   * Animals of `animals` that live there in numbers too small to expect on a usual stay (a
   * few dozen black rhino in the Mara): the place has them, but a trip asked for them is
   * sent where they are reliably seen.
   */
  scarce_animals: z.array(AnimalSchema).optional(),
  /**
   * Animals of `animals` the place is among Africa's best for, in large and reliable numbers (Amboseli's elephants):
   * a trip asked for them by name looks there first, in the months they are not `dispersed`.
   */
  famed_animals: z.array(AnimalSchema).optional(),
  /** How well the destination serves each priority, 0 (not at all) to 5 (among the best). */
  strengths: z.record(PrioritySchema, z.number().int().min(0).max(5)),
  /** January … December. */
  months: z.array(MonthFactsSchema).length(12),
  /**
   * Activities with a season or an age limit of their own (Devil's Pool only at low water,
   * canoe trails with a minimum age): a trip that names one is held to them here.
   */
  activities: z
    .array(
      z
        .object({ id: ActivitySchema, months: z.array(z.number().int().min(1).max(12)).min(1).optional(), min_age: z.number().int().min(0).optional(), max_age: z.number().int().min(18).optional(), ages_asked: z.boolean().optional(), skippable: z.boolean().optional() })
        // An add-on a young child can sit out (the balloon: they stay on the ground) may be skippable; a hard limit never is,
        // so a data edit cannot keep a trek, a walk, a canoe trail, rafting, the bungee or Devil's Pool open for an under-age child.
        .refine((a) => !a.skippable || SKIPPABLE_ACTIVITIES.has(a.id), { message: 'only an add-on a child can sit out (balloon) may be skippable' }),
    )
    .optional(),
  /** Lowest realistic cost per person per night, USD, lodging + meals + park fees, by tier. */
  cost_floor_usd_pppn: z.object({
    budget: z.number().positive(),
    fair_value: z.number().positive(),
    premium: z.number().positive(),
  }),
  /**
   * The budget floor in the place's peak-season months, where the cheap way in is gone then
   * (the Delta's campsites and mobile trips fill a year ahead; what is left is concession camps).
   * Absent: one floor all year.
   */
  peak_budget_floor_usd_pppn: z.number().positive().optional(),
  /**
   * The months that floor holds in when a fee sets them rather than the price season (the Mara's
   * reserve fee doubles from July to December, October to December included). Absent: the `peak` months.
   */
  peak_budget_floor_months: z.array(z.number().int().min(1).max(12)).min(1).optional(),
  /**
   * A vehicle with driver the whole party hires for the stay, USD per day, where the per-person floors leave the
   * road out (the drive from Kigali to the gorillas): the party shares it, so a traveler alone pays all of it.
   */
  vehicle_usd_per_day: z.number().positive().max(2000).optional(),
  /** What the cost floors assume (which park or conservancy fees are in them), for a reply to quote. */
  cost_note: z.string().min(1).max(300).optional(),
  /** Nights that make a sensible stay. */
  nights: z.object({ min: z.number().int().min(1), ideal: z.number().int().min(1), max: z.number().int().min(1) }),
  /** Minimum age for the main activity, when one applies (gorilla permits: 15). */
  min_age: z.object({ age: z.number().int().min(0), activity: z.string().min(1) }).optional(),
  permits: z
    .array(z.object({ name: z.string().min(1), cost_usd: z.number().min(0), min_age: z.number().int().optional() }))
    .default([]),
  sources: z.array(SourceSchema).min(1),
});
export type Destination = z.infer<typeof DestinationSchema>;

/** The per-person nightly floors for a stay in `month` (1–12): the peak budget floor in its months (its own, else the `peak` ones). */
export function floorsIn(d: Destination, month: number): Destination['cost_floor_usd_pppn'] {
  const peak = d.peak_budget_floor_usd_pppn;
  const inPeak = d.peak_budget_floor_months ? d.peak_budget_floor_months.includes(month) : d.months[month - 1]?.price_season === 'peak';
  if (peak === undefined || !inPeak) return d.cost_floor_usd_pppn;
  const f = d.cost_floor_usd_pppn;
  return { budget: Math.max(f.budget, peak), fair_value: Math.max(f.fair_value, peak), premium: Math.max(f.premium, peak) };
}

/** A transfer between two destinations, by road or by air. */
export const LinkSchema = z.object({
  from: DestinationIdSchema,
  to: DestinationIdSchema,
  /** Road hours, when driving is practical. */
  drive_hours: z.number().min(0).max(24).optional(),
  /** Whether scheduled flights connect them. */
  flight: z.boolean(),
  /** How the transfer usually runs, e.g. "Road via the Kazungula border", "Via Nairobi". */
  note: z.string().min(1).max(120).optional(),
});
export type Link = z.infer<typeof LinkSchema>;

export const KnowledgePackSchema = z
  .object({
    version: z.string().regex(/^pack_\d{4}\.\d{2}(\.\d+)?$/),
    reviewed_at: z.iso.date(),
    currency: z.object({
      as_of: z.iso.date(),
      source: z.string().min(1),
      /** Units of each currency per 1 USD. */
      per_usd: z.record(z.string().regex(/^[A-Z]{3}$/), z.number().positive()),
    }),
    destinations: z.array(DestinationSchema),
    links: z.array(LinkSchema),
  })
  .superRefine((pack, ctx) => {
    const seen = new Set<string>();
    pack.destinations.forEach((d, i) => {
      if (seen.has(d.id)) ctx.addIssue({ code: 'custom', path: ['destinations', i, 'id'], message: `destination ${d.id} appears twice` });
      seen.add(d.id);
    });
    for (const id of DESTINATION_IDS) {
      if (!seen.has(id)) ctx.addIssue({ code: 'custom', path: ['destinations'], message: `destination ${id} is missing` });
    }
    if (pack.currency.per_usd.USD !== 1) {
      ctx.addIssue({ code: 'custom', path: ['currency', 'per_usd', 'USD'], message: 'USD must be 1' });
    }
    pack.destinations.forEach((d, i) => {
      const f = d.cost_floor_usd_pppn;
      if (!(f.budget <= f.fair_value && f.fair_value <= f.premium)) {
        ctx.addIssue({ code: 'custom', path: ['destinations', i, 'cost_floor_usd_pppn'], message: `${d.id}: tiers must rise budget <= fair_value <= premium` });
      }
      for (const p of Object.keys(d.strengths)) {
        if (!(PRIORITIES as readonly string[]).includes(p)) ctx.addIssue({ code: 'custom', path: ['destinations', i, 'strengths', p], message: `${d.id}: unknown priority ${p}` });
      }
      for (const a of d.scarce_animals ?? []) {
        if (!d.animals?.includes(a)) ctx.addIssue({ code: 'custom', path: ['destinations', i, 'scarce_animals'], message: `${d.id}: scarce ${a} is not among its animals` });
      }
      for (const a of d.famed_animals ?? []) {
        if (!d.animals?.includes(a)) ctx.addIssue({ code: 'custom', path: ['destinations', i, 'famed_animals'], message: `${d.id}: famed ${a} is not among its animals` });
      }
      d.months.forEach((f, m0) => {
        for (const a of f.dispersed ?? []) {
          if (!d.animals?.includes(a)) ctx.addIssue({ code: 'custom', path: ['destinations', i, 'months', m0, 'dispersed'], message: `${d.id}: dispersed ${a} is not among its animals` });
        }
      });
      const n = d.nights;
      if (!(n.min <= n.ideal && n.ideal <= n.max)) {
        ctx.addIssue({ code: 'custom', path: ['destinations', i, 'nights'], message: `${d.id}: nights must rise min <= ideal <= max` });
      }
    });
    checkLookupKeysUnique(pack.destinations, ctx);
    checkLinks(pack.links, ctx);
  });
export type KnowledgePack = z.infer<typeof KnowledgePackSchema>;

type RefineContext = Parameters<Parameters<z.ZodType['superRefine']>[0]>[1];

/** An alias that names two places would make the extractor guess; name both so the fix is obvious. */
function checkLookupKeysUnique(destinations: readonly Destination[], ctx: RefineContext): void {
  const owner = new Map<string, string>();
  destinations.forEach((d, i) => {
    for (const key of lookupKeys(d)) {
      const other = owner.get(key);
      if (other === undefined) owner.set(key, d.id);
      else if (other !== d.id) {
        const j = d.aliases.findIndex((a) => normalizeName(a) === key);
        ctx.addIssue({
          code: 'custom',
          path: j >= 0 ? ['destinations', i, 'aliases', j] : ['destinations', i],
          message: `alias "${key}" names both ${other} and ${d.id}`,
        });
      }
    }
  });
}

/** A link joins two different places once; the direction carries no meaning. */
function checkLinks(links: readonly Link[], ctx: RefineContext): void {
  const pairs = new Set<string>();
  links.forEach((l, i) => {
    if (l.from === l.to) ctx.addIssue({ code: 'custom', path: ['links', i], message: `link joins ${l.from} to itself` });
    const pair = [l.from, l.to].sort().join('|');
    if (pairs.has(pair)) ctx.addIssue({ code: 'custom', path: ['links', i], message: `link ${l.from}–${l.to} appears twice` });
    pairs.add(pair);
    if (l.drive_hours === undefined && !l.flight) {
      ctx.addIssue({ code: 'custom', path: ['links', i], message: `link ${l.from}–${l.to} has neither drive_hours nor a flight` });
    }
  });
}
