import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const verdict = (i: TripInputs) => decide(i, pack, NOW).content.verdict;

describe('value or comfort alone says how to go, not what the named place is for', () => {
  it('a flexible traveler after a bargain in a closed month waits for the same place, not a rainy bargain elsewhere', () => {
    const v = verdict({ destinations: ['ruaha'], month: 4, flexible_dates: true, priorities: ['value'], adults: 2 });
    expect(v.outcome).toBe('wait');
    expect(v.headline).toContain('Ruaha');
  });

  it('the same holds for comfort: South Luangwa shut in February waits for the camps to reopen', () => {
    const v = verdict({ destinations: ['south_luangwa'], month: 2, flexible_dates: true, priorities: ['comfort'], adults: 2 });
    expect(v.outcome).toBe('wait');
    expect(v.headline).toContain('South Luangwa');
  });

  it('a place kept by a budget that covers it is still booked ("good value" at Kruger in August)', () => {
    expect(verdict({ destinations: ['kruger'], month: 8, flexible_dates: false, priorities: ['value'], adults: 2, budget_amount: 3000, budget_currency: 'USD', budget_basis: 'per_person' }).outcome).toBe('book');
  });

  it('a luxury safari-and-beach trip the budget reaches only the beach of is discarded for the budget, not for the beach’s lack of game', () => {
    const v = verdict({ destinations: ['masai_mara', 'zanzibar'], duration_days: 11, adults: 2, budget_amount: 1400, budget_currency: 'USD', budget_basis: 'total', priorities: ['comfort'], traveler_type: 'honeymoon', month: 9, flexible_dates: false });
    expect(v.outcome).toBe('discard');
    expect(v.summary).toMatch(/budget lodges .* cost about \$[\d,]+ per person .* above your \$700/);
    expect(v.summary).not.toMatch(/does not offer/);
  });
});
