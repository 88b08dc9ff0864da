/** Calendar helpers over `YYYY-MM-DD` strings and month numbers, all in UTC so results never depend on the host's zone. */

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** The English name of month 1–12 (wraps, so 13 is January). */
export function monthName(month: number): string {
  return MONTH_NAMES[(((month - 1) % 12) + 12) % 12]!;
}

/** Days since the epoch of a `YYYY-MM-DD` date (UTC). */
export function dayNumber(date: string): number {
  return Math.floor(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / 86_400_000);
}

/** Days since the epoch of an instant's UTC calendar day. */
export function dayNumberOf(at: Date): number {
  return Math.floor(at.getTime() / 86_400_000);
}

/** Month 1–12 of a `YYYY-MM-DD` date. */
export function monthOf(date: string): number {
  return +date.slice(5, 7);
}

/** Year of a `YYYY-MM-DD` date. */
export function yearOf(date: string): number {
  return +date.slice(0, 4);
}

/** Months since year 0 (so months can be compared and subtracted across years). */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}
