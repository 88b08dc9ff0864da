import { describe, expect, it } from 'vitest';
import { easter } from '../../../src/agent/local-model/calendar';
import { NOW, x } from './helpers';

describe('dates', () => {
  it('reads month names, abbreviations and misspellings', () => {
    expect(x('thinking of going in aug').month).toBe(8);
    expect(x('Sept works for us').month).toBe(9);
    expect(x('early Febuary').month).toBe(2);
    expect(x('around mid-July').month).toBe(7);
  });

  it('does not read the verb "may" or the Mara as a month', () => {
    expect(x('we may go to the Mara').month).toBeUndefined();
    expect(x('we are going in May').month).toBe(5);
  });

  it('leaves the year out of a bare month but sets it for "next July" and stated years', () => {
    expect(x('in July').year).toBeUndefined();
    expect(x('next July')).toMatchObject({ month: 7, year: 2027 });
    expect(x('August 2028')).toMatchObject({ month: 8, year: 2028 });
    expect(x('sometime next year, maybe October')).toMatchObject({ month: 10, year: 2027 });
  });

  it('reads ISO, day-first numeric and written dates, with ranges and spans', () => {
    expect(x('2027-03-02 to 2027-03-09')).toMatchObject({ start_date: '2027-03-02', end_date: '2027-03-09', duration_days: 8, month: 3, year: 2027 });
    expect(x('from 05/08/2027 until 12/08/2027')).toMatchObject({ start_date: '2027-08-05', end_date: '2027-08-12' });
    expect(x('June 3rd - June 10th')).toMatchObject({ start_date: '2027-06-03', end_date: '2027-06-10', duration_days: 8 });
    expect(x('10-17 October')).toMatchObject({ start_date: '2027-10-10', end_date: '2027-10-17' });
  });

  it('reads a numeric date month-first only when day-first is impossible or the traveler writes in dollars', () => {
    expect(x('starting 03/04/2027').start_date).toBe('2027-04-03');
    expect(x('starting 04/25/2027').start_date).toBe('2027-04-25');
    expect(x('starting 03/04/2027, budget $5000').start_date).toBe('2027-03-04');
  });

  it('rolls a range over the new year', () => {
    expect(x('28 Dec to 4 Jan')).toMatchObject({ start_date: '2026-12-28', end_date: '2027-01-04', duration_days: 8 });
  });

  it('computes dates relative to now', () => {
    expect(x('we want to leave in 2 weeks')).toMatchObject({ start_date: '2026-12-05', month: 12, year: 2026 });
    expect(x('this Christmas')).toMatchObject({ month: 12, year: 2026 });
    expect(x('over Easter').month).toBe(easter(2027)[0]);
  });

  it('does not treat a trip length as a start date', () => {
    const e = x('for three weeks');
    expect(e.start_date).toBeUndefined();
    expect(e.duration_days).toBe(21);
  });

  it('ignores negated and past months', () => {
    expect(x('not in April, that is the rainy season').month).toBeUndefined();
    expect(x('we went last July').month).toBeUndefined();
  });

  it('computes Easter correctly', () => {
    expect(easter(2027)).toEqual([3, 28]);
    expect(easter(2026)).toEqual([4, 5]);
  });

  it('is deterministic for the same text and now', () => {
    expect(x('Mara 14 Jul – 28 Jul, 2 adults', undefined, NOW)).toEqual(x('Mara 14 Jul – 28 Jul, 2 adults', undefined, NOW));
  });
});
