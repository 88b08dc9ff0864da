import { TRIP_INPUT_FIELDS, type TripInputField, type TripInputs, type TripInputsDelta } from './trip-inputs';

/**
 * Folds one message's extracted delta into the conversation's accumulated trip inputs.
 * Pure, and idempotent (applying the same delta twice changes nothing more).
 *
 * Order and rules:
 * 1. `clear_fields` are forgotten first, so a delta that clears and sets a field
 *    replaces it ("forget the Mara, just Serengeti": clear destinations + [serengeti]).
 * 2. A set field replaces the earlier value: a later statement wins ("actually we are 5").
 *    `child_ages` is replaced as a whole. An empty array in the delta says nothing and
 *    is ignored (extractors send `[]` for "not mentioned").
 * 3. `destinations` and `priorities` accumulate: union, de-duplicated, first mention first.
 * 4. `remove_destinations` drops places from `destinations` only. `excluded_destinations`
 *    accumulates and also drops those places from `destinations`. A place named again
 *    positively in a later delta is un-excluded; within one delta, exclusion wins.
 * 5. Consistency, only ever by dropping a value the delta did not restate (never invent):
 *    - month or year restated without dates, and the old start date falls in another
 *      month or year: the traveler moved the trip, so start and end dates are dropped;
 *    - start date restated without month/year, and the old month/year disagree with it:
 *      the stale month/year is dropped;
 *    - adults/children and group_size disagree (both counts known and their sum differs,
 *      or the known counts exceed the group): the side the delta did not restate is dropped
 *      (restated adults drop a stale group_size; "we are 5" drops a stale breakdown);
 *    - more child ages than children: the side the delta did not restate is dropped;
 *      a restated group smaller than the number of child ages drops the ages.
 * 6. An array that ends up empty is removed: absent means unknown, and the merge never
 *    adds a field the delta did not support.
 *
 * The result has keys in TRIP_INPUT_FIELDS order, so snapshots compare and store stably.
 */
export function mergeTripInputs(previous: TripInputs, delta: TripInputsDelta): TripInputs {
  const out: TripInputs = { ...previous };
  const set = new Set<TripInputField>(TRIP_INPUT_FIELDS.filter((f) => isSet(delta[f])));

  for (const f of delta.clear_fields ?? []) delete out[f];
  for (const f of set) {
    if (f === 'destinations' || f === 'excluded_destinations' || f === 'priorities') continue;
    const v = delta[f];
    (out as Record<string, unknown>)[f] = Array.isArray(v) ? [...v] : v;
  }
  if (set.has('priorities')) putArray(out, 'priorities', union(out.priorities ?? [], delta.priorities ?? []));
  mergeDestinations(out, delta, set);
  keepDatesConsistent(out, set);
  keepGroupConsistent(out, set);
  familyJoins(out, previous, set);
  keepBirthdays(out, delta, set);
  // 9. How far a flexible trip can move goes with the flexibility: replaced when restated, gone when the dates are fixed.
  if (delta.flexible_until) out.flexible_until = { ...delta.flexible_until };
  else if (set.has('flexible_dates') && out.flexible_dates === false) delete out.flexible_until;
  // 10. A transport limit and a migration phase are replaced when restated (a later statement wins).
  for (const k of ['avoid_flights', 'migration_phase', 'asks_affordability', 'budget_excludes_permits', 'open_elsewhere', 'budget_permits_only'] as const) if (delta[k] !== undefined) (out as Record<string, unknown>)[k] = delta[k];
  // 12. Animals asked for accumulate, like priorities.
  if (delta.animals?.length) out.animals = [...new Set([...(out.animals ?? []), ...delta.animals])];
  if (delta.activities?.length) out.activities = [...new Set([...(out.activities ?? []), ...delta.activities])];
  // Adults' ages said again replace the earlier ones (a later statement wins).
  if (delta.adult_ages?.length) out.adult_ages = [...delta.adult_ages];
  // 11. A budget said per day replaces a trip budget and the other way round (the later statement wins).
  if (delta.budget_rate) {
    out.budget_rate = { ...delta.budget_rate };
    if (!set.has('budget_amount')) for (const f of ['budget_amount', 'budget_currency', 'budget_basis'] as const) delete out[f];
  } else if (set.has('budget_amount') || delta.clear_fields?.includes('budget_amount')) delete out.budget_rate;
  trackConflict(out, previous, delta, set);
  return canonical(out);
}

/**
 * 7. A delta that `contradicts` known inputs keeps the later values and records the earlier
 *    ones as the conflict; a later delta that restates one of its fields (a correction)
 *    settles it.
 */
