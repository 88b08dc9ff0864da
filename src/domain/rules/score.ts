import type { Destination, MonthFacts } from '../knowledge-pack/schema';
import { PRIORITIES, type Priority } from '../trip-inputs';

/** Scores are on the pack's 0–5 scale. A plan at or above GOOD serves the traveler well. */
export const GOOD = 3.5;
/** The least an alternative must score to be worth switching to when the plan cannot work at all. */
export const ACCEPTABLE = 3;
/** How much better another window or place must be before the rules move the traveler. */
export const CLEAR_MARGIN = 0.75;

const MIGRATION_FACTOR: Record<MonthFacts['migration'], number> = { none: 0, present: 0.8, calving: 1, river_crossings: 1 };
const RAIN_PENALTY: Record<MonthFacts['rain'], number> = { dry: 0, light: 0.1, moderate: 0.4, heavy: 1 };
const PRICE_PENALTY: Record<MonthFacts['price_season'], number> = { low: 0, shoulder: 0.3, high: 0.8, peak: 1.2 };

/**
 * How well one destination serves one priority in one month. The pack's strength says
 * what a place is good at; the month's facts say whether that holds now (no migration
 * value in a month without the herds, less privacy in a crowded month, less value in peak).
 */
export function priorityValue(d: Destination, f: MonthFacts, p: Priority): number {
  const s = d.strengths[p] ?? 0;
  switch (p) {
    case 'migration':
      return s * MIGRATION_FACTOR[f.migration];
    case 'wildlife_density':
    case 'big_five':
    case 'photography':
      return s === 0 ? 0 : 0.5 * s + 0.5 * f.wildlife;
    case 'privacy':
      return clamp(s - 0.5 * (f.crowding - 3), 0, 5);
    case 'value':
      return clamp(s - PRICE_PENALTY[f.price_season], 0, 5);
    default:
      return s;
  }
}

/**
 * Not inferred from a destination alone: the migration is seasonal, and comfort and value
 * describe the lodges a traveler picks rather than why they go.
 */
const NOT_A_DRAW: readonly Priority[] = ['migration', 'comfort', 'value'];

/** The priorities a destination is best known for (strength 4+, seasonal and lodge-level ones excluded). */
export function inferredPriorities(d: Destination): Priority[] {
  return PRIORITIES.filter((p) => !NOT_A_DRAW.includes(p) && (d.strengths[p] ?? 0) >= 4)
    .sort((a, b) => (d.strengths[b] ?? 0) - (d.strengths[a] ?? 0))
    .slice(0, 3);
}

/**
 * The score of a set of stops in one month: for each priority the best stop's value
 * (a route serves beach through one stop and big five through another), blended with
 * how good the month is for each stop's main draw, less the rain. Closed months are -Infinity.
 */
export function planScore(stops: readonly Destination[], month: number, priorities: readonly Priority[]): number {
  let quality = 0;
  let rain = 0;
  for (const d of stops) {
    const f = d.months[month - 1]!;
    if (f.closed) return Number.NEGATIVE_INFINITY;
    quality += f.wildlife;
    rain += RAIN_PENALTY[f.rain];
  }
  quality /= stops.length;
  rain /= stops.length;
  if (priorities.length === 0) return quality - rain;
  let fit = 0;
  for (const p of priorities) {
    let best = 0;
    for (const d of stops) {
      const v = priorityValue(d, d.months[month - 1]!, p);
      if (v > best) best = v;
    }
    fit += best;
  }
  fit /= priorities.length;
  return 0.7 * fit + 0.3 * quality - rain;
}

/** Rain penalty of one month at one place (exported for the copy's wording). */
export function rainPenalty(f: MonthFacts): number {
  return RAIN_PENALTY[f.rain];
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
