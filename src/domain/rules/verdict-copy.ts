import type { Destination, MonthFacts } from '../knowledge-pack/schema';
import { isTightSwitch } from './alternatives';
import { permitCapText, type Budget } from './budget';
import { monthName } from './calendar';
import { isStandardSwitch, isValueSwitch, type Choice } from './choose';
import type { Frame } from './frame';
import type { TripContext } from './context';
import { TIER_LABEL, hours, inPlace, joinAnd, nightsText, noteInBrackets, placeName, priorityLabel, usd } from './format';
import { blockerText, shortName } from './ledger';
import { mainStop, type Blocker, type Plan } from './plan';
import { GOOD, servedPriorities } from './score';
import { NOT_IN_AFRICA } from '../trip-inputs';

/** The verdict's words: a calm headline and a 2–4 sentence summary that names the facts it used. */
export type VerdictCopy = { headline: string; summary: string };

/** Headline and summary for a choice. No hype, no guarantees: the pack's facts and our estimate, said plainly. */
export function verdictCopy(ctx: TripContext, frame: Frame, choice: Choice, budget: Budget | undefined, everyMonth = false, anyMonth = false): VerdictCopy {
  const when = `${monthName(ctx.month)} ${ctx.year}`;
  // A month the traveler never gave, planned because every month gives the same verdict: the headline says the verdict
  // holds in any month and names the planned month as the best one, never as if the traveler had chosen it.
  const forMonth = (m: number) => (anyMonth ? ` in any month (${monthName(m)} is the best)` : ` for ${monthName(m)}`);
  switch (choice.outcome) {
    case 'book': {
      const p = choice.plan;
      return {
        headline: `Book ${routeName(p)}${forMonth(p.month)}.`,
        summary: [
          `${cap(routeName(p))} in ${when} ${servesText(frame, p)}.`,
          monthFactsSentence(p),
          costSentence(p, budget),
          transferSentence(p),
        ].filter(Boolean).join(' '),
      };
    }
    case 'wait': {
      const p = choice.plan;
      const c = choice.current;
      const before = c.feasible
        ? `${cap(routeName(c))} in ${monthName(c.month)} scores ${c.score.toFixed(1)} out of 5 on what you want, against ${p.score.toFixed(1)} in ${monthName(p.month)}.`
        : blockedIn(c.blockers[0], ctx, monthName(c.month));
      // A window that holds earlier months ("anytime in 2027") may move the trip forward, not only wait.
      const earlier = ctx.window.some((k) => k < 0 && ((((ctx.month - 1 + k) % 12) + 12) % 12) + 1 === p.month);
      // A child too young now who is old enough by the later month: that is the reason to wait, said as such.
      const age = !c.feasible && c.blockers[0]?.kind === 'min_age' ? c.blockers[0] : undefined;
      // An activity shut in their month (Devil's Pool at high water) that is in season then: its opening is the reason.
      const shut = !c.feasible && c.blockers[0]?.kind === 'closed' ? c.blockers[0].activity : undefined;
      const reason = age ? `your youngest will be ${age.age} by then, old enough for ${age.activity.split(' (')[0]!.toLowerCase()} ${inRoute(p)}` : shut ? `${shut} is open then ${inRoute(p)}` : `${routeName(p)} is clearly better then`;
      return {
        headline: earlier ? `Go in ${monthName(p.month)} instead: ${reason}.` : `Wait for ${monthName(p.month)}: ${reason}.`,
        summary: [before, monthFactsSentence(p), costSentence(p, budget)].join(' '),
      };
    }
    case 'switch': {
      const p = choice.plan;
      const c = choice.current;
      // A place that works, left for value: the reason is its price, not its month.
      const dearer = c.feasible && (isValueSwitch(c, p, frame) || isTightSwitch(c, p, budget));
      const standard = !dearer && isStandardSwitch(ctx, c, p);
      const occasion = ctx.inputs.traveler_type === 'honeymoon' ? 'a honeymoon' : ctx.wantsPremium ? 'the comfort you asked for' : 'the trip you pictured';
      const why = dearer
        ? `${cap(routeName(c))} works in ${monthName(ctx.month)}, but its cheapest way in is about ${usd(c.floorPp)} per person against about ${usd(p.floorPp)} at ${routeName(p)}.`
        : standard
          ? `Your budget reaches ${routeName(c)} in ${monthName(ctx.month)} only at its budget camps (about ${usd(c.costPp)} per person), not the camps that make the trip, and for ${occasion} ${routeName(p)} is the better stay for the money, at ${TIER_LABEL[p.tier]} lodges.`
        : c.feasible
          ? `${cap(routeName(c))} is a weaker fit in ${monthName(ctx.month)} (${shortFacts(c)}).`
          : blockedIn(c.blockers[0], ctx, monthName(c.month));
      // Each other age-limited wish left out with the first (canoeing beside the gorillas) is named with its age rule.
      // Only beside a first age rule; the same rule at a second place (gorilla trekking at Bwindi after Volcanoes) is the first
      // reason again, not another wish.
      const firstRule = c.blockers[0]?.kind === 'min_age' ? c.blockers[0].activity.split(' (')[0]!.toLowerCase() : undefined;
      const alsoOut = c.feasible || firstRule === undefined ? [] : c.blockers.slice(1).filter((b): b is Extract<(typeof c.blockers)[number], { kind: 'min_age' }> => b.kind === 'min_age' && b.activity.split(' (')[0]!.toLowerCase() !== firstRule).map((b) => `${cap(b.activity.split(' (')[0]!)} is left out too: it needs age ${b.age} and your youngest is ${b.youngest}.`);
      // A frame inferred from a closed place holds that place's draws, not the traveler's wishes (review 9b, finding 8):
      // the switch then says what it keeps, the kind of trip open in the month, not the closed place's draws.
      const serves = frame.inferred && !c.feasible && c.blockers[0]?.kind === 'closed'
        ? `${cap(routeName(p))} ${p.stops.length > 1 ? 'are' : 'is'} open in ${monthName(p.month)} for ${KIND_TRIP[mainStop(p)!.dest.kind]}.`
        : frame.inferred && frame.named.length > 0 && servedPriorities(frame, p, GOOD).length > 0
          ? `${cap(routeName(p))} ${servesText(frame, p)} in ${monthName(p.month)}, what ${joinAnd(frame.named.map((d) => placeName(d)))} ${frame.named.length > 1 ? 'are' : 'is'} known for.`
          : `${cap(routeName(p))} ${servesText(frame, p)} in ${monthName(p.month)}.`;
      return {
        headline: `Switch to ${routeName(p)}${forMonth(ctx.month)}.`,
        summary: [why, ...alsoOut, serves, monthFactsSentence(p), costSentence(p, budget), alsoSentence(choice.also)].filter(Boolean).join(' '),
      };
    }
    case 'discard': {
      const c = choice.current;
      const named = frame.named.length > 0 ? joinAnd(frame.named.map((d) => placeName(d))) : 'a trip like this';
      const why = c.blockers[0] ?? c.dropped[0];
      // Tigers or pandas asked for: no place anywhere on the continent has them, which the reason says; "none of the other
      // places rescues the trip within your constraints" would blame constraints (budget, month) that fit.
      const continent = why?.kind === 'no_fit' && (why.animals ?? []).some((a) => (NOT_IN_AFRICA as readonly string[]).includes(a));
      if (continent) return { headline: `Don’t book ${frame.named.length > 0 ? named : 'this trip'} as it stands.`, summary: `${cap(blockerText(why, ctx))}. No place we weighed for ${when} has them, and no other month would change that.` };
      return {
        headline: `Don’t book ${frame.named.length > 0 ? named : 'this trip'} as it stands.`,
        summary: [
          `${cap(blockerText(why, ctx))}.`,
          everyMonth
            ? 'The month would not change this: no month rescues the trip, and none of the other places we weighed does within your constraints.'
            : `None of the other places we weighed for ${when} rescues the trip within your constraints.`,
        ].join(' '),
      };
    }
  }
}

