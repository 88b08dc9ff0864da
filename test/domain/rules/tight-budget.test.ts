import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const verdict = (i: TripInputs) => decide(i, pack, NOW).content.verdict;
const rwanda = (each: number, more: Partial<TripInputs> = {}): TripInputs => ({ countries: ['RW'], month: 9, adults: 2, group_size: 2, priorities: ['gorillas'], budget_amount: each, budget_currency: 'USD', budget_basis: 'per_person', ...more });

describe('a budget the named place takes almost whole', () => {
  it('moves a Rwanda gorilla trek on $2,100 each to Bwindi, and says the two prices', () => {
    const v = verdict(rwanda(2100));
    expect(v.outcome).toBe('switch');
    expect(v.headline).toContain('Bwindi');
    expect(v.summary).toMatch(/Volcanoes National Park works in September, but its cheapest way in is about \$[\d,]+ per person against about \$[\d,]+ at Bwindi/);
  });

  it('keeps the named place when the money is not tight for it', () => {
    expect(verdict(rwanda(4000)).outcome).toBe('book');
  });

  it('keeps it for a traveler who asked for comfort: a cheaper place answers the budget, not the wish', () => {
    expect(verdict(rwanda(2100, { priorities: ['gorillas', 'comfort'] })).outcome).toBe('book');
  });

  it('keeps a place at its floor when nothing near is clearly cheaper for the same trip (Kruger is the cheap one)', () => {
    const v = verdict({ destinations: ['kruger'], month: 8, duration_days: 5, adults: 2, group_size: 2, budget_amount: 400, budget_currency: 'USD', budget_basis: 'per_person' });
    expect(v.outcome).toBe('book');
  });
});
