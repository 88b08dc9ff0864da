import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { mergeTripInputs } from '../../../src/domain/merge-trip-inputs';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const outcome = (i: TripInputs) => {
  const r = decide(i, pack, NOW);
  return r.kind === 'issued' ? r.content.verdict.outcome : 'refused';
};

describe('a budget said per day or per night, with no trip length yet', () => {
  it('is counted over each plan’s own stay: under every floor it is a discard, over it a book', () => {
    const base: TripInputs = { countries: ['BW'], excluded_destinations: ['kruger', 'etosha', 'victoria_falls', 'south_luangwa'], month: 8, adults: 2 };
    // Botswana's cheapest floor is about $120 a night: $40 a day never reaches it, whatever the month.
    expect(outcome({ ...base, budget_rate: { amount: 40, currency: 'USD', basis: 'per_person', per: 'day' } })).toBe('discard');
    expect(outcome({ ...base, budget_rate: { amount: 900, currency: 'USD', basis: 'per_person', per: 'day' } })).toBe('book');
  });

  it('moves a traveler to a place it affords rather than book one it does not', () => {
    // In August the Delta's floor is $450 a night, Chobe's $180: $240 a night books Chobe with room to spare, not the Delta
    // (a rate at Chobe's floor itself is no rescue: budget-rescue.test.ts).
    const outsideBotswana = [...pack.byId.values()].filter((d) => d.country !== 'BW').map((d) => d.id);
    const r = decide({ destinations: ['okavango_delta'], countries: ['BW'], excluded_destinations: outsideBotswana, month: 8, adults: 2, budget_rate: { amount: 240, currency: 'USD', per: 'night' } }, pack, NOW);
    expect(r.kind === 'issued' && r.content.verdict.outcome).toBe('switch');
    expect(r.content.verdict.headline).toContain('Chobe');
    expect(r.content.verdict.summary).toContain('$240 per person a night');
  });

  it('shares a rate for the whole party between them', () => {
    const forAll: TripInputs = { destinations: ['kruger'], month: 7, group_size: 4, adults: 4, budget_rate: { amount: 400, currency: 'USD', basis: 'total', per: 'day' } };
    // $400 a day for four is $100 each: above Kruger's $90 floor, far under a fair-value lodge.
    const r = decide(forAll, pack, NOW);
    expect(r.kind === 'issued' && r.itinerary?.lodging_tiers).toEqual(['budget']);
  });

  it('is replaced by a trip budget said later, and replaces one said earlier', () => {
    const rate = mergeTripInputs({}, { budget_rate: { amount: 300, currency: 'USD', per: 'day' } });
    const total = mergeTripInputs(rate, { budget_amount: 6000, budget_currency: 'USD', budget_basis: 'total' });
    expect(total.budget_rate).toBeUndefined();
    expect(total.budget_amount).toBe(6000);
    const again = mergeTripInputs(total, { budget_rate: { amount: 200, currency: 'EUR', per: 'night' } });
    expect(again.budget_amount).toBeUndefined();
    expect(again.budget_rate).toEqual({ amount: 200, currency: 'EUR', per: 'night' });
  });
});
