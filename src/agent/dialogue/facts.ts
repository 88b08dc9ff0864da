import type { Destination } from '../../domain/knowledge-pack/schema';
import { bindingAge } from '../../domain/rules/pack-tables';
import type { Priority, TripInputs } from '../../domain/trip-inputs';
import type { DialogueCopy } from './copy';
import { hours, list, money } from './format';
import type { Language } from './language';

/**
 * The pack's facts about one place in one month, as short phrases in the traveler's
 * language, most telling first: closure, the migration, what it is strong for among the
 * traveler's priorities, game viewing, rain, crowding, price season. `max` keeps the reply short.
 */
export function monthFacts(d: Destination, month: number, inputs: TripInputs, c: DialogueCopy, lang: Language, max = 4): string[] {
  const f = d.months[month - 1]!;
  const out: string[] = [];
  if (f.closed) out.push(c.closed);
  if (f.migration !== 'none') out.push(c.migration[f.migration]);
  const strong = (inputs.priorities ?? []).filter((p) => (d.strengths[p] ?? 0) >= 4 && p !== 'migration');
  if (strong.length) out.push(c.strongFor(list(strong.slice(0, 2).map((p) => c.priority[p]), lang)));
  out.push(c.gameViewing(f.wildlife));
  out.push(c.rain[f.rain]);
  if (f.crowding >= 4 || f.crowding <= 2) out.push(c.crowding(f.crowding));
  out.push(c.priceSeason[f.price_season]);
  return out.slice(0, max);
}

/** How well a place serves the traveler's priorities in a month, 0–5: the comparison a why-not answer states. */
export function fitScore(d: Destination, month: number, priorities: readonly Priority[]): number {
  const f = d.months[month - 1]!;
  if (f.closed) return 0;
  const wants = priorities.length ? priorities : (['wildlife_density'] as const);
  const strength = wants.reduce((s, p) => s + (d.strengths[p] ?? 0), 0) / wants.length;
  const rain = f.rain === 'heavy' ? 1 : f.rain === 'moderate' ? 0.5 : 0;
  return Math.max(0, (strength + f.wildlife) / 2 - rain);
}

/** Priorities the traveler named that a place cannot give at all (gorillas, beach, the migration). */
const POINT: readonly Priority[] = ['gorillas', 'beach', 'migration', 'walking'];

/** Why a place cannot work for this traveler in this month, from the pack, when it cannot; amounts by `cash` (the traveler's currency). */
export function blockerFor(d: Destination, month: number, inputs: TripInputs, c: DialogueCopy, lang: Language, monthText: string, perPersonBudgetUsd?: number, nights?: number, cash: (usd: number) => string = (usd) => money(usd, 'USD', lang)): string | undefined {
  if (inputs.excluded_destinations?.includes(d.id)) return c.blocker.excluded;
  if (d.months[month - 1]!.closed) return c.blocker.closed(monthText);
  const ages = inputs.child_ages ?? [];
  // The age the rules hold the party to there: the gorilla permit's, a permit's own, or a walking safari's (rules/pack-tables.ts).
  const limit = bindingAge(d, inputs.priorities ?? []);
  if (limit && ages.length && Math.min(...ages) < limit.age) return c.blocker.minAge(limit.age, Math.min(...ages));
  const activity = activityBlocker(d, month, inputs, c, monthText);
  if (activity) return activity;
  const tolerance = inputs.drive_tolerance_hours;
  if (tolerance !== undefined && !d.gateway.fly_in && d.gateway.drive_hours > tolerance) return c.blocker.drive(hours(d.gateway.drive_hours, lang), hours(tolerance, lang));
  const lacking = (inputs.priorities ?? []).filter((p) => POINT.includes(p) && (d.strengths[p] ?? 0) <= 1);
  if (lacking.length) return c.blocker.lacks(list(lacking.map((p) => c.priority[p]), lang));
  if (perPersonBudgetUsd !== undefined && nights !== undefined) {
    const need = d.cost_floor_usd_pppn.budget * nights;
    if (need > perPersonBudgetUsd) return c.blocker.budget(cash(need), cash(perPersonBudgetUsd));
  }
  return undefined;
}

/** A named activity the place offers only in some months or within an age range (rules/plan.ts `activityBlocker`, in the traveler's language). */
function activityBlocker(d: Destination, month: number, inputs: TripInputs, c: DialogueCopy, monthText: string): string | undefined {
  const asked = inputs.activities;
  if (!asked?.length || !d.activities) return undefined;
  const ages = inputs.child_ages ?? [];
  const youngest = ages.length ? Math.min(...ages) : undefined;
  const oldest = inputs.adult_ages?.length ? Math.max(...inputs.adult_ages) : undefined;
  for (const a of d.activities) {
    if (!asked.includes(a.id)) continue;
    if (a.months && !a.months.includes(month)) return c.blocker.activityClosed(a.id, monthText);
    if (a.min_age !== undefined && youngest !== undefined && youngest < a.min_age) return c.blocker.activityAge(a.id, a.min_age, youngest);
    if (a.max_age !== undefined && oldest !== undefined && oldest > a.max_age) return c.blocker.activityOverAge(a.id, a.max_age, oldest);
  }
  return undefined;
}
