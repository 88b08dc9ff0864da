import { describe, expect, it } from 'vitest';
import { x } from './helpers';

describe('a nightly or daily rate is a budget over the trip’s length', () => {
  it('per person per night, over the nights of the stay', () => {
    const e = x('Ruaha for 6 nights in September, we can do about USD 300 per person per night');
    expect(e.budget_amount).toBe(1800);
    expect(e.budget_basis).toBe('per_person');
  });

  it('a day for the two of us, over the days of the trip', () => {
    const e = x('8 days in Etosha, around €150 a day for the two of us all in');
    expect(e.budget_amount).toBe(1200);
    expect(e.budget_basis).toBe('total');
  });

  it('a rate with no length known is not a budget yet; the length from before counts', () => {
    expect(x('we can spend $200 a night').budget_amount).toBeUndefined();
    expect(x('we can spend $200 per person a night', { duration_days: 5 }).budget_amount).toBe(800);
  });
});
