import type { Destination, Link } from '../knowledge-pack/schema';
import type { PackIndex } from '../knowledge-pack/index-pack';
import { DESTINATION_IDS, type DestinationId } from '../trip-inputs';

/** A usable transfer between two stops, already resolved for both directions. */
export type Leg = { drive_hours?: number; flight: boolean };

/**
 * What the rules read from a pack, precomputed once per PackIndex: destinations in a
 * stable order (ties break by this order, keeping decide() deterministic), a dense leg
 * matrix so route building does no map lookups, and the pack's version for the copy.
 */
export type PackTables = {
  version: string;
  dests: readonly Destination[];
  /** Index of each destination in `dests`. */
  pos: ReadonlyMap<DestinationId, number>;
  /** legs[i][j]: the transfer between dests[i] and dests[j], if the pack links them. */
  legs: ReadonlyArray<ReadonlyArray<Leg | undefined>>;
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
    toUsd: (amount, currency) => index.toUsd(amount, currency),
  };
}

function toLeg(link: Link | undefined): Leg | undefined {
  if (!link) return undefined;
  return link.drive_hours === undefined ? { flight: link.flight } : { drive_hours: link.drive_hours, flight: link.flight };
}
