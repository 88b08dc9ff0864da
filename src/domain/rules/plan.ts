import type { LodgingTier } from '../entities';
import { floorsIn, type Destination } from '../knowledge-pack/schema';
import type { Activity, Animal, Pace, Priority } from '../trip-inputs';
import { budgetOver, pickTier, vehicleShare, type Budget } from './budget';
import { placeName } from './format';
import type { TripContext } from './context';
import { bindingAge, type PackTables } from './pack-tables';
import { gatewayLeg, legBetween, memoRouteOrder, roadOnly, type RouteLeg } from './route-order';
import { scoreStops } from './score';

/** Why a destination (or the whole plan) cannot work for this traveler. */
export type Blocker =
  /** `activity`: the place is open but an activity the traveler named is out of season (Devil's Pool at high water). */
  | { kind: 'closed'; dest: Destination; month: number; activity?: string }
  /** `named`: the limit is an activity's the traveler asked for (the bridge bungee), not the place's own; the place may still work without it. */
  | { kind: 'min_age'; dest: Destination; age: number; youngest: number; activity: string; named?: Activity }
  /** An upper age limit (SANParks wilderness trails take no one over 65): `oldest` is the oldest stated adult's age, `solo` when that adult travels alone. */
  | { kind: 'max_age'; dest: Destination; age: number; oldest: number; activity: string; named: Activity; solo: boolean }
  /** `noFlights`: the traveler will not fly in light aircraft, so the road is the only way in. */
  | { kind: 'drive'; dest: Destination; hours: number; tolerance: number; noFlights?: true }
  | { kind: 'no_link'; dest: Destination }
  | { kind: 'no_room'; dest: Destination; stops: number }
  /** Open and affordable, but not what the trip is for: `wants` are the priorities it does not serve; `named` when the traveler chose it. */
  /** `away`: the `animals` live there but scatter out of sight that month (Chobe's elephants in the rains). */
  | { kind: 'no_fit'; dest: Destination; wants: Priority[]; named: boolean; animals?: Animal[]; away?: true }
  /** `daily`: the budget is a daily or nightly amount, so a shorter stay does not make it fit. */
  | { kind: 'budget'; where: string; need: number; have: number; nights: number; daily?: true };

export type PlannedStop = {
  dest: Destination;
  nights: number;
  transfer: 'road' | 'flight';
  /** Road hours into this stop (0 when flown in). */
  driveIn: number;
  /** Road hours the flight replaces, when a road leg exceeded the traveler's tolerance. */
  roadAvoided?: number;
  /** Where this leg starts: the gateway's name or the previous stop's. */
  from: string;
};

/** A candidate trip: stops in order for one month, with its lodging tier, cost and score. */
export type Plan = {
  month: number;
  stops: PlannedStop[];
  /** Named places left out, and why. */
  dropped: Blocker[];
  /** Why the plan cannot work; empty when feasible. */
  blockers: Blocker[];
  feasible: boolean;
  score: number;
  nights: number;
  tier: LodgingTier;
  /** Per person at `tier`, USD (lodging, meals, park fees, permits). */
  costPp: number;
  /** Per person at the budget tier: the least this plan can cost. */
  floorPp: number;
  /** Per person in permits, within costPp (a nightly budget rate leaves them on top: budgetOver). */
  permitPp?: number;
};

/**
 * The stop a plan is about: the longest stay, a safari or trek before a beach (the beach
 * is the rest at the end; the month facts that decide the trip are the safari's).
 */
export function mainStop(plan: Plan): PlannedStop | undefined {
  let best: PlannedStop | undefined;
  for (const s of plan.stops) {
    if (!best) best = s;
    else if ((best.dest.kind === 'beach') !== (s.dest.kind === 'beach')) {
      if (best.dest.kind === 'beach') best = s;
    } else if (s.nights > best.nights) best = s;
  }
  return best;
}

/** Fewest nights per stop by pace: a slow trip has fewer, longer stays. */
const MIN_NIGHTS_PER_STOP: Record<Pace, number> = { slow: 4, balanced: 3, fast: 2 };

/** The hard check of one destination in one month for this traveler, or undefined when it can work. */
export function destinationBlocker(d: Destination, month: number, ctx: TripContext): Blocker | undefined {
  if (d.months[month - 1]!.closed) return { kind: 'closed', dest: d, month };
  const age = bindingAge(d, ctx.priorities);
  const youngest = youngestIn(ctx, month);
  if (age && youngest !== undefined && youngest < age.age) {
    return { kind: 'min_age', dest: d, age: age.age, youngest, activity: age.activity };
  }
  const named = activityBlocker(d, month, ctx, youngest);
  if (named) return named;
  // Only a limit the traveler stated rules a place out; an assumed one is a trade-off.
  if (!ctx.assumed.tolerance) {
    const hours = ctx.reach.flights ? d.gateway.drive_hours : roadOnly(d).hours;
    if (hours > ctx.tolerance && (!d.gateway.fly_in || !ctx.reach.flights)) {
      return ctx.reach.flights ? { kind: 'drive', dest: d, hours, tolerance: ctx.tolerance } : { kind: 'drive', dest: d, hours, tolerance: ctx.tolerance, noFlights: true };
    }
  }
  return undefined;
}

