import type { Destination, Link } from '../knowledge-pack/schema';
import type { PackIndex } from '../knowledge-pack/index-pack';
import { ANIMALS, DESTINATION_IDS, type Animal, type DestinationId, type Priority } from '../trip-inputs';
import { buildScoreTable, inferredPriorities, type ScoreTable } from './score';

/** A usable transfer between two stops, already resolved for both directions. */
export type Leg = { drive_hours?: number; flight: boolean };

/**
 * What the rules read from a pack, precomputed once per PackIndex: destinations in a
 * stable order (ties break by this order, keeping decide() deterministic), a dense leg
 * matrix and flat score tables so the search over places and months allocates little,
 * and the per-place numbers the planner needs on every call.
 */
export type PackTables = {
  version: string;
  dests: readonly Destination[];
  /** Index of each destination in `dests`. */
  pos: ReadonlyMap<DestinationId, number>;
  /** legs[i][j]: the transfer between dests[i] and dests[j], if the pack links them. */
  legs: ReadonlyArray<ReadonlyArray<Leg | undefined>>;
  score: ScoreTable;
  /** The least a visit needs in permits, per destination (USD per person). */
  permit: Float64Array;
  /** The party's shared vehicle per day where the floors leave the road out (pack vehicle_usd_per_day), else 0. */
  vehicle: Float64Array;
  /** The age that rules a traveler out of the place's point (gorilla permits), or -1. */
  hardAge: Int16Array;
  /** The age a walking safari needs, or -1: it binds only a trip that asked to walk (see bindingAge). */
  walkAge: Int16Array;
  /** What each place is best known for (score.ts inferredPriorities), used when the traveler named places but no priorities. */
  inferred: ReadonlyArray<readonly Priority[]>;
  /** The animals living at each destination, as a bit mask (animalMask); -1 (all) where the pack does not say. */
  animals: Int32Array;
  /** The animals a usual stay can expect to see (animals less the pack's scarce_animals), as a bit mask. */
  sighted: Int32Array;
  /** away[d * 12 + m0]: the animals of a destination that scatter out of sight that month (pack months' `dispersed`), as a bit mask. */
  away: Int32Array;
  /** The animals each destination is among Africa's best for (pack `famed_animals`), as a bit mask. */
  famed: Int32Array;
  /** Every destination index: the pool of alternatives when nothing is named or excluded. */
  all: readonly number[];
  toUsd: (amount: number, currency: string) => number | undefined;
};

const cache = new WeakMap<PackIndex, PackTables>();

/** The rules' tables for a pack index, built on first use and cached for the index's lifetime. */
export function tablesFor(index: PackIndex): PackTables {
  let t = cache.get(index);
  if (!t) {
    t = buildTables(index);
    cache.set(index, t);
  }
  return t;
}

function buildTables(index: PackIndex): PackTables {
  const dests: Destination[] = [];
  for (const id of DESTINATION_IDS) {
    const d = index.byId.get(id);
    if (d) dests.push(d);
  }
  const pos = new Map<DestinationId, number>(dests.map((d, i) => [d.id, i]));
  const legs = dests.map((a) => dests.map((b) => (a.id === b.id ? undefined : toLeg(index.link(a.id, b.id) ?? index.link(b.id, a.id)))));
  return {
    version: index.pack.version,
    dests,
    pos,
    legs,
    score: buildScoreTable(dests),
    permit: Float64Array.from(dests, leastPermit),
    vehicle: Float64Array.from(dests, (d) => d.vehicle_usd_per_day ?? 0),
    hardAge: Int16Array.from(dests, (d) => hardMinAge(d)?.age ?? -1),
    walkAge: Int16Array.from(dests, (d) => walkingMinAge(d).age),
    inferred: dests.map(inferredPriorities),
    animals: Int32Array.from(dests, (d) => (d.animals ? animalMask(d.animals) : -1)),
    sighted: Int32Array.from(dests, (d) => (d.animals ? animalMask(d.animals) & ~animalMask(d.scarce_animals ?? []) : -1)),
    away: Int32Array.from(dests.flatMap((d) => d.months.map((f) => animalMask(f.dispersed ?? [])))),
    famed: Int32Array.from(dests, (d) => animalMask(d.famed_animals ?? [])),
    all: dests.map((_, k) => k),
    toUsd: (amount, currency) => index.toUsd(amount, currency),
  };
}

/** A set of animals as a bit mask, one bit per ANIMALS entry. */
export function animalMask(animals: readonly Animal[]): number {
  let m = 0;
  for (const a of animals) m |= 1 << ANIMALS.indexOf(a);
  return m;
}

/**
 * The least a visit needs in permits: the cheapest one listed. Packs list alternatives
 * side by side (a trekking permit and a habituation permit; either side of the Falls),
 * so summing them would price one visit as several.
 */
export function leastPermit(d: Destination): number {
  let least = 0;
  for (let k = 0; k < d.permits.length; k++) {
    const c = d.permits[k]!.cost_usd;
    if (k === 0 || c < least) least = c;
  }
  return least;
}

/**
 * The minimum age that rules a traveler out of the destination's point: a gorilla trek's
 * permit age, or a permit's own age. Other minimum ages (a walking safari) are trade-offs.
 */
export function hardMinAge(d: Destination): { age: number; activity: string } | undefined {
  if (d.kind === 'gorilla_trek' && d.min_age) return d.min_age;
  for (const p of d.permits) if (p.min_age !== undefined) return { age: p.min_age, activity: p.name };
  return undefined;
}

/**
 * The youngest age any authority the pack cites sets for walking with big game (SANParks
 * and Zambia's DNPW: 12); where a place has no figure of its own, camps and operators set
 * their own, commonly 12 to 16, so a walk is never planned for a younger child there either.
 */
export const WALKING_AGE_FLOOR = { age: 12, activity: 'walking safaris (camp and guide rules)' };

/** A walking safari's minimum age (rangers and camps walk no one younger): the pack's, else the floor above. */
export function walkingMinAge(d: Destination): { age: number; activity: string } {
  return d.min_age && /\bwalk/i.test(d.min_age.activity) ? d.min_age : WALKING_AGE_FLOOR;
}

/**
 * The age rule that decides whether this traveler can do what they came for: a gorilla
 * permit's always; a walking safari's when the trip asked to walk (then the walk is the
 * point, and a guide will not take a child under the age on foot).
 */
export function bindingAge(d: Destination, priorities: readonly Priority[]): { age: number; activity: string } | undefined {
  return hardMinAge(d) ?? (priorities.includes('walking') ? walkingMinAge(d) : undefined);
}

function toLeg(link: Link | undefined): Leg | undefined {
  if (!link) return undefined;
  return link.drive_hours === undefined ? { flight: link.flight } : { drive_hours: link.drive_hours, flight: link.flight };
}
