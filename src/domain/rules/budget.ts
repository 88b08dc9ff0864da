import type { LodgingTier } from '../entities';
import type { TripInputs } from '../trip-inputs';
import type { TripContext } from './context';
import type { PackTables } from './pack-tables';

/** The traveler's budget as the rules use it: USD per person for the whole land trip. */
export type Budget = {
  perPersonUsd: number;
  /** The amount as stated, for the copy ("EUR 3,000 in total"). */
  stated: { amount: number; currency: string; basis: 'per_person' | 'total' };
  assumedBasis: boolean;
  assumedCurrency: boolean;
};

/** What the budget line resolves to: a usable budget, none stated, or a currency the pack cannot convert. */
export type BudgetResolution = { kind: 'none' } | { kind: 'unconvertible'; currency: string } | { kind: 'known'; budget: Budget };

/**
 * Converts the stated budget to USD per person through the pack's currency table. An
 * unstated basis is read as per person: the more generous reading, so a budget is never
 * called too small because of our guess.
 */
export function resolveBudget(i: TripInputs, ctx: TripContext, tables: PackTables): BudgetResolution {
  if (i.budget_amount === undefined) return { kind: 'none' };
  const currency = i.budget_currency ?? 'USD';
  const usd = tables.toUsd(i.budget_amount, currency);
  if (usd === undefined || !Number.isFinite(usd)) return { kind: 'unconvertible', currency };
  const basis = i.budget_basis ?? 'per_person';
  const perPersonUsd = basis === 'total' ? usd / Math.max(1, ctx.groupSize) : usd;
  return {
    kind: 'known',
    budget: {
      perPersonUsd,
      stated: { amount: i.budget_amount, currency, basis },
      assumedBasis: i.budget_basis === undefined,
      assumedCurrency: i.budget_currency === undefined,
    },
  };
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
export function pickTier(costs: Readonly<Record<LodgingTier, number>>, ctx: TripContext, budget: Budget | undefined): LodgingTier | undefined {
  const prefs = tierPreference(ctx);
  if (!budget) return prefs[0]!;
  for (const t of prefs) if (costs[t] <= budget.perPersonUsd) return t;
  return undefined;
}
