import { describe, expect, it } from 'vitest';
import { foreignAmountsToDigits } from '../../../src/agent/local-model/foreign-numbers';
import { x } from './helpers';

// Issue 14, seventh round: the extraction classes blind-7 found, in phrasings written here.
describe('amounts in words and local formats', () => {
  it('reads amounts with a thousand said in words in Italian, German, Dutch, French and Spanish', () => {
    expect(foreignAmountsToDigits('seimila euro')).toBe('6000 euro');
    expect(foreignAmountsToDigits('tremilacinquecento')).toBe('3500');
    expect(foreignAmountsToDigits('zweitausendfunfhundert franken')).toBe('2500 franken');
    expect(foreignAmountsToDigits('achtduizend euro')).toBe('8000 euro');
    expect(foreignAmountsToDigits('trois mille deux cents euros')).toBe('3200 euros');
    expect(foreignAmountsToDigits('cuatro mil quinientos dolares')).toBe('4500 dolares');
  });

  it('leaves a thousand word alone, small numbers and look-alike words as they are', () => {
    expect(foreignAmountsToDigits('me and my mil')).toBe('me and my mil');
    expect(foreignAmountsToDigits('mille grazie, tre notti')).toBe('mille grazie, tre notti');
    expect(foreignAmountsToDigits('a few miles from camp')).toBe('a few miles from camp');
  });

  it('reads the budget from those words with its basis', () => {
    expect(x('budget: seimila euro a testa')).toMatchObject({ budget_amount: 6000, budget_currency: 'EUR', budget_basis: 'per_person' });
    expect(x('höchstens dreitausend Euro pro Person')).toMatchObject({ budget_amount: 3000, budget_currency: 'EUR', budget_basis: 'per_person' });
  });

  it('reads rand with a space between the thousands', () => {
    expect(x('Kruger, 8 nights, R12 500 for the family')).toMatchObject({ budget_amount: 12500, budget_currency: 'ZAR', budget_basis: 'total' });
    expect(x('about R 7 000 each')).toMatchObject({ budget_amount: 7000, budget_currency: 'ZAR', budget_basis: 'per_person' });
  });

  it('reads the Italian and Dutch per person and the Dutch party and drive limit', () => {
    expect(x('3.500€ a persona, volo escluso')).toMatchObject({ budget_amount: 3500, budget_currency: 'EUR', budget_basis: 'per_person' });
    expect(x('€4.200 per persoon')).toMatchObject({ budget_amount: 4200, budget_basis: 'per_person' });
    expect(x('€9.000 voor ons drieën')).toMatchObject({ budget_amount: 9000, budget_basis: 'total', group_size: 3 });
    expect(x("we gaan met z'n vijven naar Kenia")).toMatchObject({ group_size: 5, countries: ['KE'] });
    expect(x('hoogstens 3 uur rijden per dag')).toMatchObject({ drive_tolerance_hours: 3 });
  });
});
