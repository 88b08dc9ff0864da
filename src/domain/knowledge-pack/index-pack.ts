import type { DestinationId } from '../trip-inputs';
import { defaultPack } from './load';
import { lookupKeys, normalizeName, type Destination, type KnowledgePack, type Link } from './schema';

/** Lookups over one validated pack, built once so each turn does map reads, not scans. */
export interface PackIndex {
  readonly pack: KnowledgePack;
  readonly byId: ReadonlyMap<DestinationId, Destination>;
  /** Every normalized alias, id (also with spaces for underscores) and name → destination id. */
  readonly aliasToId: ReadonlyMap<string, DestinationId>;
  /** The link between two destinations, whichever way round the pack lists it. */
  link(a: DestinationId, b: DestinationId): Link | undefined;
  /** An amount in an ISO 4217 currency converted with the pack's indicative table; undefined for an unknown currency. */
  toUsd(amount: number, currency: string): number | undefined;
  /** The reverse of toUsd: a USD amount in another currency, for quoting floors in the traveler's money. */
  fromUsd(amountUsd: number, currency: string): number | undefined;
  /** The destination a place name means ("The Mara" → masai_mara), after normalizing case and spaces. */
  resolve(name: string): DestinationId | undefined;
}

/** Builds the lookups for a pack that has already passed parseKnowledgePack. */
export function indexPack(pack: KnowledgePack): PackIndex {
  const byId = new Map<DestinationId, Destination>();
  const aliasToId = new Map<string, DestinationId>();
  for (const d of pack.destinations) {
    byId.set(d.id, d);
    // The schema guarantees these keys are unique across destinations, so no key is overwritten.
    for (const key of lookupKeys(d)) aliasToId.set(key, d.id);
  }
  const links = new Map<string, Link>();
  for (const l of pack.links) {
    links.set(pairKey(l.from, l.to), l);
    links.set(pairKey(l.to, l.from), l);
  }
  const rate = (currency: string): number | undefined => {
    const r = pack.currency.per_usd[currency.trim().toUpperCase()];
    return r !== undefined && r > 0 ? r : undefined;
  };
  return {
    pack,
    byId,
    aliasToId,
    link: (a, b) => links.get(pairKey(a, b)),
    toUsd(amount, currency) {
      const r = rate(currency);
      return r === undefined || !Number.isFinite(amount) ? undefined : amount / r;
    },
    fromUsd(amountUsd, currency) {
      const r = rate(currency);
      return r === undefined || !Number.isFinite(amountUsd) ? undefined : amountUsd * r;
    },
    resolve: (name) => aliasToId.get(normalizeName(name)),
  };
}

function pairKey(a: string, b: string): string {
  return `${a}|${b}`;
}

let shipped: PackIndex | undefined;

/**
 * The index of the shipped pack, built on first call and memoized.
 * @throws KnowledgePackError when the shipped pack is invalid.
 */
export function defaultPackIndex(): PackIndex {
  shipped ??= indexPack(defaultPack());
  return shipped;
}
