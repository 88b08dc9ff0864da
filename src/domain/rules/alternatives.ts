import { floorsIn } from '../knowledge-pack/schema';
import { ANIMALS, type Animal, type Priority } from '../trip-inputs';
import { budgetOver, vehicleShare, type Budget } from './budget';
import type { TripContext } from './context';
import { PRIORITY_INDEX, type Frame } from './frame';
import type { PackTables } from './pack-tables';
import { buildPlan, isBlocked, aloneNights, type Plan } from './plan';
import { CLEAR_MARGIN, COLUMN_COUNT, GOOD, scoreStops } from './score';

// Scratch buffer for the alternative search: decide() is synchronous and never re-entered, so sharing it is safe.
const pair = new Int32Array(2);
const one = new Int32Array(1);

/** How many single-place alternatives to try pairing into a two-stop route. */
const PAIR_SEEDS = 4;

/**
 * The best plan among places the traveler did not name, from the score tables: every
 * single place that is open, allowed for the group, within the drive tolerance and the
 * budget, and near enough to what the trip is for; then, when several priorities and the
 * length allow, two-stop routes that join one of the best few with a linked place. Only
 * the winner is planned in full. With nothing workable, the place that comes closest is
 * planned so the discard can say why: the cheapest one that only the budget rules out,
 * else the best fit that season, age or roads rule out.
 */
export function bestAlternative(frame: Frame, month: number, ctx: TripContext, budget: Budget | undefined, tables: PackTables, floor = GOOD, rescue?: Rescue): Plan | undefined {
  const found = searchAlternative(frame, month, ctx, budget, tables, floor, rescue);
  return found && rescue && budget ? withSpare(found, ctx, frame.prio, budget, tables, rescue) : found;
}

/**
 * A budget rescue as the traveler is shown it: over the stay it was checked for (the stay they pictured, when they gave
 * no length) and at a lodging tier that keeps the spare rescueClears asked for (RESCUE_SHARE): a rescue is never planned
 * at a tier that spends the whole budget. Engineer C (budgets).
 */
function withSpare(plan: Plan, ctx: TripContext, prio: readonly number[], budget: Budget, tables: PackTables, rescue: Rescue): Plan {
  if (!plan.feasible || plan.stops.length === 0) return plan;
  const dests = plan.stops.map((s) => s.dest);
  const nights = ctx.nights ?? Math.max(rescue.nights, plan.nights);
  const at = nights === plan.nights ? ctx : { ...ctx, nights };
  const p = at === ctx ? plan : buildPlan(dests, plan.month, at, prio, budget, tables);
  if (!p.feasible) return p;
  const permits = p.permitPp ?? 0;
  const spares = (cost: number) => cost - permits <= (budgetOver(budget, p.nights, permits) - permits) * RESCUE_SHARE;
  if (spares(p.costPp)) return p;
  if (p.tier === 'premium') {
    const fair = buildPlan(dests, p.month, { ...at, wantsPremium: false }, prio, budget, tables);
    if (fair.feasible && fair.tier === 'fair_value' && spares(fair.costPp)) return fair;
  }
  return { ...p, tier: 'budget', costPp: p.floorPp };
}

