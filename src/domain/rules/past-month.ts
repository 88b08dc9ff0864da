import type { TripInputs } from '../trip-inputs';
import { monthIndex, monthName } from './calendar';

/**
 * A month already past said with flexibility that reaches ahead ("February if we can, but
 * could easily be later in the year", written in March) is no contradiction: the trip is
 * decided from the first month still ahead, within the window the traveler gave. Without
 * flexibility, or with none of the window left, it stays a contradiction for the rules to refuse.
 */
export function movePastMonth(i: TripInputs, now: Date): { inputs: TripInputs; passed: string } | undefined {
  if (i.start_date || i.month === undefined || i.year === undefined || i.flexible_dates !== true) return undefined;
  const nowIdx = monthIndex(now.getUTCFullYear(), now.getUTCMonth() + 1);
  if (monthIndex(i.year, i.month) >= nowIdx) return undefined;
  const until = i.flexible_until ? monthIndex(i.flexible_until.year, i.flexible_until.month) : monthIndex(i.year, 12);
  const next = nowIdx + 1;
  if (until < next) {
    // "March, whenever this year" written in late December: the year they named has no month left,
    // so with no later limit said, the flexibility means the next time that month comes round.
    if (i.flexible_until || i.year !== now.getUTCFullYear()) return undefined;
    const year = i.year + 1;
    return { inputs: { ...i, year, flexible_until: { year, month: 12 } }, passed: `${monthName(i.month)} ${i.year}` };
  }
  const year = Math.floor(next / 12);
  const month = (next % 12) + 1;
  // The window keeps reaching the end of the year they named (or the month they said they can move to).
  const flexible_until = i.flexible_until ?? { year: i.year, month: 12 };
  return { inputs: { ...i, month, year, flexible_until }, passed: `${monthName(i.month)} ${i.year}` };
}
