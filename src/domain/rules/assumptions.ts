import type { Assumption } from '../entities';
import type { BudgetResolution } from './budget';
import { birthdayDay, lastDayOf } from './ages';
import { daysFromCivil, monthName } from './calendar';
import type { Choice } from './choose';
import type { Frame } from './frame';
import type { TripContext } from './context';
import { bindingAge, hardMinAge } from './pack-tables';
import { ACTIVITY_NAMES, type Plan } from './plan';
import { TIER_LABEL, inPlace, placeName, priorityLabel, hours, joinAnd, money, nightsText, usd } from './format';

const TIER_TITLE = { budget: 'Budget', fair_value: 'Fair-value', premium: 'Premium' } as const;

/** Most assumptions a decision lists (the doctrine asks for 2–5). */
const MAX_ASSUMPTIONS = 5;

/** An assumption before numbering; `filled` marks a value assumed in place of a missing input. */
export type AssumptionDraft = { text: string; confidence: number; filled: boolean };

/**
 * Every value the rules assumed in place of a missing input, each stated so the traveler
 * can correct it, then background assumptions the verdict rests on until there are at
 * least two. Never more than five: the least certain are kept apart, the rest merged.
 */
export function assumptionsFor(ctx: TripContext, frame: Frame, choice: Choice, budget: BudgetResolution, monthSaid = true): AssumptionDraft[] {
  const plan = choice.outcome === 'discard' ? choice.current : choice.plan;
  const out: AssumptionDraft[] = [];
  const lead = plan.stops[0]?.dest;

  let ageLimit: { age: number; activity: string } | undefined;
  if (ctx.children > 0 && !ctx.childAges) for (const s of plan.stops) ageLimit ??= hardMinAge(s.dest);
  if (ctx.assumed.group) {
    const kids = ctx.children > 0 ? ` with ${ctx.children === 1 ? 'one child' : `${ctx.children} children`}` : ' and no children';
    out.push({ text: `You are 2 adults${kids}.`, confidence: 0.6, filled: true });
  }
  if (ctx.children > 0 && !ctx.childAges && ageLimit) {
    out.push({ text: `Every child will be at least ${ageLimit.age} on the day of the ${ageLimit.activity.split(' (')[0]}.`, confidence: 0.4, filled: true });
  }
  const birthday = birthdayInTrip(ctx, plan);
  if (birthday) out.push(birthday);
  const sitOut = sitsOut(ctx, plan);
  if (sitOut) out.push(sitOut);
  // The pace is stated once: with the assumed length when there is one, else with the drive limit, else alone.
  let paceSaid = !ctx.assumed.pace || plan.stops.length === 0;
  if (ctx.assumed.duration && plan.nights > 0) {
    const where = plan.stops.length > 1 ? 'this route' : lead ? placeName(lead) : 'this trip';
    out.push({ text: `A trip of about ${nightsText(plan.nights)}, typical for ${where}${paceSaid ? '' : ' at a balanced pace'}.`, confidence: 0.6, filled: true });
    paceSaid = true;
  }
  if (budget.kind === 'none' && plan.stops.length > 0) {
    out.push({ text: `${TIER_TITLE[plan.tier]} lodges suit you: about ${usd(plan.costPp)} per person for the land trip.`, confidence: 0.6, filled: true });
  } else if (budget.kind === 'unconvertible') {
    // XXX: pesos with no country said (currencies.ts): which peso is the question to ask.
    const which = budget.currency === 'XXX' ? 'pesos of a country you did not name (tell us which: MXN, COP, ARS, CLP, PHP…)' : budget.currency;
    out.push({ text: `Your budget in ${which} was not weighed: we could not convert it, so we planned ${TIER_LABEL[plan.tier]} lodges.`, confidence: 0.5, filled: true });
  } else if (budget.kind === 'known' && (budget.budget.assumedBasis || budget.budget.assumedCurrency)) {
    const b = budget.budget;
    const basis = b.stated.basis === 'total' ? 'for the whole group' : 'per person';
    const amount = b.assumedCurrency ? `${b.stated.amount} is in US dollars` : `${money(b.stated.amount, b.stated.currency)} is ${basis}`;
    const both = b.assumedCurrency && b.assumedBasis ? ` and ${basis}` : b.assumedCurrency ? ` (${basis})` : '';
    out.push({ text: `Your budget of ${amount}${both}, for the trip on the ground.`, confidence: 0.5, filled: true });
  }
  if (ctx.assumed.tolerance && plan.stops.length > 0) {
    const drive = ctx.reach.flights ? `You accept up to ${hours(ctx.tolerance)} of driving on a travel day` : 'You would rather drive than fly in light aircraft, however long the road';
    out.push({ text: `${drive}${paceSaid ? '' : ', at a balanced pace'}.`, confidence: 0.7, filled: true });
    paceSaid = true;
  }
  if (!paceSaid) out.push({ text: 'You prefer a balanced pace: a few nights in each place rather than a move every day.', confidence: 0.7, filled: true });
  const point = frame.inferred && lead ? frame.inSeason.find((d) => plan.stops.some((s) => s.dest === d)) : undefined;
  const asked = point ? point.activities?.find((a) => ctx.inputs.activities?.includes(a.id) && a.months?.includes(plan.month)) : undefined;
  if (point && asked) {
    // The activity decided the month (choose.ts activityPoint): say so, rather than a draw that was not weighed.
    out.push({ text: `You come to ${placeName(point)} for ${ACTIVITY_NAMES[asked.id]}, which is in season in ${monthName(plan.month)}; its usual draw was not held against that month.`, confidence: 0.6, filled: true });
  } else if (frame.inferred && frame.priorities.length > 0 && lead) {
    out.push({ text: `You want ${placeName(frame.named[0]!)} mainly for ${joinAnd(frame.priorities.map((p) => priorityLabel(p, frame.phase)))}.`, confidence: 0.6, filled: true });
  }
  if (choice.outcome === 'wait' && ctx.assumed.flexibility) {
    out.push({ text: `You can move the trip by up to ${ctx.flexMonths} months.`, confidence: 0.5, filled: true });
  }
  if (ctx.assumed.year) {
    out.push({ text: `You mean ${monthName(ctx.month)} ${ctx.year}, the next ${monthName(ctx.month)} from today.`, confidence: 0.8, filled: true });
  }

  if (out.length < 2) for (const extra of background(ctx, plan, budget, monthSaid)) if (out.length < 2) out.push(extra);
  return out.length > MAX_ASSUMPTIONS ? capped(out) : out;
}

