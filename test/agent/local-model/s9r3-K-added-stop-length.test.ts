import { describe, expect, it } from 'vitest';
import { x } from './helpers';

describe('a length said for one stop added to the trip ("and then", "as well") is that stop\'s stay, not the trip\'s', () => {
  it('reads no trip length from an added stop', () => {
    expect(x('Ruaha in July. And then a week on the beach in Zanzibar too.').duration_days).toBeUndefined();
    expect(x('we would also like 4 nights at Victoria Falls as well').duration_days).toBeUndefined();
    expect(x('in addition, 3 days in Ngorongoro').duration_days).toBeUndefined();
  });

  it('keeps a length said of the whole trip', () => {
    expect(x('Kruger for 10 days in August').duration_days).toBe(10);
    expect(x('and then 12 days in total, Serengeti and Zanzibar').duration_days).toBe(12);
  });
});

describe('"as well as" lists places; "and then" orders them: neither marks a part', () => {
  it('keeps the trip length', () => {
    expect(x('12 days in Kruger as well as Victoria Falls in August').duration_days).toBe(12);
    expect(x('gorillas and then the coast: Rwanda + Zanzibar, 10 days').duration_days).toBe(10);
  });
});
