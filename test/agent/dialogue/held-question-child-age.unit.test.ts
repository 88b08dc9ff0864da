import { describe, expect, it } from 'vitest';
import { GORILLAS, last } from './held-question-plans';

// Fluent review L7, L8, L10: a child's age tried on after a booking, said of a child in general, names the plan's
// age limit in every language and channel and leaves the decision standing; a child of the party the question
// reveals, merged and decided again, names the limit on SMS and WhatsApp too. Phrasings written for this test.

const LIMIT = { en: /needs age 15 and your youngest is (\d+)/, fr: /exige 15 ans et votre plus jeune en a (\d+)/, de: /Mindestalter von 15 Jahren voraus, Ihr jüngstes Kind ist (\d+)/ };

describe("a child's age tried on after a booking", () => {
  it.each<[keyof typeof GORILLAS, string]>([
    ['en', 'what if we had a 12-year-old?'],
    ['en', 'would a 12 year old be ok?'],
    ['fr', "qu'en est-il d'un enfant de 12 ans ?"],
    ['fr', 'et pour un enfant de 12 ans ?'],
    ['de', 'und wenn ein Kind von 12 Jahren mitkommt?'],
    ['de', 'was wäre mit einer Tochter von 12?'],
  ])('%s: «%s» names the limit on every channel and keeps the booking', (lang, question) => {
    const turn = last(GORILLAS[lang], question);
    expect(turn.inputs.child_ages).toBeUndefined();
    expect(turn.decided).toBe(false);
    for (const reply of Object.values(turn.replies)) expect(reply.match(LIMIT[lang])?.[1]).toBe('12');
  });

  it.each<[keyof typeof GORILLAS, string, RegExp]>([
    ['en', 'and a child of 16, fine?', /The age limit of 15 is met: your youngest would be 16\./],
    ['fr', 'et avec un enfant de 16 ans ?', /La limite d'âge de 15 ans est respectée : votre plus jeune aurait 16 ans\./],
    ['de', 'und mit einem Kind von 16 Jahren?', /Die Altersgrenze von 15 Jahren ist erfüllt: Ihr jüngstes Kind wäre 16\./],
  ])('%s: «%s» over the limit is answered as a booking that meets it', (lang, question, met) => {
    const turn = last(GORILLAS[lang], question);
    for (const reply of Object.values(turn.replies)) {
      expect(reply).not.toMatch(LIMIT[lang]);
      expect(reply).toMatch(met);
      expect(reply).toMatch(/(?:Book|Buchen|Réserver)/);
    }
  });
});

describe("a child of the party revealed by a question", () => {
  it.each<[keyof typeof GORILLAS, string, number]>([
    ['fr', 'et si notre fils de 10 ans venait avec nous ?', 10],
    ['de', 'unser Sohn (11) kommt mit, geht das?', 11],
  ])('%s: «%s» is decided again and every channel names the limit', (lang, question, age) => {
    const turn = last(GORILLAS[lang], question);
    expect(turn.inputs.child_ages).toEqual([age]);
    expect(turn.decided).toBe(true);
    for (const reply of Object.values(turn.replies)) expect(reply.match(LIMIT[lang])?.[1]).toBe(String(age));
  });
});
