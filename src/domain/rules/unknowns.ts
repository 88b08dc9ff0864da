import type { TripInputs } from '../trip-inputs';
import { monthIndex } from './calendar';
import { DEFAULTS } from './context';
import { hasFocus } from './essentials';
import type { Choice } from './choose';
import { ACCEPTABLE } from './score';

/** One decision as choose() makes it for a fully stated month: what the sweep compares. */
export type Trial = { inputs: TripInputs; choice: Choice };

/** What a month nobody stated resolves to, or nothing when the month must be asked. */
export type MonthSweep =
  /** No month rescues the trip: decided now, the month would not change it. */
  | { kind: 'every_month'; trial: Trial }
  /** No focus yet, but no place works in the stated month: decided now, the place would not change it. */
  | { kind: 'every_place'; trial: Trial }
  /** The traveler left the month to us (`open`), or the named places never work: the best month we found. */
  | { kind: 'best_month'; trial: Trial; open: boolean; anyMonth?: boolean };

/**
 * The months a traveler with no month could mean: the stated year's months still ahead,
 * else the next twelve from this one.
 */
export function candidateMonths(i: TripInputs, now: Date): Array<{ month: number; year: number }> {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + 1;
  const out: Array<{ month: number; year: number }> = [];
  if (i.year !== undefined) {
    for (let k = 1; k <= 12; k++) if (monthIndex(i.year, k) >= monthIndex(y, m)) out.push({ month: k, year: i.year });
    return out;
  }
  for (let k = 0; k < 12; k++) {
    const idx = m - 1 + k;
    out.push({ month: (idx % 12) + 1, year: y + Math.floor(idx / 12) });
  }
  return out;
}

/**
 * Whether the month is worth asking: decides the trip in every month it could be and asks
 * only when the answer depends on it. A trip no month rescues (a budget under every
 * floor, gorillas where there are none) is decided now; a traveler who left the timing
 * open ("whenever suits", "when is best?") gets the best month; a named place that can
 * never give the point of the trip is a switch in any month, to the best month for it.
 */
export function sweepMonths(i: TripInputs, now: Date, trial: (inputs: TripInputs) => Trial): MonthSweep | undefined {
  if (!hasFocus(i)) return hopeless(i, now, trial);
  const trials = candidateMonths(i, now).map(({ month, year }) => trial({ ...i, month, year }));
  if (trials.length === 0) return undefined;
  if (trials.every((t) => t.choice.outcome === 'discard')) return { kind: 'every_month', trial: trials[0]! };
  // The named places never work (no beach in the Delta, no migration in Etosha), whatever the month:
  // the month would only pick the alternative's month, so the best one is chosen now.
  const neverWorks = trials.every((t) => (t.choice.outcome === 'switch' || t.choice.outcome === 'discard') && !t.choice.current.feasible);
  // Every month books the same places (gorillas trekked all year within the budget): the month cannot change the
  // verdict, so it is not asked; the best month is planned and the copy says the month was left open. With children
  // of unknown age the ages are asked first, and the month with them.
  const places = (t: Trial): string => (t.choice.outcome === 'book' ? t.choice.plan.stops.map((st) => st.dest.id).join('+') : '');
  // A month booked only as fair in its rain (score under ACCEPTABLE) is not the verdict of a good month: the month still matters.
  const sameEveryMonth = adultsOnly(i) && trials.every((t) => t.choice.outcome === 'book' && t.choice.plan.score >= ACCEPTABLE && places(t) === places(trials[0]!));
  // Every month sends the traveler to the same places, moved there from a place they named in at least one month (Rwanda's
  // permit takes most of the budget in every month; Bwindi's fits in every month): the month cannot change where they go,
  // so it is not asked. The switch month is planned, since it says why the place they named first loses.
  const moved = sameMoveEveryMonth(i, trials);
  if (i.flexible_dates !== true && !neverWorks && !sameEveryMonth && !moved) return undefined;
  // Between months that rank the same, not one that starts within the short-notice span (or has started): a month the
  // traveler left open is not planned at short notice.
  const thisMonth = (t: Trial) => (t.inputs.year !== undefined && t.inputs.month !== undefined && Date.UTC(t.inputs.year, t.inputs.month - 1, 1) - now.getTime() < DEFAULTS.shortNoticeDays * DAY_MS ? SHORT_NOTICE_TIE : 0);
  let best: Trial | undefined;
  for (const t of moved ? trials.filter((x) => x.choice.outcome === 'switch') : trials) if (!best || rank(t) - thisMonth(t) > rank(best) - thisMonth(best)) best = t;
  if (!best || best.choice.outcome === 'discard') return undefined;
  // A plan with a hard age rule (gorilla permits from 15, a walking safari) is never decided without the month for a party
  // only partly read: a missed grandchild or teenager would be sent on it. The month is asked, and the party with it.
  // A child read with an age ("our daughter, she turns 12 in March") has been aged against every month by the trials.
  const childrenAged = (i.children ?? 0) > 0 && unknownAges(i) === undefined;
  // A traveler who left the month open ("whenever", "when is best?") gave it: the month is not skipped on their behalf.
  if (i.flexible_dates !== true && !partyCounted(i) && !childrenAged && ageRuled(best, i)) return undefined;
  // Every month gives the same verdict and the traveler named none: the copy says so, not "for February" as if it were theirs.
  const anyMonth = i.month === undefined && (sameEveryMonth || moved);
  return { kind: 'best_month', trial: best, open: i.flexible_dates === true || sameEveryMonth || moved, ...(anyMonth ? { anyMonth } : {}) };
}

