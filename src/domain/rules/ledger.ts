import type { MonthFacts } from '../knowledge-pack/schema';
import { budgetOver, permitCapText, type Budget } from './budget';
import { monthName } from './calendar';
import type { Choice } from './choose';
import type { Frame } from './frame';
import { DEFAULTS, type TripContext } from './context';
import { ANIMAL_LABEL, askedFor, hours, inPlace, joinAnd, money, nightsText, noteInBrackets, placeName, priorityLabel, usd } from './format';
import { mainStop, type Blocker, type Plan, type PlannedStop } from './plan';
import { servedPriorities } from './score';
import { NOT_IN_AFRICA } from '../trip-inputs';

/** What a dry month gives, in the words of the place (game-drive words only for a safari). */
/** What a busy month means where the trip goes: vehicles at sightings on safari, full beaches and lodges on the coast. */
const BUSY_MEANS = {
  safari: 'other vehicles at sightings',
  gorilla_trek: 'permits and lodges booked out early',
  beach: 'full beaches and lodges',
  waterfall: 'crowds at the viewpoints',
} as const;

const DRY_GAIN = {
  safari: 'Dry season: easier roads and clearer game viewing',
  gorilla_trek: 'Dry season: firmer, less slippery trails',
  beach: 'Dry season: sunny beach days',
  waterfall: 'Dry weather: clear views of the falls',
} as const;

/** The trade-off ledger: what the verdict gains and what it gives up, at least one of each, all from pack facts. */
export type Ledger = { gains: string[]; losses: string[] };

const MAX_LINES = 4;

/** Gains and losses for a choice, named with the month, hours and amounts they rest on. */
export function ledgerFor(ctx: TripContext, frame: Frame, choice: Choice, budget: Budget | undefined): Ledger {
  const gains: string[] = [];
  const losses: string[] = [];
  switch (choice.outcome) {
    case 'book':
      planGains(choice.plan, frame, budget, gains);
      planLosses(choice.plan, ctx, losses);
      if (losses.length === 0) losses.push(`Committing to ${monthName(choice.plan.month)} gives up the other windows and places we could have weighed.`);
      break;
    case 'wait': {
      const now = choice.current;
      const later = choice.plan;
      gains.push(...windowGains(now, later));
      planGains(later, frame, budget, gains);
      losses.push(`Travelling in ${monthName(later.month)} instead of ${monthName(ctx.month)}.`);
      planLosses(later, ctx, losses);
      break;
    }
    case 'switch': {
      const alt = choice.plan;
      planGains(alt, frame, budget, gains);
      if (choice.current.feasible) {
        gains.unshift(`A clearly better fit for ${monthName(ctx.month)} than ${placeNames(choice.current)} (${alt.score.toFixed(1)} vs ${choice.current.score.toFixed(1)} out of 5 on your priorities).`);
      } else {
        // Name the place asked for, so the limit is not read as the new place's.
        const why = choice.current.blockers[0] ?? choice.current.dropped[0];
        const when = why?.kind === 'max_age' ? '' : ` in ${monthName(ctx.month)}`;
        gains.unshift(`A trip that works${when}, unlike ${askedFor(frame.named, ctx.inputs.countries)}: ${blockerText(why, ctx)}.`);
      }
      losses.push(`Not ${askedFor(frame.named, ctx.inputs.countries)}, which you asked for.`);
      planLosses(alt, ctx, losses);
      break;
    }
    case 'discard': {
      const why = choice.current.blockers[0] ?? choice.current.dropped[0];
      gains.push('You keep your money for a trip that can deliver what you want.');
      if (why) gains.push(`You avoid a plan where ${blockerText(why, ctx)}.`);
      losses.push(frame.named.length > 0 ? `No ${frame.named.map((d) => d.name).join(' or ')} trip on these terms.` : `No trip in ${monthName(ctx.month)} on these terms.`);
      if (frame.priorities.length > 0) losses.push(`${cap(joinAnd(frame.priorities.map((p) => priorityLabel(p, frame.phase))))} will have to wait.`);
      break;
    }
  }
  if (gains.length === 0) gains.push('A plan matched to your dates and group.');
  return { gains: gains.slice(0, MAX_LINES), losses: losses.slice(0, MAX_LINES) };
}

