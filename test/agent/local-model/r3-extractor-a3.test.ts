import { describe, expect, it } from 'vitest';
import { x } from './helpers';
import { fuzzyTripWord, plausibleSlip } from '../../../src/agent/local-model/lexicon';
import { viewedPlaces } from '../../../src/agent/local-model/landmarks';

// Round 3, engineer A3: regressions the two reviews found in the extractor, in phrasings of our own.

describe('the typo reader only mends plausible slips, never a real English word', () => {
  it('leaves inflected words a letter or two from a safari word alone', () => {
    expect(fuzzyTripWord('calming')).toBeUndefined();
    expect(fuzzyTripWord('migrating')).toBeUndefined();
    expect(fuzzyTripWord('photographed')).toBeUndefined();
    expect(fuzzyTripWord('leotard')).toBeUndefined();
  });

  it('still mends slips of the keyboard or of the ear', () => {
    expect(fuzzyTripWord('calfing')).toBe('calving');
    expect(fuzzyTripWord('leapards')).toBe('leopards');
    expect(fuzzyTripWord('migraton')).toBe('migration');
    expect(fuzzyTripWord('elefants')).toBe('elephants');
    expect(fuzzyTripWord('wildebeast')).toBe('wildebeest');
  });

  it('judges a letter swap by the keyboard and the sound', () => {
    expect(plausibleSlip('s', 'd')).toBe(true);
    expect(plausibleSlip('f', 'v')).toBe(true);
    expect(plausibleSlip('e', 'a')).toBe(true);
    expect(plausibleSlip('m', 'v')).toBe(false);
    expect(plausibleSlip('t', 'p')).toBe(false);
  });

  it('does not turn a wish for calm, or for birds on the move, into the migration', () => {
    expect(x('Tarangire in September 2027, 2 of us, something calming and slow please.').priorities ?? []).not.toContain('migration');
    expect(x('Kruger in June 2027, we hope to spot migrating storks.').priorities ?? []).not.toContain('migration');
    expect(x('Serengeti in February 2027 for the calfing season.').priorities).toContain('migration');
  });
});

describe('a month said after one ruled out with a bare comma replaces it', () => {
  it('moves the trip to the month named after the comma', () => {
    expect(x('Oops, not June, September.', { month: 6 }).month).toBe(9);
    expect(x('Kruger, 2 adults, any month except March, February works for us.').month).toBe(2);
  });

  it('still rules out every month of a list', () => {
    expect(x('Kruger in 2027, 2 adults, not April, May or June.').month).toBeUndefined();
    expect(x('Kruger in 2027, 2 adults, except April and May.').month).toBeUndefined();
    expect(x('Kruger in 2027, 2 adults, not April, May, June.').month).toBeUndefined();
  });
});

describe('fixed dates and another month said with "also" for something else', () => {
  it('is no contradiction when the month dates an event', () => {
    expect(x('Ruaha 4-11 May 2027, 2 adults, and we also have a conference to go to in September.').contradicts).toBeUndefined();
  });

  it('is no contradiction when the month is offered instead', () => {
    expect(x('Ruaha 4-11 May 2027, 2 adults, we are also available in October if it suits better.').contradicts).toBeUndefined();
  });
});

describe('a bare "also in <month>" is not a travel window', () => {
  it('keeps fixed dates fixed when a later turn dates something else', () => {
    const got = x('My sister graduates, and her party is also in September, just so you know.', { destinations: ['kruger'], month: 6, year: 2027, flexible_dates: false });
    expect(got.month).toBeUndefined();
    expect(got.flexible_dates).not.toBe(true);
    expect(got.flexible_until).toBeUndefined();
  });

  it('reads no window from a month that was ruled out', () => {
    const got = x('Etosha in May 2027, 2 adults. A family reunion happens also in July, so not then.');
    expect(got.month).toBe(5);
    expect(got.flexible_until).toBeUndefined();
  });

  it('still reads a month the traveler is free in', () => {
    expect(x('Etosha in May 2027, 2 adults, we are also free in July.').flexible_until).toEqual({ year: 2027, month: 7 });
  });
});

describe('"too steep" about a slope is not about the price', () => {
  it('reads a hill too steep for someone as no wish for value', () => {
    expect(x('Gorillas in July 2027, but the trail at Bwindi is too steep for my bad knees.').priorities ?? []).not.toContain('value');
    expect(x('Gorillas in July 2027, the climb up there is too steep.').priorities ?? []).not.toContain('value');
  });

  it('still reads a steep price as value', () => {
    expect(x('Gorillas in July 2027, the permit price is too steep.').priorities).toContain('value');
  });
});

describe('weeks counted after a month are not days', () => {
  it('gives no dates for "1st to 2nd week"', () => {
    const got = x('Ruaha in October 2027, 1st to 2nd week, 2 adults.');
    expect(got.month).toBe(10);
    expect(got.start_date).toBeUndefined();
    expect(got.end_date).toBeUndefined();
  });
});

describe('an age gap is not an age', () => {
  it('counts a sibling said to be years younger or older as no child', () => {
    const got = x('My wife, me and her brother, 9 years older than her, Kruger in June 2027.');
    expect(got.children ?? 0).toBe(0);
    expect(got.child_ages).toBeUndefined();
  });

  it('still reads a sibling given an age as a child', () => {
    expect(x('Our son of 13 and his sister, 9, Kruger in June 2027, 2 adults.').child_ages).toEqual(expect.arrayContaining([9, 13]));
  });
});

describe('Kilimanjaro as a gateway is no wish for Amboseli', () => {
  it('reads arriving, landing or staying by the mountain as no view', () => {
    expect(viewedPlaces('budget below $4,000 each, landing at kilimanjaro on 10 june')).toEqual([]);
    expect(viewedPlaces('we are based in arusha, under kilimanjaro, and want 4 days of safari')).toEqual([]);
    expect(viewedPlaces('under $3,000 per person, arriving kilimanjaro in july')).toEqual([]);
  });

  it('still reads the view of the mountain', () => {
    expect(viewedPlaces('elephants beneath mount kilimanjaro')).toEqual(['amboseli']);
  });
});
