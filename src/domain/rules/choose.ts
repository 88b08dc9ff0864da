import { floorsIn, type Destination } from '../knowledge-pack/schema';
import { bestAlternative, homeRegionFrame, inHomeRegion, isNearAlternative, missingAnimals, namedPlacesServe, rescueClears, servesAnimals, tightSwitch, unserved } from './alternatives';
import { budgetOver, vehicleShare, type Budget } from './budget';
import type { TripContext } from './context';
import type { Frame } from './frame';
import type { PackTables } from './pack-tables';
import { ACTIVITY_NAMES, buildPlan, destinationBlocker, isBlocked, mainStop, aloneNights, type Blocker, type Plan } from './plan';
import { PRIORITY_INDEX, frameFor } from './frame';
import { ANIMALS, type Priority } from '../trip-inputs';
import { ACCEPTABLE, CLEAR_MARGIN, COLUMN_COUNT, GOOD, PHASE_COLUMN, scoreStops, servedPriorities } from './score';

// Scratch buffer for scoring one place: decide() is synchronous and never re-entered, so sharing it is safe.
const one = new Int32Array(1);

/** A flexible traveler who already has a good month waits only for a much better one (or see offSeason). */
const FLEX_WAIT_MARGIN = 1;

/** The verdict before it is put into words. */
export type Choice =
  | { outcome: 'book'; plan: Plan }
  | { outcome: 'wait'; plan: Plan; current: Plan }
  /** `also`: a second place that gives the trip about as well, named beside the switch (closedConfined). */
  | { outcome: 'switch'; plan: Plan; current: Plan; also?: Plan }
  | { outcome: 'discard'; current: Plan };

/**
 * Book, wait, switch or discard. The traveler's own choice is respected when it works
 * well; the rules move them (a later month within their flexibility first, then another
 * place) only when it is clearly better, and discard only when nothing near rescues the trip.
 */
export function choose(ctx: TripContext, frame: Frame, budget: Budget | undefined, tables: PackTables): Choice {
  const choice = chooseAmong(ctx, frame, budget, tables);
  if (choice.outcome === 'discard') return withoutBarredGorillas(ctx, frame, budget, tables) ?? choice;
  // A plan that keeps none of the places the traveler named (only a country's stand-in) moves them: that is a switch.
  if (choice.outcome === 'book' && frame.own.length > 0 && frame.own.length < frame.named.length && !choice.plan.stops.some((s) => frame.own.includes(s.dest))) {
    return { outcome: 'switch', plan: choice.plan, current: bestOfNamed(frame.own, ctx.month, ctx, frame, budget, tables) };
  }
  return choice;
}

/**
 * Gorillas and something else asked for (the Big Five) by a party whose youngest stated age is under every gorilla
 * place's permit age (15): the gorillas cannot be had on this trip at any place or price, so the expert plans the rest
 * of what they asked for, where it works, as a switch that says why the gorillas are out. Only with a stated age (an
 * unknown one is asked before the rules run), and never a place with an age rule the youngest fails (buildPlan checks).
 */
function withoutBarredGorillas(ctx: TripContext, frame: Frame, budget: Budget | undefined, tables: PackTables): Choice | undefined {
  const youngest = ctx.youngestChild;
  if (youngest === undefined || !ctx.priorities.includes('gorillas')) return undefined;
  const rest = ctx.priorities.filter((p) => p !== 'gorillas' && p !== 'value' && p !== 'comfort');
  if (rest.length === 0 || (ctx.inputs.destinations?.length ?? 0) > 0) return undefined;
  const gorillaPlaces = tables.dests.filter((d) => (d.strengths.gorillas ?? 0) >= ACCEPTABLE);
  if (gorillaPlaces.length === 0) return undefined;
  const barred = gorillaPlaces.map((d) => destinationBlocker(d, ctx.month, ctx));
  if (!barred.every((b) => b?.kind === 'min_age')) return undefined;
  const rested: TripContext = { ...ctx, priorities: ctx.priorities.filter((p) => p !== 'gorillas') };
  const after = chooseAmong(rested, frameFor(rested, tables), budget, tables);
  if (after.outcome !== 'book' && after.outcome !== 'switch') return undefined;
  // The gorilla place of the first country the traveler said that has one (Rwanda's, for "gorillas in Rwanda"), with its age rule as the reason.
  const country = (ctx.inputs.countries ?? []).find((c) => gorillaPlaces.some((d) => d.country === c));
  const k = Math.max(0, gorillaPlaces.findIndex((d) => d.country === country));
  return { outcome: 'switch', plan: after.plan, current: { ...emptyPlan(ctx.month), blockers: [barred[k]!, ...activitiesBarred(ctx, tables, youngest)] } };
}

/**
 * The other activities the traveler asked for that the youngest is too young for at every place that offers them (canoeing
 * from 12 for a child of 9): dropped from the switch with the gorillas, each is named with its age rule so none is dropped
 * silently (review 9a, finding 8).
 */
function activitiesBarred(ctx: TripContext, tables: PackTables, youngest: number): Blocker[] {
  const out: Blocker[] = [];
  for (const a of ctx.inputs.activities ?? []) {
    let least: { dest: Destination; age: number } | undefined;
    for (const d of tables.dests) {
      const offered = d.activities?.find((x) => x.id === a);
      const age = offered?.skippable ? undefined : offered?.min_age;
      if (age !== undefined && (!least || age < least.age)) least = { dest: d, age };
    }
    if (least && youngest < least.age) out.push({ kind: 'min_age', dest: least.dest, age: least.age, youngest, activity: ACTIVITY_NAMES[a], named: a });
  }
  return out;
}

