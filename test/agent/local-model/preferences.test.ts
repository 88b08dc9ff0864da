import { describe, expect, it } from 'vitest';
import { x } from './helpers';

describe('preferences', () => {
  it('maps phrases to priorities', () => {
    expect(x('we want to see the river crossings').priorities).toEqual(['migration']);
    expect(x('avoid crowds please').priorities).toEqual(['privacy']);
    expect(x('trek to see gorillas').priorities).toEqual(['gorillas']);
    expect(x('a walking safari and some birdwatching').priorities).toEqual(['walking', 'birding']);
    expect(x('see the big 5 and get good value').priorities).toEqual(['value', 'big_five']);
  });

  it('ignores negated priorities', () => {
    expect(x("we don't care about the beach").priorities).toBeUndefined();
    expect(x('not into birds').priorities).toBeUndefined();
  });

  it('reads pace and traveler type', () => {
    expect(x('nothing rushed, a relaxed pace').pace).toBe('slow');
    expect(x('we want to see as much as possible').pace).toBe('fast');
    expect(x('our honeymoon').traveler_type).toBe('honeymoon');
    expect(x('my first safari').traveler_type).toBe('first_time');
    expect(x("we've done several safaris").traveler_type).toBe('repeat');
  });

  it('reads a drive tolerance only when a number is given', () => {
    expect(x('no more than 3 hours in a car a day').drive_tolerance_hours).toBe(3);
    expect(x('we hate long drives').drive_tolerance_hours).toBeUndefined();
  });

  it('reads stated flexibility', () => {
    expect(x('our dates are flexible').flexible_dates).toBe(true);
    expect(x('we are not flexible').flexible_dates).toBe(false);
    expect(x('only in August').flexible_dates).toBe(false);
    expect(x('only in Kenya').flexible_dates).toBeUndefined();
  });
});
