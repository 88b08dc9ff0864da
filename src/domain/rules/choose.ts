import type { Destination } from '../knowledge-pack/schema';
import type { Priority } from '../trip-inputs';
import type { Budget } from './budget';
import type { TripContext } from './context';
import type { PackTables } from './pack-tables';
import { buildPlan, destinationBlocker, typicalNights, type Plan } from './plan';
import { stayCost } from './budget';
import { ACCEPTABLE, CLEAR_MARGIN, GOOD, inferredPriorities, planScore, priorityValue } from './score';

/** Priorities that are the whole point of a trip: no place without them is a near alternative. */
const POINT_PRIORITIES: readonly Priority[] = ['gorillas', 'beach', 'migration'];
/** A flexible traveler who already has a good month waits only for a much better one. */
const FLEX_WAIT_MARGIN = 1;
/** How many single-place alternatives to try pairing into a two-stop route. */
const PAIR_SEEDS = 4;

/** The verdict before it is put into words. */
export type Choice =
  | { outcome: 'book'; plan: Plan }
  | { outcome: 'wait'; plan: Plan; current: Plan }
  | { outcome: 'switch'; plan: Plan; current: Plan }
  | { outcome: 'discard'; current: Plan };

/** What the choice was made over: the named places, the priorities used and whether they were inferred. */
export type Frame = {
  named: readonly Destination[];
  priorities: readonly Priority[];
  inferred: boolean;
  /** Places the rules may suggest instead (never an excluded one, never a named one). */
  pool: readonly Destination[];
};

/** Builds the frame: named places, the priorities to weigh them by, and the pool of alternatives. */
export function frameFor(ctx: TripContext, tables: PackTables): Frame {
  const ids = ctx.inputs.destinations ?? [];
  const excluded = ctx.inputs.excluded_destinations ?? [];
  const named: Destination[] = [];
  for (const id of ids) {
    const k = tables.pos.get(id);
    if (k !== undefined && !named.includes(tables.dests[k]!)) named.push(tables.dests[k]!);
  }
  const pool = tables.dests.filter((d) => !excluded.includes(d.id) && !named.includes(d));
  if (ctx.priorities.length > 0 || named.length === 0) return { named, priorities: ctx.priorities, inferred: false, pool };
  const inferred: Priority[] = [];
  for (const d of named) for (const p of inferredPriorities(d)) if (!inferred.includes(p) && inferred.length < 3) inferred.push(p);
  return { named, priorities: inferred, inferred: true, pool };
}

/**
 * Book, wait, switch or discard. The traveler's own choice is respected when it works
 * well; the rules move them (a later month within their flexibility first, then another
 * place) only when it is clearly better, and discard only when nothing near rescues the trip.
 */
export function choose(ctx: TripContext, frame: Frame, budget: Budget | undefined, tables: PackTables): Choice {
  const { named, priorities } = frame;
  const plan = (dests: readonly Destination[], month: number) => buildPlan(dests, month, ctx, priorities, budget, tables);

  const current = named.length > 0 ? bestOfNamed(named, ctx.month, plan) : bestAlternative(frame, ctx.month, ctx, budget, tables);
  if (!current) return { outcome: 'discard', current: emptyPlan(ctx.month) };

  const good = current.feasible && current.score >= GOOD;
  if (good && ctx.flexibility !== 'flexible') return { outcome: 'book', plan: current };

  const later = laterWindow(named, frame, ctx, budget, tables, plan);
  if (later) {
    const margin = good ? FLEX_WAIT_MARGIN : CLEAR_MARGIN;
    const floor = current.feasible ? GOOD : ACCEPTABLE;
    if (later.score >= floor && (!current.feasible || later.score >= current.score + margin)) {
      return { outcome: 'wait', plan: later, current };
    }
  }
  if (good) return { outcome: 'book', plan: current };

  if (named.length > 0) {
    const alt = bestAlternative(frame, ctx.month, ctx, budget, tables);
    if (alt && alt.feasible && servesThePoint(alt, priorities)) {
      const bar = current.feasible ? Math.max(GOOD, current.score + CLEAR_MARGIN) : ACCEPTABLE;
      if (alt.score >= bar) return { outcome: 'switch', plan: alt, current };
    }
  }
  if (current.feasible) return { outcome: 'book', plan: current };
  return { outcome: 'discard', current };
}

