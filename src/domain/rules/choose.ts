import type { Destination } from '../knowledge-pack/schema';
import { PRIORITIES, type Priority } from '../trip-inputs';
import type { Budget } from './budget';
import type { TripContext } from './context';
import type { PackTables } from './pack-tables';
import { buildPlan, isBlocked, typicalNights, type Plan } from './plan';
import { ACCEPTABLE, CLEAR_MARGIN, GOOD, PRIORITY_COUNT, scoreStops } from './score';

/** Priorities that are the whole point of a trip: no place without them is a near alternative. */
const POINT_PRIORITIES: readonly Priority[] = ['gorillas', 'beach', 'migration'];
const PRIORITY_INDEX = Object.fromEntries(PRIORITIES.map((p, k) => [p, k])) as Record<Priority, number>;
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
  /** The same priorities as indices into PRIORITIES (for the score tables). */
  prio: readonly number[];
  inferred: boolean;
  /** Indices of the places the rules may suggest instead (never an excluded one, never a named one). */
  pool: readonly number[];
};

/** Builds the frame: named places, the priorities to weigh them by, and the pool of alternatives. */
export function frameFor(ctx: TripContext, tables: PackTables): Frame {
  const ids = ctx.inputs.destinations;
  const excluded = ctx.inputs.excluded_destinations;
  const named: Destination[] = [];
  const namedIdx: number[] = [];
  if (ids) {
    for (const id of ids) {
      const k = tables.pos.get(id);
      if (k !== undefined && !namedIdx.includes(k)) {
        named.push(tables.dests[k]!);
        namedIdx.push(k);
      }
    }
  }
  let pool = tables.all;
  if (named.length > 0 || (excluded && excluded.length > 0)) {
    const some: number[] = [];
    for (const k of tables.all) if (!namedIdx.includes(k) && !(excluded && excluded.includes(tables.dests[k]!.id))) some.push(k);
    pool = some;
  }
  let priorities: readonly Priority[] = ctx.priorities;
  let inferred = false;
  if (priorities.length === 0 && named.length > 0) {
    if (named.length === 1) priorities = tables.inferred[namedIdx[0]!]!;
    else {
      const list: Priority[] = [];
      for (const k of namedIdx) for (const p of tables.inferred[k]!) if (!list.includes(p) && list.length < 3) list.push(p);
      priorities = list;
    }
    inferred = true;
  }
  const prio: number[] = [];
  for (const p of priorities) prio.push(PRIORITY_INDEX[p]);
  return { named, priorities, prio, inferred, pool };
}

/**
 * Book, wait, switch or discard. The traveler's own choice is respected when it works
 * well; the rules move them (a later month within their flexibility first, then another
 * place) only when it is clearly better, and discard only when nothing near rescues the trip.
 */
export function choose(ctx: TripContext, frame: Frame, budget: Budget | undefined, tables: PackTables): Choice {
  const { named } = frame;
  const current = named.length > 0 ? bestOfNamed(named, ctx.month, ctx, frame, budget, tables) : bestAlternative(frame, ctx.month, ctx, budget, tables);
  if (!current) return { outcome: 'discard', current: emptyPlan(ctx.month) };

  const good = current.feasible && current.score >= GOOD;
  if (good && ctx.flexibility !== 'flexible') return { outcome: 'book', plan: current };

  const later = laterWindow(ctx, frame, budget, tables);
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
    if (alt && alt.feasible && servesThePoint(alt, frame, tables)) {
      const bar = current.feasible ? Math.max(GOOD, current.score + CLEAR_MARGIN) : ACCEPTABLE;
      if (alt.score >= bar) return { outcome: 'switch', plan: alt, current };
    }
  }
  if (current.feasible) return { outcome: 'book', plan: current };
  return { outcome: 'discard', current };
}

/** The named places as one route when they link, else the best single one of them. */
function bestOfNamed(named: readonly Destination[], month: number, ctx: TripContext, frame: Frame, budget: Budget | undefined, tables: PackTables): Plan {
  const route = buildPlan(named, month, ctx, frame.prio, budget, tables);
  if (named.length === 1 || (route.feasible && route.dropped.length === 0)) return route;
  let best = route;
  for (const d of named) {
    const single = buildPlan([d], month, ctx, frame.prio, budget, tables);
    if (better(single, best)) best = single;
  }
  return best;
}

/** The best later month for the same places (or, with nothing named, for any place) within the traveler's flexibility. */
function laterWindow(ctx: TripContext, frame: Frame, budget: Budget | undefined, tables: PackTables): Plan | undefined {
  let best: Plan | undefined;
  for (let k = 1; k <= ctx.flexMonths; k++) {
    const month = ((ctx.month - 1 + k) % 12) + 1;
    const candidate = frame.named.length > 0 ? bestOfNamed(frame.named, month, ctx, frame, budget, tables) : bestAlternative(frame, month, ctx, budget, tables);
    if (candidate && candidate.feasible && (!best || candidate.score > best.score)) best = candidate;
  }
  return best;
}

