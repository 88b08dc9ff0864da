import { z } from 'zod';
import { DESTINATION_IDS, DestinationIdSchema, PRIORITIES, PrioritySchema } from '../trip-inputs';

/** A 1–5 score: 1 poor, 3 fair, 5 excellent (for crowding: 1 quiet, 5 very busy). */
const score = z.number().int().min(1).max(5);

/** What a destination is like in one calendar month. */
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
});
export type MonthFacts = z.infer<typeof MonthFactsSchema>;

export const SourceSchema = z.object({ title: z.string().min(1), url: z.url() });

export const DestinationSchema = z.object({
  id: DestinationIdSchema,
  name: z.string().min(1),
  /** ISO 3166-1 alpha-2. */
  country: z.string().regex(/^[A-Z]{2}$/),
  kind: z.enum(['safari', 'gorilla_trek', 'beach', 'waterfall']),
  /** Common names and misspellings travelers write ("the Mara", "Masai Mara", "Maasai Mara", "serengetti"). Lower case. */
  aliases: z.array(z.string().min(2)).min(1),
  gateway: z.object({
    name: z.string().min(1),
    /** Usual road transfer from the gateway to the destination, one way. */
    drive_hours: z.number().min(0).max(24),
    /** Whether a scheduled or charter flight to an airstrip is the usual alternative. */
    fly_in: z.boolean(),
  }),
  /** How well the destination serves each priority, 0 (not at all) to 5 (among the best). */
  strengths: z.record(PrioritySchema, z.number().int().min(0).max(5)),
  /** January … December. */
  months: z.array(MonthFactsSchema).length(12),
  /** Lowest realistic cost per person per night, USD, lodging + meals + park fees, by tier. */
  cost_floor_usd_pppn: z.object({
    budget: z.number().positive(),
    fair_value: z.number().positive(),
    premium: z.number().positive(),
  }),
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

/** A transfer between two destinations, by road or by air. */
export const LinkSchema = z.object({
  from: DestinationIdSchema,
  to: DestinationIdSchema,
  /** Road hours, when driving is practical. */
  drive_hours: z.number().min(0).max(24).optional(),
  /** Whether scheduled flights connect them. */
  flight: z.boolean(),
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
    const seen = new Set(pack.destinations.map((d) => d.id));
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
    });
  });
export type KnowledgePack = z.infer<typeof KnowledgePackSchema>;
