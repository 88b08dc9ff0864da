import { describe, expect, it } from 'vitest';
import { x } from './helpers';

// Fourteenth round (K2): a month offered with a modal widens the window and keeps the trip's month;
// flexibility binds to time, never to money or places.
describe('a month offered beside the trip month', () => {
  it('reads "could do <month> instead" as a window, keeping the month said first', () => {
    expect(x('Kruger in March, but we could do Oct instead')).toMatchObject({ month: 3, flexible_dates: true, flexible_until: { month: 10 } });
  });

  it('reads abbreviated months in an offered window', () => {
    expect(x('we might go in Nov, could also do dec', undefined)).toMatchObject({ flexible_dates: true });
    expect(x('could also do Aug', { month: 6 })).toMatchObject({ flexible_dates: true, flexible_until: { month: 8 } });
  });

  it.each([
    ['Etosha im Mai, wir könnten aber auch im Juli'],
    ['Etosha en mai, nous pourrions aussi partir en juillet'],
    ['Etosha en mayo, también podemos ir en julio'],
    ['Etosha a maggio, potremmo anche andare a luglio'],
    ['Etosha em maio, também poderíamos ir em julho'],
    ['Etosha in mei, we kunnen ook in juli'],
  ])('reads the offered month as a window in %s', (said) => {
    expect(x(said)).toMatchObject({ month: 5, flexible_dates: true, flexible_until: { month: 7 } });
  });

  it('keeps a plain correction a correction', () => {
    const out = x('switch it to August', { month: 6 });
    expect(out.month).toBe(8);
    expect(out.flexible_until).toBeUndefined();
  });
});

describe('flexibility bound to time', () => {
  it.each(['flexible on the budget', "we're flexible about where we go", 'flexible with accommodation'])('%s sets no flexible dates', (said) => {
    expect(x(said).flexible_dates).toBeUndefined();
  });

  it('still reads flexibility about the dates', () => {
    expect(x('flexible on the dates').flexible_dates).toBe(true);
    expect(x("we're flexible").flexible_dates).toBe(true);
  });

  it.each([['we no longer have fixed dates'], ["we don't have fixed dates yet"], ['around August, open to moving it'], ['agosto, más o menos'], ['im August, mehr oder weniger']])('%s is flexible', (said) => {
    expect(x(said).flexible_dates).toBe(true);
  });

  it('keeps fixed dates fixed', () => {
    expect(x('we have fixed dates, 3 to 12 July').flexible_dates).toBe(false);
  });
});
