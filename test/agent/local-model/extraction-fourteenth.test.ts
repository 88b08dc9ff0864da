import { describe, expect, it } from 'vitest';
import { foreignAgesToDigits, foreignAmountsToDigits } from '../../../src/agent/local-model/foreign-numbers';
import { converse, x } from './helpers';

// Fourteenth round, extraction breadth: ages in words and units in every language, babies in
// months and weeks, a pronoun's list of ages, season birthdays, a lone thousand before a currency.
describe('number words before an age unit or after an age verb', () => {
  it.each([
    ['tredici anni', '13 anni'],
    ['catorze anos', '14 anos'],
    ['dix-sept ans', '17 ans'],
    ['zestien jaar', '16 jaar'],
    ['sechzehn jahre', '16 jahre'],
    ['undici mesi', '11 mesi'],
    ['acaba de cumplir once', 'acaba de cumplir 11'],
    ['ha compiuto quindici', 'ha compiuto 15'],
  ])('%s → %s', (said, read) => {
    expect(foreignAgesToDigits(said)).toBe(read);
  });

  it('leaves a word that is no number, and a span of one year, alone', () => {
    expect(foreignAgesToDigits('molti anni')).toBe('molti anni');
    expect(foreignAgesToDigits('dans un an')).toBe('dans un an');
  });

  it('reads the ages of children said in words', () => {
    expect(x('viaggio con mia figlia di tredici anni')).toMatchObject({ children: 1, child_ages: [13] });
    expect(x('minha filha tem catorze anos')).toMatchObject({ children: 1, child_ages: [14] });
    expect(x('nuestra hija acaba de cumplir once')).toMatchObject({ children: 1, child_ages: [11] });
  });
});

describe('each child of a list with its own age', () => {
  it('keeps both children when each has a foreign "of N"', () => {
    expect(x('mon fils de 8 ans et ma fille de 16 ans')).toMatchObject({ children: 2, child_ages: [8, 16] });
  });

  it('reads a pronoun and a list of ages with their unit once children are known', () => {
    expect(x('elles ont 7 et 11 ans', { children: 2 })).toMatchObject({ child_ages: [7, 11] });
    expect(x('sie sind 6 und 10 Jahre alt', { children: 2 })).toMatchObject({ child_ages: [6, 10] });
  });

  it('says nothing of ages from a pronoun list when no child is in sight', () => {
    expect(x('they are 30 and 34 years old').child_ages).toBeUndefined();
    expect(x('they are 7 and 11 years old').child_ages).toBeUndefined();
  });
});

describe('babies in months and weeks', () => {
  it('gives a baby in months its whole years', () => {
    expect(x('our toddler is 20 months')).toMatchObject({ children: 1, child_ages: [1] });
    expect(x('il nostro bimbo ha 7 mesi')).toMatchObject({ children: 1, child_ages: [0] });
    expect(x('o nosso bebé tem 14 meses')).toMatchObject({ children: 1, child_ages: [1] });
  });

  it('reads a baby some weeks old as under a year', () => {
    expect(x('our daughter is 5 weeks old, can we still go?')).toMatchObject({ children: 1, child_ages: [0] });
  });

  it('does not read a time span in months as an age', () => {
    expect(x('we are travelling in 8 months with our son').child_ages).toBeUndefined();
  });
});

describe('a Dutch "just turned"', () => {
  it('reads "is net N geworden"', () => {
    expect(x('onze zoon is net 12 geworden')).toMatchObject({ children: 1, child_ages: [12] });
  });
});

describe('a birthday given as a season (safety: the season\'s last month)', () => {
  it('reads „wird im Sommer N" as today\'s age until August', () => {
    const out = x('mit unserer Tochter (wird im Sommer 12)');
    expect(out.child_ages).toEqual([11]);
    expect(out.child_birthdays).toEqual([expect.objectContaining({ age: 12, month: 8 })]);
  });

  it('reads „wird N im Herbst" the same way, by November', () => {
    expect(x('unser Sohn wird 15 im Herbst').child_birthdays).toEqual([expect.objectContaining({ age: 15, month: 11 })]);
  });

  it('never passes the gorilla age on a summer birthday for a July trek', () => {
    const { inputs, result } = converse(['Gorillas in Ruanda im Juli 2027, zwei Erwachsene und unser Neffe (wird im Sommer 15), 6000 Euro pro Person']);
    expect(inputs.child_ages).toEqual([14]);
    if (result.kind !== 'issued') throw new Error(`expected a decision, got ${result.kind}`);
    // Wait for September: 15 by then, never a July booking on a birthday that may fall in August.
    expect(result.content.verdict.outcome).toBe('wait');
  });
});

describe('a lone thousand word before a currency', () => {
  it('is an amount', () => {
    expect(foreignAmountsToDigits('mil dolares por persona')).toBe('1000 dolares por persona');
    expect(x('tausend Euro pro Person')).toMatchObject({ budget_amount: 1000, budget_currency: 'EUR', budget_basis: 'per_person' });
  });

  it('stays a word when no currency follows', () => {
    expect(foreignAmountsToDigits('mille grazie')).toBe('mille grazie');
  });
});