function chooseAmong(ctx: TripContext, frame: Frame, budget: Budget | undefined, tables: PackTables): Choice {
  const { named } = frame;
  let current = named.length > 0 ? bestOfNamed(named, ctx.month, ctx, frame, budget, tables) : bestAlternative(frame, ctx.month, ctx, budget, tables);
  if (!current) return { outcome: 'discard', current: emptyPlan(ctx.month) };
  // The named places as planned, before any judgement of their fit (for a trip whose dates cannot move: seasonBound).
  const planned = current;
  // Named places that do not offer what the traveler said they want (beach, gorillas…) are not a trip that works.
  if (named.length > 0 && (!frame.inferred || frame.animals !== 0) && current.feasible && !namedPlacesServe(current, frame, tables)) {
    // The part of a route the budget reaches does not serve the trip (the beach without the safari): the budget is why it fails.
    const whole = current.stops.length < named.length ? buildPlan(named, ctx.month, ctx, frame.prio, budget, tables) : undefined;
    const priced = whole !== undefined && whole.blockers[0]?.kind === 'budget' && namedPlacesServe(whole, frame, tables);
    current = priced ? whole : { ...current, feasible: false, blockers: [{ kind: 'no_fit', dest: current.stops[0]!.dest, wants: unserved(current, frame, tables), named: true, animals: missingAnimals(current, frame, tables) }] };
  }

  // An animal asked for by name that lives at the named places but scatters out of sight this month (Chobe's elephants
  // leave the river in the rains): the month does not give the trip, as a place without the animal would not.
  const away = named.length > 0 && current.feasible ? awayAnimals(current, frame, tables) : 0;
  if (away !== 0) current = { ...current, feasible: false, blockers: [{ kind: 'no_fit', dest: current.stops[0]!.dest, wants: [], named: true, animals: ANIMALS.filter((_, k) => (away & (1 << k)) !== 0), away: true }] };

  // "Budget camping is fine" says how, not what for: a named place that works within the budget is the traveler's choice, kept.
  const styleOnly = named.length > 0 && !frame.inferred && frame.priorities.length > 0 && frame.priorities.every((p) => p === 'value' || p === 'comfort');
  // An asked activity in its season at the planned place (Devil's Pool at low water) is what the trip is for when the traveler
  // said nothing else: the draws inferred from the place (the falls in flood) do not make the month poor.
  const activityPoint = frame.inferred && current.stops.some((s) => frame.inSeason.includes(s.dest));
  const good = current.feasible && (current.score >= GOOD || styleOnly || activityPoint);
  const cheaper = current.feasible && current.score >= ACCEPTABLE ? (valueSwitch(ctx, frame, current, budget, tables) ?? tightSwitch(frame, current, ctx, budget, tables) ?? standardSwitch(ctx, frame, current, budget, tables)) : undefined;
  if (cheaper) return { outcome: 'switch', plan: cheaper, current };
  if (good && ctx.flexibility !== 'flexible') return { outcome: 'book', plan: current };

  // A traveler who never said they could move is not sent to wait by rain alone: a named month that gives what they
  // said the trip is for (priorities or animals) at least fairly once its rain is set aside stays theirs; rain is in
  // the losses and the confidence. A place's own draws (the mountain view, the falls) still wait for their season,
  // and so does a month of heavy rains (the Mara in the long rains), as drawsHold judges it. A named place whose herds
  // are there that month (the Serengeti's long rains) holds its point whatever the traveler said, as herdsHold judges it.
  // A trip the traveler confined to their countries ("Botswana or nothing") has no place elsewhere to go: its best place
  // there is theirs, as a named one is, and game that stays fair (3/5) in the rain is the trip, the rain a loss.
  // Game that holds at 4/5 or better through the rains (the crater's resident animals in April) is what such a place is
  // named for, even when the traveler said nothing else: the rain is a loss to state, not a reason to wait.
  const told = ((!frame.inferred || frame.animals !== 0) && !washedOut(current, tables)) || gameHolds(current, tables);
  const confined = named.length === 0 && confinedToCountries(ctx, tables);
  const fairInRain = ctx.flexibility !== 'flexible' && (named.length > 0 || confined) && current.feasible && (told || herdsHold(current, tables) || (confined && gameFair(current, tables))) && current.score + meanRain(current, tables) >= ACCEPTABLE;
  const later = fairInRain ? undefined : laterWindow(ctx, frame, budget, tables, good, current);
  if (later) {
    const margin = good ? FLEX_WAIT_MARGIN : CLEAR_MARGIN;
    const floor = current.feasible ? GOOD : ACCEPTABLE;
    if (later.score >= floor && (!current.feasible || later.score >= current.score + margin || (good && offSeason(current, later, tables) && later.score > current.score))) {
      return { outcome: 'wait', plan: later, current: samePlaces(later, current, ctx, frame, budget, tables) };
    }
  }
  if (good) return { outcome: 'book', plan: current };

  if (named.length > 0 || frame.wider) {
    // Named places, or named countries that cannot give what the trip is for: a better place elsewhere.
    const wide = frame.wider ? { ...frame, pool: frame.wider } : frame;
    const search = present(animalsLead(wide, current, ctx, tables), ctx.month, tables);
    // The frame a rescue must stay near: the animals asked for, when they lead the search, else what the trip is for.
    const kept = search === wide ? frame : search;
    const bar = current.feasible ? Math.max(GOOD, current.score + CLEAR_MARGIN) : ACCEPTABLE;
    // Only the budget rules the named places out: the rescue must fit the trip they pictured with room to spare.
    const rescue = current.blockers[0]?.kind === 'budget' ? { nights: ctx.nights ?? current.nights } : undefined;
    // A traveler who will not fly and named only an island (Zanzibar) has set the island as the trip: no switch leaves it.
    const islandBound = !ctx.reach.flights && named.length > 0 && named.every((d) => d.island === true);
    // Animals asked for by name that some places are famed for (Amboseli's elephants): the best of those places that
    // clears the bar is the switch before any place that merely has them.
    const famed = islandBound ? undefined : famedFor(search, ctx.month, tables);
    const star = famed ? bestAlternative(famed, ctx.month, ctx, budget, tables, bar, rescue) : undefined;
    let alt = islandBound ? undefined : star?.feasible && star.score >= bar && isNearAlternative(star, anyPhase(kept), tables) ? star : bestAlternative(search, ctx.month, ctx, budget, tables, bar, rescue);
    // No place has the part of the migration asked for that month: the herds where they are is the rescue (the copy says which part).
    if (!islandBound && frame.phase && !(alt?.feasible && isNearAlternative(alt, search, tables))) {
      const herds = anyPhase(search);
      const loose = bestAlternative(herds, ctx.month, ctx, budget, tables, bar, rescue);
      if (loose?.feasible && isNearAlternative(loose, herds, tables)) alt = loose;
    }
    // A traveler who asked for comfort is not served by budget lodges elsewhere, nor, when their budget is what rules the
    // named place out, by mid-range ones: a cheaper place at a lower standard answers the budget, not the luxury they asked for.
    const priced = current.blockers[0]?.kind === 'budget';
    const downgrade = alt !== undefined && ctx.inputs.priorities?.includes('comfort') === true && (alt.tier === 'budget' || (priced && alt.tier !== 'premium'));
    // Only the budget rules out the places they named: a rescue stays in their region, else the budget is the verdict.
    const farRescue = alt !== undefined && priced && named.length > 0 && !frame.wider && !inHomeRegion(alt, frame, ctx);
    // A rescue from the budget must fit the trip they pictured with room to spare, not just scrape under its own floor.
    const scrapes = alt !== undefined && alt.feasible && priced && budget !== undefined && !rescueClears(alt, current, ctx, budget, frame.prio, tables);
    // A traveler who named their place is not sent across the continent when their region has a place that gives the
    // trip (a rescue there clearing the bar); and a named place weakened only by its rain is not left for another region
    // at all (Etosha in February is not rescued by the Serengeti). A point only another region has (gorillas asked of
    // Kruger) still goes where it is.
    if (alt && named.length > 0 && !frame.wider && !inHomeRegion(alt, frame, ctx)) {
      // A switch to a place famed for the animals asked for is weighed against the famed places of the home region only.
      const near = bestAlternative(homeRegionFrame(famed && alt === star ? famed : search, ctx, tables), ctx.month, ctx, budget, tables, bar, rescue);
      if (near?.feasible && inHomeRegion(near, frame, ctx) && near.score >= bar && isNearAlternative(near, anyPhase(kept), tables)) alt = near;
      else if (current.feasible && weakInRain(current, frame, tables)) alt = undefined;
    }
    if (alt && alt.feasible && !downgrade && !farRescue && !scrapes && isNearAlternative(alt, anyPhase(kept), tables)) {
      // A place the traveler named that gives what they asked for at least fairly (3/5) is theirs: a better score elsewhere
      // is no reason to move them. Unless they said any country will do: a named place only fair that month (Etosha in
      // its rains) is then a starting point, and a place clearly better (the switch's bar) is what they invited.
      const invited = ctx.inputs.open_elsewhere === true;
      const adequate = named.length > 0 && current.feasible && !invited && (current.score >= ACCEPTABLE || fairInRain || drawsHold(current, frame, tables));
      if (alt.score >= bar && !adequate) return { outcome: 'switch', plan: alt, current };
    }
  }
  const open = closedConfined(ctx, frame, current, budget, tables);
  if (open) return open.also ? { outcome: 'switch', plan: open.plan, current, also: open.also } : { outcome: 'switch', plan: open.plan, current };
  if (current.feasible && (current.score >= ACCEPTABLE || fairInRain)) return { outcome: 'book', plan: current };
  if (current.feasible && (rainOnly(current, frame, tables) || drawsHold(current, frame, tables) || weakInRain(current, frame, tables))) return { outcome: 'book', plan: current };
  if (current.feasible && current.stops.length > 0 && frame.priorities.length > 0) {
    // It can be done, but it would be a poor trip (the beach in the long rains) and nothing
    // near does better within the traveler's dates: say so rather than book it.
    const wants = unserved(current, frame, tables);
    // A place that gives everything the trip is for, scored down only by how (value, comfort), is still the trip.
    if (named.length > 0 && wants.length > 0 && wants.every((p) => p === 'value' || p === 'comfort')) return { outcome: 'book', plan: current };
    return { outcome: 'discard', current: { ...current, feasible: false, blockers: [{ kind: 'no_fit', dest: current.stops[0]!.dest, wants: wants.length > 0 ? wants : [...frame.priorities], named: named.length > 0 }] } };
  }
  if (current.feasible) return { outcome: 'book', plan: current };
  if (seasonBound(ctx, frame, planned, current, tables)) return { outcome: 'book', plan: planned };
  return { outcome: 'discard', current };
}