function trackConflict(out: TripInputs, previous: TripInputs, delta: TripInputsDelta, set: ReadonlySet<TripInputField>): void {
  // The earlier statement is the conversation's, or one made in this same message (`contradicted`).
  const before: TripInputs = { ...previous, ...delta.contradicted };
  // A field this same message says two ways is a conflict even when neither way is a value ("our budget is tight, money no object").
  const fields = (delta.contradicts ?? []).filter((f) => before[f] !== undefined || (delta.contradicted !== undefined && delta[f] === undefined && previous[f] === undefined));
  if (fields.length > 0) {
    const earlier: Record<string, unknown> = {};
    for (const f of fields) earlier[f] = before[f];
    // The earlier statement's dates travel with its month, so both periods can be named. A
    // statement made in this same message is whole as said: nothing from before is added to it.
    const whole: TripInputs = delta.contradicted ? { ...delta.contradicted, ...(previous.year !== undefined && delta.contradicted.month !== undefined ? { year: previous.year } : {}) } : before;
    for (const f of ['start_date', 'end_date', 'month', 'year', 'flexible_dates', 'budget_basis', 'budget_currency', 'group_size', 'adults'] as const) {
      if (whole[f] !== undefined && earlier[f] === undefined && related(f, fields)) earlier[f] = whole[f];
    }
    out.conflict = { fields, earlier: earlier as TripInputs };
    return;
  }
  // The children's count settles a conflict over their ages too ("no kids after all" after "no children … ages 40, 42 and 12").
  if (out.conflict && out.conflict.fields.some((f) => set.has(f) || (f === 'child_ages' && set.has('children')))) delete out.conflict;
}

function related(f: TripInputField, fields: readonly TripInputField[]): boolean {
  const timing = ['month', 'start_date', 'end_date', 'year', 'flexible_dates'];
  const money = ['budget_amount', 'budget_basis', 'budget_currency', 'group_size', 'adults'];
  return (timing.includes(f) && fields.some((g) => timing.includes(g))) || (money.includes(f) && fields.includes('budget_amount'));
}

function mergeDestinations(out: TripInputs, delta: TripInputsDelta, set: ReadonlySet<TripInputField>): void {
  const named = delta.destinations ?? [];
  const excludedNow = delta.excluded_destinations ?? [];
  const removed = delta.remove_destinations ?? [];
  if (named.length + excludedNow.length > 0) {
    // Named again un-excludes, unless this same delta excludes it too (exclusion wins).
    const stillExcluded = (out.excluded_destinations ?? []).filter((d) => !named.includes(d) || excludedNow.includes(d));
    putArray(out, 'excluded_destinations', union(stillExcluded, excludedNow));
  }
  if (set.has('destinations') || excludedNow.length + removed.length > 0) {
    const gone = new Set([...removed, ...excludedNow]);
    putArray(out, 'destinations', union(out.destinations ?? [], named).filter((d) => !gone.has(d)));
  }
}

function keepDatesConsistent(out: TripInputs, set: ReadonlySet<TripInputField>): void {
  const datesRestated = set.has('start_date') || set.has('end_date');
  if (!datesRestated && out.start_date && (set.has('month') || set.has('year'))) {
    const moved =
      (set.has('month') && out.month !== monthOf(out.start_date)) || (set.has('year') && out.year !== yearOf(out.start_date));
    if (moved) {
      delete out.start_date;
      delete out.end_date;
    }
  }
  if (set.has('start_date') && out.start_date) {
    if (!set.has('month') && out.month !== undefined && out.month !== monthOf(out.start_date)) delete out.month;
    if (!set.has('year') && out.year !== undefined && out.year !== yearOf(out.start_date)) delete out.year;
  }
  // "Actually make it two weeks" after 1–10 June: the new length wins and the old end date
  // goes (the start stays); the rules then plan from the start and the length.
  if (set.has('duration_days') && !set.has('end_date') && out.start_date && out.end_date && out.duration_days !== undefined) {
    const span = daysBetween(out.start_date, out.end_date);
    if (out.duration_days !== span && out.duration_days !== span + 1) delete out.end_date;
  }
  // New dates, no new length: a length stated before for other dates no longer holds.
  if (datesRestated && !set.has('duration_days') && out.start_date && out.end_date && out.duration_days !== undefined) {
    const span = daysBetween(out.start_date, out.end_date);
    if (out.duration_days !== span && out.duration_days !== span + 1) delete out.duration_days;
  }
}

/** Whole days from one calendar date to another. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * 8. Birthdays belong to the children aged: a delta's birthdays replace the earlier ones;
 *    new ages without birthdays keep only those of a child still of the age before it.
 */
