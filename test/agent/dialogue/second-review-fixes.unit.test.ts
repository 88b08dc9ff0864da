import { describe, expect, it } from 'vitest';
import { GORILLAS, PLANS, last } from './held-question-plans';

// Second safety review of the sixteenth round (review-s6b F2, F5, F6, F9, F13, F14): the reviewer's inputs and phrasings
// written for this test. Once a decision stands, a message that brings children into the party is never held as a
// question, whatever its form; a stated change closed by a tag is a change; a supposition opener does not cancel a
// decision stated after it; a closing "why not extend by 3 days?" adds the days.

const WALKING = 'Walking safari in South Luangwa in August, 2 adults, 6 days, $12000 total';

const AGES_ASKED = {
  en: /without knowing the children’s ages/,
  fr: /l'âge des enfants/,
  de: /wie alt die Kinder sind/,
};

describe('children joining an age-limited booking are merged and their ages asked (F2, F5, F13)', () => {
  it.each<[keyof typeof GORILLAS, string]>([
    // F2: a sighting question that names the party's children.
    ['en', 'can we see the gorillas with our kids?'],
    ['en', 'can you see gorillas with children?'],
    ['en', 'can we watch the gorillas with the grandchildren?'],
    ['en', 'could our daughter see the gorillas too?'],
    ['fr', 'on peut voir les gorilles avec nos enfants ?'],
    ['fr', 'est-ce qu\'on peut observer les gorilles avec les enfants ?'],
    ['de', 'kann man die Gorillas mit Kindern sehen?'],
    ['de', 'können wir die Gorillas mit unseren Kindern sehen?'],
    // F5: a statement closed by a tag.
    ['en', 'we bring our kids too, right'],
    ['en', 'the kids are with us, right'],
    ['en', 'with the kids, right'],
    ['en', 'it\'s for us and the kids, isn\'t it'],
    ['en', 'our kids come too, right'],
    ['en', 'our son is coming as well, correct'],
    ['fr', 'les enfants viennent aussi, non'],
    ['de', 'die Kinder sind auch dabei, oder'],
    ['de', 'unsere Tochter kommt auch mit, gell'],
    // F13: a supposition or "what changes" with the party's children.
    ['en', 'what happens with our kids'],
    ['en', 'say our kids come along'],
    ['en', 'suppose the kids come too'],
    ['en', 'what changes if our kids come'],
    ['en', 'imagine our grandkids join us'],
    ['fr', 'mettons que les enfants viennent avec nous'],
    ['fr', 'ça change quoi avec les enfants'],
    ['fr', 'et si nos enfants venaient ?'],
    ['de', 'angenommen, die Kinder kommen mit'],
    ['de', 'was ändert sich mit den Kindern'],
    ['de', 'falls unsere Kinder mitkommen'],
  ])('%s: «%s» asks the children\'s ages instead of re-affirming the gorilla booking', (lang, text) => {
    const turn = last(GORILLAS[lang], text);
    expect(turn.inputs.traveler_type === 'family' || (turn.inputs.children ?? 0) > 0).toBe(true);
    expect(turn.decision?.verdict.outcome).not.toBe('book');
    expect(turn.replies.web).toMatch(AGES_ASKED[lang]);
  });

  it.each(['can we see lions on foot with our kids?', 'we bring the kids, right', 'say the kids walk with us'])(
    'walking safari: «%s» raises the walking age question',
    (text) => {
      const turn = last(WALKING, text);
      expect(turn.decision?.verdict.outcome).not.toBe('book');
      expect(turn.replies.web).toMatch(AGES_ASKED.en);
    },
  );

  it('„kann meine Tochter in Uganda zu den Schimpansen?" brings the daughter: the chimpanzee limit asks her age', () => {
    const turn = last(PLANS.de, 'kann meine Tochter in Uganda zu den Schimpansen?');
    expect(turn.inputs.children).toBe(1);
    expect(turn.replies.web).toMatch(AGES_ASKED.de);
  });

  it('a child supposed in general, not of the party, is still answered with the limit and the booking stays', () => {
    const turn = last(GORILLAS.en, 'would a 12 year old be ok?');
    expect(turn.decided).toBe(false);
    expect(turn.inputs.traveler_type).toBeUndefined();
  });
});

