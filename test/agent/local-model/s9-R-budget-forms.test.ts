import { describe, expect, it } from 'vitest';
import { extractTripInputs } from '../../../src/agent/local-model/extract';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// Phrasings written for these tests: rand in millions with a decimal, the basis as a sentence of its own, a budget "for
// our family", Dutch and Swahili words for the whole party, and a per-head amount with a foreign "about" between.
const pack = defaultPackIndex();
const now = new Date('2026-12-07T10:00:00Z');
const read = (text: string) => extractTripInputs(text, { now, pack });

describe('rand written in millions with a decimal', () => {
  it.each([
    ['R2.5 million for the lot, Kruger and Cape Town in May', 2_500_000],
    ['about R1,8m all in for a Sabi Sand lodge', 1_800_000],
  ])('%s', (text, amount) => {
    const r = read(text);
    expect(r.budget_amount).toBe(amount);
    expect(r.budget_currency).toBe('ZAR');
  });
  it('still reads a plain rand amount', () => {
    expect(read('R 40 000 each for Kruger').budget_amount).toBe(40_000);
  });
});

describe('the basis said as a sentence of its own right after the amount', () => {
  it('per person', () => {
    const r = read('Money: 4500 dollars. Each. Serengeti in July.');
    expect(r.budget_amount).toBe(4500);
    expect(r.budget_basis).toBe('per_person');
  });
  it('total', () => {
    expect(read('We have 9000 euros. In total. Kenya in August.').budget_basis).toBe('total');
  });
  it('a later sentence about something else is no basis', () => {
    expect(read('Budget 5000 dollars. Each day we want a game drive.').budget_basis).toBeUndefined();
  });
});

describe('an amount for the whole party in words the reader had missed', () => {
  it.each([
    ['USD 30,000 for our family, Kruger in July', 'total'],
    ['€ 9.000 voor ons allebei, Kenia in augustus', 'total'],
    ['TSh 8,000,000 jumla, Ngorongoro', 'total'],
  ])('%s', (text, basis) => {
    expect(read(text).budget_basis).toBe(basis);
  });
  it('a per-head amount with "etwa" between', () => {
    expect(read('Wir haben pro Kopf etwa 5000 Euro').budget_basis).toBe('per_person');
  });
});
