import { describe, expect, it } from 'vitest';
import { converse } from './helpers';

// After blind-21 was recorded (its two unsafe books were of these classes; own phrasings, not the set's):
// - children named as "our boys" / "my girls" with no age, under an age rule, are asked about, never booked;
// - a partner's or spouse's child ("my wife's son", "her boyfriend's kid") is a child of unknown age, not an adult.
const booked = (c: ReturnType<typeof converse>) => c.result.kind === 'issued' && c.result.content.verdict.outcome === 'book';
const asksAges = (c: ReturnType<typeof converse>) => c.result.kind === 'refused' && (c.result.content.refusal?.missing_inputs ?? []).includes('child_ages');

describe('children named by possessive with no age', () => {
  for (const text of [
    'White-water rafting below the falls in October 2027 with my boys',
    'Gorilla permits in Rwanda for August 2027, bringing our girls along',
    'Volcanoes in July 2027 with our sons, two nights',
    'Zambezi bungee and rafting in September 2027, me plus my lads',
  ]) {
    it(`asks the ages: ${text}`, () => {
      const c = converse([text]);
      expect(booked(c)).toBe(false);
      expect(asksAges(c)).toBe(true);
    });
  }

  it('"my girls from the office" with four adults is not a family', () => {
    expect(converse(['Bwindi gorillas in July 2027 with my girls from the office, 4 adults, $4000 each']).inputs.traveler_type).toBeUndefined();
  });
});

describe("a partner's child", () => {
  for (const text of [
    "Bwindi in June 2027: me, my wife and my wife's son",
    "Gorillas in Volcanoes, August 2027, for me, my boyfriend and my boyfriend's daughter",
    "Volcanoes NP in July 2027 with my husband's teenager",
  ]) {
    it(`is a child whose age is asked: ${text}`, () => {
      const c = converse([text]);
      expect(c.inputs.children ?? 0).toBeGreaterThan(0);
      expect(booked(c)).toBe(false);
    });
  }
});
