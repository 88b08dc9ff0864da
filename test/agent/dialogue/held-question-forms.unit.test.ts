import { describe, expect, it } from 'vitest';
import { type Lang, GORILLAS, PLANS, run } from './held-question-plans';

// Issue 15, fourteenth round, second part (docs/dialogue.md): question forms a probe of 226 phrasings found changing a
// standing decision. Phrasings written for this test, none copied from a set.

const MARA = { en: 'Maasai Mara in September, 2 adults, 7 days, $10000 total', fr: 'Masai Mara en septembre, 2 adultes, 7 jours, 10000 € au total', de: 'Masai Mara im September, 2 Erwachsene, 7 Tage, 10000 € insgesamt' };

describe('questions after a decision that change nothing', () => {
  it.each<[Lang, string]>([
    // a tag question or a question's closing words, no "?"
    ['en', 'october is fine as well, right'],
    ['en', 'the park is quiet then, isn\'t it'],
    ['en', 'may works too, no'],
    ['en', 'hows november looking'],
    ['fr', 'octobre ça passe aussi, non'],
    ['fr', 'en mai ça donnerait quoi'],
    ['fr', "c'est la saison sèche, n'est-ce pas"],
    ['de', 'Oktober geht auch, oder'],
    ['de', 'im Mai klappt das auch'],
    ['de', 'dasselbe im Juni, wie sähe das aus'],
    // a supposition or "what changes" with no "?"
    ['en', 'suppose we flew in a week later, what then'],
    ['en', 'what happens with 4 adults'],
    ['fr', "mettons qu'on parte en juin"],
    ['fr', 'ça change quoi avec 4 adultes'],
    ['de', 'angenommen wir fahren im Juni'],
    ['de', 'was ändert sich bei 4 Erwachsenen'],
    // "as well" is no "we'll"
    ['en', 'would june suit us as well?'],
    // after an acknowledgement, one more option weighed beside the plan
    ['en', 'ok, would october work too?'],
    ['en', 'thanks! could november also be an option?'],
    ['fr', "d'accord, mai irait aussi ?"],
    ['de', 'ok danke, wäre Mai auch möglich?'],
    // what the plan shows, asked with a request's words
    ['en', 'can you spot cheetahs there?'],
    ['en', 'could we see elephants there as well?'],
    ['fr', 'on peut voir des guépards là-bas ?'],
    ['de', 'kann man dort Geparden beobachten?'],
    // a why that closes the message
    ['en', 'my wife loves the beach... why not add Zanzibar?'],
    ['fr', "on adore les éléphants. pourquoi pas ajouter Amboseli ?"],
    ['de', 'wir lieben Elefanten. warum nicht noch Amboseli dazu?'],
  ])('%s: «%s»', (lang, text) => {
    const [first, turn] = run(MARA[lang], text);
    expect(first!.decided).toBe(true);
    expect(turn!.decided).toBe(false);
    expect(turn!.inputs).toEqual(first!.inputs);
  });

  it('a why about an addition closing the message is a why-not about the place', () => {
    const [, turn] = run(MARA.en, 'my wife loves the beach... why not add Zanzibar?');
    expect(turn!.acts).toEqual(['why_not']);
    expect(turn!.dialogue.about).toBe('zanzibar');
  });
});

describe('requests, commitments and moves after an acknowledgement still change the decision', () => {
  it.each<[Lang, string]>([
    ['en', 'can we move it to october please'],
    ['en', "let's do june then"],
    ['en', 'add 2 days in Zanzibar'],
    ['en', "well go in october then"],
    ['en', 'thanks, would november work instead?'],
    ['en', 'ok and could we add 2 nights in Amboseli?'],
    ['en', 'can we see the big five in 10 days instead?'],
    ['fr', 'merci, et si on partait plutôt en mai ?'],
    ['fr', 'on peut le décaler à octobre ?'],
    ['de', 'danke, und stattdessen im Mai?'],
    ['de', 'können wir auf Oktober verschieben?'],
  ])('%s: «%s»', (lang, text) => {
    const [first, turn] = run(MARA[lang], text);
    expect(turn!.decided).toBe(true);
    expect(turn!.inputs).not.toEqual(first!.inputs);
  });
});

describe('a child of the party who comes along is merged, whatever the booking', () => {
  it.each<[Lang, string, number]>([
    ['en', 'can our 9 year old come along?', 9],
    ['fr', 'notre fille de 9 ans peut venir avec nous ?', 9],
    ['de', 'darf unsere 9-jährige Tochter mitkommen?', 9],
  ])('%s: «%s» on a Mara booking', (lang, text, age) => {
    const [, turn] = run(PLANS[lang], text);
    expect(turn!.decided).toBe(true);
    expect(turn!.inputs.child_ages).toEqual([age]);
  });

  it('on a gorilla booking the age limit sees the child', () => {
    const [first, turn] = run(GORILLAS.en, 'can our 11 year old join us too?');
    expect(first!.decision.verdict.outcome).toBe('book');
    expect(turn!.inputs.child_ages).toEqual([11]);
    expect(turn!.decision.verdict.outcome).not.toBe('book');
  });

  it('a child supposed, not of the party, is still only answered', () => {
    const [first, turn] = run(PLANS.en, 'what if a 9 year old came along?');
    expect(turn!.decided).toBe(false);
    expect(turn!.inputs).toEqual(first!.inputs);
  });
});
