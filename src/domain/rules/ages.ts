import type { ChildBirthday, TripInputs } from '../trip-inputs';
import { daysFromCivil, monthIndex } from './calendar';

/** The first day a birthday's new age counts: the day itself, else the 1st of the month after. */
export function birthdayDay(b: ChildBirthday): number {
  if (b.day !== undefined) return daysFromCivil(b.year, b.month, b.day);
  return b.month === 12 ? daysFromCivil(b.year + 1, 1, 1) : daysFromCivil(b.year, b.month + 1, 1);
}

/** The last day of a month: the latest an activity of a trip in that month can be. */
export function lastDayOf(year: number, month: number): number {
  return (month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1)) - 1;
}

/**
 * The children's ages on a day: today's ages, each one older when a stated birthday (the
 * age after today's) falls on or before it. Each birthday ages one child.
 */
export function agesOn(i: Pick<TripInputs, 'child_ages' | 'child_birthdays'>, day: number): number[] | undefined {
  const ages = i.child_ages;
  if (!ages?.length) return undefined;
  const birthdays = i.child_birthdays;
  if (!birthdays?.length) return [...ages];
  const used = new Set<number>();
  return ages.map((a) => {
    const k = birthdays.findIndex((b, n) => !used.has(n) && b.age === a + 1 && birthdayDay(b) <= day);
    if (k < 0) return a;
    used.add(k);
    return a + 1;
  });
}

/**
 * The youngest child's age in each month a trip could move to (index month − 1), the
 * year of each month taken from `years` (the trip's window), else the next one from
 * the trip's month. Undefined when no birthday can change an age.
 */
export function youngestByMonth(i: TripInputs, month: number, year: number, window: readonly number[]): number[] | undefined {
  if (!i.child_birthdays?.length || !i.child_ages?.length) return undefined;
  const years = new Map<number, number>();
  for (const k of [0, ...window]) {
    const idx = monthIndex(year, month) + k;
    years.set((idx % 12) + 1, Math.floor(idx / 12));
  }
  const out: number[] = [];
  for (let m = 1; m <= 12; m++) {
    const y = years.get(m) ?? (m >= month ? year : year + 1);
    out.push(Math.min(...agesOn(i, lastDayOf(y, m))!));
  }
  return out;
}