/**
 * A named place that is closed in the month (Nyerere's camps in the long rains) on dates that cannot move, on a trip the
 * traveler confined to its countries ("Tanzania only", every place elsewhere ruled out), with nothing said of what the
 * trip is for beyond the place: the place's own rarer draws (its privacy, its birds) cannot be had anywhere open then, but
 * the safari can. The expert sends them to the open place of those countries that serves the place's draws best, game
 * viewing included, when it rates at least fair that month, rather than calling off the only dates they have.
 */
function closedConfined(ctx: TripContext, frame: Frame, current: Plan, budget: Budget | undefined, tables: PackTables): { plan: Plan; also?: Plan } | undefined {
  const why = current.blockers[0];
  if (current.feasible || why?.kind !== 'closed' || why.activity !== undefined || ctx.flexibility !== 'fixed') return undefined;
  if (frame.own.length === 0 || !frame.inferred || frame.animals !== 0 || !confinedToCountries(ctx, tables)) return undefined;
  const countries = ctx.inputs.countries!;
  const game = frame.prio.includes(PRIORITY_INDEX.wildlife_density) ? frame.prio : [...frame.prio, PRIORITY_INDEX.wildlife_density];
  let best: Plan | undefined;
  let second: Plan | undefined;
  for (const k of frame.pool) {
    const d = tables.dests[k]!;
    if (!countries.includes(d.country) || !frame.kinds.includes(d.kind)) continue;
    const plan = buildPlan([d], ctx.month, ctx, game, budget, tables);
    if (!plan.feasible || !gameFair(plan, tables)) continue;
    if (!best || plan.score > best.score) [best, second] = [plan, best];
    else if (!second || plan.score > second.score) second = plan;
  }
  if (!best) return undefined;
  // The draws that made the choice are the closed place's, not ones the traveler said: a second open place close behind
  // (within the switch margin) is as fair an answer, so the traveler is told of it too.
  return second && second.score >= best.score - CLEAR_MARGIN ? { plan: best, also: second } : { plan: best };
}

