import type { Budget } from './budget';
import { monthName } from './calendar';
import type { Choice } from './choose';
import type { Frame } from './frame';
import type { TripContext } from './context';
import { PRIORITY_LABEL, askedFor, inPlace, placeName, priorityLabel, hours, joinAnd, nightsText, usd } from './format';
import { floorsIn, type Destination } from '../knowledge-pack/schema';
import { NOT_IN_AFRICA, type MigrationPhase, type Priority } from '../trip-inputs';
import { hardMinAge } from './pack-tables';
import type { Blocker, Plan } from './plan';

const MAX_CONDITIONS = 4;

/**
 * What would change the verdict (2–4 lines): the binding constraint's threshold, the
 * input we assumed that matters most, and the nearest other option. Each names a number
 * or a place, so the traveler can check it.
 */
export function changeConditionsFor(ctx: TripContext, frame: Frame, choice: Choice, budget: Budget | undefined): string[] {
  const out: string[] = [];
  switch (choice.outcome) {
    case 'book':
      bookConditions(ctx, choice.plan, budget, out);
      break;
    case 'wait':
      out.push(`If your dates are fixed to ${monthName(ctx.month)}, we would decide for ${monthName(ctx.month)} instead of waiting.`);
      out.push(`If ${monthName(choice.plan.month)} is outside what you can manage, tell us your latest month and we will weigh it.`);
      bookConditions(ctx, choice.plan, budget, out);
      break;
    case 'switch': {
      const names = askedFor(frame.named, ctx.inputs.countries);
      const age = choice.current.feasible ? undefined : choice.current.blockers.find((b) => b.kind === 'min_age' || b.kind === 'max_age');
      // An age limit is not a trade-off to "plan anyway"; an upper one does not lift in another month.
      if (age) ageConditions(age, frame, out);
      else out.push(`If ${names} is a must, we would plan it for ${monthName(ctx.month)} and say plainly what it gives up.`);
      if (ctx.flexibility !== 'fixed' && age?.kind !== 'max_age') out.push(`If your dates can move, ${names} may work in another month: tell us how far.`);
      bookConditions(ctx, choice.plan, budget, out);
      break;
    }
    case 'discard':
      discardConditions(frame, choice.current, ctx.costShare, out, budget?.permitsOnly === true);
      break;
  }
  if (out.length < 2) out.push('If any of the assumptions above is wrong, tell us and we will decide again.');
  if (out.length < 2) out.push(`If your priorities change (for example ${PRIORITY_LABEL.privacy} over ${PRIORITY_LABEL.wildlife_density}), the best place may change.`);
  return [...new Set(out)].slice(0, MAX_CONDITIONS);
}

function bookConditions(ctx: TripContext, plan: Plan, budget: Budget | undefined, out: string[]): void {
  if (plan.stops.length === 0) return;
  const age = plan.stops.map((s) => hardMinAge(s.dest)).find((a) => a !== undefined);
  if (age && ctx.children > 0 && !ctx.childAges) {
    out.push(`If any child will be under ${age.age}, the permits are not issued and this plan no longer works.`);
  }
  // A cap on the permits alone (rules/budget.ts): the permits are what it can stop covering.
  if (budget?.permitsOnly) {
    if ((plan.permitPp ?? 0) > 0) out.push(`If what you can spend on the permits falls below about ${usd(plan.permitPp ?? 0)} per person, this plan no longer fits.`);
  } else if (budget) out.push(`If your budget falls below about ${usd(plan.floorPp)} per person (budget lodges for ${nightsText(plan.nights)}), this plan no longer fits.`);
  else out.push(`If your budget is under about ${usd(plan.floorPp)} per person for ${nightsText(plan.nights)}, we would look at cheaper places.`);
  const road = plan.stops.reduce((m, s) => Math.max(m, s.driveIn), 0);
  if (road >= 2) out.push(ctx.reach.flights ? `If you would rather not drive ${hours(road)} in a day, we would fly you in where flights exist.` : `If light aircraft become an option, flying in would spare you the ${hours(road)} drive.`);
  const flown = plan.stops.find((s) => s.roadAvoided !== undefined);
  if (flown) out.push(`If you can drive ${hours(flown.roadAvoided!)} in a day, the road transfer to ${placeName(flown.dest)} saves the flight cost.`);
}

