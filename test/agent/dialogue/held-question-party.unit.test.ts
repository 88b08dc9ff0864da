import { describe, expect, it } from 'vitest';
import { GORILLAS, last } from './held-question-plans';

// Safety review of the fourteenth round, finding 1: a question after a decision that names
// someone new (a child with an age, another adult) is never only answered. Who travels is
// merged and decided on, so an age limit is named and a per-person cost counted. Phrasings
// written for this test.

describe('a question that names someone new changes who travels', () => {
  it.each<[keyof typeof GORILLAS, string, number]>([
    ['en', 'would it be fine if our 11 year old tagged along for the gorillas?', 11],
    ['en', 'my daughter (9) wants to join us, any issue with that?', 9],
    ['fr', 'et si notre fils de 10 ans venait avec nous ?', 10],
    ['de', 'darf unsere Tochter (11) auch mit zu den Gorillas?', 11],
  ])('%s: «%s» keeps the child and names the age limit', (lang, question, age) => {
    const turn = last(GORILLAS[lang], question);
    expect(turn.inputs.child_ages).toEqual([age]);
    expect(turn.replies.web).toMatch(/15/);
    expect(turn.replies.web).not.toMatch(/^(?:Book|Buchen|Réservez)\b/);
  });

  it.each<[keyof typeof GORILLAS, string]>([
    ['en', 'my brother is joining, so 3 adults, still alright?'],
    ['fr', 'nous serons 3 adultes finalement, toujours bon ?'],
    ['de', 'mein Bruder kommt dazu, also 3 Erwachsene, passt das?'],
  ])('%s: «%s» counts the third adult', (lang, question) => {
    expect(last(GORILLAS[lang], question).inputs.adults).toBe(3);
  });

  it('a supposition is only answered', () => {
    expect(last(GORILLAS.en, 'and if we were 5 adults?').inputs.adults).toBe(2);
  });

  it('a question that repeats who travels leaves the plan as it was', () => {
    const turn = last(GORILLAS.en, 'is that still fine for 2 adults?');
    expect(turn.inputs.adults).toBe(2);
    expect(turn.acts[0]).not.toBe('trip');
  });
});