/** The named places as one route when they link, else the best single one of them. */
function bestOfNamed(named: readonly Destination[], month: number, plan: (d: readonly Destination[], m: number) => Plan): Plan {
  const route = plan(named, month);
  if (named.length === 1) return route;
  if (route.feasible && route.dropped.length === 0) return route;
  let best = route;
  for (const d of named) {
    const single = plan([d], month);
    if (better(single, best)) best = single;
  }
  return best;
}

/** The best later month for the same places (or, with nothing named, for any place) within the traveler's flexibility. */
function laterWindow(
  named: readonly Destination[],
  frame: Frame,
  ctx: TripContext,
  budget: Budget | undefined,
  tables: PackTables,
  plan: (d: readonly Destination[], m: number) => Plan,
): Plan | undefined {
  let best: Plan | undefined;
  for (let k = 1; k <= ctx.flexMonths; k++) {
    const month = ((ctx.month - 1 + k) % 12) + 1;
    const candidate = named.length > 0 ? bestOfNamed(named, month, plan) : bestAlternative(frame, month, ctx, budget, tables);
    if (candidate && candidate.feasible && (!best || candidate.score > best.score)) best = candidate;
  }
  return best;
}

/**
 * The best plan among places the traveler did not name: every single place scored
 * cheaply first, then full plans for the leaders and, when several priorities and the
 * length allow, two-stop routes that join a leader with a linked place.
 */
function bestAlternative(frame: Frame, month: number, ctx: TripContext, budget: Budget | undefined, tables: PackTables): Plan | undefined {
  const { pool, priorities } = frame;
  const scored: { d: Destination; s: number }[] = [];
  for (const d of pool) {
    if (destinationBlocker(d, month, ctx)) continue;
    if (budget && stayCost(d, ctx.duration ?? typicalNights(d, ctx.pace), 'budget') > budget.perPersonUsd) continue;
    scored.push({ d, s: planScore([d], month, priorities) });
  }
  if (scored.length === 0) {
    // Nothing can work: return the plan that came closest so the discard can say why.
    let closest: Plan | undefined;
    for (const d of pool) {
      const p = buildPlan([d], month, ctx, priorities, budget, tables);
      if (!closest || closerToWorking(p, closest)) closest = p;
    }
    return closest;
  }
  scored.sort((a, b) => b.s - a.s);
  let best = buildPlan([scored[0]!.d], month, ctx, priorities, budget, tables);
  const canPair = priorities.length >= 2 && (ctx.duration === undefined || ctx.duration >= 4) && ctx.pace !== 'slow';
  if (canPair) {
    const seeds = scored.slice(0, PAIR_SEEDS);
    for (const a of seeds) {
      for (const b of scored) {
        if (a === b || !tables.legs[tables.pos.get(a.d.id)!]![tables.pos.get(b.d.id)!]) continue;
        if (planScore([a.d, b.d], month, priorities) < best.score + CLEAR_MARGIN) continue; // a second stop must earn its transfer
        const pair = buildPlan([a.d, b.d], month, ctx, priorities, budget, tables);
        if (pair.feasible && pair.stops.length === 2 && pair.score >= best.score + CLEAR_MARGIN) best = pair;
      }
    }
  }
  return best;
}

/** A switch must keep what the trip is for: the gorillas, the beach, the herds. */
function servesThePoint(p: Plan, priorities: readonly Priority[]): boolean {
  for (const want of POINT_PRIORITIES) {
    if (!priorities.includes(want)) continue;
    if (!p.stops.some((s) => priorityValue(s.dest, s.dest.months[p.month - 1]!, want) >= 3)) return false;
  }
  return true;
}

function better(a: Plan, b: Plan): boolean {
  if (a.feasible !== b.feasible) return a.feasible;
  return a.score > b.score;
}

function closerToWorking(a: Plan, b: Plan): boolean {
  const rank = (p: Plan) => (p.feasible ? 3 : p.stops.length > 0 ? 2 : 1);
  if (rank(a) !== rank(b)) return rank(a) > rank(b);
  return rank(a) === 2 && a.score > b.score;
}

function emptyPlan(month: number): Plan {
  return { month, stops: [], dropped: [], blockers: [], feasible: false, score: Number.NEGATIVE_INFINITY, nights: 0, tier: 'budget', costPp: 0, floorPp: 0 };
}