function planGains(plan: Plan, frame: Frame, budget: Budget | undefined, gains: string[]): void {
  const lead = mainStop(plan);
  if (!lead) return;
  const f = lead.dest.months[plan.month - 1]!;
  if (f.note && favourable(f)) gains.push(`${monthName(plan.month)} ${inPlace(lead.dest)}: ${f.note}.`);
  const strong = servedPriorities(frame, plan, 4);
  if (strong.length > 0) gains.push(`Strong for ${joinAnd(strong.slice(0, 3).map((p) => priorityLabel(p, frame.phase)))} in ${monthName(plan.month)}.`);
  else if (f.wildlife >= 4) gains.push(`${monthName(plan.month)} is a good month ${inPlace(lead.dest)} (${f.wildlife}/5 for its main draw).`);
  if (f.rain === 'dry') gains.push(`${DRY_GAIN[lead.dest.kind]} in ${monthName(plan.month)}.`);
  const flown = plan.stops.find((s) => s.roadAvoided !== undefined);
  if (flown) gains.push(`Flying to ${placeName(flown.dest)} spares you the ${hours(flown.roadAvoided!)} road transfer from ${shortName(flown.from)}.`);
  if (budget?.permitsOnly) {
    if (plan.feasible && (plan.permitPp ?? 0) > 0) gains.push(`The permits, about ${usd(plan.permitPp ?? 0)} per person, fit the ${permitCapText(budget)} you set for them.`);
  } else if (budget && plan.feasible) gains.push(`Fits your budget: about ${usd(plan.costPp)} per person against your ${usd(budgetOver(budget, plan.nights, plan.permitPp))}.`);
  if (f.price_season === 'low' || f.price_season === 'shoulder') gains.push(`${cap(f.price_season)}-season prices in ${monthName(plan.month)}.`);
}

function planLosses(plan: Plan, ctx: TripContext, losses: string[]): void {
  for (const b of plan.dropped) losses.push(droppedText(b, ctx));
  const lead = mainStop(plan);
  if (!lead) return;
  const f = lead.dest.months[plan.month - 1]!;
  if (f.note && !favourable(f)) losses.push(`${monthName(plan.month)} ${inPlace(lead.dest)}: ${f.note}.`);
  if (f.price_season === 'peak' || f.price_season === 'high') losses.push(`${cap(f.price_season)}-season prices in ${monthName(plan.month)}.`);
  if (f.crowding >= 4) losses.push(`Busy: crowding ${f.crowding}/5 in ${monthName(plan.month)}, so expect ${BUSY_MEANS[lead.dest.kind]}.`);
  if (f.rain === 'moderate' || f.rain === 'heavy') losses.push(`${cap(f.rain)} rain in ${monthName(plan.month)}: slower roads and some lost hours.`);
  const longest = plan.stops.reduce<PlannedStop | undefined>((a, s) => (s.driveIn > (a?.driveIn ?? 0) ? s : a), undefined);
  if (longest && longest.driveIn >= 3) losses.push(`A ${hours(longest.driveIn)} drive from ${shortName(longest.from)} to ${placeName(longest.dest)}.`);
  if (plan.stops.some((s) => s.transfer === 'flight')) losses.push('Light-aircraft flights add cost that is not in the estimate.');
  if (plan.month === ctx.month && ctx.daysAhead < DEFAULTS.shortNoticeDays) losses.push(`Short notice: good lodges may already be full for ${monthName(plan.month)}.`);
  const long = plan.stops.find((s) => s.nights > s.dest.nights.max);
  if (long) losses.push(`${nightsText(long.nights)} is more than most visitors spend ${inPlace(long.dest)} (about ${long.dest.nights.max}).`);
  const soft = plan.stops.find((s) => s.dest.min_age && s.dest.kind !== 'gorilla_trek' && ctx.youngestChild !== undefined && ctx.youngestChild < s.dest.min_age.age);
  if (soft) losses.push(`Children under ${soft.dest.min_age!.age} cannot join ${soft.dest.min_age!.activity.split(' (')[0]} ${inPlace(soft.dest)}.`);
}

