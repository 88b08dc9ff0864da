import { describe, expect, it } from 'vitest';
import { x } from './helpers';

describe('budget', () => {
  it('reads symbols, codes, k and basis', () => {
    expect(x('$5k per person')).toMatchObject({ budget_amount: 5000, budget_currency: 'USD', budget_basis: 'per_person' });
    expect(x('€8,000 total')).toMatchObject({ budget_amount: 8000, budget_currency: 'EUR', budget_basis: 'total' });
    expect(x('KES 400k')).toMatchObject({ budget_amount: 400000, budget_currency: 'KES' });
    expect(x('under 3000 pounds each')).toMatchObject({ budget_amount: 3000, budget_currency: 'GBP', budget_basis: 'per_person' });
    expect(x('budget around 10 grand for the two of us')).toMatchObject({ budget_amount: 10000, budget_basis: 'total' });
  });

  it('keeps the top of a range', () => {
    expect(x('somewhere between $4k and $6k each')).toMatchObject({ budget_amount: 6000, budget_basis: 'per_person' });
  });

  it('does not read ages, counts, years or hours as money', () => {
    const e = x('2 adults, kids aged 8 and 11, August 2027, 10 days, max 3 hours driving');
    expect(e.budget_amount).toBeUndefined();
  });

  it('leaves a per-night rate out of the trip budget', () => {
    expect(x('about $400 per night').budget_amount).toBeUndefined();
  });

  it('takes the corrected amount', () => {
    expect(x('$4000 each, actually $4500 each').budget_amount).toBe(4500);
  });
});
