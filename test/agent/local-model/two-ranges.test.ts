import { describe, expect, it } from 'vitest';
import { converse, x } from './helpers';

// Twelfth round: two complete periods in one message (phrasings of our own, never a blind case).


describe('two fixed periods in one message that cannot both be the trip', () => {
  it.each([
    ['Chobe 2–9 June 2027 and also 18–25 June 2027, both dates fixed, 2 adults, $6,000 each', /2–9 June 2027/, /18–25 June 2027/],
    ['Etosha, du 3 au 10 juillet et aussi du 21 au 28 juillet 2027, les deux dates fixes, 2 adultes', /3–10 July/, /21–28 July/],
    ['Kruger vom 4. bis 11. Mai und auch vom 20. bis 27. Mai 2027, beide fest, 2 Erwachsene', /4–11 May/, /20–27 May/],
    ['our dates are fixed: 1–8 March 2027, plus 12–19 October 2027. Amboseli, 2 adults', /1–8 March/, /12–19 October/],
  ])('%s', (text, first, second) => {
    const { result, said } = converse([text]);
    expect(result.content.refusal?.reason).toBe('contradictory');
    expect(said[0]).toMatch(first);
    expect(said[0]).toMatch(second);
  });
});

describe('two periods that are no contradiction', () => {
  it('offered as alternatives ("or")', () => {
    const out = x('Chobe 2–9 June 2027 or 18–25 June 2027, dates fixed, 2 adults');
    expect(out.contradicts).toBeUndefined();
    expect(out.start_date).toBe('2027-06-02');
  });

  it('one stop after another, the second from the day the first ends', () => {
    const out = x('fixed dates: Serengeti 10–16 August 2027 and also Zanzibar 17–21 August 2027');
    expect(out.contradicts).toBeUndefined();
  });

  it('two periods with nothing said fixed', () => {
    expect(x('Kruger 2–9 June 2027 and also 18–25 June 2027 would both work').contradicts).toBeUndefined();
  });

  it('a correction between them replaces the first', () => {
    const out = x('fixed on 2–9 June 2027, actually make that 18–25 June 2027');
    expect(out.contradicts).toBeUndefined();
    expect(out.start_date).toBe('2027-06-18');
  });
});

describe('two periods offered as alternatives are a window', () => {
  it.each([
    ['Kruger 3–10 May or 14–21 June 2027, 2 adults', '2027-05-03', { year: 2027, month: 6 }],
    ['Amboseli, del 4 al 11 de octubre o del 1 al 8 de noviembre', '2027-10-04', { year: 2027, month: 11 }],
  ])('%s', (text, start, until) => {
    const out = x(text);
    expect(out.start_date).toBe(start);
    expect(out.flexible_dates).toBe(true);
    expect(out.flexible_until).toEqual(until);
    expect(out.contradicts).toBeUndefined();
  });

  it('an "or" about something else opens no window', () => {
    expect(x('Kruger 3–10 May 2027, 2 adults or 3').flexible_dates).toBeUndefined();
  });
});

describe('a fixed range added in a later message to the one known', () => {
  it('is a contradictory refusal naming both', () => {
    const { result, said } = converse(['Etosha 6–13 September 2027, 2 adults, $5,000 each', "and we're also fixed on 24–30 September 2027"]);
    expect(result.content.refusal?.reason).toBe('contradictory');
    expect(said[0]).toMatch(/6–13 September/);
    expect(said[0]).toMatch(/24–30 September/);
  });

  it('a correction to other dates is none', () => {
    const out = x('actually we are fixed on 24–30 September 2027 now', { start_date: '2027-09-06', end_date: '2027-09-13', month: 9, year: 2027 });
    expect(out.contradicts).toBeUndefined();
  });

  it('a second stop straight after the first is none', () => {
    const out = x('and also fixed: Swakopmund 14–17 September 2027', { start_date: '2027-09-06', end_date: '2027-09-13', month: 9, year: 2027 });
    expect(out.contradicts).toBeUndefined();
  });
});
