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
  /** Indices of the point priorities (gorillas, beach, migration) among the priorities. */
  points: readonly number[];
  /** Kinds of the named places (a switch for a traveler who only named places keeps the kind). */
  kinds: readonly Destination['kind'][];
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
  const points: number[] = [];
  for (const p of priorities) {
    prio.push(PRIORITY_INDEX[p]);
    if (POINT_PRIORITIES.includes(p)) points.push(PRIORITY_INDEX[p]);
  }
  const kinds: Destination['kind'][] = [];
  for (const d of named) if (!kinds.includes(d.kind)) kinds.push(d.kind);
  return { named, priorities, prio, inferred, pool, points, kinds };
}

/**
 * Book, wait, switch or discard. The traveler's own choice is respected when it works
 * well; the rules move them (a later month within their flexibility first, then another
 * place) only when it is clearly better, and discard only when nothing near rescues the trip.
 */
export function choose(ctx: TripContext, frame: Frame, budget: Budget | undefined, tables: PackTables): Choice {
  const { named } = frame;
  let current = named.length > 0 ? bestOfNamed(named, ctx.month, ctx, frame, budget, tables) : bestAlternative(frame, ctx.month, ctx, budget, tables);
  if (!current) return { outcome: 'discard', current: emptyPlan(ctx.month) };
  // Named places that do not offer what the traveler said they want (beach, gorillas…) are not a trip that works.
  if (named.length > 0 && !frame.inferred && current.feasible && !isNearAlternative(current, frame, tables)) {
    current = { ...current, feasible: false, blockers: [{ kind: 'no_fit', dest: current.stops[0]!.dest, wants: unserved(current, frame, tables), named: true }] };
  }

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
    if (alt && alt.feasible && isNearAlternative(alt, frame, tables)) {
      const bar = current.feasible ? Math.max(GOOD, current.score + CLEAR_MARGIN) : ACCEPTABLE;
      if (alt.score >= bar) return { outcome: 'switch', plan: alt, current };
    }
  }
  if (current.feasible) return { outcome: 'book', plan: current };
  return { outcome: 'discard', current };
}

/**
 * The named places as one route when they all link and work, else the best of the route
 * and each single named place. Singles are scored from the tables first and only the
 * most promising one is planned in full.
 */
function bestOfNamed(named: readonly Destination[], month: number, ctx: TripContext, frame: Frame, budget: Budget | undefined, tables: PackTables): Plan {
  const route = buildPlan(named, month, ctx, frame.prio, budget, tables);
  if (named.length === 1 || (route.feasible && route.dropped.length === 0)) return route;
  const m0 = month - 1;
  let pick: Destination | undefined;
  let pickWorks = false;
  let pickScore = Number.NEGATIVE_INFINITY;
  for (const d of named) {
    const di = tables.pos.get(d.id)!;
    one[0] = di;
    const score = scoreStops(tables.score, one, m0, frame.prio);
    const works = !isBlocked(tables, di, m0, ctx) && (!budget || d.cost_floor_usd_pppn.budget * (ctx.duration ?? typicalNights(d, ctx.pace)) + tables.permit[di]! <= budget.perPersonUsd);
    if (!pick || (works && !pickWorks) || (works === pickWorks && score > pickScore)) {
      pick = d;
      pickWorks = works;
      pickScore = score;
    }
  }
  const single = buildPlan([pick!], month, ctx, frame.prio, budget, tables);
  return better(single, route) ? single : route;
}

/** The best later month for the same places (or, with nothing named, for any place) within the traveler's flexibility. */
function laterWindow(ctx: TripContext, frame: Frame, budget: Budget | undefined, tables: PackTables): Plan | undefined {
  let best: Plan | undefined;
  for (let k = 1; k <= ctx.flexMonths; k++) {
    const month = ((ctx.month - 1 + k) % 12) + 1;
    const candidate = frame.named.length > 0 ? bestOfNamed(frame.named, month, ctx, frame, budget, tables) : bestAlternative(frame, month, ctx, budget, tables);
    if (!candidate || !candidate.feasible || (!frame.inferred && !isNearAlternative(candidate, frame, tables))) continue;
    if (!best || candidate.score > best.score) best = candidate;
  }
  return best;
}

