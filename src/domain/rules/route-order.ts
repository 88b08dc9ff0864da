import type { Destination } from '../knowledge-pack/schema';
import type { TripContext } from './context';
import type { PackTables } from './pack-tables';

/**
 * How a traveler can move between places: road legs up to `tolerance` hours a day, and
 * flights unless they refuse light aircraft (then a stated tolerance is the limit, and with
 * none stated they drive whatever it takes: `tolerance` is Infinity).
 */
export type Reach = { tolerance: number; flights: boolean };

/** One leg of a route: how the traveler reaches `dest` from `from`. */
export type RouteLeg = { dest: Destination; transfer: 'road' | 'flight'; driveIn: number; roadAvoided?: number; from: string };

/**
 * routeOrder, remembered for the rest of this decision: the same places are routed again
 * for each month of a wait window and for the alternatives, and only closures (which
 * change the set of places) change the answer. The key is the set of places and the cap.
 */
export function memoRouteOrder(places: readonly Destination[], tables: PackTables, ctx: TripContext, cap: number): Destination[] {
  if (places.length === 1) return [places[0]!];
  if (places.length > 8) return routeOrder(places, tables, ctx.reach, cap); // keeps the numeric key below 2^53
  let key = cap;
  let bit = 64;
  for (const d of places) {
    key += (tables.pos.get(d.id)! + 1) * bit; // places keep the traveler's order, so a positional code is exact
    bit *= 32;
  }
  const hit = ctx.routes.get(key);
  if (hit) return hit.map((k) => tables.dests[k]!);
  const order = routeOrder(places, tables, ctx.reach, cap);
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
function routeOrder(places: readonly Destination[], tables: PackTables, reach: Reach, cap: number): Destination[] {
  if (places.length === 1 || cap === 1) return [places[0]!];
  if (places.length > EXHAUSTIVE_UP_TO) return greedyOrder(places, tables, reach, cap);
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
      const leg = legBetween(tables, last, places[k]!, reach);
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
    visit(gatewayLeg(places[k]!, reach).driveIn);
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
function greedyOrder(places: readonly Destination[], tables: PackTables, reach: Reach, cap: number): Destination[] {
  const order = [places[0]!];
  const rest = places.slice(1);
  while (rest.length > 0 && order.length < cap) {
    const last = order[order.length - 1]!;
    const k = rest.findIndex((d) => legBetween(tables, last, d, reach) !== undefined);
    if (k < 0) break;
    order.push(rest.splice(k, 1)[0]!);
  }
  return order;
}

/**
 * The leg from a place's gateway: by road within the tolerance, else flown where there
 * is a usual fly-in, else by road all the same (only reached when the tolerance was
 * assumed: a stated one rules such a place out before routing). A traveler who will not
 * fly goes by road, from the nearest airliner airport when the gateway is a bush airstrip's.
 */
export function gatewayLeg(d: Destination, reach: Reach): RouteLeg {
  const g = d.gateway;
  if (!reach.flights) {
    const road = roadOnly(d);
    return { dest: d, transfer: 'road' as const, driveIn: road.hours, from: road.from };
  }
  if (g.drive_hours <= reach.tolerance || !g.fly_in) return { dest: d, transfer: 'road' as const, driveIn: g.drive_hours, from: g.name };
  return { dest: d, transfer: 'flight' as const, driveIn: 0, roadAvoided: g.drive_hours, from: g.name };
}

/** The road into a place for a traveler who will not fly in light aircraft: the pack's road-only access, else the gateway's road. */
export function roadOnly(d: Destination): { from: string; hours: number } {
  return d.gateway.road_only ?? { from: d.gateway.name, hours: d.gateway.drive_hours };
}

/** The leg between two places: by road within the tolerance, else by a scheduled flight (when the traveler flies), else none. */
export function legBetween(tables: PackTables, a: Destination, b: Destination, reach: Reach) {
  const leg = tables.legs[tables.pos.get(a.id)!]![tables.pos.get(b.id)!];
  if (!leg) return undefined;
  if (leg.drive_hours !== undefined && leg.drive_hours <= reach.tolerance) return { transfer: 'road' as const, driveIn: leg.drive_hours };
  if (leg.flight && reach.flights) return leg.drive_hours === undefined
    ? { transfer: 'flight' as const, driveIn: 0 }
    : { transfer: 'flight' as const, driveIn: 0, roadAvoided: leg.drive_hours };
  return undefined;
}
