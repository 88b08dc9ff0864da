import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { resolveContext } from '../../../src/domain/rules/context';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const verdict = (i: TripInputs) => decide(i, pack, NOW).content.verdict;
// A week in Kruger in the dry winter for four, $2,200 in total: about $550 each, under an adult's budget floor for 7 nights.
const trip: TripInputs = { destinations: ['kruger'], month: 7, duration_days: 8, flexible_dates: false, budget_amount: 2200, budget_currency: 'USD', budget_basis: 'total' };

describe('children under 12 pay about half an adult’s nightly cost', () => {
  it('a family with young children fits a budget four adults would not', () => {
    expect(verdict({ ...trip, adults: 4 }).outcome).toBe('discard');
    expect(verdict({ ...trip, adults: 2, children: 2, child_ages: [5, 8] }).outcome).toBe('book');
  });

  it('teenagers, and children of unknown age, are priced as adults (never a budget called enough on a guess)', () => {
    expect(verdict({ ...trip, adults: 2, children: 2, child_ages: [13, 15] }).outcome).toBe('discard');
    expect(resolveContext({ ...trip, adults: 2, children: 2 }, NOW).costShare).toBe(1);
  });

  it('the share is the party average: two adults and two young children are three adults’ cost', () => {
    expect(resolveContext({ ...trip, adults: 2, children: 2, child_ages: [4, 10] }, NOW).costShare).toBeCloseTo(0.75);
    expect(resolveContext({ ...trip, adults: 2 }, NOW).costShare).toBe(1);
  });

  it('does not halve a gorilla permit (the permit is per trekker and children under 15 cannot trek)', () => {
    // Permits are added whole: the Volcanoes floor for two adults and a 16-year-old still holds three $1,500 permits.
    const v = verdict({ destinations: ['volcanoes'], month: 7, duration_days: 4, flexible_dates: false, adults: 2, children: 1, child_ages: [16], budget_amount: 4500, budget_currency: 'USD', budget_basis: 'total' });
    expect(v.outcome).not.toBe('book');
  });
});
