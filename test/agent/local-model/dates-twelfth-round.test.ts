import { describe, expect, it } from 'vitest';
import { x } from './helpers';

// Twelfth round (dates and lengths read wrong); phrasings of our own, never a blind case.
describe('a count of places "in N days" is the trip length, not a start date', () => {
  it.each([
    ['three national parks in 9 days, two of us', 9],
    ['we hope to squeeze 5 camps in 12 days', 12],
    ['several reserves in two weeks if we can', 14],
  ])('%s', (text, days) => {
    const out = x(text);
    expect(out.duration_days).toBe(days);
    expect(out.start_date).toBeUndefined();
  });

  it('a plain "in 10 days" is still when the trip starts', () => {
    expect(x('we could leave in 10 days for the Mara').start_date).toBe('2026-12-01');
  });
});

describe('a month with a two-digit year', () => {
  it.each([
    ["Etosha in Aug '28, 6 nights", 8, 2028],
    ['Ruaha and Selous, 9 nights in June 27', 6, 2027],
    ['thinking of Kruger for Nov 29', 11, 2029],
  ])('%s', (text, month, year) => {
    const out = x(text);
    expect(out.month).toBe(month);
    expect(out.year).toBe(year);
    expect(out.start_date).toBeUndefined();
  });

  it('a day said with "on" or an ordinal stays a day', () => {
    expect(x('flying into Arusha on June 27').start_date).toBe('2027-06-27');
    expect(x('Chobe in June 27th to July 2nd').start_date).toBe('2027-06-27');
  });
});

describe('one stop put at an end of the trip: its stay is not the trip length', () => {
  it.each(['Victoria Falls after our safari for 2 nights', 'can we add Lake Manyara at the end, 3 nights?', 'adding Amboseli at the start, 2 nights'])('%s', (text) => {
    expect(x(text).duration_days).toBeUndefined();
  });

  it('a stay called the whole trip stays the trip length', () => {
    expect(x('add Zanzibar at the end, 12 nights in total').duration_days).toBe(13);
  });

  it('a single place with its stay and no end cue is the trip', () => {
    expect(x('Zanzibar for 6 nights in March').duration_days).toBe(7);
  });
});

describe('Dutch "t/m" and "tot en met" are a range to the last day', () => {
  it.each([
    ['van 3 t/m 11 juli naar Etosha', '2027-07-03', '2027-07-11', 9],
    ['wij gaan van 20 tot en met 28 februari naar Kruger', '2027-02-20', '2027-02-28', 9],
  ])('%s', (text, start, end, days) => {
    const out = x(text);
    expect(out.start_date).toBe(start);
    expect(out.end_date).toBe(end);
    expect(out.duration_days).toBe(days);
  });
});

describe('dates no longer fixed are flexible, and the exact days go', () => {
  const known = { start_date: '2027-05-04', end_date: '2027-05-12', month: 5 };
  it.each(['our dates are no longer fixed, any time works', "dates aren't fixed anymore", 'no dates fixed now, we are easy'])('%s', (text) => {
    const out = x(text, known);
    expect(out.flexible_dates).toBe(true);
    expect(out.clear_fields).toEqual(expect.arrayContaining(['start_date', 'end_date']));
    expect(out.clear_fields).not.toContain('month');
  });

  it('"no dates fixed" with nothing known is flexibility, not a fixed period', () => {
    expect(x('no dates fixed yet, Kenya for 8 days').flexible_dates).toBe(true);
  });

  it('"dates are fixed" is still fixed', () => {
    expect(x('dates are fixed, 4-11 May, Chobe').flexible_dates).toBe(false);
  });
});

describe('a bare "fortnight" is a length', () => {
  it.each(['fortnight in Zambia, South Luangwa, next July', 'thinking fortnight, Kruger then the Falls'])('%s', (text) => {
    expect(x(text).duration_days).toBe(14);
  });

  it('a fortnight from now is when, and "next fortnight" is no length', () => {
    expect(x('we could leave in a fortnight').duration_days).toBeUndefined();
    expect(x('next fortnight is hectic; Ruaha in October for 6 days').duration_days).toBe(6);
  });
});

describe('the whole timing withdrawn takes the length that was only its dates', () => {
  const known = { start_date: '2027-09-02', end_date: '2027-09-09', month: 9, year: 2027, duration_days: 8 };
  it('"we have no idea when now" clears the dates, the month and their span', () => {
    expect(x('we have no idea when now, sorry', known).clear_fields).toEqual(expect.arrayContaining(['start_date', 'end_date', 'month', 'duration_days']));
  });

  it('a length said apart from the dates stays', () => {
    expect(x('we have no idea when now', { ...known, duration_days: 12 }).clear_fields).not.toContain('duration_days');
  });

  it('only the days withdrawn ("forget the dates") keeps the month and the length', () => {
    expect(x('forget the dates, any time that month', known).clear_fields).not.toContain('duration_days');
  });
});