// Scratch buffer for the alternative search: decide() is synchronous and never re-entered, so sharing it is safe.
const pair = new Int32Array(2);
const one = new Int32Array(1);

/**
 * The best plan among places the traveler did not name, from the score tables: every
 * single place that is open, allowed for the group, within the drive tolerance and the
 * budget, and near enough to what the trip is for; then, when several priorities and the
 * length allow, two-stop routes that join one of the best few with a linked place. Only
 * the winner is planned in full. With nothing workable, the place that comes closest is
 * planned so the discard can say why: the cheapest one that only the budget rules out,
 * else the best fit that season, age or roads rule out.
 */
function bestAlternative(frame: Frame, month: number, ctx: TripContext, budget: Budget | undefined, tables: PackTables): Plan | undefined {
  const { pool, prio } = frame;
  const m0 = month - 1;
  const seeds: number[] = [];
  const seedScores: number[] = [];
  const ok: number[] = [];
  let priced = -1;
  let pricedRank = Number.NEGATIVE_INFINITY;
  let blocked = -1;
  let blockedFit = Number.NEGATIVE_INFINITY;
  let loose = -1;
  let looseFit = Number.NEGATIVE_INFINITY;
  for (const di of pool) {
    one[0] = di;
    const near = isNearIdx(tables, one, m0, frame);
    if (isBlocked(tables, di, m0, ctx)) {
      const f = near ? fitOf(tables, one, m0, prio) + 10 : fitOf(tables, one, m0, prio);
      if (f > blockedFit) {
        blockedFit = f;
        blocked = di;
      }
      continue;
    }
    const s = scoreStops(tables.score, one, m0, prio);
    const d = tables.dests[di]!;
    const floor = budget ? d.cost_floor_usd_pppn.budget * (ctx.duration ?? typicalNights(d, ctx.pace)) + tables.permit[di]! : 0;
    if (budget && floor > budget.perPersonUsd) {
      // Among places over budget, the cheapest that would serve (so the discard names the smallest rise that rescues the trip).
      const rank = near ? -floor : -floor - 1e9;
      if (rank > pricedRank) {
        pricedRank = rank;
        priced = di;
      }
      continue;
    }
    ok.push(di);
    if (!near) {
      const f = fitOf(tables, one, m0, prio);
      if (f > looseFit) {
        looseFit = f;
        loose = di;
      }
      continue;
    }
    // Keep the PAIR_SEEDS best near singles, best first (ties keep pack order).
    let k = seeds.length;
    while (k > 0 && seedScores[k - 1]! < s) k--;
    if (k < PAIR_SEEDS) {
      seeds.splice(k, 0, di);
      seedScores.splice(k, 0, s);
      if (seeds.length > PAIR_SEEDS) {
        seeds.pop();
        seedScores.pop();
      }
    }
  }
  let bestA = seeds.length > 0 ? seeds[0]! : -1;
  let bestB = -1;
  const single = seeds.length > 0 ? seedScores[0]! : Number.NEGATIVE_INFINITY;
  let bestScore = single;
  const canPair = prio.length >= 2 && (ctx.duration === undefined || ctx.duration >= 4) && ctx.pace !== 'slow';
  if (canPair) {
    // Pairs may start from any workable place: two places can serve together what neither serves alone.
    const starts = seeds.length > 0 ? seeds : ok;
    for (const a of starts) {
      const row = tables.legs[a]!;
      for (const b of ok) {
        if (b === a || !row[b]) continue;
        pair[0] = a;
        pair[1] = b;
        const sc = scoreStops(tables.score, pair, m0, prio);
        // A second stop must earn its transfer: clearly better than the best single place.
        if (sc > bestScore && (bestA < 0 || sc >= single + CLEAR_MARGIN) && isNearIdx(tables, pair, m0, frame)) {
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
  if (seeds.length > 0) return buildPlan([tables.dests[seeds[0]!]!], month, ctx, prio, budget, tables);
  // Nothing workable: explain with the nearest miss, in this order — a fitting place over budget,
  // a fitting place ruled out by season, age or roads, an open place that does not fit, anything else.
  let di = -1;
  if (priced >= 0 && pricedRank > -1e9) di = priced;
  else if (blocked >= 0 && blockedFit >= 10) di = blocked;
  else if (loose >= 0) di = loose;
  else di = priced >= 0 ? priced : blocked;
  if (di < 0) return undefined;
  const plan = buildPlan([tables.dests[di]!], month, ctx, prio, budget, tables);
  // A workable place that is not what the trip is for is no rescue: report it as not fitting.
  return plan.feasible ? { ...plan, feasible: false, blockers: [{ kind: 'no_fit', dest: tables.dests[di]!, wants: unserved(plan, frame, tables), named: false }] } : plan;
}

/**
 * A switch must keep what the trip is for: the gorillas, the beach or the herds when those
 * were asked for; a fit of at least 3/5 on the priorities; and, when the traveler only
 * named places, the same kind of trip (a safari for a safari, not a beach).
 */
function isNearAlternative(p: Plan, frame: Frame, tables: PackTables): boolean {
  const idx: number[] = [];
  for (const s of p.stops) idx.push(tables.pos.get(s.dest.id)!);
  return isNearIdx(tables, idx, p.month - 1, frame);
}

function isNearIdx(tables: PackTables, idx: ArrayLike<number>, m0: number, frame: Frame): boolean {
  const n = idx.length;
  const value = tables.score.value;
  for (const pi of frame.points) {
    let served = false;
    for (let k = 0; k < n && !served; k++) served = value[(idx[k]! * 12 + m0) * PRIORITY_COUNT + pi]! >= 3;
    if (!served) return false;
  }
  if (frame.prio.length > 0 && fitOf(tables, idx, m0, frame.prio) < 3) return false;
  if (frame.inferred) {
    let sameKind = false;
    for (let k = 0; k < n && !sameKind; k++) sameKind = frame.kinds.includes(tables.dests[idx[k]!]!.kind);
    if (!sameKind) return false;
  }
  return true;
}

/** The priorities a plan serves poorly (below 3/5 at every stop), for saying what is missing. */
function unserved(p: Plan, frame: Frame, tables: PackTables): Priority[] {
  const out: Priority[] = [];
  const m0 = p.month - 1;
  frame.priorities.forEach((want, k) => {
    const pi = frame.prio[k]!;
    if (!p.stops.some((s) => tables.score.value[(tables.pos.get(s.dest.id)! * 12 + m0) * PRIORITY_COUNT + pi]! >= 3)) out.push(want);
  });
  return out;
}

/** Mean over priorities of the best stop's value (the fit part of the score, without month quality). */
function fitOf(tables: PackTables, idx: ArrayLike<number>, m0: number, prio: readonly number[]): number {
  if (prio.length === 0) return 0;
  let fit = 0;
  for (const pi of prio) {
    let best = 0;
    for (let k = 0; k < idx.length; k++) best = Math.max(best, tables.score.value[(idx[k]! * 12 + m0) * PRIORITY_COUNT + pi]!);
    fit += best;
  }
  return fit / prio.length;
}

function better(a: Plan, b: Plan): boolean {
  if (a.feasible !== b.feasible) return a.feasible;
  return a.score > b.score;
}

function emptyPlan(month: number): Plan {
  return { month, stops: [], dropped: [], blockers: [], feasible: false, score: Number.NEGATIVE_INFINITY, nights: 0, tier: 'budget', costPp: 0, floorPp: 0 };
}
