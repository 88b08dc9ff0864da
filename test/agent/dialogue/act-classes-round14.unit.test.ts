import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// The fourteenth round's act classes (docs/dialogue.md, "Fourteenth round"), over phrasings written for these tests:
// a why about the plan's own places or country is a why, not a why-not.

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');

function run(...texts: string[]) {
  const turns = [...simulateConversation(texts, now, pack)];
  return { first: turns[0]!, last: turns[turns.length - 1]! };
}

describe("a why about the plan's own places asks why the plan is so", () => {
  it.each([
    // The plan's own country, named in a bare "why not?".
    ['South Luangwa in September, 2 adults, 8 days, walking safaris', 'why not?! isnt Zambia famous for walking'],
    ['South Luangwa im August, 2 Erwachsene, 7 Tage', 'warum nicht?? Sambia ist doch das Land der Fußsafaris'],
    // A bare "why not?" beside the plan's own place.
    ['Chobe in July, 2 adults, 6 days', 'why not? chobe has the elephants'],
    // A place the traveler asked for, though the decision kept another of theirs.
    ['Tarangire and Lake Manyara in late August, 2 adults, 6 days, mid-range', 'why manyara at all? worth it?'],
    // The order or shape of the plan's own places, in a why-not.
    ['Etosha then the Okavango Delta, early July, 2 adults, 14 days, 16000 euros total', 'why not the Okavango first and Etosha after?'],
    ['Etosha puis le delta de l\'Okavango, début juillet, 2 adultes, 14 jours, 16000 € en tout', "pourquoi pas d'abord l'Okavango et ensuite Etosha ?"],
  ])('%s → «%s»', (plan, text) => {
    const { first, last } = run(plan, text);
    expect(first.decided).toBe(true);
    expect(last.acts[0]).toBe('why');
    expect(last.decided).toBe(false);
    expect(last.inputs).toEqual(first.inputs);
  });

  it.each([
    // A place the plan lacks stays a why-not, named bare or set against the plan.
    ['Chobe in July, 2 adults, 6 days', 'why not Etosha?', 'etosha'],
    ['Chobe in July, 2 adults, 6 days', 'why Chobe and not the Okavango?', 'okavango_delta'],
    ['Chobe en juillet, 2 adultes, 6 jours', "pourquoi pas un camp dans le delta de l'Okavango ?", 'okavango_delta'],
  ])('%s → «%s» stays a why-not', (plan, text, about) => {
    const { first, last } = run(plan, text);
    expect(last.acts[0]).toBe('why_not');
    expect(last.dialogue.about).toBe(about);
    expect(last.inputs).toEqual(first.inputs);
  });
});

describe('a rain forecast or an assurance asked is out of scope', () => {
  it.each([
    'is it going to rain on our game drives?',
    'weather gonna be ok? will it rain much while we are there',
    'il va pleuvoir pendant notre séjour ?',
    'wird es dann jeden Nachmittag regnen?',
    'Ist das Camp barrierefrei, können Sie mir das zusichern?',
  ])('after a plan: «%s»', (text) => {
    const { first, last } = run('Chobe in July, 2 adults, 6 days', text);
    expect(last.acts[0]).toBe('out_of_scope');
    expect(last.decided).toBe(false);
    expect(last.inputs).toEqual(first.inputs);
  });

  it.each(['How is Namibia in March, will it rain all the time?', 'quel temps fera-t-il au Kenya en avril ? il va pleuvoir ?', 'Wie wird das Wetter in Sambia im Januar, regnet es dauernd?'])(
    'as a first message it makes no decision: «%s»',
    (text) => {
      const { last } = run(text);
      expect(last.acts[0]).toBe('out_of_scope');
      expect(last.decided).toBe(false);
    },
  );

  it('the climate of a month asked after a plan is a why, not a forecast', () => {
    const { first, last } = run('Chobe in July, 2 adults, 6 days', "does it rain a lot in July there?");
    expect(last.acts[0]).not.toBe('out_of_scope');
    expect(last.inputs).toEqual(first.inputs);
  });
});

describe('a new place taken in place of the plan is a change of mind', () => {
  it.each([
    ['Amboseli in July, 2 adults, 6 days', 'fine. samburu it is, same dates', 'samburu'],
    ['Amboseli in July, 2 adults, 6 days', 'ok switch it over to the serengeti', 'serengeti'],
    ['Amboseli im Juli, 2 Erwachsene, 6 Tage', 'Gut, dann nehmen wir Samburu.', 'samburu'],
    ['Amboseli im Juli, 2 Erwachsene, 6 Tage', 'ok überzeugt, Samburu im Juli', 'samburu'],
    ['Amboseli en juillet, 2 adultes, 6 jours', 'ok convaincus : Samburu en juillet', 'samburu'],
  ])('%s → «%s»', (plan, text, place) => {
    const { last } = run(plan, text);
    expect(last.acts[0]).toBe('change_mind');
    expect(last.decided).toBe(true);
    expect(last.inputs.destinations).toEqual([place]);
  });

  it('taking another place besides the plan is still an addition', () => {
    const { last } = run('Amboseli im Juli, 2 Erwachsene, 6 Tage', 'dann nehmen wir noch 2 Tage Samburu dazu');
    expect(last.acts[0]).toBe('add_extend');
  });
});

describe('thanks for the explanation is a thank-you, not a why', () => {
  it.each(['vielen Dank für die Erklärung!', 'danke für deine Erklärung, passt', 'thanks for explaining that'])('«%s»', (text) => {
    const { first, last } = run('Chobe im Juli, 2 Erwachsene, 6 Tage', 'warum gerade Chobe?', text);
    expect(last.acts[0]).toBe('thanks');
    expect(last.inputs).toEqual(first.inputs);
  });

  it('asking for an explanation is still a why', () => {
    expect(run('Chobe im Juli, 2 Erwachsene, 6 Tage', 'können Sie mir die Wahl erklären?').last.acts[0]).toBe('why');
  });
});
