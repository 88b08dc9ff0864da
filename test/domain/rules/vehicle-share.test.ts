import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const outcome = (i: TripInputs) => decide(i, pack, NOW).content.verdict.outcome;
// Bwindi ruled out, so the price of Volcanoes itself decides (a tight budget would otherwise move them: tight-budget.test.ts).
const trek: TripInputs = { destinations: ['volcanoes'], excluded_destinations: ['bwindi'], month: 7, duration_days: 4, priorities: ['gorillas'], budget_currency: 'USD', budget_basis: 'per_person' };

describe('the road in is a vehicle the party shares', () => {
  it('the same budget each that books a pair on the gorilla trek does not book a traveler alone, who pays the whole car', () => {
    expect(outcome({ ...trek, adults: 2, group_size: 2, budget_amount: 1950 })).toBe('book');
    expect(outcome({ ...trek, adults: 1, group_size: 1, budget_amount: 1950 })).not.toBe('book');
  });

  it('a larger party splits it further: four friends at a budget a pair cannot reach', () => {
    expect(outcome({ ...trek, adults: 2, group_size: 2, budget_amount: 1860 })).not.toBe('book');
    expect(outcome({ ...trek, adults: 4, group_size: 4, budget_amount: 1860 })).toBe('book');
  });

  it('a place whose floors already carry the road charges no vehicle: a lone traveler and a pair need the same each', () => {
    const kruger: TripInputs = { destinations: ['kruger'], month: 8, duration_days: 4, budget_currency: 'USD', budget_basis: 'per_person', budget_amount: 300 };
    expect(outcome({ ...kruger, adults: 1, group_size: 1 })).toBe(outcome({ ...kruger, adults: 2, group_size: 2 }));
  });

  it('a nightly rate is a lodging budget: the one-off permit comes on top of it', () => {
    // $350 a night each covers three nights, the car and the lodge, not the $800 permit as well.
    const nightly: TripInputs = { countries: ['UG'], month: 1, adults: 2, group_size: 2, priorities: ['gorillas'], budget_rate: { amount: 350, currency: 'USD', basis: 'per_person', per: 'night' } };
    expect(outcome(nightly)).toBe('book');
    // The same money said as a trip total is all there is: the permit has to fit inside it.
    expect(outcome({ countries: ['UG'], month: 1, adults: 2, group_size: 2, priorities: ['gorillas'], budget_amount: 1050, budget_currency: 'USD', budget_basis: 'per_person', duration_days: 4 })).not.toBe('book');
  });

  it('every place with a vehicle cost cites a public daily rate for it', () => {
    for (const d of pack.pack.destinations) {
      if (d.vehicle_usd_per_day === undefined) continue;
      expect(d.sources.some((s) => /USD \d+(–\d+)? a day/.test(s.supports ?? '')), d.id).toBe(true);
      expect(d.cost_note, d.id).toMatch(/USD \d+ a day/);
    }
  });
});
