import type { Activity, Pace, Priority, TripInputs } from '../trip-inputs';
import { agesOn, lastDayOf, youngestByMonth } from './ages';
import { dayNumber, dayNumberOf, monthIndex, monthOf, yearOf } from './calendar';
import type { Reach } from './route-order';

/** The point of the trip an activity carries, where it has one (a wilderness trail is walking; a bungee jump is not a safari's point). */
const ACTIVITY_POINT: Partial<Record<Activity, Priority>> = { wilderness_trail: 'walking' };

/** Defaults the rules assume when the traveler has not said (each one is stated as an assumption). */
export const DEFAULTS = {
  adults: 2,
  driveToleranceHours: 4,
  pace: 'balanced' as Pace,
  /** Months a traveler who gave only a month can probably move by. */
  unstatedFlexMonths: 2,
  /** Months a traveler who said "flexible" can move by. */
  flexibleMonths: 3,
  /** Fewer days than this before departure counts as short notice. */
  shortNoticeDays: 30,
};

/** How far the timing can move: `fixed` never waits. */
export type Flexibility = 'flexible' | 'unstated' | 'fixed';

/**
 * The trip as the rules reason about it: the traveler's inputs resolved against `now`, with
 * every gap filled by a default and flagged in `assumed` so the copy can list it. The
 * snapshot itself is never touched.
 */
export type TripContext = {
  inputs: TripInputs;
  month: number;
  year: number;
  /** Whole days from today to departure (start date, else the 1st of the month, else today when it is this month). */
  daysAhead: number;
  flexibility: Flexibility;
  /** How many later months a wait may look at. */
  flexMonths: number;
  /**
   * Months a flexible traveler's window holds besides the one stated, as offsets from it
   * (negative: earlier): the rest of a stated year ("anytime in 2027"), else a few months
   * later; never this month or one already past. A traveler who did not say they are flexible
   * may only move later, by `flexMonths`.
   */
  window: readonly number[];
  /** Given or computed from dates; undefined means "use the destination's typical stay". */
  nights?: number;
  adults: number;
  children: number;
  groupSize: number;
  /** Known ages at the trip's date (a stated birthday before it counts), or undefined when there are children of unknown age. */
  childAges?: readonly number[];
  youngestChild?: number;
  /**
   * The party's average share of an adult's nightly cost: a child under 12 pays about half an
   * adult's park fee and room rate (docs/knowledge-pack.md "Children's rates"); 1 when no child's
   * age is known, so a family budget is never called enough on a guess.
   */
  costShare: number;
  /** The youngest child's age in each month the trip could move to (index month − 1), when a birthday changes it. */
  youngestIn?: readonly number[];
  tolerance: number;
  /** How legs may be travelled: the tolerance, and whether light aircraft are an option. */
  reach: Reach;
  pace: Pace;
  /** What the traveler asked for; may be empty (the rules then use each place's own draw). */
  priorities: readonly Priority[];
  wantsPremium: boolean;
  wantsValue: boolean;
  /** Route orders already worked out during this decision, by the set of places and the stop cap (see plan.ts). */
  routes: Map<number, readonly number[]>;
  assumed: {
    group: boolean;
    year: boolean;
    tolerance: boolean;
    pace: boolean;
    duration: boolean;
    flexibility: boolean;
  };
};