function searchAlternative(frame: Frame, month: number, ctx: TripContext, budget: Budget | undefined, tables: PackTables, floor: number, rescue?: Rescue): Plan | undefined {
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
  // The best near place at each closeness to home (0 elsewhere, 1 the same region, 2 a country they named or chose).
  const home = homeOf(frame, ctx);
  const nearest = [-1, -1, -1];
  const nearestScore = [Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY];
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
    // A rescue from the budget is priced over the stay the traveler pictured and must leave a spare (rescueClears).
    const nights = rescue ? Math.max(rescue.nights, ctx.nights ?? aloneNights(d, ctx.pace)) : ctx.nights ?? aloneNights(d, ctx.pace);
    const permit = tables.permit[di]!;
    const floor = budget ? floorsIn(d, m0 + 1).budget * nights * ctx.costShare + permit + vehicleShare(tables, di, nights, ctx) : 0;
    if (budget && floor - permit > (budgetOver(budget, nights, permit) - permit) * (rescue ? RESCUE_SHARE : 1)) {
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
    const closeness = home ? closenessTo(home, tables.dests[di]!.country) : 0;
    if (s > nearestScore[closeness]!) {
      nearestScore[closeness] = s;
      nearest[closeness] = di;
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
  // A traveler held to a country or region (home) and moved out of what they named goes to the cheaper permit of near equals.
  let bestA = seeds.length > 0 ? (home ? cheaperPermitTie(seeds, seedScores, tables, floor) : seeds[0]!) : -1;
  let bestB = -1;
  const single = seeds.length > 0 ? seedScores[0]! : Number.NEGATIVE_INFINITY;
  let bestScore = single;
  // Animals asked for beside a point no place with them gives (lions and the beach) are two things to serve as well.
  // Value and comfort say how to go, not what for: a second stop is never added for them alone (a beach tacked onto the
  // gorillas because its lodges are cheaper), so a pair needs two things the trip is for.
  const wants = frame.priorities.length > 0 ? frame.priorities.filter((p) => p !== 'value' && p !== 'comfort').length : prio.length;
  const canPair = (wants >= 2 || (frame.animals !== 0 && frame.points.length > 0)) && (ctx.nights === undefined || ctx.nights >= 4) && ctx.pace !== 'slow';
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
  // A place in the traveler's own country that gives the point and is enough for the move (`floor`: what a switch from
  // the current plan needs) is the expert's switch, however much better a park abroad scores (walking from the Mara is
  // Laikipia, not Ruaha); one in their region must be nearly as good; one farther away must be clearly better.
  if (home && bestA >= 0) {
    // Animals asked for by name with no priorities of the traveler's own: the draws the score weighs are the named
    // place's, not theirs, so any place nearer home that shows the animals and clears the floor is the switch.
    const margin = frame.inferred && frame.animals !== 0 ? Number.POSITIVE_INFINITY : CLEAR_MARGIN;
    const chosen = bestB >= 0 ? Math.max(closenessTo(home, tables.dests[bestA]!.country), closenessTo(home, tables.dests[bestB]!.country)) : closenessTo(home, tables.dests[bestA]!.country);
    for (let c = 2; c > chosen; c--) {
      if (nearest[c]! >= 0 && (c === 2 || nearestScore[c]! > bestScore - margin) && nearestScore[c]! >= floor) {
        bestA = nearest[c]!;
        bestB = -1;
        break;
      }
    }
  }
  if (bestB >= 0) {
    const two = buildPlan([tables.dests[bestA]!, tables.dests[bestB]!], month, ctx, prio, budget, tables);
    if (two.feasible && two.stops.length === 2) return two;
  }
  // A pair that did not plan falls back to the best near single.
  const solo = bestB >= 0 ? seeds[0] : bestA;
  if (seeds.length > 0 && solo !== undefined && solo >= 0) return buildPlan([tables.dests[solo]!], month, ctx, prio, budget, tables);
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
  return plan.feasible ? { ...plan, feasible: false, blockers: [{ kind: 'no_fit', dest: tables.dests[di]!, wants: unserved(plan, frame, tables), named: false, animals: missingAnimals(plan, frame, tables) }] } : plan;
}

/** How close (score) two places must be for the permit price to choose between them (cheaperPermitTie). */
export const PERMIT_TIE = 0.5;
/** How much cheaper a permit must be (share of the dearer one) to choose between near-equal places. */
export const PERMIT_SAVING = 0.6;

/**
 * The first of the best near singles, unless another scores within PERMIT_TIE of it and needs a clearly cheaper permit
 * (PERMIT_SAVING) and still clears `floor` (what the move needs): between two places that serve the trip about equally well, an expert sends the traveler where the
 * permit costs far less (a gorilla permit in Uganda is about half Rwanda's). Places without permits are untouched.
 * Used only for a traveler held to a country or region (a fresh plan with no bounds keeps the best season).
 * Engineer P (s8r3).
 */
export function cheaperPermitTie(seeds: readonly number[], seedScores: readonly number[], tables: PackTables, floor: number): number {
  let best = seeds[0]!;
  const top = seedScores[0]!;
  const first = tables.permit[best]!;
  if (!(first > 0)) return best;
  for (let k = 1; k < seeds.length; k++) {
    if (seedScores[k]! < top - PERMIT_TIE) break;
    if (seedScores[k]! < floor) continue;
    const p = tables.permit[seeds[k]!]!;
    if (p > 0 && p <= first * PERMIT_SAVING && p < tables.permit[best]!) best = seeds[k]!;
  }
  return best;
}

/**
 * The share of what the budget leaves after permits that a budget rescue's lodging floor may take: an expert does not
 * move a traveler whose budget rules out the named place to another their money only just reaches (the floor leaves
 * nothing for the road in, a bad exchange rate or a fee rise). Permits are fixed prices, so the spare is on the rest.
 */
export const RESCUE_SHARE = 0.8;

/** A search for a place that rescues a trip the budget rules out: the stay the traveler pictured, in nights. */
export type Rescue = { nights: number };

/**
 * Whether `alt` rescues a trip the budget rules out (`current` is priced out): its floor, over the stay the traveler
 * pictured (their length, else the longer of the two plans' typical stays: a crater day is no four-night safari),
 * leaves a spare of the budget beyond its permits (RESCUE_SHARE).
 */
export function rescueClears(alt: Plan, current: Plan, ctx: TripContext, budget: Budget, prio: readonly number[], tables: PackTables): boolean {
  const nights = ctx.nights ?? Math.max(alt.nights, current.nights);
  const priced = nights === alt.nights ? alt : buildPlan(alt.stops.map((s) => s.dest), alt.month, { ...ctx, nights }, prio, budget, tables);
  let permits = 0;
  for (const s of priced.stops) permits += tables.permit[tables.pos.get(s.dest.id)!]!;
  return priced.floorPp - permits <= (budgetOver(budget, nights, permits) - permits) * RESCUE_SHARE;
}

/** Past this share of the budget, a named place is reached only at its floor: the money is tight for it. */
const TIGHT_SHARE = 0.8;
/** How much cheaper (floor per person) a place must be to move a traveler whose budget is tight at the named place. */
const TIGHT_SAVING = 0.7;
/** The share of the named floor a permit must be for a tight budget to move the traveler (isTightSwitch). */
const PERMIT_LED = 0.5;

/**
 * A budget the named places take almost whole (their floor above TIGHT_SHARE of it: Rwanda's USD 1,500 permit on a
 * USD 2,000 budget) is the expert's cue to say the same point is had for clearly less nearby (Bwindi's USD 800
 * permit): a place in the traveler's region that gives what the trip is for as well (a good score, the animals),
 * fits their stay with room to spare (rescueClears) and whose floor is at most TIGHT_SAVING of the named one's.
 * Not for comfort asked for (a cheaper place at a lower standard answers the budget, not the wish).
 */
export function tightSwitch(frame: Frame, current: Plan, ctx: TripContext, budget: Budget | undefined, tables: PackTables): Plan | undefined {
  if (!budget || !current.feasible || (frame.named.length === 0 && !frame.wider) || ctx.priorities.includes('comfort')) return undefined;
  if (current.floorPp <= budgetOver(budget, current.nights, current.permitPp) * TIGHT_SHARE) return undefined;
  // Named countries that hold the point (Rwanda for gorillas) look past their border, as any switch for the point does.
  const here = new Set(current.stops.map((s) => tables.pos.get(s.dest.id)!));
  const search = { ...frame, pool: (frame.wider ?? frame.pool).filter((k) => !here.has(k)) };
  const alt = bestAlternative(search, current.month, ctx, budget, tables, GOOD, { nights: ctx.nights ?? current.nights });
  // As well: a good trip, not clearly worse than the named one (CLEAR_MARGIN), for clearly less.
  if (!alt?.feasible || alt.score < GOOD || alt.score + CLEAR_MARGIN <= current.score || !isTightSwitch(current, alt, budget)) return undefined;
  if (!isNearAlternative(alt, frame, tables) || !servesAnimals(alt, frame, tables) || !inHomeRegion(alt, frame, ctx)) return undefined;
  return rescueClears(alt, current, ctx, budget, frame.prio, tables) ? alt : undefined;
}

/** Whether a move from a named place that works to `plan` is one a tight budget makes (tightSwitch): the copy gives the prices. */
export function isTightSwitch(current: Plan, plan: Plan, budget: Budget | undefined): boolean {
  // Only where a permit is most of the named floor: a fixed price the cheaper place does not charge (a safari at its
  // floor is the trip the traveler chose, and the lodges there have cheaper nights than the floor's mean).
  const permitLed = (current.permitPp ?? 0) > current.floorPp * PERMIT_LED;
  return budget !== undefined && permitLed && current.floorPp > budgetOver(budget, current.nights, current.permitPp) * TIGHT_SHARE && plan.floorPp <= current.floorPp * TIGHT_SAVING;
}

const REGION: Readonly<Record<string, 'east' | 'south'>> = { KE: 'east', TZ: 'east', UG: 'east', RW: 'east', BW: 'south', ZA: 'south', NA: 'south', ZM: 'south', ZW: 'south' };

/** Where the traveler's trip is anchored: the countries they named and those of the places they chose themselves. */
function homeOf(frame: Frame, ctx: TripContext): readonly string[] | undefined {
  const out = [...(ctx.inputs.countries ?? [])] as string[];
  // "Any country is fine": the places they named set no home region (only countries they named would).
  if (ctx.inputs.open_elsewhere === true) return out.length > 0 ? out : undefined;
  for (const d of frame.own) if (!out.includes(d.country)) out.push(d.country);
  return out.length > 0 ? out : undefined;
}

/**
 * Whether a plan stays in the region of the places the traveler named (East or southern Africa): a budget that
 * rules out their own place is not rescued by a park on the other side of the continent (the Serengeti is not Etosha).
 */
export function inHomeRegion(p: Plan, frame: Frame, ctx: TripContext): boolean {
  const home = homeOf(frame, ctx);
  return !home || p.stops.every((s) => closenessTo(home, s.dest.country) >= 1);
}

/** The frame with its pool cut to places in the region of the trip's home (inHomeRegion); unchanged when it has no home. */
export function homeRegionFrame(frame: Frame, ctx: TripContext, tables: PackTables): Frame {
  const home = homeOf(frame, ctx);
  if (!home) return frame;
  return { ...frame, pool: frame.pool.filter((k) => closenessTo(home, tables.dests[k]!.country) >= 1) };
}

/** 2 for a country of the trip's home, 1 for the same region (East or southern Africa), 0 farther. */
function closenessTo(home: readonly string[], country: string): number {
  if (home.includes(country)) return 2;
  return home.some((c) => REGION[c] === REGION[country]) ? 1 : 0;
}

/**
 * A switch must keep what the trip is for: the gorillas, the beach or the herds when those
 * were asked for; a fit of at least 3/5 on the priorities; and, when the traveler only
 * named places, the same kind of trip (a safari for a safari, not a beach).
 */
export function isNearAlternative(p: Plan, frame: Frame, tables: PackTables): boolean {
  const idx: number[] = [];
  for (const s of p.stops) idx.push(tables.pos.get(s.dest.id)!);
  return isNearIdx(tables, idx, p.month - 1, frame);
}

/** Value and comfort are met by the lodging chosen and the budget check, not by the place: they never make it a poor fit. */
const STYLE = new Set<number>([PRIORITY_INDEX.value, PRIORITY_INDEX.comfort]);
/** A place the traveler named is theirs unless it misses the point of the trip or clearly serves what they want poorly. */
const NAMED_FIT = 2.5;

/**
 * Whether the traveler's own named places serve the trip: every point priority (gorillas,
 * beach, migration) met, and the content priorities not clearly poor. Softer than for an
 * alternative: a place the traveler chose is kept unless it misses what the trip is for.
 */
export function namedPlacesServe(p: Plan, frame: Frame, tables: PackTables): boolean {
  const idx: number[] = [];
  for (const s of p.stops) idx.push(tables.pos.get(s.dest.id)!);
  if (!hasAnimals(tables, idx, frame.animals)) return false;
  const m0 = p.month - 1;
  const value = tables.score.value;
  for (const pi of frame.points) {
    let served = false;
    for (let k = 0; k < idx.length && !served; k++) served = value[(idx[k]! * 12 + m0) * COLUMN_COUNT + pi]! >= 3;
    if (!served) return false;
  }
  const content = frame.prio.filter((pi) => !STYLE.has(pi));
  return content.length === 0 || fitOf(tables, idx, m0, content) >= NAMED_FIT;
}

function isNearIdx(tables: PackTables, idx: ArrayLike<number>, m0: number, frame: Frame): boolean {
  const n = idx.length;
  // A place the rules suggest must show the animals asked for by name, not merely hold a few of them; the Big Five need only live there.
  if (!hasAnimals(tables, idx, frame.animals & ~frame.presentOnly, tables.sighted) || !hasAnimals(tables, idx, frame.presentOnly)) return false;
  const value = tables.score.value;
  for (const pi of frame.points) {
    let served = false;
    for (let k = 0; k < n && !served; k++) served = value[(idx[k]! * 12 + m0) * COLUMN_COUNT + pi]! >= 3;
    if (!served) return false;
  }
  // Value and comfort are met by the lodging and the budget check: the fit that makes a place near is on what the trip is for.
  const content = frame.prio.some((pi) => STYLE.has(pi)) ? frame.prio.filter((pi) => !STYLE.has(pi)) : frame.prio;
  if (content.length > 0 && fitOf(tables, idx, m0, content) < 3) return false;
  if (frame.inferred) {
    let sameKind = false;
    for (let k = 0; k < n && !sameKind; k++) sameKind = frame.kinds.includes(tables.dests[idx[k]!]!.kind);
    if (!sameKind) return false;
  }
  return true;
}

/** Whether the stops together have every animal asked for (a mask of 0 asks for none); `masks` says which count (living there, or seen). */
function hasAnimals(tables: PackTables, idx: ArrayLike<number>, wanted: number, masks: Int32Array = tables.animals): boolean {
  if (wanted === 0) return true;
  let have = 0;
  for (let k = 0; k < idx.length; k++) have |= masks[idx[k]!]!;
  return (have & wanted) === wanted;
}

/** Whether a plan's stops have every animal the traveler asked for. */
export function servesAnimals(p: Plan, frame: Frame, tables: PackTables): boolean {
  return frame.animals === 0 || (planAnimals(p, tables) & frame.animals) === frame.animals;
}

/** The animals asked for that none of the plan's stops has, for saying what is missing. */
export function missingAnimals(p: Plan, frame: Frame, tables: PackTables): Animal[] {
  if (frame.animals === 0) return [];
  const have = planAnimals(p, tables);
  return ANIMALS.filter((a, k) => (frame.animals & (1 << k)) !== 0 && (have & (1 << k)) === 0);
}

/** The animals living at any of the plan's stops, as a bit mask. */
function planAnimals(p: Plan, tables: PackTables): number {
  let have = 0;
  for (const s of p.stops) have |= tables.animals[tables.pos.get(s.dest.id)!]!;
  return have;
}

/** The priorities a plan serves poorly (below 3/5 at every stop), for saying what is missing. */
export function unserved(p: Plan, frame: Frame, tables: PackTables): Priority[] {
  const out: Priority[] = [];
  const m0 = p.month - 1;
  frame.priorities.forEach((want, k) => {
    const pi = frame.prio[k]!;
    if (!p.stops.some((s) => tables.score.value[(tables.pos.get(s.dest.id)! * 12 + m0) * COLUMN_COUNT + pi]! >= 3)) out.push(want);
  });
  return out;
}

/** Mean over priorities of the best stop's value (the fit part of the score, without month quality). */
function fitOf(tables: PackTables, idx: ArrayLike<number>, m0: number, prio: readonly number[]): number {
  if (prio.length === 0) return 0;
  let fit = 0;
  for (const pi of prio) {
    let best = 0;
    for (let k = 0; k < idx.length; k++) best = Math.max(best, tables.score.value[(idx[k]! * 12 + m0) * COLUMN_COUNT + pi]!);
    fit += best;
  }
  return fit / prio.length;
}