export const ACTIVITY_NAMES: Record<Activity, string> = { devils_pool: "Devil's Pool", canoeing: 'canoeing', rafting: 'white-water rafting', bungee: 'the bridge bungee jump', wilderness_trail: 'SANParks wilderness trails', balloon: 'the hot-air balloon flight' };

/**
 * An activity the traveler named that this place offers only in some months, or only from
 * an age: out of season or too young, the place cannot give it. A place that does not list
 * the activity is not held to it (another stop of the route may give it).
 */
function activityBlocker(d: Destination, month: number, ctx: TripContext, youngest: number | undefined): Blocker | undefined {
  const asked = ctx.inputs.activities;
  if (!asked?.length || !d.activities) return undefined;
  for (const a of d.activities) {
    if (!asked.includes(a.id)) continue;
    if (a.months && !a.months.includes(month)) return { kind: 'closed', dest: d, month, activity: ACTIVITY_NAMES[a.id] };
    // An add-on a child too young simply sits out (`skippable`: the balloon flight) keeps the place open; assumptions.ts says who stays down.
    if (a.min_age !== undefined && !a.skippable && youngest !== undefined && youngest < a.min_age) return { kind: 'min_age', dest: d, age: a.min_age, youngest, activity: ACTIVITY_NAMES[a.id], named: a.id };
    // An upper age limit, checked against the adults' stated ages (unstated ones are not assumed old).
    const oldest = ctx.inputs.adult_ages?.length ? Math.max(...ctx.inputs.adult_ages) : undefined;
    if (a.max_age !== undefined && oldest !== undefined && oldest > a.max_age) {
      return { kind: 'max_age', dest: d, age: a.max_age, oldest, activity: ACTIVITY_NAMES[a.id], named: a.id, solo: travelsAlone(ctx) };
    }
  }
  return undefined;
}

/** One adult and no children: the copy may say "you" of the party's only traveler. */
function travelsAlone(ctx: TripContext): boolean {
  return ctx.groupSize === 1 && ctx.children === 0;
}

/** The youngest child's age in a month the trip could be in (a birthday on the way may change it). */
function youngestIn(ctx: TripContext, month: number): number | undefined {
  return ctx.youngestIn?.[month - 1] ?? ctx.youngestChild;
}

/** The same check as destinationBlocker, from the precomputed tables and without building the reason. */
export function isBlocked(t: PackTables, di: number, m0: number, ctx: TripContext): boolean {
  if (t.score.closed[di * 12 + m0]) return true;
  const age = Math.max(t.hardAge[di]!, ctx.priorities.includes('walking') ? t.walkAge[di]! : -1);
  const youngest = youngestIn(ctx, m0 + 1);
  if (age >= 0 && youngest !== undefined && youngest < age) return true;
  if (ctx.inputs.activities?.length && activityBlocker(t.dests[di]!, m0 + 1, ctx, youngest)) return true;
  if (ctx.assumed.tolerance) return false;
  const d = t.dests[di]!;
  if (!ctx.reach.flights) return roadOnly(d).hours > ctx.tolerance;
  return d.gateway.drive_hours > ctx.tolerance && !d.gateway.fly_in;
}

/** Nights for a single stay when the traveler gave no length: the typical stay, shaped by pace. */
/** The shortest trip planned when the traveler gave no length: a lone crater rim (ideal one night) is no trip on its own. */
export const MIN_UNSTATED_NIGHTS = 2;

/**
 * The nights planned at a place visited alone when the traveler gave no length: its typical stay, but at least
 * MIN_UNSTATED_NIGHTS (within the place's longest sensible stay), so a plan never reads "1 night" on a guess.
 */
export function aloneNights(d: Destination, pace: Pace): number {
  return Math.max(typicalNights(d, pace), Math.min(MIN_UNSTATED_NIGHTS, d.nights.max));
}

export function typicalNights(d: Destination, pace: Pace): number {
  if (pace === 'slow') return Math.min(d.nights.max, d.nights.ideal + 1);
  if (pace === 'fast') return Math.max(d.nights.min, d.nights.ideal - 1);
  return d.nights.ideal;
}

/**
 * Builds the trip over `wanted` (in the traveler's order) for `month`: drops places that
 * cannot work, links the rest by road within the drive tolerance or by flight, caps the
 * number of stops by length and pace, spreads the nights and picks the lodging tier.
 */