/** Resolves consistent, decidable inputs (timing known, no contradictions) into a TripContext. */
export function resolveContext(i: TripInputs, now: Date): TripContext {
  const nowYear = now.getUTCFullYear();
  const nowMonth = now.getUTCMonth() + 1;
  const today = dayNumberOf(now);
  const month = i.start_date ? monthOf(i.start_date) : i.month!;
  let year: number;
  if (i.start_date) year = yearOf(i.start_date);
  else if (i.year !== undefined) year = i.year;
  else year = month < nowMonth ? nowYear + 1 : nowYear; // a month already past this year means next year
  let daysAhead: number;
  if (i.start_date) daysAhead = dayNumber(i.start_date) - today;
  else if (monthIndex(year, month) === monthIndex(nowYear, nowMonth)) daysAhead = 0;
  else daysAhead = Math.floor(Date.UTC(year, month - 1, 1) / 86_400_000) - today;

  const flexibility: Flexibility =
    i.flexible_dates === true ? 'flexible' : i.flexible_dates === false || i.start_date ? 'fixed' : 'unstated';

  // Trip length in nights. `duration_days` counts the days of travel, arrival and
  // departure included ("a week" = 7 days = 6 nights); dates give the nights between them.
  let nights: number | undefined;
  if (i.duration_days !== undefined) nights = Math.max(1, i.duration_days - 1);
  else if (i.start_date && i.end_date) nights = Math.max(1, dayNumber(i.end_date) - dayNumber(i.start_date));

  const start = i.start_date ? dayNumber(i.start_date) : undefined;
  const lastDay = i.end_date ? dayNumber(i.end_date) : start !== undefined ? start + Math.max(0, (i.duration_days ?? 1) - 1) : lastDayOf(year, month);
  const childAges = agesOn(i, lastDay);
  const children = i.children ?? childAges?.length ?? 0;
  let adults: number;
  if (i.adults !== undefined) adults = i.adults;
  else if (i.group_size !== undefined) adults = Math.max(0, i.group_size - children);
  else adults = DEFAULTS.adults;
  const groupSize = i.group_size ?? Math.max(1, adults + children);
  // An activity that is a way of being in the bush carries its point: a wilderness trail is a walking safari, so a switch
  // away from a trail the traveler cannot take (an age limit) looks for walking, not for the named park's other draws.
  const stated = i.priorities ?? [];
  const priorities: Priority[] = [...stated];
  for (const a of i.activities ?? []) {
    const point = ACTIVITY_POINT[a];
    if (point && !priorities.includes(point)) priorities.push(point);
  }

  const flexMonths = flexibility === 'flexible' ? DEFAULTS.flexibleMonths : flexibility === 'unstated' ? DEFAULTS.unstatedFlexMonths : 0;
  const window: number[] = [];
  if (flexibility === 'flexible') {
    const here = monthIndex(year, month);
    const nowIdx = monthIndex(nowYear, nowMonth);
    // A stated year with flexibility ("anytime in 2027") is the whole year; "flexible" alone looks later.
    let [from, to] = i.year !== undefined && !i.start_date ? [monthIndex(i.year, 1), monthIndex(i.year, 12)] : [here + 1, here + flexMonths];
    // "We can push it to October": the window reaches the month they named (within a year of the trip).
    if (i.flexible_until) {
      const until = monthIndex(i.flexible_until.year, i.flexible_until.month);
      // The month they offered is the window's end: "or June instead" from April does not reach July.
      to = until > here ? Math.min(here + 11, until) : to;
      // "this July, or any time in the first half of next year": a window that ends by the month said lies before it;
      // "any time in the next 12 months" is the whole year ahead, the months before the one they were looking at too.
      if (until <= here || until - nowIdx >= 11) from = Math.min(from, nowIdx + 1);
    }
    for (let k = from; k <= to; k++) if (k !== here && k > nowIdx) window.push(k - here);
  } else for (let k = 1; k <= flexMonths; k++) window.push(k);
  return {
    inputs: i,
    month,
    year,
    daysAhead,
    flexibility,
    flexMonths,
    window,
    nights,
    adults,
    children,
    groupSize,
    childAges: children > 0 ? childAges : undefined,
    youngestChild: children > 0 && childAges ? Math.min(...childAges) : undefined,
    costShare: costShareOf(groupSize, children > 0 ? childAges : undefined),
    youngestIn: children > 0 && !i.start_date ? youngestByMonth(i, month, year, window) : undefined,
    tolerance: i.drive_tolerance_hours ?? DEFAULTS.driveToleranceHours,
    // A traveler who will not fly and set no limit drives whatever it takes; with a limit, it binds.
    reach: { tolerance: i.avoid_flights === true && i.drive_tolerance_hours === undefined ? Number.POSITIVE_INFINITY : (i.drive_tolerance_hours ?? DEFAULTS.driveToleranceHours), flights: i.avoid_flights !== true },
    pace: i.pace ?? DEFAULTS.pace,
    priorities,
    wantsPremium: priorities.includes('comfort') || i.traveler_type === 'honeymoon',
    wantsValue: priorities.includes('value'),
    routes: new Map(),
    assumed: {
      group: i.adults === undefined && i.group_size === undefined,
      year: !i.start_date && i.year === undefined,
      tolerance: i.drive_tolerance_hours === undefined,
      pace: i.pace === undefined,
      duration: nights === undefined,
      flexibility: flexibility === 'unstated',
    },
  };
}

/** A child's share of an adult's nightly cost, and the age from which a child pays as an adult. */
const CHILD_SHARE = 0.5;
const CHILD_RATE_UNDER = 12;

function costShareOf(groupSize: number, childAges: readonly number[] | undefined): number {
  if (!childAges || childAges.length === 0 || groupSize <= 0) return 1;
  const young = childAges.filter((a) => a < CHILD_RATE_UNDER).length;
  return Math.max(0, groupSize - young * (1 - CHILD_SHARE)) / groupSize;
}