/**
 * Dates that cannot move (a wedding, school holidays) at a named place that gives what the trip is for in its season
 * but not this month (Zanzibar's beach in the long rains): with nothing near rescuing the trip, the expert books it
 * with the rain and the closures named in the losses, rather than discarding the only dates the traveler has. Only
 * when the month is all that is wrong: the place works otherwise (open, within budget and the rules), every animal
 * asked for lives there, and every point the traveler asked for is one of the place's strengths (3/5 or more).
 */
function seasonBound(ctx: TripContext, frame: Frame, planned: Plan, current: Plan, tables: PackTables): boolean {
  if (ctx.flexibility !== 'fixed' || frame.named.length === 0 || !planned.feasible || planned.stops.length === 0) return false;
  const why = current.blockers[0];
  if (why?.kind !== 'no_fit' || (why.animals?.length ?? 0) > 0 || !servesAnimals(planned, frame, tables)) return false;
  if (!planned.stops.every((s) => frame.own.includes(s.dest))) return false;
  if (why.wants.length === 0 || !why.wants.every((w) => planned.stops.some((s) => (s.dest.strengths[w] ?? 0) >= ACCEPTABLE))) return false;
  // Diminished, not absent: the rains dull a beach (2/5), they do not bring river crossings to March (0).
  const m0 = planned.month - 1;
  return frame.points.every((c) => planned.stops.some((s) => tables.score.value[(tables.pos.get(s.dest.id)! * 12 + m0) * COLUMN_COUNT + c]! >= SEASON_POOR));
}

/** The least a point asked for must still be worth in a poor month for fixed dates to book it (seasonBound). */
const SEASON_POOR = 2;

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
    const nights = ctx.nights ?? aloneNights(d, ctx.pace);
    const works = !isBlocked(tables, di, m0, ctx) && (!budget || floorsIn(d, month).budget * nights * ctx.costShare + tables.permit[di]! + vehicleShare(tables, di, nights, ctx) <= budgetOver(budget, nights, tables.permit[di]!));
    if (!pick || (works && !pickWorks) || (works === pickWorks && score > pickScore)) {
      pick = d;
      pickWorks = works;
      pickScore = score;
    }
  }
  const single = buildPlan([pick!], month, ctx, frame.prio, budget, tables);
  return better(single, route) ? single : route;
}

