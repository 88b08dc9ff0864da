import { describe, expect, it } from 'vitest';
import { converse, x } from './helpers';

// "solo" is a person in English and "only" in Spanish, Italian and Portuguese: the person reading is a party of
// one, and a party of one beside two adults in the same message is a contradiction; the "only" reading is no party.
describe('"solo" before a country or a restriction is "only", not a party of one', () => {
  it.each(['Solo Kenia, nada más, en agosto', 'solo la Tanzania e basta, a settembre', 'Solo Namíbia e mais nada, em maio'])('%s', (text) => {
    const e = x(text);
    expect(e.adults).toBeUndefined();
    expect(e.group_size).toBeUndefined();
    expect(e.countries?.length).toBe(1);
  });

  it('a later count is then the party, not a second one', () => {
    const { inputs, said } = converse(['Solo Uganda, nada más', 'chimpancés en julio, tres adultos, 4000 USD por persona']);
    expect(inputs.group_size).toBe(3);
    expect(inputs.conflict).toBeUndefined();
    expect(said).toEqual([]);
  });

  it.each(['Going solo in Kenya in March', 'solo Kenya trip in March', 'viajo solo a Kenia en julio', 'Solo traveller, Tanzania in July'])('stays one traveler: %s', (text) => {
    expect(x(text).group_size).toBe(1);
  });
});

describe('one traveler and two in the same message', () => {
  it('is refused naming both, since the per-person amount depends on it', () => {
    const { result, said } = converse(['Solo safari in Tsavo in February, 6 days, $3,000 for the two of us']);
    expect(result.kind).toBe('refused');
    expect(said.join(' ')).toMatch(/alone.*2 of you/);
  });

  it.each([
    'just me and my wife, Kenya in July, 10 days, $8000 total',
    "I'm going solo but my brother is joining, 2 adults, Chobe in May, $6000 total",
    'Solo mum with two kids, Kruger in July, $5000 total',
  ])('is no contradiction: %s', (text) => {
    expect(converse([text]).inputs.conflict).toBeUndefined();
  });
});

describe('one traveler and two with no budget', () => {
  it('keeps the count: it sets no per-person amount and no age rule', () => {
    const { inputs, result } = converse(["I'm going solo. My partner and I would like a slow safari in Tarangire in August."]);
    expect(inputs.conflict).toBeUndefined();
    expect(inputs.adults).toBe(2);
    expect(result.kind).not.toBe('refused');
  });
});
