import type { LodgingTier } from '../entities';
import type { Destination } from '../knowledge-pack/schema';
import type { Pace, Priority } from '../trip-inputs';
import { pickTier, type Budget } from './budget';
import type { TripContext } from './context';
import { hardMinAge, type PackTables } from './pack-tables';
import { scoreStops } from './score';

/** Why a destination (or the whole plan) cannot work for this traveler. */
export type Blocker =
  | { kind: 'closed'; dest: Destination; month: number }
  | { kind: 'min_age'; dest: Destination; age: number; youngest: number; activity: string }
  | { kind: 'drive'; dest: Destination; hours: number; tolerance: number }
  | { kind: 'no_link'; dest: Destination }
  | { kind: 'no_room'; dest: Destination; stops: number }
  /** Open and affordable, but not what the trip is for: `wants` are the priorities it does not serve; `named` when the traveler chose it. */
  | { kind: 'no_fit'; dest: Destination; wants: Priority[]; named: boolean }
  | { kind: 'budget'; where: string; need: number; have: number; nights: number };

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
  const age = hardMinAge(d);
  if (age && ctx.youngestChild !== undefined && ctx.youngestChild < age.age) {
    return { kind: 'min_age', dest: d, age: age.age, youngest: ctx.youngestChild, activity: age.activity };
  }
  if (d.gateway.drive_hours > ctx.tolerance && !d.gateway.fly_in) {
    return { kind: 'drive', dest: d, hours: d.gateway.drive_hours, tolerance: ctx.tolerance };
  }
  return undefined;
}

/** The same check as destinationBlocker, from the precomputed tables and without building the reason. */
export function isBlocked(t: PackTables, di: number, m0: number, ctx: TripContext): boolean {
  if (t.score.closed[di * 12 + m0]) return true;
  const age = t.hardAge[di]!;
  if (age >= 0 && ctx.youngestChild !== undefined && ctx.youngestChild < age) return true;
  const g = t.dests[di]!.gateway;
  return g.drive_hours > ctx.tolerance && !g.fly_in;
}

/** Nights for a single stay when the traveler gave no length: the typical stay, shaped by pace. */
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
  const route: RouteLeg[] = [gatewayLeg(order[0]!, ctx.tolerance)];
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1]!;
    route.push({ dest: order[k]!, ...legBetween(tables, prev, order[k]!, ctx.tolerance)!, from: prev.name });
  }
  if (order.length < usable.length) {
    for (const d of usable) {
      if (!order.includes(d)) dropped.push(order.length >= cap ? { kind: 'no_room', dest: d, stops: cap } : { kind: 'no_link', dest: d });
    }
  }

  let total = ctx.duration ?? 0;
  if (ctx.duration === undefined) for (const s of route) total += typicalNights(s.dest, ctx.pace);
  const nights = route.length === 1 ? [total] : spreadNights(order, total, ctx.pace);
  const stops: PlannedStop[] = [];
  const idx: number[] = [];
  // Per-person cost by tier, summed over the stops in one pass.
  let budgetCost = 0;
  let fairCost = 0;
  let premiumCost = 0;
  for (let k = 0; k < route.length; k++) {
    const r = route[k]!;
    const n = nights[k]!;
    const di = tables.pos.get(r.dest.id)!;
    const floor = r.dest.cost_floor_usd_pppn;
    const permit = tables.permit[di]!;
    budgetCost += n * floor.budget + permit;
    fairCost += n * floor.fair_value + permit;
    premiumCost += n * floor.premium + permit;
    idx.push(di);
    stops.push(r.roadAvoided === undefined
      ? { dest: r.dest, nights: n, transfer: r.transfer, driveIn: r.driveIn, from: r.from }
      : { dest: r.dest, nights: n, transfer: r.transfer, driveIn: r.driveIn, roadAvoided: r.roadAvoided, from: r.from });
  }
  const costs: Record<LodgingTier, number> = { budget: budgetCost, fair_value: fairCost, premium: premiumCost };
  const tier = pickTier(costs, ctx, budget);
  const score = scoreStops(tables.score, idx, month - 1, prio);
  if (!tier) {
    const where = stops.length === 1 ? stops[0]!.dest.name : stops.map((s) => s.dest.name).join(' and ');
    return {
      month, stops, dropped, feasible: false, score, nights: total, tier: 'budget', costPp: budgetCost, floorPp: budgetCost,
      blockers: [{ kind: 'budget', where, need: budgetCost, have: budget!.perPersonUsd, nights: total }],
    };
  }
  return { month, stops, dropped, blockers: [], feasible: true, score, nights: total, tier, costPp: costs[tier], floorPp: budgetCost };
}

function blockedPlan(month: number, dropped: Blocker[], ctx: TripContext): Plan {
  return {
    month, stops: [], dropped: [], blockers: dropped, feasible: false, score: Number.NEGATIVE_INFINITY,
    nights: ctx.duration ?? 0, tier: 'budget', costPp: 0, floorPp: 0,
  };
}

type RouteLeg = { dest: Destination; transfer: 'road' | 'flight'; driveIn: number; roadAvoided?: number; from: string };

/**
 * routeOrder, remembered for the rest of this decision: the same places are routed again
 * for each month of a wait window and for the alternatives, and only closures (which
 * change the set of places) change the answer. The key is the set of places and the cap.
 */