/** The best other month for the same places (or, with nothing named, for any place) within the traveler's window (see TripContext.window). */
function laterWindow(ctx: TripContext, frame: Frame, budget: Budget | undefined, tables: PackTables, good: boolean, current: Plan): Plan | undefined {
  let best: Plan | undefined;
  // A month that already works is moved only a little later; the whole window is searched before a switch or discard.
  // A window the traveler bounded themselves ("any time March to October") is theirs to search whole: its later months
  // are ones they offered, so a place's peak inside it (Chobe's river elephants) is weighed against a good green month.
  const offered = ctx.inputs.flexible_until !== undefined;
  for (const k of good && !offered ? ctx.window.filter((w) => w > 0 && w <= ctx.flexMonths) : good ? ctx.window.filter((w) => w > 0) : ctx.window) {
    const month = ((((ctx.month - 1 + k) % 12) + 12) % 12) + 1;
    const candidate = frame.named.length > 0 ? bestOfNamed(frame.named, month, ctx, frame, budget, tables) : bestAlternative(frame, month, ctx, budget, tables);
    if (!candidate || !candidate.feasible || (!frame.inferred && !isNearAlternative(candidate, frame, tables)) || !servesAnimals(candidate, frame, tables) || awayAnimals(candidate, frame, tables) !== 0) continue;
    if (!best || candidate.score > best.score) best = candidate;
  }
  // Nothing in the few months "flexible" reaches, and the place or activity is shut in their month: its season may lie further out.
  if (!best && !good && seasonWindow(ctx, current, offered)) return laterWindow({ ...ctx, window: YEAR_AHEAD }, frame, budget, tables, good, current);
  return best;
}

/** Offsets of the year ahead of the traveler's month (the next eleven months), for seasonWindow. */
const YEAR_AHEAD: readonly number[] = Array.from({ length: 11 }, (_, k) => k + 1);

/**
 * Whether a flexible traveler's wait is searched over the year ahead when the usual window holds nothing. A named place or activity that is closed in their month
 * (Devil's Pool at high water, a camp shut for the rains) opens only in its season, which may lie beyond the few months
 * "flexible" alone reaches: a traveler who said the trip can move, without bounding how far, is told when it opens
 * within the year ahead rather than that nothing near works. A window they bounded themselves stays theirs.
 */
function seasonWindow(ctx: TripContext, current: Plan, offered: boolean): boolean {
  if (offered || ctx.flexibility !== 'flexible' || ctx.inputs.year !== undefined || current.feasible || ctx.window === YEAR_AHEAD) return false;
  return current.blockers.some((b) => b.kind === 'closed');
}

/**
 * The month is the place's off season and the later one its best: game at most fair (3/5)
 * now and at least two points better then, at the same places (the tail of the long rains
 * against the dry season). A flexible traveler is told to wait for it, even when what they
 * asked for (privacy, birds) reads well in the quiet month.
 */
function offSeason(current: Plan, later: Plan, tables: PackTables): boolean {
  const now = mainStop(current);
  const then = mainStop(later);
  if (!now || !then || now.dest !== then.dest) return false;
  const di = tables.pos.get(now.dest.id)!;
  const q0 = tables.score.quality[di * 12 + current.month - 1]!;
  const q1 = tables.score.quality[di * 12 + later.month - 1]!;
  // Or the place's heavy rains now (Bwindi's April: steep, muddy trails) and dry or light rain then, the game no worse: a
  // traveler who said the trip can move is not booked into the wettest month of a place that has a dry one in their window.
  const heavyNow = tables.score.rain[di * 12 + current.month - 1]! >= 1 && tables.score.rain[di * 12 + later.month - 1]! <= 0.1 && q1 >= q0;
  return (q0 <= 3 && q1 >= q0 + 2) || heavyNow;
}

/**
 * A named place read only for its own draws (Zanzibar's beach) that has none of the animals the traveler asked for
 * (lions): the animals are what the trip is for, so the search elsewhere looks for them, not for another beach.
 * A traveler who will not fly has made the named place the trip: leaving it for the animals is no rescue they allow.
 */
function animalsLead(frame: Frame, current: Plan, ctx: TripContext, tables: PackTables): Frame {
  if (!frame.inferred || frame.animals === 0 || !ctx.reach.flights || current.stops.length === 0 || servesAnimals(current, frame, tables)) return frame;
  return { ...frame, priorities: [], prio: [], points: [], inferred: false };
}

/**
 * The animals asked for by name (not only as the Big Five) that live at the plan's stops but are out of sight at every
 * one of them in the plan's month (pack months' `dispersed`), as a bit mask: 0 when the month shows them all.
 */
function awayAnimals(p: Plan, frame: Frame, tables: PackTables): number {
  const wanted = frame.animals & ~frame.presentOnly;
  if (wanted === 0 || p.stops.length === 0 || otherPointServed(p, frame)) return 0;
  let have = 0;
  let seen = 0;
  for (const s of p.stops) {
    const di = tables.pos.get(s.dest.id)!;
    have |= tables.animals[di]!;
    seen |= tables.animals[di]! & ~tables.away[di * 12 + p.month - 1]!;
  }
  return wanted & have & ~seen;
}

/**
 * The trip has a point of its own besides the animals, and the plan's month serves it well: birders at Chobe in January
 * ("elephants would be a bonus", "happy with whatever we see") go for the migrant birds, which the month gives. A
 * scattered animal then only matters when it is the point of the trip: with no other stated priority the plan serves
 * well (GOOD), the animal is the point. Game-viewing priorities (wildlife, Big Five, photography) are the animals
 * themselves, never another point.
 */