export function buildPlan(
  wanted: readonly Destination[],
  month: number,
  ctx: TripContext,
  prio: readonly number[],
  budget: Budget | undefined,
  tables: PackTables,
): Plan {
  const dropped: Blocker[] = [];
  const usable: Destination[] = [];
  for (const d of wanted) {
    const b = destinationBlocker(d, month, ctx);
    if (b) dropped.push(b);
    else usable.push(d);
  }
  if (usable.length === 0) return blockedPlan(month, dropped, ctx);

  const cap = stopCap(ctx);
  const order = memoRouteOrder(usable, tables, ctx, cap);
  const route: RouteLeg[] = [gatewayLeg(order[0]!, ctx.reach)];
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1]!;
    route.push({ dest: order[k]!, ...legBetween(tables, prev, order[k]!, ctx.reach)!, from: prev.name });
  }
  if (order.length < usable.length) {
    for (const d of usable) {
      if (!order.includes(d)) dropped.push(order.length >= cap ? { kind: 'no_room', dest: d, stops: cap } : { kind: 'no_link', dest: d });
    }
  }

  let total = ctx.nights ?? 0;
  if (ctx.nights === undefined) for (const s of route) total += route.length === 1 ? aloneNights(s.dest, ctx.pace) : typicalNights(s.dest, ctx.pace);
  const nights = route.length === 1 ? [total] : spreadNights(order, total, ctx.pace);
  const stops: PlannedStop[] = [];
  const idx: number[] = [];
  // Per-person cost by tier, summed over the stops in one pass.
  let budgetCost = 0;
  let fairCost = 0;
  let premiumCost = 0;
  let permits = 0;
  for (let k = 0; k < route.length; k++) {
    const r = route[k]!;
    const n = nights[k]!;
    const di = tables.pos.get(r.dest.id)!;
    const floor = floorsIn(r.dest, month);
    // Permits and the party's vehicle cost the same whatever the lodging.
    permits += tables.permit[di]!;
    const permit = tables.permit[di]! + vehicleShare(tables, di, n, ctx);
    const share = n * ctx.costShare;
    budgetCost += share * floor.budget + permit;
    fairCost += share * floor.fair_value + permit;
    premiumCost += share * floor.premium + permit;
    idx.push(di);
    stops.push(r.roadAvoided === undefined
      ? { dest: r.dest, nights: n, transfer: r.transfer, driveIn: r.driveIn, from: r.from }
      : { dest: r.dest, nights: n, transfer: r.transfer, driveIn: r.driveIn, roadAvoided: r.roadAvoided, from: r.from });
  }
  const costs: Record<LodgingTier, number> = { budget: budgetCost, fair_value: fairCost, premium: premiumCost };
  const tier = pickTier(costs, ctx, budget, total, permits);
  const score = scoreStops(tables.score, idx, month - 1, prio);
  if (!tier) {
    const where = stops.length === 1 ? placeName(stops[0]!.dest) : stops.map((s) => placeName(s.dest)).join(' and ');
    return {
      month, stops, dropped, feasible: false, score, nights: total, tier: 'budget', costPp: budgetCost, floorPp: budgetCost, permitPp: permits,
      blockers: [budget!.rate ? { kind: 'budget', where, need: budgetCost, have: budgetOver(budget!, total, permits), nights: total, daily: true } : { kind: 'budget', where, need: budgetCost, have: budgetOver(budget!, total, permits), nights: total }],
    };
  }
  return { month, stops, dropped, blockers: [], feasible: true, score, nights: total, tier, costPp: costs[tier], floorPp: budgetCost, permitPp: permits };
}

function blockedPlan(month: number, dropped: Blocker[], ctx: TripContext): Plan {
  return {
    month, stops: [], dropped: [], blockers: dropped, feasible: false, score: Number.NEGATIVE_INFINITY,
    nights: ctx.nights ?? 0, tier: 'budget', costPp: 0, floorPp: 0,
  };
}

/** Most stops a trip of this length and pace holds (with an unknown length, a sensible cap by pace). */
function stopCap(ctx: TripContext): number {
  if (ctx.nights === undefined) return ctx.pace === 'slow' ? 2 : ctx.pace === 'fast' ? 4 : 3;
  return Math.max(1, Math.floor(ctx.nights / MIN_NIGHTS_PER_STOP[ctx.pace]));
}

/**
 * Splits `total` nights over the stops in proportion to each place's ideal stay, every
 * stop getting at least one; leftovers go to stops still under their ideal, in route order.
 */
export function spreadNights(dests: readonly Destination[], total: number, pace: Pace): number[] {
  const ideals = dests.map((d) => typicalNights(d, pace));
  const sum = ideals.reduce((a, b) => a + b, 0);
  const out = ideals.map((n) => Math.max(1, Math.floor((total * n) / sum)));
  let have = out.reduce((a, b) => a + b, 0);
  while (have > total) {
    let k = 0;
    for (let j = 1; j < out.length; j++) if (out[j]! > out[k]!) k = j;
    out[k]!--;
    have--;
  }
  let j = 0;
  while (have < total) {
    const under = out.findIndex((n, k) => n < ideals[k]!);
    const k = under >= 0 ? under : j++ % out.length;
    out[k]!++;
    have++;
  }
  return out;
}
