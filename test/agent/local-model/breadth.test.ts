import { describe, expect, it } from 'vitest';
import { rewriteDateRanges } from '../../../src/agent/local-model/date-forms';
import { x } from './helpers';

describe('date ranges in the common written forms', () => {
  it.each<[string, string, string]>([
    ['Tarangire 3-9/07', '2027-07-03', '2027-07-09'],
    ['Chobe, 02/09 - 11/09', '2027-09-02', '2027-09-11'],
    ['Kruger 21.06.-30.06.2027', '2027-06-21', '2027-06-30'],
    ['the Mara, July 28th - Aug 6th', '2027-07-28', '2027-08-06'],
    ['Zanzibar Dec 27 2026 to Jan 4', '2026-12-27', '2027-01-04'],
    ['Etosha, June 10-18', '2027-06-10', '2027-06-18'],
    ['du 12 au 19 juillet dans le Serengeti', '2027-07-12', '2027-07-19'],
    ['vom 3. bis 11. Oktober in Botswana', '2027-10-03', '2027-10-11'],
    ['del 4 al 12 de agosto en Kenia', '2027-08-04', '2027-08-12'],
  ])('%s', (text, start, end) => {
    const e = x(text);
    expect(e.start_date).toBe(start);
    expect(e.end_date).toBe(end);
  });

  it('a place that starts like a month is not one ("Mara 15-24 August")', () => {
    expect(x('Masai Mara 15-24 August 2027')).toMatchObject({ destinations: ['masai_mara'], start_date: '2027-08-15', end_date: '2027-08-24' });
    expect(x('Amboseli, Marangu later, 2-6 june')).toMatchObject({ start_date: '2027-06-02', end_date: '2027-06-06' });
  });

  it('leaves counts and amounts alone', () => {
    expect(rewriteDateRanges('2-3 weeks, budget 3-5k, kids 4-6')).toBe('2-3 weeks, budget 3-5k, kids 4-6');
  });
});

describe('amounts, bases and parties in other languages and idioms', () => {
  it.each<[string, number, string, 'total' | 'per_person']>([
    ['KSh 380 000 for the lot of us', 380000, 'KES', 'total'],
    ['unser Budget: 7.200 € insgesamt', 7200, 'EUR', 'total'],
    ['on a 9 000 € pour toute la famille', 9000, 'EUR', 'total'],
    ['about R65 000 between the 4 of us', 65000, 'ZAR', 'total'],
    ['unos 2.800 dólares por persona', 2800, 'USD', 'per_person'],
  ])('%s', (text, amount, currency, basis) => {
    expect(x(text)).toMatchObject({ budget_amount: amount, budget_currency: currency, budget_basis: basis });
  });

  it.each<[string, number]>([
    ['wir sind zu dritt, Namibia im Juni', 3],
    ['on est 5, Tanzanie en août', 5],
    ['somos 4, Ruanda en julio', 4],
  ])('%s → group of %i', (text, n) => {
    expect(x(text).group_size).toBe(n);
  });

  it('reads foreign trip words', () => {
    expect(x('Flitterwochen auf Sansibar? nein: Serengeti im Juli').traveler_type).toBe('honeymoon');
    expect(x('tout sauf le Serengeti').excluded_destinations).toEqual(['serengeti']);
    expect(x('voyage en famille avec nos enfants de 7 et 10 ans').child_ages).toEqual([7, 10]);
    expect(x('Ruanda o Uganda, gorilas').countries).toEqual(['RW', 'UG']);
    expect(x('hochstens 3 Stunden Autofahrt am Tag').drive_tolerance_hours).toBe(3);
  });

  it('a month said with flexibility', () => {
    expect(x('Kenya around September, give or take').flexible_dates).toBe(true);
    expect(x('12 days or so in feb').flexible_dates).toBeUndefined();
  });

  it('somewhere but a place rules the place out', () => {
    expect(x('anywhere but Amboseli').excluded_destinations).toEqual(['amboseli']);
  });
});

describe('interests said in passing', () => {
  it('a big game safari wants game viewing, wherever the place named', () => {
    expect(x('a big-game safari from Zanzibar, lions if possible').priorities).toContain('wildlife_density');
  });

  it('a walking stick or frame is not a walking safari', () => {
    expect(x('my dad uses a walking stick, Ngorongoro in May').priorities).toBeUndefined();
    expect(x('grandma has a walking frame').priorities).toBeUndefined();
    expect(x('we love bush walks').priorities).toEqual(['walking']);
  });
});

describe('the party, counted then added to', () => {
  it.each<[string, number]>([
    ['2 adults + my mum (74)', 3],
    ['3 adults plus my parents', 5],
    ['2 adults and our daughter, 8', 2],
  ])('%s → %i adults', (text, n) => {
    expect(x(text).adults).toBe(n);
  });

  it('a walk someone cannot do is not a walking safari', () => {
    expect(x("she can't do long walks, Ngorongoro in July").priorities).toBeUndefined();
  });
});
