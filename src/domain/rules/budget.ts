import type { LodgingTier } from '../entities';
import type { TripInputs } from '../trip-inputs';
import type { TripContext } from './context';
import type { PackTables } from './pack-tables';

/** The traveler's budget as the rules use it: USD per person for the whole land trip (see budgetOver). */
export type Budget = {
  /** For the whole trip; with a `rate` and no length stated, for the place's typical stay (budgetOver says it per plan). */
  perPersonUsd: number;
  /** A daily or nightly amount per person ("$350 per person per day"): the trip's budget is it over the plan's days or nights. */
  rate?: { usd: number; per: 'day' | 'night' };
  /** The amount as stated, for the copy ("EUR 3,000 in total"). */
  stated: { amount: number; currency: string; basis: 'per_person' | 'total' };
  assumedBasis: boolean;
  assumedCurrency: boolean;
  /** The permits are bought apart ("permits will be bought by us"): the budget is for the rest, so the plan's permits come on top of it. */
  permitsApart?: boolean;
  /** The amount caps the permits alone ("no more than $1,000 each on the permit"): the rest of the trip is not priced against it. */
  permitsOnly?: boolean;
};

/**
 * The cap on the permits as the traveler said it, per person: "$1,000", or "EUR 1,000 (about $1,160)" when they said it in
 * another currency, so the copy never quotes a figure in a currency the traveler did not use.
 */
export function permitCapText(b: Budget): string {
  const dollars = `$${groupThousandsInt(b.perPersonUsd)}`;
  // Said for the whole group in another currency: the per-person figure is only known in dollars.
  if (b.stated.currency === 'USD' || b.stated.basis !== 'per_person') return dollars;
  return `${b.stated.currency} ${groupThousandsInt(b.stated.amount)} (about ${dollars})`;
}

/** "1,160": rounded to the nearest 10 above 100, as the rest of the copy's amounts. */
function groupThousandsInt(n: number): string {
  const r = n < 100 ? Math.round(n) : Math.round(n / 10) * 10;
  return r.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** What a permit cap leaves for the rest of the trip: no limit the traveler set (budgetOver), far above any floor in the pack. */
export const NO_LIMIT = 1e9;

/** What the budget line resolves to: a usable budget, none stated, or a currency the pack cannot convert. */
export type BudgetResolution = { kind: 'none' } | { kind: 'unconvertible'; currency: string } | { kind: 'known'; budget: Budget };

/**
 * Converts the stated budget to USD per person through the pack's currency table. An
 * unstated basis is read as per person: the more generous reading, so a budget is never
 * called too small because of our guess.
 */
export function resolveBudget(i: TripInputs, ctx: TripContext, tables: PackTables): BudgetResolution {
  // A trip budget, else one said per day or night ("$350 per person per day").
  const r = i.budget_amount === undefined ? i.budget_rate : undefined;
  const amount = r ? r.amount : i.budget_amount;
  if (amount === undefined) return { kind: 'none' };
  const currency = (r ? r.currency : i.budget_currency) ?? 'USD';
  const usd = tables.toUsd(amount, currency);
  if (usd === undefined || !Number.isFinite(usd)) return { kind: 'unconvertible', currency };
  const statedBasis = r ? r.basis : i.budget_basis;
  const basis = statedBasis ?? 'per_person';
  const perPerson = basis === 'total' ? usd / Math.max(1, ctx.groupSize) : usd;
  const rate = r ? { usd: perPerson, per: r.per } : undefined;
  return {
    kind: 'known',
    budget: {
      perPersonUsd: rate ? overNights(rate, ctx.nights ?? 0) : perPerson,
      ...(rate ? { rate } : {}),
      stated: { amount, currency, basis },
      assumedBasis: statedBasis === undefined,
      assumedCurrency: !r && i.budget_currency === undefined,
      ...(i.budget_excludes_permits ? { permitsApart: true } : {}),
      ...(i.budget_permits_only && !r && !i.budget_excludes_permits ? { permitsOnly: true } : {}),
    },
  };
}

/**
 * What the traveler can spend per person on a stay of `nights`: the trip's budget, or a
 * daily rate over its days (nights + 1) and a nightly one over its nights. A nightly rate
 * ("$400 pppn") is how lodges price a night, so one-off `permits` come on top of it; so do permits the traveler buys apart.
 */
export function budgetOver(b: Budget, nights: number, permits = 0): number {
  // A cap on the permits alone: permits within it leave the trip unlimited; permits above it are what rules the place out
  // (the cap is below the plan's floor, which holds the permits).
  if (b.permitsOnly) return permits > b.perPersonUsd ? b.perPersonUsd : NO_LIMIT;
  // Permits bought apart from the budget stated come on top of it, like a nightly rate's.
  if (!b.rate) return b.perPersonUsd + (b.permitsApart ? permits : 0);
  return overNights(b.rate, nights) + (b.rate.per === 'night' || b.permitsApart ? permits : 0);
}

function overNights(rate: NonNullable<Budget['rate']>, nights: number): number {
  return rate.usd * (rate.per === 'night' ? Math.max(1, nights) : nights + 1);
}

/**
 * Each traveler's share of the party's vehicle over a stay of `nights` at the place (`di` in the tables): a day's hire
 * per night is the floor (the day in and the day out share a day). Zero where the pack's floors already carry the road.
 */
export function vehicleShare(tables: PackTables, di: number, nights: number, ctx: TripContext): number {
  return (tables.vehicle[di]! * nights) / Math.max(1, ctx.groupSize);
}

/** Tiers in the order the traveler would want them, best first. */
export function tierPreference(ctx: TripContext): readonly LodgingTier[] {
  if (ctx.wantsPremium) return PREMIUM_FIRST;
  if (ctx.wantsValue) return VALUE_FIRST;
  return FAIR_FIRST;
}

const PREMIUM_FIRST: readonly LodgingTier[] = ['premium', 'fair_value', 'budget'];
const FAIR_FIRST: readonly LodgingTier[] = ['fair_value', 'budget'];
const VALUE_FIRST: readonly LodgingTier[] = ['fair_value', 'budget'];

/**
 * The lodging tier to plan: the traveler's preferred tier the budget covers, or, with no
 * budget, the preferred tier itself (fair value unless comfort or a honeymoon says premium).
 * Undefined when even the budget tier costs more than the budget.
 */
export function pickTier(costs: Readonly<Record<LodgingTier, number>>, ctx: TripContext, budget: Budget | undefined, nights: number, permits = 0): LodgingTier | undefined {
  const prefs = tierPreference(ctx);
  if (!budget) return prefs[0]!;
  const have = budgetOver(budget, nights, permits);
  for (const t of prefs) if (costs[t] <= have) return t;
  return undefined;
}