/** A second place open in the month that gives the trip about as well as the switch (choose.ts closedConfined). */
function alsoSentence(also: Plan | undefined): string {
  if (!also) return '';
  return `${cap(routeName(also))} is open then too, if you would rather go there.`;
}

/** "Maasai Mara", "the Okavango Delta" or "Serengeti National Park and the Ngorongoro Crater" (mid-sentence; cap() at the start of one). */
export function routeName(p: Plan): string {
  return joinAnd(p.stops.map((s) => placeName(s.dest))) || 'this trip';
}

/** Where a plan is, in running text: "in the Okavango Delta", or "on this route" for several stops. */
function inRoute(p: Plan): string {
  return p.stops.length === 1 ? inPlace(p.stops[0]!.dest) : 'on this route';
}

/** The kind of trip a place gives, for a switch that keeps the trip but not the closed place's draws. */
const KIND_TRIP: Record<Destination['kind'], string> = { safari: 'a safari', gorilla_trek: 'gorilla trekking', beach: 'a beach stay', waterfall: 'a visit to the falls' };

/**
 * Names only the priorities the plan serves well that month (3.5+ of 5), so the copy never overclaims. Dense game viewing
 * is never claimed in a month whose game viewing the same summary rates 3/5 or less.
 */
function servesText(frame: Frame, plan: Plan): string {
  const main = mainStop(plan);
  const gameFair = main !== undefined && main.dest.months[plan.month - 1]!.wildlife <= 3;
  const served = servedPriorities(frame, plan, GOOD).filter((p) => !(gameFair && p === 'wildlife_density'));
  const plural = plan.stops.length > 1;
  if (served.length === 0) return frame.priorities.length === 0 ? (plural ? 'are a sound choice' : 'is a sound choice') : (plural ? 'are the best fit we found' : 'is the best fit we found');
  return `${plural ? 'suit' : 'suits'} ${joinAnd(served.slice(0, 3).map((p) => priorityLabel(p, frame.phase)))}`;
}