function memoRouteOrder(places: readonly Destination[], tables: PackTables, ctx: TripContext, cap: number): Destination[] {
  if (places.length === 1) return [places[0]!];
  if (places.length > 8) return routeOrder(places, tables, ctx.tolerance, cap); // keeps the numeric key below 2^53
  let key = cap;
  let bit = 64;
  for (const d of places) {
    key += (tables.pos.get(d.id)! + 1) * bit; // places keep the traveler's order, so a positional code is exact
    bit *= 32;
  }
  const hit = ctx.routes.get(key);
  if (hit) return hit.map((k) => tables.dests[k]!);
  const order = routeOrder(places, tables, ctx.tolerance, cap);
  ctx.routes.set(key, order.map((d) => tables.pos.get(d.id)!));
  return order;
}

/** Up to this many places, every order is tried; beyond it, stops are chained greedily in the traveler's order. */
const EXHAUSTIVE_UP_TO = 5;

/**
 * The order to visit the places in: as many of them as the pack's links connect (within
 * the stop cap), preferring the places named first, the least road time, a beach stay at
 * the end, and otherwise the traveler's own order.
 */
function routeOrder(places: readonly Destination[], tables: PackTables, tolerance: number, cap: number): Destination[] {
  if (places.length === 1 || cap === 1) return [places[0]!];
  if (places.length > EXHAUSTIVE_UP_TO) return greedyOrder(places, tables, tolerance, cap);
  const n = places.length;
  let best: number[] = [0];
  let bestCost = Number.POSITIVE_INFINITY;
  const chain: number[] = [];
  const used = new Array<boolean>(n).fill(false);
  const visit = (drive: number): void => {
    const cost = chainCost(chain, places, drive);
    if (cost < bestCost) {
      bestCost = cost;
      best = chain.slice();
    }
    if (chain.length >= cap) return;
    const last = places[chain[chain.length - 1]!]!;
    for (let k = 0; k < n; k++) {
      if (used[k]) continue;
      const leg = legBetween(tables, last, places[k]!, tolerance);
      if (!leg) continue;
      used[k] = true;
      chain.push(k);
      visit(drive + leg.driveIn);
      chain.pop();
      used[k] = false;
    }
  };
  for (let k = 0; k < n; k++) {
    used[k] = true;
    chain.push(k);
    visit(gatewayLeg(places[k]!, tolerance).driveIn);
    chain.pop();
    used[k] = false;
  }
  return best.map((k) => places[k]!);
}

/** Lower is better: coverage first (weighted to the places named first), then road hours, beach last, traveler's order. */
function chainCost(chain: readonly number[], places: readonly Destination[], drive: number): number {
  const n = places.length;
  let omitted = 0;
  for (let k = 0; k < n; k++) if (!chain.includes(k)) omitted += (n - k) * 10;
  let inversions = 0;
  for (let a = 0; a < chain.length; a++) for (let b = a + 1; b < chain.length; b++) if (chain[a]! > chain[b]!) inversions++;
  const beachEarly = chain.slice(0, -1).some((k) => places[k]!.kind === 'beach') ? 5 : 0;
  return -chain.length * 1000 + omitted + drive + beachEarly + inversions * 0.01;
}

/** For long lists: start with the first place and keep adding the first remaining one reachable from the last stop. */
function greedyOrder(places: readonly Destination[], tables: PackTables, tolerance: number, cap: number): Destination[] {
  const order = [places[0]!];
  const rest = places.slice(1);
  while (rest.length > 0 && order.length < cap) {
    const last = order[order.length - 1]!;
    const k = rest.findIndex((d) => legBetween(tables, last, d, tolerance) !== undefined);
    if (k < 0) break;
    order.push(rest.splice(k, 1)[0]!);
  }
  return order;
}

function gatewayLeg(d: Destination, tolerance: number): RouteLeg {
  const g = d.gateway;
  if (g.drive_hours <= tolerance) return { dest: d, transfer: 'road' as const, driveIn: g.drive_hours, from: g.name };
  return { dest: d, transfer: 'flight' as const, driveIn: 0, roadAvoided: g.drive_hours, from: g.name };
}

function legBetween(tables: PackTables, a: Destination, b: Destination, tolerance: number) {
  const leg = tables.legs[tables.pos.get(a.id)!]![tables.pos.get(b.id)!];
  if (!leg) return undefined;
  if (leg.drive_hours !== undefined && leg.drive_hours <= tolerance) return { transfer: 'road' as const, driveIn: leg.drive_hours };
  if (leg.flight) return leg.drive_hours === undefined
    ? { transfer: 'flight' as const, driveIn: 0 }
    : { transfer: 'flight' as const, driveIn: 0, roadAvoided: leg.drive_hours };
  return undefined;
}

/** Most stops a trip of this length and pace holds (with an unknown length, a sensible cap by pace). */
function stopCap(ctx: TripContext): number {
  if (ctx.duration === undefined) return ctx.pace === 'slow' ? 2 : ctx.pace === 'fast' ? 4 : 3;
  return Math.max(1, Math.floor(ctx.duration / MIN_NIGHTS_PER_STOP[ctx.pace]));
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
