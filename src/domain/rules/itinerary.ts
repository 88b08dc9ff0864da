import type { DayPlan, ItineraryDraft, LodgingTier } from '../entities';
import type { Destination } from '../knowledge-pack/schema';
import { leastPermit } from './pack-tables';
import { monthName } from './calendar';
import type { TripContext } from './context';
import { TIER_LABEL, hours, inPlace, placeName, usd } from './format';
import { shortName } from './ledger';
import type { Plan, PlannedStop } from './plan';

const BASE_EXCLUSIONS = [
  'International flights',
  'Visas and entry fees',
  'Travel insurance',
  'Tips and gratuities',
  'Vaccinations and medical costs',
];

/**
 * The draft itinerary for a booked plan: the route with its transfers, one line per day
 * (days at each stop add up to the trip's length, and no day drives longer than the
 * traveler accepts: longer legs are flown), what the estimate covers and what it does not.
 */
export function itineraryFor(ctx: TripContext, plan: Plan, assumptions: readonly string[]): ItineraryDraft {
  const daily: DayPlan[] = [];
  for (const s of plan.stops) {
    for (let n = 0; n < s.nights; n++) {
      daily.push({
        day: daily.length + 1,
        destination_id: s.dest.id,
        summary: n === 0 ? arrivalText(s) : dayText(s.dest, n),
        drive_hours: n === 0 ? s.driveIn : 0,
      });
    }
  }
  // The last day is the journey home: a trip of N nights is N + 1 days.
  const last = plan.stops[plan.stops.length - 1]!;
  daily.push({ day: daily.length + 1, destination_id: last.dest.id, summary: `Leave ${placeName(last.dest)} for your flight home.`, drive_hours: 0 });
  const tiers: LodgingTier[] = [plan.tier];
  const risks: string[] = [];
  for (const s of plan.stops) {
    const m = s.dest.months[plan.month - 1]!;
    if (m.rain === 'moderate' || m.rain === 'heavy') risks.push(`${cap(placeName(s.dest))}: ${m.rain} rain in ${monthName(plan.month)} can slow roads and cut viewing time.`);
    if (m.crowding >= 4) risks.push(`${cap(placeName(s.dest))}: busy in ${monthName(plan.month)} (crowding ${m.crowding}/5); lodges fill early.`);
    if (s.dest.kind === 'gorilla_trek') risks.push(`${cap(placeName(s.dest))}: permits are limited and sell out; the trek day is fixed by the permit.`);
  }
  if (ctx.daysAhead < 30) risks.push('Short notice: availability is the main risk.');
  if (ctx.children > 0 && !ctx.childAges && plan.stops.some((s) => s.dest.kind === 'gorilla_trek')) {
    risks.push('Children’s ages are unknown: gorilla permits require age 15.');
  }
  risks.push('Seasons vary from year to year; the month facts are typical, not certain.');

  const inclusions = [
    `${cap(TIER_LABEL[plan.tier])} lodging with meals and park fees, as in the estimate (${usd(plan.costPp)} per person)`,
  ];
  for (const s of plan.stops) {
    const p = leastPermit(s.dest);
    if (p > 0) inclusions.push(`${cheapestPermit(s.dest)} (${usd(p)} per person)`);
  }
  if (plan.stops.some((s) => s.transfer === 'road' && s.driveIn > 0)) inclusions.push('Road transfers between the stops shown');
  const exclusions = [...BASE_EXCLUSIONS];
  if (plan.stops.some((s) => s.transfer === 'flight')) exclusions.push('Light-aircraft flights (priced on request)');

  return {
    title: `${plan.stops.map((s) => s.dest.name).join(', ')} in ${monthName(plan.month)} ${ctx.year}: ${plan.nights + 1} days`.slice(0, 160),
    duration_days: plan.nights + 1,
    pace: ctx.pace,
    route: plan.stops.map((s) => ({
      destination_id: s.dest.id,
      name: s.dest.name,
      nights: s.nights,
      lodging_tier: plan.tier,
      drive_hours_in: s.driveIn,
      transfer: s.transfer,
    })),
    lodging_tiers: tiers,
    daily_plan: daily,
    assumptions: [...assumptions],
    risks: risks.slice(0, 6),
    inclusions,
    exclusions,
    estimated_cost_usd_per_person: Math.round(plan.costPp),
  };
}

function arrivalText(s: PlannedStop): string {
  const from = shortName(s.from);
  return s.transfer === 'flight'
    ? `Fly from ${from} to ${placeName(s.dest)}; settle in.`
    : s.driveIn > 0
      ? `Drive from ${from} to ${placeName(s.dest)} (${hours(s.driveIn)}); settle in.`
      : `Arrive ${inPlace(s.dest)}; settle in.`;
}

function dayText(d: Destination, n: number): string {
  switch (d.kind) {
    case 'gorilla_trek':
      return n === 1 ? `Gorilla trek ${inPlace(d)} (permit day).` : `Rest, or a forest or community walk near ${placeName(d)}.`;
    case 'beach':
      return `Beach and sea time ${inPlace(d)}.`;
    case 'waterfall':
      return `Time at the falls and on the river around ${placeName(d)}.`;
    case 'safari':
      return `Morning and afternoon game drives ${inPlace(d)}.`;
  }
}

function cheapestPermit(d: Destination): string {
  let best = d.permits[0]!;
  for (const p of d.permits) if (p.cost_usd < best.cost_usd) best = p;
  return best.name;
}

function cap(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}