function otherPointServed(p: Plan, frame: Frame): boolean {
  if (frame.inferred) return false;
  const own = frame.priorities.filter((q) => !NOT_A_POINT.has(q));
  return own.length > 0 && servedPriorities({ priorities: own, phase: frame.phase }, p, GOOD).length > 0;
}
const NOT_A_POINT: ReadonlySet<Priority> = new Set<Priority>(['wildlife_density', 'big_five', 'photography', 'value', 'comfort', 'privacy']);

/** The frame without the places where an animal asked for by name is out of sight that month (awayAnimals). */
function present(frame: Frame, month: number, tables: PackTables): Frame {
  const wanted = frame.animals & ~frame.presentOnly;
  if (wanted === 0) return frame;
  const pool = frame.pool.filter((k) => (tables.away[k * 12 + month - 1]! & wanted) === 0);
  return pool.length === frame.pool.length ? frame : { ...frame, pool };
}

/** The frame cut to the places famed for every animal asked for by name (pack `famed_animals`), or undefined when none is. */
function famedFor(frame: Frame, month: number, tables: PackTables): Frame | undefined {
  const wanted = frame.animals & ~frame.presentOnly;
  if (wanted === 0) return undefined;
  const pool = frame.pool.filter((k) => (tables.famed[k]! & wanted) === wanted && (tables.away[k * 12 + month - 1]! & wanted) === 0);
  return pool.length > 0 ? { ...frame, pool } : undefined;
}

/** The frame with the migration valued in any phase: the herds, wherever they are that month. */
function anyPhase(frame: Frame): Frame {
  if (!frame.phase) return frame;
  const col = PHASE_COLUMN[frame.phase];
  const migration = PRIORITY_INDEX.migration;
  return { ...frame, prio: frame.prio.map((c) => (c === col ? migration : c)), points: frame.points.map((c) => (c === col ? migration : c)), phase: undefined };
}

function better(a: Plan, b: Plan): boolean {
  if (a.feasible !== b.feasible) return a.feasible;
  return a.score > b.score;
}

function emptyPlan(month: number): Plan {
  return { month, stops: [], dropped: [], blockers: [], feasible: false, score: Number.NEGATIVE_INFINITY, nights: 0, tier: 'budget', costPp: 0, floorPp: 0 };
}

/** How much cheaper (floor per person) another place must be before value alone moves a traveler off a place that works. */
const VALUE_SAVING = 0.6;

/**
 * A traveler who asked for value, on named places that work: a place in the same country
 * that gives the trip's point as well (the same animals, what it is for, a score no lower)
 * at a floor clearly below the named places' is the expert's advice ("Chobe, not the
 * Delta, for elephants on a budget"; "Bwindi's permit, not Rwanda's").
 */
function valueSwitch(ctx: TripContext, frame: Frame, current: Plan, budget: Budget | undefined, tables: PackTables): Plan | undefined {
  // Countries with no place named ("we were going to do Rwanda") are weighed as a named place is.
  const countriesOnly = frame.named.length === 0 && frame.wider !== undefined && (ctx.inputs.countries?.length ?? 0) > 0;
  if ((frame.named.length === 0 && !countriesOnly) || frame.inferred || !frame.priorities.includes('value') || ctx.flexibility === 'flexible') return undefined;
  const countries = new Set<string>(countriesOnly ? ctx.inputs.countries : frame.own.map((d) => d.country));
  const here = new Set(current.stops.map((st) => tables.pos.get(st.dest.id)!));
  const base = (countriesOnly ? frame.wider! : frame.pool).filter((k) => !here.has(k));
  // Where a permit is most of the price (a gorilla permit), the same point for clearly less lies across a border in the
  // same region (Bwindi's permit, not Rwanda's); otherwise the cheaper place is in the same country.
  const pool = permitLed(current) ? homeRegionFrame({ ...frame, pool: base }, ctx, tables).pool : base.filter((k) => countries.has(tables.dests[k]!.country));
  if (pool.length === 0) return undefined;
  // What the trip is for is what the traveler said (the elephants), not the named place's own draws (the Delta's privacy).
  // Value alone says how to go, not what for: the named place that works within the budget is kept (style-only.test.ts).
  const said = ctx.priorities;
  if (frame.phase || (frame.animals === 0 && !said.some((p) => p !== 'value' && p !== 'comfort'))) return undefined;
  const judged: Frame = { ...frame, pool, priorities: said, prio: said.map((p) => PRIORITY_INDEX[p]), points: frame.points.filter((c) => said.some((p) => PRIORITY_INDEX[p] === c)) };
  const alt = bestAlternative(judged, ctx.month, ctx, budget, tables, GOOD);
  if (!alt?.feasible || !isNearAlternative(alt, judged, tables) || !servesAnimals(alt, judged, tables)) return undefined;
  const now = buildPlan(current.stops.map((st) => st.dest), ctx.month, ctx, judged.prio, budget, tables);
  return isValueSwitch(current, alt, frame) && alt.score >= now.score ? alt : undefined;
}

/** A place's value strength from which its budget stay is a sound trip (Kruger's rest camps, Etosha's): a move for the standard may go there. */
const SOUND_BUDGET_STAY = 3;

/** A place's value strength at or below which its lodges are the trip (the Delta's fly-in camps): its budget tier is not that trip. */
const LODGES_ARE_THE_TRIP = 1;