// Scratch buffers for the alternative search: decide() is synchronous and never re-entered, so sharing them is safe.
const seedIdx = new Int32Array(PAIR_SEEDS);
const seedScore = new Float64Array(PAIR_SEEDS);
const pair = new Int32Array(2);

/**
 * The best plan among places the traveler did not name: every single place scored from
 * the tables first, then, when several priorities and the length allow, two-stop routes
 * that join one of the leaders with a linked place. Only the winner is planned in full.
 * With nothing workable, the best-scoring place that only the budget rules out (else the
 * first place) is planned, so the discard can say why.
 */
function bestAlternative(frame: Frame, month: number, ctx: TripContext, budget: Budget | undefined, tables: PackTables): Plan | undefined {
  const { pool, prio } = frame;
  const m0 = month - 1;
  let seeds = 0;
  let fallback = -1;
  let fallbackScore = Number.NEGATIVE_INFINITY;
  let blocked = -1;
  let blockedScore = Number.NEGATIVE_INFINITY;
  const ok: number[] = [];
  for (const di of pool) {
    pair[0] = di;
    const s = scoreStops(tables.score, pair.subarray(0, 1), m0, prio);
    if (isBlocked(tables, di, m0, ctx)) {
      if (blocked < 0 || s > blockedScore) {
        blocked = di;
        blockedScore = s;
      }
      continue;
    }
    const d = tables.dests[di]!;
    if (budget && d.cost_floor_usd_pppn.budget * (ctx.duration ?? typicalNights(d, ctx.pace)) + tables.permit[di]! > budget.perPersonUsd) {
      if (s > fallbackScore) {
        fallbackScore = s;
        fallback = di;
      }
      continue;
    }
    ok.push(di);
    // Keep the PAIR_SEEDS best singles, best first (ties keep pack order).
    let k = seeds < PAIR_SEEDS ? seeds++ : PAIR_SEEDS;
    while (k > 0 && seedScore[k - 1]! < s) {
      if (k < PAIR_SEEDS) {
        seedScore[k] = seedScore[k - 1]!;
        seedIdx[k] = seedIdx[k - 1]!;
      }
      k--;
    }
    if (k < PAIR_SEEDS) {
      seedScore[k] = s;
      seedIdx[k] = di;
    }
  }
  if (seeds === 0) {
    const di = fallback >= 0 ? fallback : blocked;
    return di < 0 ? undefined : buildPlan([tables.dests[di]!], month, ctx, prio, budget, tables);
  }
  let bestA = seedIdx[0]!;
  let bestB = -1;
  let bestScore = seedScore[0]!;
  const canPair = prio.length >= 2 && (ctx.duration === undefined || ctx.duration >= 4) && ctx.pace !== 'slow';
  if (canPair) {
    const single = bestScore;
    for (let s = 0; s < seeds; s++) {
      const a = seedIdx[s]!;
      const row = tables.legs[a]!;
      for (const b of ok) {
        if (b === a || !row[b]) continue;
        pair[0] = a;
        pair[1] = b;
        const sc = scoreStops(tables.score, pair, m0, prio);
        // A second stop must earn its transfer: clearly better than the best single place.
        if (sc >= single + CLEAR_MARGIN && sc > bestScore) {
          bestScore = sc;
          bestA = a;
          bestB = b;
        }
      }
    }
  }
  if (bestB >= 0) {
    const two = buildPlan([tables.dests[bestA]!, tables.dests[bestB]!], month, ctx, prio, budget, tables);
    if (two.feasible && two.stops.length === 2) return two;
  }
  return buildPlan([tables.dests[seedIdx[0]!]!], month, ctx, prio, budget, tables);
}

/** A switch must keep what the trip is for: the gorillas, the beach, the herds. */
function servesThePoint(p: Plan, frame: Frame, tables: PackTables): boolean {
  for (const want of POINT_PRIORITIES) {
    if (!frame.priorities.includes(want)) continue;
    const pi = PRIORITIES.indexOf(want);
    const served = p.stops.some((s) => tables.score.value[(tables.pos.get(s.dest.id)! * 12 + p.month - 1) * PRIORITY_COUNT + pi]! >= 3);
    if (!served) return false;
  }
  return true;
}

function better(a: Plan, b: Plan): boolean {
  if (a.feasible !== b.feasible) return a.feasible;
  return a.score > b.score;
}

function emptyPlan(month: number): Plan {
  return { month, stops: [], dropped: [], blockers: [], feasible: false, score: Number.NEGATIVE_INFINITY, nights: 0, tier: 'budget', costPp: 0, floorPp: 0 };
}