/** Whether a trial's plan goes where an age rule applies: a stop with a minimum age, or a walking safari asked for. */
function ageRuled(t: Trial, i: TripInputs): boolean {
  const c = t.choice;
  if (c.outcome === 'discard') return false;
  return c.plan.stops.some((st) => st.dest.min_age !== undefined) || i.priorities?.includes('walking') === true || (i.activities?.length ?? 0) > 0;
}

/** Less than any difference in score between months: it only breaks a tie against a month at short notice. */
const SHORT_NOTICE_TIE = 0.0005;
const DAY_MS = 86_400_000;

/**
 * Whether every month's verdict goes to the same places at a fair score at least (a booking there, or a switch there from
 * a place the traveler named) and at least one month is a switch: the month then changes only when, not where. Only with
 * no child in sight (a child may be aged against the month, and a family's ages are asked first); a party nobody counted
 * is planned as the adults the rules assume in every month alike, which the copy states, and is never booked this way:
 * the verdict given is the switch.
 */
export function sameMoveEveryMonth(i: TripInputs, trials: readonly Trial[]): boolean {
  if (trials.length === 0 || childInSight(i) || !partyCounted(i)) return false;
  const places = (t: Trial): string =>
    (t.choice.outcome === 'book' || t.choice.outcome === 'switch') && t.choice.plan.score >= ACCEPTABLE ? t.choice.plan.stops.map((st) => st.dest.id).join('+') : '';
  const first = places(trials[0]!);
  return first !== '' && trials.every((t) => places(t) === first) && trials.some((t) => t.choice.outcome === 'switch');
}

/** Any sign of a child in the party: a count, an age, a birthday, a family trip, or travelers counted neither as adults nor children. */
function childInSight(i: TripInputs): boolean {
  return (i.children ?? 0) > 0 || (i.child_ages?.length ?? 0) > 0 || (i.child_birthdays?.length ?? 0) > 0 || i.traveler_type === 'family' || unknownAges(i) !== undefined;
}

/**
 * A party known to be adults only. A child of any stated age may be aged against the month ("he will
 * be 15 by the time we go"), and a party nobody counted may be a family the extractor missed, so with
 * either the month stays asked (safety review, finding 2).
 */
function adultsOnly(i: TripInputs): boolean {
  const children = (i.children ?? 0) > 0 || (i.child_ages?.length ?? 0) > 0 || (i.child_birthdays?.length ?? 0) > 0 || i.traveler_type === 'family';
  return i.adults !== undefined && !children && unknownAges(i) === undefined && partyCounted(i);
}

/**
 * The whole party counted as adults: the adults and the group size both read and equal. "Me and the grandkid" read as
 * one adult with no group size, or "a group of 4 friends and their teenager" read as a group of four with no adults, is a
 * party only partly read: someone in it may be a child the words did not give, so a month nobody stated is asked rather
 * than decided by a plan that may take that child gorilla trekking (safety review 9a, finding 3).
 */
export function partyCounted(i: TripInputs): boolean {
  return i.adults !== undefined && i.group_size !== undefined && i.group_size === i.adults;
}

/**
 * A trip with no place, country or priority yet: asking where is pointless when no place
 * in any month it could be works (a budget under every option's floor), so it is discarded now.
 */
function hopeless(i: TripInputs, now: Date, trial: (inputs: TripInputs) => Trial): MonthSweep | undefined {
  const timed = i.month !== undefined || i.start_date !== undefined;
  const trials = (timed ? [i] : candidateMonths(i, now).map(({ month, year }) => ({ ...i, month, year }))).map(trial);
  if (trials.length === 0 || !trials.every((t) => t.choice.outcome === 'discard')) return undefined;
  return { kind: timed ? 'every_place' : 'every_month', trial: trials[0]! };
}