/** What a later window gains over the current one, in the pack's numbers. */
function windowGains(now: Plan, later: Plan): string[] {
  const out: string[] = [];
  const a = mainStop(later);
  if (!a) return out;
  const f = a.dest.months[later.month - 1]!;
  const g = a.dest.months[now.month - 1]!;
  if (g.closed) out.push(`${cap(placeName(a.dest))} is open in ${monthName(later.month)}; most of it is closed in ${monthName(now.month)}.`);
  else if (f.wildlife > g.wildlife) {
    const what = a.dest.kind === 'safari' ? 'Game viewing' : 'The main draw';
    out.push(`${what} ${inPlace(a.dest)} rates ${f.wildlife}/5 in ${monthName(later.month)} against ${g.wildlife}/5 in ${monthName(now.month)}.`);
  }
  if (f.migration !== 'none' && g.migration === 'none') out.push(`The migration is ${inPlace(a.dest)} in ${monthName(later.month)}, not in ${monthName(now.month)}.`);
  if (rainRank(f) < rainRank(g)) out.push(`Less rain: ${f.rain} in ${monthName(later.month)} against ${g.rain} in ${monthName(now.month)}.`);
  return out;
}

/** "walking safaris … need", "gorilla trekking … needs": the verb agrees with the activity. */
function plural(what: string): boolean {
  return /[^s]s$/.test(what);
}

/** Why a place cannot work, as a clause ("Bwindi's gorilla permits need age 15 and your youngest is 10"). */
/** The permit cap in the traveler's own currency when it was not dollars ("EUR 1,000 (about $1,160)"), per person. */
function capSaid(haveUsd: number, ctx: TripContext): string {
  const i = ctx.inputs;
  if (i.budget_currency === undefined || i.budget_currency === 'USD' || i.budget_amount === undefined || i.budget_basis === 'total') return usd(haveUsd);
  return `${money(i.budget_amount, i.budget_currency)} (about ${usd(haveUsd)})`;
}