/**
 * A honeymoon (or comfort asked for) that the budget takes to a named place only at its budget tier, where the place's
 * point is its camps (the Delta's fly-in camps, value 1/5: its budget tier is a mobile camping trip): the expert moves
 * them to a place in the same countries that the budget reaches at a better standard and that gives the trip at least
 * fairly ("the Delta on $3,000 each is camping; Chobe's lodges fit"). Nothing there: the named place is kept.
 */
function standardSwitch(ctx: TripContext, frame: Frame, current: Plan, budget: Budget | undefined, tables: PackTables): Plan | undefined {
  if (!standardMatters(ctx) || !budget || frame.own.length === 0 || current.tier !== 'budget' || current.stops.length === 0) return undefined;
  if (!current.stops.every((s) => (s.dest.strengths.value ?? 0) <= LODGES_ARE_THE_TRIP)) return undefined;
  const countries = new Set<string>([...frame.own.map((d) => d.country), ...(ctx.inputs.countries ?? [])]);
  // "Any country is fine": the better stay for the money may be in another country (Kruger's camps, not the Delta's tents).
  // Among places whose own budget stay is a sound trip (value 3/5 or more), as the move is for the standard.
  const anywhere = !ctx.wantsPremium && ctx.inputs.open_elsewhere === true && !ctx.inputs.countries?.length;
  const pool = anywhere ? frame.pool.filter((k) => (tables.dests[k]!.strengths.value ?? 0) >= SOUND_BUDGET_STAY) : frame.pool.filter((k) => countries.has(tables.dests[k]!.country));
  if (pool.length === 0) return undefined;
  const search: Frame = { ...frame, pool };
  const rescue = { nights: ctx.nights ?? current.nights };
  const fits = (alt: Plan | undefined): alt is Plan => alt?.feasible === true && isStandardSwitch(ctx, current, alt) && isNearAlternative(alt, frame, tables) && servesAnimals(alt, frame, tables);
  // Open to anywhere, the named place's own region is still looked at first (the Delta's budget goes to Kruger before Ruaha).
  if (anywhere) {
    const homeCtx: TripContext = { ...ctx, inputs: { ...ctx.inputs, open_elsewhere: undefined } };
    const near = bestAlternative(homeRegionFrame(search, homeCtx, tables), ctx.month, ctx, budget, tables, ACCEPTABLE, rescue);
    if (fits(near)) return near;
  }
  const alt = bestAlternative(search, ctx.month, ctx, budget, tables, ACCEPTABLE, rescue);
  return fits(alt) ? alt : undefined;
}

/**
 * Whether the standard of the stay weighs in a switch (standardSwitch): the traveler asked for comfort (or it is a
 * honeymoon), or said any country will do, so a place their budget reaches only at its budget camps (the Delta's
 * mobile camping) is not the trip they pictured when another country's lodges fit.
 */
function standardMatters(ctx: TripContext): boolean {
  return ctx.wantsPremium || ctx.inputs.open_elsewhere === true;
}

/** Whether a move from a named place reached only at its budget camps to `plan` is one for the standard (standardSwitch): the copy says so. */
export function isStandardSwitch(ctx: TripContext, current: Plan, plan: Plan): boolean {
  const better = plan.tier !== 'budget' || (!ctx.wantsPremium && plan.stops.length > 0 && plan.stops.every((s) => (s.dest.strengths.value ?? 0) >= SOUND_BUDGET_STAY));
  return standardMatters(ctx) && current.feasible && current.tier === 'budget' && better && current.stops.length > 0 && current.stops.every((s) => (s.dest.strengths.value ?? 0) <= LODGES_ARE_THE_TRIP);
}

/** Whether a move from `current` to `plan` is clearly cheaper for a traveler who asked for value (the switch's copy gives the prices). */
export function isValueSwitch(current: Plan, plan: Plan, frame: Frame): boolean {
  return frame.priorities.includes('value') && plan.floorPp <= current.floorPp * (permitLed(current) ? PERMIT_SAVING : VALUE_SAVING);
}

/** The share of the named floor a permit must be for the price to be the permit's (a gorilla trek's). */
const PERMIT_SHARE = 0.5;
/** How much cheaper a place must be to move a value traveler off a permit-led one: a permit is a fixed price, so a smaller saving is clear. */
const PERMIT_SAVING = 0.7;

/** Whether a plan's price is mostly its permits (Rwanda's gorilla permit). */
function permitLed(p: Plan): boolean {
  return (p.permitPp ?? 0) > p.floorPp * PERMIT_SHARE;
}

/** Whether any stop of the plan is in its heavy rains that month (score.ts: a penalty of a whole point). */
function washedOut(p: Plan, tables: PackTables): boolean {
  return p.stops.some((s) => tables.score.rain[tables.pos.get(s.dest.id)! * 12 + p.month - 1]! >= 1);
}

/** The game a month rates at every stop for a place's heavy rains not to move a traveler who never said they could (see gameHolds). */
const RESIDENT_GAME = 4;

/**
 * Whether the game at every stop still rates well in the month, heavy rains and all (the crater's resident Big Five in
 * April): the rain is then a loss to state, not a reason to wait. A month whose game the rains take (the Mara's long
 * rains, 3/5) still waits for its season.
 */
