import type { Priority, TripInputField, TripInputs } from '../trip-inputs';

/**
 * The inputs without which no verdict is responsible: when (a month or a start date) and
 * what (destinations, a country or priorities). Everything else is assumed and said so.
 */
export const ESSENTIAL_FIELDS = ['month', 'start_date', 'destinations', 'priorities'] as const satisfies readonly TripInputField[];

/** Priorities that say how to travel, not where or what for (frame.ts STYLE_PRIORITIES). */
const STYLE_ONLY: readonly Priority[] = ['value', 'comfort'];

/** True when the inputs say when the trip is. */
export function hasTiming(i: TripInputs): boolean {
  return i.month !== undefined || i.start_date !== undefined;
}

/**
 * True when the inputs say where (places, or a country) or what the trip is for: priorities, and also the
 * animals or part of the migration named ("cheetahs on open plains" is what the trip is for). An activity alone
 * is not: the places are not chosen by it (a canoe trip must not be planned where no canoe goes), so where is asked.
 * Nor is a style alone ("a cheap safari", "somewhere luxurious"): value and comfort say how to go, not where or for
 * what, so where is asked beside when.
 */
export function hasFocus(i: TripInputs): boolean {
  return (
    (i.destinations?.length ?? 0) > 0 ||
    (i.countries?.length ?? 0) > 0 ||
    (i.priorities ?? []).some((p) => !STYLE_ONLY.includes(p)) ||
    (i.animals?.length ?? 0) > 0 ||
    i.migration_phase !== undefined
  );
}

/** The essential fields to ask for, most important first (at most two: `month`, `destinations`). */
export function missingEssentials(i: TripInputs): TripInputField[] {
  const out: TripInputField[] = [];
  if (!hasFocus(i)) out.push('destinations');
  if (!hasTiming(i)) out.push('month');
  return out;
}

/**
 * Inputs worth asking for alongside the essentials because they would change this
 * traveler's verdict: the children's ages when a named place or a priority has a
 * minimum age (gorilla permits: 15). `hasAgeLimit` says whether a place has one.
 */
export function worthAsking(i: TripInputs, hasAgeLimit: (id: NonNullable<TripInputs['destinations']>[number]) => boolean): TripInputField[] {
  const kids = (i.children ?? 0) > 0 || i.traveler_type === 'family';
  if (!kids || (i.child_ages?.length ?? 0) > 0) return [];
  const limited = (i.destinations ?? []).some(hasAgeLimit) || (i.priorities ?? []).includes('gorillas');
  return limited ? ['child_ages'] : [];
}

/**
 * The budget, listed with the essentials on a refusal for them when no amount is known: with the place or the
 * month still open, every place has a floor some budget misses, so the amount could change the verdict
 * (issue 14 item 2). A budget said per day counts as known (the rules price it over the nights); a refusal
 * for anything else (the children's ages) does not list it, since the verdict there does not wait on it.
 */
export function budgetUnknown(i: TripInputs): TripInputField[] {
  return i.budget_amount === undefined && !i.budget_rate ? ['budget_amount'] : [];
}