function discardConditions(frame: Frame, current: Plan, share: number, out: string[], permitsOnly = false): void {
  for (const b of [...current.blockers, ...current.dropped]) {
    if (out.length >= 3) break;
    switch (b.kind) {
      case 'budget': {
        // A cap on the permits alone: the permits are what must fit it, not the lodges.
        if (permitsOnly) {
          out.push(`If you can spend about ${usd(current.permitPp ?? 0)} per person on the permits, ${b.where} works.`);
          break;
        }
        out.push(`If your budget reaches about ${usd(b.need)} per person, ${b.where} works at budget lodges.`);
        const lead = current.stops[0];
        if (lead && current.stops.length === 1 && !b.daily) {
          const nightly = floorsIn(lead.dest, current.month).budget * share;
          const permit = b.need - lead.nights * nightly;
          const affordable = Math.floor((b.have - permit) / nightly);
          if (affordable >= 1 && affordable < lead.nights) out.push(`If you shorten the stay to ${nightsText(affordable)}, budget lodges ${inPlace(lead.dest)} fit your budget.`);
        }
        break;
      }
      case 'min_age':
      case 'max_age':
        ageConditions(b, frame, out);
        break;
      case 'closed':
        out.push(`If you can travel when ${b.activity ?? placeName(b.dest)} is open, we would decide for that month instead.`);
        break;
      case 'drive':
        out.push(`If you can drive ${hours(b.hours)} in a day, ${placeName(b.dest)} becomes possible.`);
        break;
      case 'no_fit': {
        const window = bestWindow(b.dest, b.wants, frame.phase);
        // Nothing named to be at its best for (only animals no month brings, tigers): no month to offer.
        if (b.wants.length === 0 && (b.animals ?? []).some((a) => (NOT_IN_AFRICA as readonly string[]).includes(a))) out.push('If animals that live wild in Africa would do, tell us which and we will look again.');
        else if (window) out.push(`If you can travel in ${window}, ${placeName(b.dest)} is at its best for ${joinAnd(b.wants.map((p) => priorityLabel(p, frame.phase)))}.`);
        out.push('If other priorities would do, tell us which and we will look again.');
        break;
      }
      case 'no_link':
      case 'no_room':
        break;
    }
  }
}

/**
 * What would lift an age limit, said of what holds it: an activity the traveler named (the
 * bridge bungee) binds only that activity, so the place itself stays open without it; a
 * gorilla permit binds the trek; an upper limit never lifts with time.
 */
function ageConditions(b: Extract<Blocker, { kind: 'min_age' | 'max_age' }>, frame: Frame, out: string[]): void {
  const what = b.activity.split(' (')[0]!;
  if (b.kind === 'max_age') {
    out.push(`If ${placeName(b.dest)} without ${what} would do, tell us and we will plan it without it.`);
    if (b.named === 'wilderness_trail') out.push(`If another walking safari would do, we would look beyond ${what}.`);
    return;
  }
  if (b.named) {
    out.push(`Once your youngest is ${b.age}, ${what} ${inPlace(b.dest)} becomes possible.`);
    out.push(`If ${what} can be left out, tell us and we will plan ${placeName(b.dest)} without it.`);
    return;
  }
  out.push(`Once your youngest is ${b.age}, ${placeName(b.dest)} becomes possible.`);
  if (b.dest.kind === 'gorilla_trek') {
    if (frame.priorities.some((p) => p !== 'gorillas')) out.push('If the gorillas can wait, we can plan a family safari for the same dates.');
  } else out.push(`If ${what} can wait, tell us and we will plan ${placeName(b.dest)} without it.`);
}

/**
 * The months a place serves what the traveler wants, as text ("July to October"): for the
 * migration the months the herds are there, otherwise the open months of its best viewing.
 */
function bestWindow(d: Destination, wants: readonly Priority[], phase: MigrationPhase | undefined): string | undefined {
  const good = d.months.map((m) => !m.closed && (wants.includes('migration') ? (phase ? m.migration === phase : m.migration !== 'none') : m.wildlife >= 4));
  if (!good.some(Boolean) || good.every(Boolean)) return undefined;
  // Runs of good months, wrapping round the year end (December to February).
  const start = good.findIndex((g, i) => g && !good[(i + 11) % 12]);
  const runs: string[] = [];
  for (let k = 0; k < 12; k++) {
    const i = (start + k) % 12;
    if (!good[i] || good[(i + 11) % 12]) continue;
    let j = i;
    while (good[(j + 1) % 12] && (j + 1) % 12 !== i) j = (j + 1) % 12;
    runs.push(i === j ? monthName(i + 1) : `${monthName(i + 1)} to ${monthName(j + 1)}`);
  }
  return runs.length > 0 ? joinOr(runs) : undefined;
}

function joinOr(parts: readonly string[]): string {
  return parts.length <= 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`;
}