function gameHolds(p: Plan, tables: PackTables): boolean {
  return p.stops.length > 0 && p.stops.every((s) => tables.score.quality[tables.pos.get(s.dest.id)! * 12 + p.month - 1]! >= RESIDENT_GAME);
}

/**
 * Whether the migration's herds are at every stop in the month (the pack's herds present, calving or crossing at a
 * place known for them: the migration valued at least GOOD) and the game rates at least fair. The herds are why
 * such a place is named, even when the traveler says nothing else, so a traveler who never said they could move is
 * booked in the rains with the rain stated rather than sent to wait: the Serengeti's long rains, not the Mara's.
 */
function herdsHold(p: Plan, tables: PackTables): boolean {
  const col = PRIORITY_INDEX.migration;
  return p.stops.length > 0 && p.stops.every((s) => {
    const k = tables.pos.get(s.dest.id)! * 12 + p.month - 1;
    return tables.score.quality[k]! >= ACCEPTABLE && tables.score.value[k * COLUMN_COUNT + col]! >= GOOD;
  });
}

/** Whether the traveler named countries and ruled out every place outside them: the trip stays there or does not happen. */
function confinedToCountries(ctx: TripContext, tables: PackTables): boolean {
  const countries = ctx.inputs.countries;
  const excluded = ctx.inputs.excluded_destinations;
  if (!countries?.length || !excluded?.length) return false;
  return tables.dests.every((d) => countries.includes(d.country) || excluded.includes(d.id));
}

/** Whether the game rates at least fair (3/5) at every stop in the plan's month. */
function gameFair(p: Plan, tables: PackTables): boolean {
  return p.stops.length > 0 && p.stops.every((s) => tables.score.quality[tables.pos.get(s.dest.id)! * 12 + p.month - 1]! >= ACCEPTABLE);
}

/** The rain penalty of a plan's month, averaged over its stops (score.ts takes it off each stop's score). */
function meanRain(p: Plan, tables: PackTables): number {
  if (p.stops.length === 0) return 0;
  let rain = 0;
  for (const s of p.stops) rain += tables.score.rain[tables.pos.get(s.dest.id)! * 12 + p.month - 1]!;
  return rain / p.stops.length;
}

/**
 * A named place that gives every point the traveler asked for this month (the herds on the
 * southern plains in the long rains) and falls short only by its rain: rain makes it a
 * harder trip (the losses and the confidence say so), not no trip, once nothing near does better.
 */
function rainOnly(p: Plan, frame: Frame, tables: PackTables): boolean {
  if (frame.inferred || frame.points.length === 0 || frame.own.length === 0 || p.stops.length === 0) return false;
  if (!p.stops.some((s) => frame.own.includes(s.dest)) || !namedPlacesServe(p, frame, tables)) return false;
  let rain = 0;
  for (const s of p.stops) rain += tables.score.rain[tables.pos.get(s.dest.id)! * 12 + p.month - 1]!;
  return rain > 0 && p.score + rain / p.stops.length >= ACCEPTABLE;
}

/**
 * A named place whose own draws (inferred: the traveler said nothing else) all hold at a fair
 * level this month (the Big Five resident in Kruger's green summer): the month's bush and
 * weather lower the trip, they do not make it no trip.
 */
function drawsHold(p: Plan, frame: Frame, tables: PackTables): boolean {
  if (!frame.inferred || frame.prio.length === 0 || p.stops.length === 0 || !p.stops.every((s) => frame.own.includes(s.dest))) return false;
  const m0 = p.month - 1;
  // Bush and a wet day or two, not the heavy rains: a month washed out is judged as before (the Mara in the long rains moves).
  if (p.stops.some((s) => tables.score.rain[tables.pos.get(s.dest.id)! * 12 + m0]! >= 1)) return false;
  return frame.prio.every((pi) => p.stops.some((s) => tables.score.value[(tables.pos.get(s.dest.id)! * 12 + m0) * COLUMN_COUNT + pi]! >= ACCEPTABLE));
}

/**
 * A named place whose month is weak only by its rain: every stop is one the traveler named, the game there still rates
 * at least fair (3/5), and the score with the rain set aside is acceptable (Etosha in February: the game disperses from
 * the waterholes, it does not leave). Rain makes it a harder trip, stated in the losses, not a reason to send the
 * traveler to another country; a later month in their window is still weighed first (a wait).
 */
function weakInRain(p: Plan, frame: Frame, tables: PackTables): boolean {
  if (frame.own.length === 0 || p.stops.length === 0 || !p.stops.every((s) => frame.own.includes(s.dest))) return false;
  return meanRain(p, tables) > 0 && gameFair(p, tables) && p.score + meanRain(p, tables) >= ACCEPTABLE;
}



/**
 * What a wait compares: the places it waits for, in the traveler's month. The best place now and the best place later
 * may differ (no place named, or several): the copy then speaks of one place, the one the wait recommends.
 */
function samePlaces(later: Plan, current: Plan, ctx: TripContext, frame: Frame, budget: Budget | undefined, tables: PackTables): Plan {
  const ids = (p: Plan) => p.stops.map((s) => s.dest.id).join('>');
  if (later.stops.length === 0 || ids(later) === ids(current)) return current;
  return buildPlan(later.stops.map((s) => s.dest), current.month, ctx, frame.prio, budget, tables);
}