/**
 * Book (or a wait for the same places) above a switch above a discard; then the plan's score;
 * then, between months that score the same, the one deeper inside the migration season asked for.
 */
function rank(t: Trial): number {
  const c = t.choice;
  const tier = c.outcome === 'book' ? 3 : c.outcome === 'wait' ? 2.5 : c.outcome === 'switch' ? 2 : 0;
  const score = c.outcome === 'discard' ? 0 : c.plan.score;
  const wantsMigration = t.inputs.priorities?.includes('migration') === true || t.inputs.migration_phase !== undefined;
  const depth = c.outcome === 'discard' || !wantsMigration ? 0 : Math.max(0, ...c.plan.stops.map((s) => seasonDepth(s.dest.months.map((m) => m.migration), c.plan.month)));
  return tier * 100 + score + depth / 1000;
}

/**
 * How far a month sits inside its run of months with the same migration phase: 0 at either
 * end (the herds' arrival and departure shift from year to year), more towards the middle,
 * where the phase peaks. A month with no migration is 0.
 */
export function seasonDepth(phases: readonly string[], month: number): number {
  const at = (k: number) => phases[(((k - 1) % 12) + 12) % 12];
  const phase = at(month);
  if (phase === undefined || phase === 'none') return 0;
  let back = 0;
  while (back < 12 && at(month - back - 1) === phase) back++;
  let ahead = 0;
  while (ahead < 12 && at(month + ahead + 1) === phase) ahead++;
  return Math.min(back, ahead);
}

/**
 * Children whose ages are unknown, when there may be children at all: the ages stated so
 * far plus one stand-in per child not yet aged (a traveler of the group counted neither as an
 * adult nor as a child is one too). Undefined when every age is known or no child is in sight.
 */
export function unknownAges(i: TripInputs): { known: number[]; missing: number } | undefined {
  const known = i.child_ages ?? [];
  const adultsOnly = i.group_size !== undefined && i.adults !== undefined && i.group_size === i.adults;
  let count = i.children ?? (i.traveler_type === 'family' && !adultsOnly ? Math.max(1, known.length) : known.length);
  // Travelers counted in the group but not as adults ("so one more") are of unknown age:
  // on a trip an age rule decides, they may be children, so they are never assumed adults.
  if (i.group_size !== undefined && i.adults !== undefined) count = Math.max(count, i.group_size - i.adults);
  if (count === 0 || known.length >= count) return undefined;
  return { known, missing: count - known.length };
}

/**
 * Whether the children's unknown ages could change the verdict: the trip decided with the
 * youngest possible and the oldest possible children. A hard age rule (gorilla permits, a
 * walking safari asked for) that either would break makes the ages worth asking; a trip
 * that is the same for any age goes ahead without them.
 */
export function agesDecide(i: TripInputs, trial: (inputs: TripInputs) => Trial): boolean {
  const u = unknownAges(i);
  if (!u) return false;
  const children = u.known.length + u.missing;
  const young = trial({ ...i, children, child_ages: [...u.known, ...Array<number>(u.missing).fill(0)] });
  const old = trial({ ...i, children, child_ages: [...u.known, ...Array<number>(u.missing).fill(17)] });
  return verdictKey(young.choice) !== verdictKey(old.choice);
}

/**
 * A birthday said by its month only ("he turns 15 in June", "14 and a half" in December) that
 * falls in the trip's own month: the age on the day of the trek depends on the day, so when
 * counting the birthday from that month's first day and from the month after give different
 * verdicts (a gorilla permit at 15), the exact date is asked rather than assumed either way.
 */
export function birthdayDecides(i: TripInputs, month: number, year: number, trial: (inputs: TripInputs) => Trial): boolean {
  const births = i.child_birthdays;
  if (!births?.some((b) => b.day === undefined && b.month === month && b.year === year)) return false;
  const early = births.map((b) => (b.day === undefined && b.month === month && b.year === year ? { ...b, day: 1 } : b));
  return verdictKey(trial({ ...i, child_birthdays: early }).choice) !== verdictKey(trial(i).choice);
}

/** What two decisions must share to be the same verdict: the outcome, the places and the month. */
export function verdictKey(c: Choice): string {
  if (c.outcome === 'discard') return 'discard';
  return `${c.outcome}:${c.plan.stops.map((s) => s.dest.id).join('+')}:${c.plan.month}`;
}
