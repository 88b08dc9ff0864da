import type { Destination } from '../knowledge-pack/schema';
import { PRIORITIES, type Animal, type MigrationPhase, type Priority } from '../trip-inputs';
import type { TripContext } from './context';
import { animalMask, type PackTables } from './pack-tables';
import { PHASE_COLUMN, scoreStops } from './score';

// Scratch buffer for scoring one place: decide() is synchronous and never re-entered, so sharing it is safe.
const one = new Int32Array(1);

/**
 * The place of a country that is best in a month on its own merits (weather and quality),
 * not yet named nor ruled out; one that links to a named place first, so a route can join them.
 */
function bestInCountry(country: string, month: number, tables: PackTables, namedIdx: readonly number[], excluded: readonly string[] | undefined, prio: readonly number[]): number | undefined {
  let best: number | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const k of tables.all) {
    const d = tables.dests[k]!;
    if (d.country !== country || namedIdx.includes(k) || excluded?.includes(d.id)) continue;
    one[0] = k;
    const links = namedIdx.some((n) => tables.legs[k]![n] !== undefined);
    // On the traveler's priorities when they gave some ("cross into Tanzania" for the migration is the Serengeti, not its beach).
    const score = scoreStops(tables.score, one, month - 1, prio) + (links ? 100 : 0);
    if (score > bestScore) {
      best = k;
      bestScore = score;
    }
  }
  return best;
}

/** Priorities that say how to travel (the lodging, the price), not what the trip is for. */
const STYLE_PRIORITIES: readonly Priority[] = ['value', 'comfort'];
/** Priorities that are the whole point of a trip: no place without them is a near alternative. */
export const POINT_PRIORITIES: readonly Priority[] = ['gorillas', 'beach', 'migration'];
/** The five animals "the Big Five" names: a place missing one of them (Etosha has no buffalo, Samburu no rhino) cannot give it. */
const BIG_FIVE: readonly Animal[] = ['lion', 'leopard', 'elephant', 'buffalo', 'rhino'];
/** Each priority's index in PRIORITIES (the score tables' layout). */
export const PRIORITY_INDEX = Object.fromEntries(PRIORITIES.map((p, k) => [p, k])) as Record<Priority, number>;
/** What the choice was made over: the named places, the priorities used and whether they were inferred. */
export type Frame = {
  named: readonly Destination[];
  /** The places the traveler named themselves (without a country's stand-in): a plan that keeps none of them is a switch. */
  own: readonly Destination[];
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
  /**
   * Where a switch may look when the choice was made within named countries and the
   * traveler wants what a trip is for (gorillas, beach, migration): every place not ruled out.
   */
  wider: readonly number[] | undefined;
  /** The part of the migration asked for ("the calving"), which `prio` scores the migration by. */
  phase: MigrationPhase | undefined;
  /** The animals asked for by name or as the Big Five (pack-tables animalMask); a place without all of them cannot give the trip. */
  animals: number;
  /** The animals of `animals` asked for only as the Big Five: living there is enough (the Mara's few rhino count), not reliably seen. */
  presentOnly: number;
  /**
   * Named places where an activity the traveler asked for is in its season this month
   * (Devil's Pool at low water): there the activity is the point of the trip, so the
   * place's usual draw (the falls in full flood) does not rule the month poor.
   */
  inSeason: readonly Destination[];
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
  // A country named beside places elsewhere ("a safari in Kenya, then the beach in
  // Zanzibar") is a stop of its own: its best place that month joins the named ones. Its
  // best place of the same kind as a named one ("the Mara, but Tanzania is fine too") is
  // an alternative the traveler allows, not a second stop: it stays in the pool.
  const wantedCountries = ctx.inputs.countries;
  const phase = ctx.inputs.migration_phase;
  const ownCount = named.length;
  let standIns: number[] | undefined;
  // "Southern Africa please" beside a place there: the region bounds the trip (a switch stays in it), it adds no stops.
  const region = named.length > 0 && wantedCountries !== undefined && isRegionBound(wantedCountries, named) ? wantedCountries : undefined;
  if (named.length > 0 && wantedCountries && wantedCountries.length > 0 && !region) {
    standIns = [];
    const ownKinds = named.map((d) => d.kind);
    for (const c of wantedCountries) {
      if (named.some((d) => d.country === c)) continue;
      const best = bestInCountry(c, ctx.month, tables, namedIdx, excluded, ctx.priorities.map((p) => columnOf(p, phase)));
      if (best !== undefined && !ownKinds.includes(tables.dests[best]!.kind)) {
        named.push(tables.dests[best]!);
        namedIdx.push(best);
        standIns!.push(best);
      }
    }
  }
  // Countries stand in for places only while none is named ("Tanzania in August"): the
  // choice is then made among that country's places. Once places are named they lead, and
  // a better place elsewhere may still be suggested.
  const countries = named.length === 0 ? ctx.inputs.countries : undefined;
  const inCountries = countries !== undefined && countries.length > 0;
  let pool = tables.all;
  let unexcluded: readonly number[] = tables.all;
  if (named.length > 0 || (excluded && excluded.length > 0) || inCountries) {
    const some: number[] = [];
    const allowed: number[] | undefined = inCountries ? [] : undefined;
    for (const k of tables.all) {
      const d = tables.dests[k]!;
      if (namedIdx.includes(k) || (excluded && excluded.includes(d.id))) continue;
      if (region && !region.includes(d.country)) continue;
      if (allowed) {
        allowed.push(k);
        if (!countries!.includes(d.country)) continue;
      }
      some.push(k);
    }
    if (allowed) unexcluded = allowed;
    // A country alone, with nothing said of what the trip is for, asks about a safari there:
    // its beach is weighed only when the traveler mentions the beach.
    const safariFirst = inCountries && ctx.priorities.length === 0;
    const inland = safariFirst ? some.filter((k) => tables.dests[k]!.kind !== 'beach') : some;
    pool = inland.length > 0 ? inland : some;
  }
  // Animals asked for by name ("rhinos and elephants") are the concrete form of the big five: the place must have them.
  const animals = ctx.inputs.animals ?? [];
  let priorities: readonly Priority[] = animals.length > 0 ? ctx.priorities.filter((p) => p !== 'big_five') : ctx.priorities;
  let inferred = false;
  // Animals asked for in a country with no place and nothing else ("elephants, Botswana"): the country's places differ in
  // how densely they show them, so they are weighed by it (Chobe's elephants over the Delta's), not by the month alone.
  // With no country the month's game still picks (a change of place there moved a dialogue's premise, dialogue-6).
  if (priorities.length === 0 && named.length === 0 && animals.length > 0 && inCountries) priorities = ['wildlife_density'];
  else if (priorities.length === 0 && named.length > 0) {
    if (named.length === 1) priorities = tables.inferred[namedIdx[0]!]!;
    else {
      const list: Priority[] = [];
      for (const k of namedIdx) for (const p of tables.inferred[k]!) if (!list.includes(p) && list.length < 3) list.push(p);
      priorities = list;
    }
    inferred = true;
  } else if (named.length > 0 && priorities.every((p) => STYLE_PRIORITIES.includes(p))) {
    // "Cheap then" or "somewhere comfortable" says how to go, not what the place is for: the
    // named places' own draws are weighed beside it, so a closed or washed-out month is not
    // read as a bargain and the search for another month or place keeps the trip's kind.
    const list = [...priorities];
    for (const k of namedIdx) for (const p of tables.inferred[k]!) if (!list.includes(p) && list.length < priorities.length + 1) list.push(p);
    priorities = list;
  } else if (standIns && standIns.length > 0) {
    // What the traveler wants elsewhere (the beach) must not drop the country they asked
    // for: its place's own main draw counts too.
    const list = [...priorities];
    for (const k of standIns) {
      const draw = tables.inferred[k]![0];
      if (draw && !list.includes(draw)) list.push(draw);
    }
    priorities = list;
  }
  const prio: number[] = [];
  const points: number[] = [];
  for (const p of priorities) {
    prio.push(columnOf(p, phase));
    if (POINT_PRIORITIES.includes(p)) points.push(columnOf(p, phase));
  }
  const kinds: Destination['kind'][] = [];
  for (const d of named) if (!kinds.includes(d.kind)) kinds.push(d.kind);
  // One object shape whatever the inputs: the hot paths read frames monomorphically.
  // The Big Five asked for by the traveler (not read off a named place) is a list of animals too: all five, where a usual stay sees them.
  const bigFive = animals.length === 0 && !inferred && priorities.includes('big_five');
  const wanted = bigFive ? BIG_FIVE : animals;
  return {
    named,
    own: named.slice(0, ownCount),
    priorities,
    prio,
    inferred,
    pool,
    points,
    kinds,
    // A traveler open to anywhere (open_elsewhere: "any great wildlife trip would do") lets a switch look past the countries too.
    wider: inCountries && (points.length > 0 || wanted.length > 0 || ctx.inputs.open_elsewhere === true) ? unexcluded : undefined,
    phase,
    animals: animalMask(wanted),
    presentOnly: bigFive ? animalMask(BIG_FIVE) & namedHave(named.slice(0, ownCount)) : 0,
    inSeason: inSeasonActivities(named.slice(0, ownCount), ctx),
  };
}

