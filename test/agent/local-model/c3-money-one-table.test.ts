import { describe, expect, it } from 'vitest';
import { permitsApart, permitsInside } from '../../../src/agent/local-model/budget';
import { finalOutcome } from '../../../src/agent/local-model/conversations';
import { ISO_CODES, MONEY_ALT, WORDLIKE_CODES } from '../../../src/agent/local-model/currencies';
import { restatedBudget } from '../../../src/agent/dialogue/budget-restated';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { converse, x } from './helpers';

// Round 3 (C3): money the traveler states is read the same way by every reader, a budget that has to pay the
// permits is never told they are bought apart, and a budget said to stand is not replaced by a date's year.

const pack = defaultPackIndex();
/** The product's own turns over a conversation (the dialogue layer included), as the blind eval runs it. */
function product(turns: string[]) {
  return finalOutcome({ id: 'c3', now: '2026-11-21T10:00:00Z', turns, expected: { outcome: 'book' }, why: 'test' }, pack);
}

describe('permits said to be inside the budget, or only asked about, are not bought apart', () => {
  it.each([
    'Mountain gorillas in July, 2 of us, $2,100 per head all-inclusive. Are the permits paid for separately?',
    'Do we buy the permit ourselves? Is it booked already in the package?',
    'We have $2,700 each, covering the lodge and transfers and the trekking permits.',
    '$2,400 each for accommodation, meals and the gorilla permits',
    '$2,400 each for lodging and transport, permits included',
  ])('not apart: "%s"', (text) => {
    expect(permitsApart(text.toLowerCase())).toBe(false);
  });

  it('"including the permits" is read as inside only when said, not asked', () => {
    expect(permitsInside('$2,000 each including the permits')).toBe(true);
    expect(permitsInside('is that $2,000 including the permits?')).toBe(false);
    expect(permitsInside('$2,000 each, permits not included')).toBe(false);
  });

  it.each([
    'we have $1,000 each for lodging and transport. is the lodge near the park?',
    'the permits are paid separately by us',
    'we have already bought our gorilla permits, so $1,200 each all in for the rest',
  ])('still apart: "%s"', (text) => {
    expect(permitsApart(text)).toBe(true);
  });

  it('a Rwanda trek whose "all in" budget cannot carry the USD 1,500 permit is not booked after asking about the permits', () => {
    const { inputs, result } = converse(['Mountain gorillas in Volcanoes in July 2027, 2 adults, 3 days, $1,900 each all in. Are the permits paid separately?']);
    expect(inputs.budget_excludes_permits).toBeUndefined();
    const booked = result.kind === 'issued' && result.content.verdict.outcome === 'book' && /volcanoes/i.test(result.content.verdict.headline);
    expect(booked).toBe(false);
  });

  it('a budget covering the permits is never told the permits are theirs to buy', () => {
    const got = product(['Volcanoes gorillas in July 2027, 2 adults, 3 days, $2,800 each, covering lodging and transport and the permits.']);
    expect(got.inputs.budget_excludes_permits).toBeUndefined();
    expect(got.result.content.verdict.summary).not.toMatch(/you buy yourselves/);
  });
});

describe('a later budget said to cover the permits corrects "permits apart"', () => {
  it('the permits go back inside the budget, and the Rwanda trek no longer fits', () => {
    const { inputs, result } = converse([
      'Gorillas at Volcanoes in July 2027, 2 adults, 3 days; we will buy the permits ourselves.',
      'Sorry, I got that wrong: $1,900 each, including the permits.',
    ]);
    expect(inputs.budget_excludes_permits).toBe(false);
    expect(result.kind === 'issued' && result.content.verdict.outcome === 'book' && /volcanoes/i.test(result.content.verdict.headline)).toBe(false);
  });
});