export function blockerText(b: Blocker | undefined, ctx: TripContext): string {
  if (!b) return 'nothing fits your constraints';
  switch (b.kind) {
    case 'closed':
      return b.activity ? `${b.activity} ${inPlace(b.dest)} is closed in ${monthName(b.month)}` : `${placeName(b.dest)} is largely closed in ${monthName(b.month)}`;
    case 'min_age': {
      const what = b.activity.split(' (')[0]!;
      return `${what} ${inPlace(b.dest)} ${plural(what) ? 'need' : 'needs'} age ${b.age} and your youngest is ${b.youngest}`;
    }
    case 'max_age': {
      const what = b.activity.split(' (')[0]!;
      // "you are 68" only of a traveler alone; in a party the limit binds its oldest member.
      const who = b.solo ? `you are ${b.oldest}` : `your oldest traveler is ${b.oldest}`;
      return `${what} ${inPlace(b.dest)} ${plural(what) ? 'take' : 'takes'} no one over ${b.age}, and ${who}`;
    }
    case 'drive':
      return b.noFlights
        ? `${placeName(b.dest)} is ${hours(b.hours)} by road without light aircraft, more than your ${hours(b.tolerance)} a day`
        : `${placeName(b.dest)} is ${hours(b.hours)} by road with no usual fly-in, more than your ${hours(b.tolerance)} a day`;
    case 'no_link':
      return `${placeName(b.dest)} has no practical connection to the rest of the route`;
    case 'no_fit': {
      // Animals living wild nowhere in Africa (tigers, polar bears): said as a fact of the continent, not of one park.
      const elsewhere = (b.animals ?? []).filter((a) => (NOT_IN_AFRICA as readonly string[]).includes(a));
      if (elsewhere.length > 0) return `${joinAnd(elsewhere.map((a) => ANIMAL_LABEL[a]))} live wild nowhere in Africa, so no safari we plan can show them`;
      if (b.away && b.animals && b.animals.length > 0) {
        return `in ${monthName(ctx.month)} the ${joinAnd(b.animals.map((a) => ANIMAL_LABEL[a]))} of ${placeName(b.dest)} scatter away from where visitors see them`;
      }
      if (b.animals && b.animals.length > 0) {
        const none = joinOr(b.animals.map((a) => ANIMAL_LABEL[a]));
        return b.named ? `${placeName(b.dest)} has no ${none}` : `the places open to you, such as ${placeName(b.dest)}, have no ${none}`;
      }
      const what = b.wants.length > 0 ? joinAnd(b.wants.map((p) => priorityLabel(p, ctx.inputs.migration_phase))) : 'what you asked for';
      if (!b.named) return `the places open to you, such as ${placeName(b.dest)}, do not offer ${what}`;
      // A place known for it, in the wrong month: say what the month is like there.
      const usual = b.wants.some((p) => (b.dest.strengths[p] ?? 0) >= 4);
      const f = b.dest.months[ctx.month - 1]!;
      return usual && f.note
        ? `${monthName(ctx.month)} is a poor month for ${what} ${inPlace(b.dest)} (${noteInBrackets(f.note, b.dest)})`
        : `${placeName(b.dest)} does not offer ${what} in ${monthName(ctx.month)}`;
    }
    case 'no_room':
      return `${placeName(b.dest)} does not fit: ${ctx.nights !== undefined ? `${nightsText(ctx.nights)} at a ${ctx.pace} pace` : `a ${ctx.pace} pace`} allows ${b.stops === 1 ? 'one stop' : `${b.stops} stops`}`;
    case 'budget':
      // A cap on the permits alone rules a place out only by its permits (rules/budget.ts).
      if (ctx.inputs.budget_permits_only === true && ctx.inputs.budget_amount !== undefined && !ctx.inputs.budget_excludes_permits) return `the permits ${b.where.includes(' and ') ? `on a route through ${b.where}` : `in ${b.where}`} cost more than the ${capSaid(b.have, ctx)} per person you set for them`;
      return `even budget lodges ${b.where.includes(' and ') ? `on a route through ${b.where}` : `in ${b.where}`} cost about ${usd(b.need)} per person for ${nightsText(b.nights)}, above your ${usd(b.have)}`;
  }
}

function droppedText(b: Blocker, ctx: TripContext): string {
  const clause = blockerText(b, ctx);
  return `Left out: ${clause}.`;
}

function placeNames(plan: Plan): string {
  const names = (plan.stops.length > 0 ? plan.stops.map((s) => placeName(s.dest)) : []).join(' and ');
  return names || 'your choice';
}

function joinOr(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`;
}

function favourable(f: MonthFacts): boolean {
  return f.wildlife >= 4 && (f.rain === 'dry' || f.rain === 'light') && !f.closed;
}

function rainRank(f: MonthFacts): number {
  return f.rain === 'dry' ? 0 : f.rain === 'light' ? 1 : f.rain === 'moderate' ? 2 : 3;
}

/** The gateway's short name ("Nairobi" from "Nairobi (Wilson Airport …)"). */
export function shortName(s: string): string {
  const cut = s.search(/[(;,]/);
  return (cut > 0 ? s.slice(0, cut) : s).trim();
}

function cap(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}
