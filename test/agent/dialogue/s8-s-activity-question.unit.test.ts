import { describe, expect, it } from 'vitest';
import { run } from './held-question-plans';

// After a booking, a question whether the party's child may do an age-limited activity is answered by the rules with the
// activity counted (as "can our 12 year old do the gorilla trek?" is): the limit against that child, never the standing
// "Book" (which would read as a yes). Phrasings written for this test.

const FALLS = {
  en: 'Victoria Falls in October 2027, 5 nights, $3500 per person, 2 adults and our son aged 12.',
  fr: 'Chutes Victoria en octobre 2027, 5 nuits, 3500 $ par personne, 2 adultes et notre fils de 12 ans.',
  de: 'Victoriafälle im Oktober 2027, 5 Nächte, 3500 $ pro Person, 2 Erwachsene und unser Sohn (12).',
};

describe('an age-limited activity asked about for the child after a booking', () => {
  it.each<[keyof typeof FALLS, string, RegExp]>([
    ['en', 'Could he go bungee jumping off the bridge?', /needs age 14 and your youngest is 12/],
    ['en', 'Is white-water rafting fine for a boy his age?', /needs age 15 and your youngest is 12/],
    ['en', 'Might he join us rafting on the Zambezi?', /needs age 15 and your youngest is 12/],
    ['fr', 'Est-ce qu’il pourrait faire du rafting avec nous ?', /exige 15 ans et votre plus jeune en a 12/],
    ['fr', 'Le saut à l’élastique, c’est possible pour lui ?', /exige 14 ans et votre plus jeune en a 12/],
    ['de', 'Kann er beim Bungee-Springen mitmachen?', /Mindestalter von 14 Jahren voraus, Ihr jüngstes Kind ist 12/],
  ])('%s: «%s» → the limit, not the booking', (lang, question, limit) => {
    const turns = run(FALLS[lang], question);
    expect(turns[0]!.decided).toBe(true);
    expect(turns[0]!.decision.verdict.outcome).toBe('book');
    const answer = turns[1]!;
    expect(answer.decision.verdict.outcome).not.toBe('book');
    // (The French and German SMS discard lines name the place and month only, as for a statement of the activity.)
    for (const reply of lang === 'en' ? Object.values(answer.replies) : [answer.replies.web]) expect(reply).toMatch(limit);
    for (const reply of Object.values(answer.replies)) expect(reply).not.toMatch(/^(?:Book|Réserver|Buchen)\b/);
  });

  it('a Devil’s Pool question for the child is refused, not booked', () => {
    const turns = run(FALLS.en, 'Would a dip in Devil’s Pool be alright for him?');
    expect(turns[1]!.decision.verdict.outcome).toBe('refused');
  });

  it('an activity the child is old enough for leaves the booking standing', () => {
    const turns = run('Victoria Falls in October 2027, 5 nights, $3500 per person, 2 adults and our son aged 16.', 'Can he do the bungee with us?');
    expect(turns[1]!.decision.verdict.outcome).toBe('book');
  });

  it('with adults only, the question changes nothing', () => {
    const turns = run('Victoria Falls in October 2027, 5 nights, $3500 per person, 2 adults.', 'Is the rafting worth it?');
    expect(turns[1]!.inputs.activities ?? []).not.toContain('rafting');
  });
});