describe('a budget restated without a figure stands', () => {
  const known = { budget_amount: 6500, budget_currency: 'USD', budget_basis: 'per_person' as const };
  it.each([
    'Same budget, but we would rather go in March 2027.',
    'Keep our budget and move it all to October 2027.',
    'The budget stays the same, only the dates move to June 2028.',
    'Gleiches Budget, aber im Februar 2027.',
  ])('"%s" reads no amount', (text) => {
    expect(restatedBudget(text, {}, known).budget_amount).toBeUndefined();
  });

  it('a figure after the year is still read, and a plain restated figure still is', () => {
    expect(restatedBudget('the budget can go up to 8 000', {}, known).budget_amount).toBe(8000);
    expect(restatedBudget('budget from February 2027 onwards: 9000', {}, known).budget_amount).toBe(9000);
  });

  it('over the product turn, the first budget survives a month moved with "same budget"', () => {
    const got = product(['Tarangire in September 2027, 2 adults, 6 nights, $5,500 each.', 'Same budget, but make it January 2028 instead.']);
    expect(got.inputs.budget_amount).toBe(5500);
  });
});

describe('an amount "for two" inside a larger party is those two people\'s money, not the party', () => {
  it('four adults with a figure for two: four travel, each of the two has half', () => {
    const e = x('Ruaha in October, we are 4 adults, $8,000 for two and our friends pay for themselves');
    expect(e.adults).toBe(4);
    expect(e.group_size ?? 4).toBe(4);
    expect(e.budget_amount).toBe(4000);
    expect(e.budget_basis).toBe('per_person');
  });

  it('the same in German, with the amount before "zu zweit"', () => {
    const e = x('Etosha im Juli, wir sind 6 Erwachsene, 12.000 € zu zweit, die anderen zahlen selbst');
    expect(e.adults).toBe(6);
    expect(e.budget_amount).toBe(6000);
    expect(e.budget_currency).toBe('EUR');
    expect(e.budget_basis).toBe('per_person');
  });

  it('with no larger party said, "for two" is still the pair and their total', () => {
    const e = x('€7,000 for two, Chobe in June, 5 nights');
    expect(e.group_size).toBe(2);
    expect(e.budget_amount).toBe(7000);
    expect(e.budget_basis).toBe('total');
  });

  it('the product does not refuse a party of four as contradictory for it', () => {
    const got = product(['Serengeti in August 2027, there are four adults of us, $10,000 for two and the other couple pays its own way, 5 nights.']);
    expect(got.reason).not.toBe('contradictory');
    expect(got.inputs.budget_amount).toBe(5000);
  });
});

describe('a total for two in any money the table knows is a total, not per person', () => {
  it.each([
    ['TSh 15.000.000 zu zweit, Ruaha im Juli, 6 Nächte', 'TZS'],
    ['tshs 15,000,000 for the two of us, Ruaha in July, 6 nights', 'TZS'],
    ['UShs 20 000 000 for two, Bwindi in July, 4 nights', 'UGX'],
    ['90 000 NOK à deux, Chobe en juin, 5 nuits', 'NOK'],
    ['800 000 yen for both of us, Chobe in June, 5 nights', 'JPY'],
  ])('"%s"', (text, code) => {
    const e = x(text);
    expect(e.budget_currency).toBe(code);
    expect(e.budget_basis).toBe('total');
    expect(e.group_size).toBe(2);
  });

  it('every ISO code the table lists, written before the figure, with "for two"', () => {
    const misses: string[] = [];
    for (const code of ISO_CODES.filter((c) => !WORDLIKE_CODES.has(c) && c !== 'rmb')) {
      const e = x(`${code.toUpperCase()} 250000 for two, Chobe in June, 5 nights`);
      if (e.budget_currency !== code.toUpperCase() || e.budget_basis !== 'total' || e.group_size !== 2) misses.push(code);
    }
    expect(misses).toEqual([]);
  });

  it('the party reader counts "for N" after any money of the table ("SEK 90 000 for 3 going to Chobe")', () => {
    expect(x('SEK 90 000 for 3 going to Chobe in June, 5 nights').group_size).toBe(3);
    expect(x('TZS 9,000,000 for 3 going to Ruaha in July, 5 nights').group_size).toBe(3);
  });

  it('the shared alternation knows every ISO code, prefix abbreviation and currency name', () => {
    const re = new RegExp(`^(?:${MONEY_ALT})$`);
    for (const w of [...ISO_CODES, 'tsh', 'tshs', 'ksh', 'kshs', 'ush', 'ushs', 'yen', 'kronor', 'rand', 'quid', '€', '£', '$', '¥', '₹']) expect(re.test(w), w).toBe(true);
  });
});
