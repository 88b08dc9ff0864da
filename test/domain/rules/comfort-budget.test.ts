import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const verdict = (i: TripInputs) => decide(i, pack, NOW).content.verdict;

describe('a luxury trip the budget cannot buy', () => {
  it('is discarded with the floor named, not moved to mid-range lodges elsewhere', () => {
    // $1,800 for two in the Delta's high season: even its cheapest way in is over, and a cheaper park's mid-range lodge is not the luxury asked for.
    const v = verdict({ destinations: ['okavango_delta'], month: 7, flexible_dates: false, adults: 2, priorities: ['comfort'], budget_amount: 1800, budget_currency: 'USD', budget_basis: 'total' });
    expect(v.outcome).toBe('discard');
    expect(v.summary).toMatch(/\$1,800 per person/);
  });

  it('still switches a comfort trip whose named place is closed, to the best standard the budget reaches', () => {
    // Closure, not money, rules the named park out: a good lodge at an open park is a rescue.
    const v = verdict({ destinations: ['south_luangwa'], month: 2, flexible_dates: false, adults: 2, priorities: ['comfort'], budget_amount: 1500, budget_currency: 'USD', budget_basis: 'per_person' });
    expect(v.outcome).toBe('switch');
  });
});