describe('a stated change closed by a tag is a change (F6)', () => {
  it.each<[keyof typeof PLANS, string, (i: Record<string, unknown>) => void]>([
    ['en', 'our budget is $12000 now, right', (i) => expect(i.budget_amount).toBe(12000)],
    ['en', 'budget is $5000 now, right', (i) => expect(i.budget_amount).toBe(5000)],
    ['en', 'we have 10 days now, correct', (i) => expect(i.duration_days).toBe(10)],
    ['en', 'only 5 days, right', (i) => expect(i.duration_days).toBe(5)],
    ['en', 'we go in september now, right', (i) => expect(i.month).toBe(9)],
    ['en', 'move it to july, no', (i) => expect(i.month).toBe(7)],
    ['en', 'we want 3 adults now, right', (i) => expect(i.adults).toBe(3)],
    ['en', 'our budget is now 15000 dollars, correct', (i) => expect(i.budget_amount).toBe(15000)],
    ['fr', 'notre budget est de 12000 € maintenant, non', (i) => expect(i.budget_amount).toBe(12000)],
    ['fr', 'on a 10 jours finalement, n\'est-ce pas', (i) => expect(i.duration_days).toBe(10)],
    ['de', 'unser Budget ist jetzt 12000 €, oder', (i) => expect(i.budget_amount).toBe(12000)],
    ['de', 'wir haben jetzt 10 Tage, oder', (i) => expect(i.duration_days).toBe(10)],
    ['de', 'wir fahren jetzt im Oktober, gell', (i) => expect(i.month).toBe(10)],
  ])('%s: «%s» is applied', (lang, text, check) => {
    const turn = last(PLANS[lang], text);
    expect(turn.decided).toBe(true);
    check(turn.inputs as Record<string, unknown>);
  });

  it('"we decided: the Mara instead, correct" moves to the Mara', () => {
    const turn = last(PLANS.en, 'we decided: the Mara instead, correct');
    expect(turn.decisionPlaces).toEqual(['masai_mara']);
  });

  it.each(['october is fine as well, right', '10 days would work too, right'])('an option weighed with a tag, «%s», is still only answered', (text) => {
    const turn = last(PLANS.en, text);
    expect(turn.decided).toBe(false);
    expect(turn.inputs.month).toBe(8);
    expect(turn.inputs.duration_days).toBe(8);
  });
});

describe('others who join are merged too, in any form (the lead\'s principle beside F5, F13)', () => {
  it.each<[keyof typeof PLANS, string, number]>([
    ['en', 'my sister comes too, right', 3],
    ['en', 'say my parents join us', 4],
    ['en', 'we bring my mother too, right', 3],
  ])('%s: «%s» counts them', (lang, text, adults) => {
    const turn = last(PLANS[lang], text);
    expect(turn.decided).toBe(true);
    expect(turn.inputs.adults).toBe(adults);
  });

  it('a count only supposed, "what if we were 4 adults?", is still weighed as a trial', () => {
    const turn = last(PLANS.en, 'what if we were 4 adults?');
    expect(turn.decided).toBe(false);
    expect(turn.inputs.adults).toBe(2);
  });
});

describe('a supposition opener does not cancel a decision stated after it (F14)', () => {
  it.each<[keyof typeof PLANS, string, (i: Record<string, unknown>) => void]>([
    ['de', 'Falls möglich, nehmen wir lieber den Oktober', (i) => expect(i.month).toBe(10)],
    ['de', 'Falls es geht, fahren wir im Oktober', (i) => expect(i.month).toBe(10)],
    ['en', 'Assuming it\'s fine, let\'s go in October', (i) => expect(i.month).toBe(10)],
    ['en', 'Imagine that: we\'ll go in October then', (i) => expect(i.month).toBe(10)],
    ['en', 'Assuming our budget is now $12000, book it', (i) => expect(i.budget_amount).toBe(12000)],
    ['en', 'Suppose so, then let\'s make it 10 days', (i) => expect(i.duration_days).toBe(10)],
    ['fr', 'mettons, on part en octobre alors', (i) => expect(i.month).toBe(10)],
  ])('%s: «%s» is applied', (lang, text, check) => {
    const turn = last(PLANS[lang], text);
    expect(turn.decided).toBe(true);
    check(turn.inputs as Record<string, unknown>);
  });

  it('"say, let\'s switch to the Mara" moves to the Mara', () => {
    expect(last(PLANS.en, 'say, let\'s switch to the Mara').decisionPlaces).toEqual(['masai_mara']);
  });

  it.each<[keyof typeof PLANS, string]>([
    ['en', 'say we go in June, what then'],
    ['de', 'angenommen wir fahren im Juni'],
    ['fr', 'mettons qu\'on parte en juin, on fait quoi ?'],
  ])('%s: a commitment inside the supposition, «%s», is still only answered', (lang, text) => {
    const turn = last(PLANS[lang], text);
    expect(turn.decided).toBe(false);
    expect(turn.inputs.month).toBe(8);
  });
});

describe('a closing "why not add/extend … N days?" adds the days (F9)', () => {
  it.each<[keyof typeof PLANS, string, number]>([
    ['en', 'sounds great. why not extend by 3 days?', 11],
    ['en', 'love it! why not add 2 days in the Mara?', 10],
    ['fr', 'super. pourquoi ne pas prolonger de 3 jours ?', 11],
    ['de', 'klingt gut. warum nicht um 3 Tage verlängern?', 11],
  ])('%s: «%s»', (lang, text, days) => {
    const turn = last(PLANS[lang], text);
    expect(turn.acts[0]).toBe('add_extend');
    expect(turn.decided).toBe(true);
    expect(turn.inputs.duration_days).toBe(days);
  });

  it('"Our son loves chimps! Why not add Mahale?" counts the son', () => {
    const turn = last(PLANS.en, 'Our son loves chimps! Why not add Mahale?');
    expect(turn.decided).toBe(true);
    expect(turn.inputs.children).toBe(1);
  });

  it('a bare closing why-not of a place stays a why-not', () => {
    const turn = last(PLANS.en, 'we love the beach. why not add Zanzibar?');
    expect(turn.acts[0]).toBe('why_not');
    expect(turn.decided).toBe(false);
  });
});