function keepBirthdays(out: TripInputs, delta: TripInputsDelta, set: ReadonlySet<TripInputField>): void {
  if (delta.child_birthdays?.length) out.child_birthdays = delta.child_birthdays.map((b) => ({ ...b }));
  else if (out.child_birthdays && (set.has('child_ages') || delta.clear_fields?.includes('child_ages'))) {
    const ages = [...(out.child_ages ?? [])];
    const kept = out.child_birthdays.filter((b) => {
      const k = ages.indexOf(b.age - 1);
      if (k < 0) return false;
      ages.splice(k, 1);
      return true;
    });
    if (kept.length > 0) out.child_birthdays = kept;
    else delete out.child_birthdays;
  }
  if (out.child_birthdays && !out.child_ages?.length) delete out.child_birthdays;
}

function keepGroupConsistent(out: TripInputs, set: ReadonlySet<TripInputField>): void {
  const groupSet = set.has('group_size');
  const adultsSet = set.has('adults');
  const childrenSet = set.has('children');
  if ((groupSet || adultsSet || childrenSet) && groupDisagrees(out)) {
    if (groupSet) {
      if (!adultsSet) delete out.adults;
      if (!childrenSet) delete out.children;
    } else {
      delete out.group_size;
    }
  }
  const ages = out.child_ages;
  if (ages && out.children !== undefined && ages.length > out.children) {
    if (set.has('child_ages') && !childrenSet) delete out.children;
    else if (childrenSet && !set.has('child_ages')) delete out.child_ages;
  }
  if (groupSet && !set.has('child_ages') && out.child_ages && out.group_size !== undefined && out.child_ages.length > out.group_size) {
    delete out.child_ages;
  }
}

/**
 * 5b. "2 adults" and later only "we'll bring the kids", "with the grandchildren": the party
 * grew by children the traveler did not count, so the old head count (adults only) no longer
 * holds and is dropped. The adults stay; the children's number and ages stay unknown, so a
 * trip an age rule decides asks for them rather than booking the adults alone.
 */
function familyJoins(out: TripInputs, previous: TripInputs, set: ReadonlySet<TripInputField>): void {
  if (!set.has('traveler_type') || out.traveler_type !== 'family' || previous.traveler_type === 'family') return;
  if (set.has('group_size') || set.has('adults') || set.has('children') || set.has('child_ages')) return;
  if (out.children !== undefined || out.group_size === undefined || out.group_size !== out.adults) return;
  delete out.group_size;
}

/** True when the head counts cannot all be true at once. */
function groupDisagrees({ adults, children, group_size }: TripInputs): boolean {
  if (group_size === undefined) return false;
  if (adults !== undefined && children !== undefined && adults + children !== group_size) return true;
  return (adults ?? 0) + (children ?? 0) > group_size;
}

function isSet(v: unknown): boolean {
  return v !== undefined && !(Array.isArray(v) && v.length === 0);
}

function union<T>(a: readonly T[], b: readonly T[]): T[] {
  return [...new Set([...a, ...b])];
}

function putArray<K extends 'destinations' | 'excluded_destinations' | 'priorities'>(out: TripInputs, key: K, value: NonNullable<TripInputs[K]>): void {
  if (value.length > 0) out[key] = value;
  else delete out[key];
}

function monthOf(isoDate: string): number {
  return Number(isoDate.slice(5, 7));
}

function yearOf(isoDate: string): number {
  return Number(isoDate.slice(0, 4));
}

function canonical(inputs: TripInputs): TripInputs {
  const out: Record<string, unknown> = {};
  for (const f of TRIP_INPUT_FIELDS) if (inputs[f] !== undefined) out[f] = inputs[f];
  if (inputs.conflict) out.conflict = inputs.conflict;
  if (inputs.child_birthdays) out.child_birthdays = inputs.child_birthdays;
  if (inputs.flexible_until) out.flexible_until = inputs.flexible_until;
  if (inputs.avoid_flights !== undefined) out.avoid_flights = inputs.avoid_flights;
  if (inputs.migration_phase) out.migration_phase = inputs.migration_phase;
  if (inputs.budget_rate) out.budget_rate = inputs.budget_rate;
  if (inputs.animals) out.animals = inputs.animals;
  if (inputs.activities) out.activities = inputs.activities;
  if (inputs.adult_ages) out.adult_ages = inputs.adult_ages;
  if (inputs.asks_affordability !== undefined) out.asks_affordability = inputs.asks_affordability;
  if (inputs.budget_excludes_permits !== undefined) out.budget_excludes_permits = inputs.budget_excludes_permits;
  if (inputs.budget_permits_only !== undefined) out.budget_permits_only = inputs.budget_permits_only;
  if (inputs.open_elsewhere !== undefined) out.open_elsewhere = inputs.open_elsewhere;
  return out as TripInputs;
}