/** The named places offering an asked activity that has a season (pack `months`) which holds the trip's month. */
function inSeasonActivities(named: readonly Destination[], ctx: TripContext): Destination[] {
  const asked = ctx.inputs.activities;
  if (!asked?.length) return [];
  return named.filter((d) => d.activities?.some((a) => asked.includes(a.id) && a.months !== undefined && a.months.includes(ctx.month)) === true);
}

/** The countries of East and southern Africa as the pack covers them: a traveler who names all of one names the region. */
const REGIONS: readonly (readonly string[])[] = [
  ['KE', 'TZ', 'UG', 'RW'],
  ['BW', 'ZA', 'NA', 'ZM', 'ZW'],
];

/** Whether the countries said are a whole region that holds every named place (a bound on the trip, not stops to add). */
function isRegionBound(countries: readonly string[], named: readonly Destination[]): boolean {
  return REGIONS.some((r) => r.every((c) => countries.includes(c))) && named.every((d) => countries.includes(d.country));
}

/** A priority's column in the score tables: the migration is scored for the phase asked for ("the calving") when there is one. */
function columnOf(p: Priority, phase: MigrationPhase | undefined): number {
  return p === 'migration' && phase ? PHASE_COLUMN[phase] : PRIORITY_INDEX[p];
}

/**
 * The animals the traveler's own named places hold, as a bit mask (all of them when they named none). A Big Five
 * member the named place lacks is the reason to move: the switch must show it reliably, not merely hold a few (rhino
 * missing at Samburu go to Laikipia's rhino sanctuaries, not the Mara's few dozen). Engineer P (s8r3).
 */
function namedHave(own: readonly Destination[]): number {
  if (own.length === 0) return -1;
  let have = 0;
  for (const d of own) have |= d.animals ? animalMask(d.animals) : -1;
  return have;
}
