import { describe, expect, it } from 'vitest';
import { x } from './helpers';

// Own phrasings: a digit-date range said with "between", and regions named in other languages.
describe('a digit-date range said with "between" is a range', () => {
  it.each([
    ['Etosha zwischen 14.7. und 25.7., 2 Erwachsene', '2027-07-14', '2027-07-25'],
    ['Etosha zw. 14.7. und 25.7.', '2027-07-14', '2027-07-25'],
    ['Hwange entre le 2/9 et le 11/9, nous deux', '2027-09-02', '2027-09-11'],
    ['South Luangwa between 5.10. and 15.10.', '2027-10-05', '2027-10-15'],
  ])('%s', (text, start, end) => {
    const e = x(text);
    expect(e.start_date).toBe(start);
    expect(e.end_date).toBe(end);
  });

  it('"between 2 and 3 adults" is no date range', () => {
    expect(x('between 2 and 3 adults, Kruger in May').start_date).toBeUndefined();
  });
});

describe('a region named in another language is its countries', () => {
  it('southern Africa in French, German, Dutch', () => {
    for (const text of ["Plutôt l'Afrique australe en août, 2 adultes", 'Wir möchten ins südliche Afrika, im August', 'Zuidelijk Afrika in augustus, met z’n tweeën']) {
      expect(x(text).countries).toEqual(['BW', 'ZA', 'NA', 'ZM', 'ZW']);
    }
  });

  it('East Africa in French, German, Spanish', () => {
    for (const text of ["L'Afrique de l'Est en février, 2 adultes", 'Ostafrika im Februar, zu zweit', 'África oriental en febrero, dos adultos']) {
      expect(x(text).countries).toEqual(['KE', 'TZ', 'UG', 'RW']);
    }
  });

  it('"Afrique du Sud" stays South Africa alone', () => {
    expect(x('Afrique du Sud en août, 2 adultes').countries).toEqual(['ZA']);
  });
});