/**
 * A child who reaches a stop's minimum age during the trip's month ("turns 15 on 10
 * January", a January trek): the plan holds only if the activity comes after that day.
 */
function birthdayInTrip(ctx: TripContext, plan: Plan): AssumptionDraft | undefined {
  const ages = ctx.inputs.child_ages;
  const birthdays = ctx.inputs.child_birthdays;
  if (!ages?.length || !birthdays?.length || ctx.inputs.start_date) return undefined;
  const from = daysFromCivil(ctx.year, plan.month, 1);
  for (const s of plan.stops) {
    const limit = bindingAge(s.dest, ctx.priorities);
    if (!limit) continue;
    const b = birthdays.find((x) => x.age === limit.age && ages.includes(limit.age - 1) && birthdayDay(x) >= from && birthdayDay(x) <= lastDayOf(ctx.year, plan.month));
    if (b) {
      const activity = limit.activity.split(' (')[0]!.toLowerCase();
      return { text: `The ${activity} is on or after ${b.day ?? 1} ${monthName(b.month)}, when your child is ${limit.age}.`, confidence: 0.6, filled: true };
    }
  }
  return undefined;
}

/** Background assumptions that are still falsifiable: the season behaves as usual, the budget excludes flights. */
function background(ctx: TripContext, plan: Plan, budget: BudgetResolution, monthSaid: boolean): AssumptionDraft[] {
  const lead = plan.stops[0]?.dest;
  const out: AssumptionDraft[] = [];
  if (lead) {
    const f = lead.months[plan.month - 1]!;
    out.push({ text: `${monthName(plan.month)} ${inPlace(lead)} follows its usual pattern: ${f.rain === 'dry' ? 'dry weather' : `${f.rain} rain`}, crowding ${f.crowding}/5, ${f.price_season} prices.`, confidence: 0.75, filled: false });
  }
  if (budget.kind === 'known') out.push({ text: 'Your budget is for the trip on the ground; international flights are extra.', confidence: 0.7, filled: false });
  else out.push({ text: 'Prices stay close to the pack’s current floors; they are estimates, not quotes.', confidence: 0.7, filled: false });
  // With no month said, the context's month is only the one the rules tried: naming it would state a plan nobody made.
  out.push({ text: monthSaid ? `Your plans for ${monthName(ctx.month)} ${ctx.year} hold as you described them.` : 'Your plans hold as you described them.', confidence: 0.8, filled: false });
  return out;
}

function capped(list: AssumptionDraft[]): AssumptionDraft[] {
  if (list.length <= MAX_ASSUMPTIONS) return list;
  const keep = list.slice(0, MAX_ASSUMPTIONS - 1);
  const rest = list.slice(MAX_ASSUMPTIONS - 1);
  keep.push({
    text: rest.map((a) => a.text).join(' ').slice(0, 400),
    confidence: Math.min(...rest.map((a) => a.confidence)),
    filled: rest.some((a) => a.filled),
  });
  return keep;
}

/** Numbers the drafts as the decision's assumptions (a1, a2 …). */
export function toAssumptions(drafts: readonly AssumptionDraft[]): Assumption[] {
  return drafts.map((a, k) => ({ id: `a${k + 1}`, text: a.text, confidence: a.confidence }));
}

/**
 * A named add-on a child is too young for that the place keeps open (`skippable`: the balloon flight from 7): the plan
 * goes ahead and says plainly who stays on the ground, so no child is planned into it under its age.
 */
function sitsOut(ctx: TripContext, plan: Plan): AssumptionDraft | undefined {
  const ages = ctx.childAges;
  if (!ages?.length || !ctx.inputs.activities?.length) return undefined;
  for (const s of plan.stops) {
    for (const a of s.dest.activities ?? []) {
      if (!a.skippable || a.min_age === undefined || !ctx.inputs.activities.includes(a.id)) continue;
      const young = ages.filter((n) => n < a.min_age!);
      if (young.length === 0) continue;
      const who = young.length === 1 ? `your ${young[0]}-year-old stays` : `your children aged ${joinAnd(young.map(String))} stay`;
      return { text: `${ACTIVITY_NAMES[a.id][0]!.toUpperCase()}${ACTIVITY_NAMES[a.id].slice(1)} in ${placeName(s.dest)} takes children from ${a.min_age} only: ${who} on the ground with an adult.`, confidence: 0.7, filled: true };
    }
  }
  return undefined;
}