/** What the month's main draw is, by kind of place. */
const DRAW: Record<Destination['kind'], string> = {
  safari: 'game viewing',
  gorilla_trek: 'trekking conditions',
  beach: 'beach weather',
  waterfall: 'the falls',
};
const RAIN: Record<MonthFacts['rain'], string> = {
  dry: 'dry weather',
  light: 'mostly dry weather, some light rain',
  moderate: 'some wet days',
  heavy: 'heavy rain',
};
// Crowds in the words of the place: parks for a safari, trails for a trek, beaches, viewpoints at the falls.
const CROWD_PLACE: Record<Destination['kind'], string> = { safari: 'parks', gorilla_trek: 'trails', beach: 'beaches', waterfall: 'viewpoints' };
function crowds(kind: Destination['kind'], level: number): string {
  const where = CROWD_PLACE[kind];
  return ['', `quiet ${where}`, `fairly quiet ${where}`, 'moderate crowds', `busy ${where}`, `very busy ${where}`][level] ?? 'moderate crowds';
}
const PRICES: Record<MonthFacts['price_season'], string> = {
  low: 'low-season prices',
  shoulder: 'shoulder-season prices',
  high: 'high-season prices',
  peak: 'peak-season prices',
};

/**
 * The main stop's month in one plain sentence, e.g. "In August: Mara River crossings;
 * game viewing rates 5/5, with dry weather, very busy parks and peak-season prices."
 */
function monthFactsSentence(p: Plan): string {
  const s = mainStop(p)!;
  const f: MonthFacts = s.dest.months[p.month - 1]!;
  const note = f.note ? `${f.note.replace(/\.$/, '')}; ` : '';
  const draw = note ? DRAW[s.dest.kind] : cap(DRAW[s.dest.kind]);
  // "trekking conditions rate", "the falls rate": the verb agrees with a plural draw.
  const verb = s.dest.kind === 'waterfall' || s.dest.kind === 'gorilla_trek' ? 'rate' : 'rates';
  return `In ${monthName(p.month)}${p.stops.length > 1 ? ` ${inPlace(s.dest)}` : ''}: ${note}${draw} ${verb} ${f.wildlife}/5, with ${RAIN[f.rain]}, ${crowds(s.dest.kind, f.crowding)} and ${PRICES[f.price_season]}.`;
}

/** "game viewing 3/5, heavy rain" for a weaker option. */
function shortFacts(p: Plan): string {
  const s = mainStop(p)!;
  const f: MonthFacts = s.dest.months[p.month - 1]!;
  return `${DRAW[s.dest.kind]} ${f.wildlife}/5, ${RAIN[f.rain]}${f.note ? `; ${noteInBrackets(f.note, s.dest)}` : ''}`;
}

function costSentence(p: Plan, budget: Budget | undefined): string {
  const stay = p.stops.length === 1 ? nightsText(p.nights) : `${nightsText(p.nights)} (${p.stops.map((s) => `${s.nights} ${inPlace(s.dest)}`).join(', ')})`;
  // A cap on the permits alone is weighed against the permits, not the trip (rules/budget.ts).
  const fit = !budget ? '' : budget.permitsOnly ? ((p.permitPp ?? 0) > 0 ? `, with the permits (about ${usd(p.permitPp!)}) within the ${permitCapText(budget)} per person you set for them` : '') : budget.rate ? `, within your ${usd(budget.rate.usd)} per person a ${budget.rate.per}` : `, within your ${usd(budget.perPersonUsd)} per person`;
  // Permits bought apart: the stated budget is weighed against the rest of the trip.
  const permits = p.permitPp ?? 0;
  if (budget?.permitsApart && permits > 0 && !budget.rate) return `We planned ${stay} at ${TIER_LABEL[p.tier]} lodges for about ${usd(p.costPp - permits)} per person besides the permits (about ${usd(permits)}) you buy yourselves${fit}, before international flights.`;
  return `We planned ${stay} at ${TIER_LABEL[p.tier]} lodges for about ${usd(p.costPp)} per person${fit}, before international flights.`;
}

function transferSentence(p: Plan): string {
  const first = p.stops[0];
  if (!first) return '';
  const from = shortName(first.from);
  if (first.transfer === 'road') return first.driveIn > 0 ? `It is a ${hours(first.driveIn)} drive from ${from}.` : '';
  return first.roadAvoided !== undefined
    ? `You fly in from ${from} rather than drive ${hours(first.roadAvoided)}.`
    : `You fly in from ${from}.`;
}

/** A blocker as a sentence that names the month it applies to, once. */
/** Why the plan asked for fails, as a sentence; an upper age limit holds in every month, so it is not dated. */
function blockedIn(b: Blocker | undefined, ctx: TripContext, month: string): string {
  const text = blockerText(b, ctx);
  return text.includes(month) || b?.kind === 'max_age' ? `${cap(text)}.` : `In ${month}, ${text}.`;
}

function cap(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}
