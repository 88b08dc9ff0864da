/** Calendar helpers over `YYYY-MM-DD` strings and month numbers, all in UTC so results never depend on the host's zone. */

export const MONTH_NAMES = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
] as const;

/** The English name of month 1–12 (wraps, so 13 is January). */
export function monthName(month: number): string {
  return MONTH_NAMES[(((month - 1) % 12) + 12) % 12]!;
}

/** Days since the epoch of a `YYYY-MM-DD` date (UTC). Arithmetic rather than Date: it runs several times per decision. */
export function dayNumber(date: string): number {
  return daysFromCivil(digits(date, 0, 4), digits(date, 5, 2), digits(date, 8, 2));
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function digits(s: string, from: number, count: number): number {
  let n = 0;
  for (let k = from; k < from + count; k++) n = n * 10 + (s.charCodeAt(k) - 48);
  return n;
}

/** Days since the epoch of an instant's UTC calendar day. */
export function dayNumberOf(at: Date): number {
  return Math.floor(at.getTime() / 86_400_000);
}

/** Month 1–12 of a `YYYY-MM-DD` date. */
export function monthOf(date: string): number {
  return digits(date, 5, 2);
}

/** Year of a `YYYY-MM-DD` date. */
export function yearOf(date: string): number {
  return digits(date, 0, 4);
}

/** Months since year 0 (so months can be compared and subtracted across years). */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}
