import { describe, expect, it } from 'vitest';
import { x } from './helpers';

describe('dates said to be the only ones the traveler has', () => {
  it.each([
    'Ruaha in October, the only time we can get away from the farm',
    'South Luangwa in June 2027 is our only window, 2 adults',
    'the first week of May is the only chance we have, Kenya please',
  ])('are fixed: %s', (text) => {
    expect(x(text).flexible_dates).toBe(false);
  });

  it('but "the only thing we want" is no word about dates', () => {
    expect(x('Chobe in August, elephants are the only thing we want').flexible_dates).toBeUndefined();
  });
});
