import type { Destination, MonthFacts } from '../knowledge-pack/schema';
import { PRIORITIES, type MigrationPhase, type Priority } from '../trip-inputs';

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
export function priorityValue(d: Destination, f: MonthFacts, p: Priority, phase?: MigrationPhase): number {
  const s = d.strengths[p] ?? 0;
  switch (p) {
    case 'migration':
      // The calving or the crossings, when that is what the traveler asked for: only the months that have it.
      if (phase) return f.migration === phase ? s : 0;
      return s * MIGRATION_FACTOR[f.migration];
    case 'wildlife_density':
    case 'big_five':
    case 'photography':
      // The strength scaled by the month: a 5 place keeps 5 in a 5/5 month and drops to 3 in a 1/5 month;
      // multiplying (not averaging) keeps a beach's great month from passing for great game viewing.
      return s * (0.5 + 0.1 * f.wildlife);
    case 'beach':
      // Beach time is the month's weather: a 5 beach in a 2/5 month (the long rains) is a 2.
      return (s * f.wildlife) / 5;
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

/** Per-pack numbers the scorer reads, laid out flat so scoring allocates nothing (see pack-tables.ts). */
export type ScoreTable = {
  /** value[(d * 12 + m0) * COLUMN_COUNT + c]: priorityValue of destination d, month index m0, column c (a priority, or a migration phase: PHASE_COLUMN). */
  value: Float64Array;
  /** quality[d * 12 + m0]: the month's wildlife (main-draw) score. */
  quality: Float64Array;
  /** rain[d * 12 + m0]: the month's rain penalty. */
  rain: Float64Array;
  /** closed[d * 12 + m0]: 1 when the place is closed that month. */
  closed: Uint8Array;
};

export const PRIORITY_COUNT = PRIORITIES.length;
/** Columns of the score table past the priorities: the migration valued for one phase only (calving, crossings). */
export const PHASE_COLUMN: Record<MigrationPhase, number> = { calving: PRIORITY_COUNT, river_crossings: PRIORITY_COUNT + 1 };
/** Columns per destination-month in the score table. */
export const COLUMN_COUNT = PRIORITY_COUNT + 2;

/** Fills a ScoreTable for destinations in order. */
export function buildScoreTable(dests: readonly Destination[]): ScoreTable {
  const n = dests.length;
  const t: ScoreTable = {
    value: new Float64Array(n * 12 * COLUMN_COUNT),
    quality: new Float64Array(n * 12),
    rain: new Float64Array(n * 12),
    closed: new Uint8Array(n * 12),
  };
  dests.forEach((d, di) => {
    d.months.forEach((f, m0) => {
      const k = di * 12 + m0;
      t.quality[k] = f.wildlife;
      t.rain[k] = RAIN_PENALTY[f.rain];
      t.closed[k] = f.closed ? 1 : 0;
      PRIORITIES.forEach((p, pi) => {
        t.value[k * COLUMN_COUNT + pi] = priorityValue(d, f, p);
      });
      for (const phase of ['calving', 'river_crossings'] as const) t.value[k * COLUMN_COUNT + PHASE_COLUMN[phase]] = priorityValue(d, f, 'migration', phase);
    });
  });
  return t;
}

/**
 * The score of a set of stops (destination indices) in one month: for each priority the
 * best stop's value (a route serves beach through one stop and big five through
 * another), blended with how good the month is for each stop's main draw, less the rain.
 * Closed months score -Infinity. With no priorities, the month's main draw alone.
 */
export function scoreStops(t: ScoreTable, stops: ArrayLike<number>, m0: number, prio: readonly number[]): number {
  const n = stops.length;
  let quality = 0;
  let rain = 0;
  for (let k = 0; k < n; k++) {
    const i = stops[k]! * 12 + m0;
    if (t.closed[i]) return Number.NEGATIVE_INFINITY;
    quality += t.quality[i]!;
    rain += t.rain[i]!;
  }
  quality /= n;
  rain /= n;
  if (prio.length === 0) return quality - rain;
  let fit = 0;
  for (const p of prio) {
    let best = 0;
    for (let k = 0; k < n; k++) {
      const v = t.value[(stops[k]! * 12 + m0) * COLUMN_COUNT + p]!;
      if (v > best) best = v;
    }
    fit += best;
  }
  return 0.7 * (fit / prio.length) + 0.3 * quality - rain;
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}

/** The frame's priorities that some stop of the plan serves at `min` or better in the plan's month (for the copy). */
export function servedPriorities(frame: { priorities: readonly Priority[]; phase?: MigrationPhase | undefined }, plan: { month: number; stops: readonly { dest: Destination }[] }, min: number): Priority[] {
  const out: Priority[] = [];
  for (const p of frame.priorities) {
    for (const s of plan.stops) {
      if (priorityValue(s.dest, s.dest.months[plan.month - 1]!, p, frame.phase) >= min) {
        out.push(p);
        break;
      }
    }
  }
  return out;
}
