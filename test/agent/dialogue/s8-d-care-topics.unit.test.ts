import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { refusedTopic } from '../../../src/agent/dialogue/topics';
import { cueText } from '../../../src/agent/dialogue/text';

// Session 8, engineer D: questions about diets, doctors and hospitals, or whether a country is safe, asked without the
// usual keywords, are out of scope (a bounded pointer), never a why; the decision stands.

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');

function run(...texts: string[]) {
  const turns = [...simulateConversation(texts, now, pack)];
  return { prev: turns[turns.length - 2]!, last: turns[turns.length - 1]! };
}

describe('diet, medical care and safety questions are out of scope', () => {
  it.each([
    ['Samburu in February, 2 adults, 6 days', 'can the camps cater for a gluten free diet?', 'diet'],
    ['Samburu in February, 2 adults, 6 days', 'my husband has a peanut allergy, is that a problem at the lodges', 'diet'],
    ['Samburu in February, 2 adults, 6 days', 'do they do vegan meals out there?', 'diet'],
    ['Samburu en février, 2 adultes, 6 jours', 'les lodges proposent-ils des repas pour cœliaques ?', 'diet'],
    ['Samburu im Februar, 2 Erwachsene, 6 Tage', 'Bekommt man dort Essen für Zöliakiker?', 'diet'],
    ['Samburu in February, 2 adults, 6 days', "what's the nearest hospital to the camp?", 'health'],
    ['Samburu in February, 2 adults, 6 days', 'are doctors available if one of us gets ill?', 'health'],
    ['Samburu en février, 2 adultes, 6 jours', "est-ce qu'il y a des médecins sur place ?", 'health'],
    ['Samburu en février, 2 adultes, 6 jours', 'y a-t-il une clinique près du camp ?', 'health'],
    ['Samburu im Februar, 2 Erwachsene, 6 Tage', 'Wie weit ist es bis zum nächsten Krankenhaus?', 'health'],
    ['Samburu im Februar, 2 Erwachsene, 6 Tage', 'Gibt es dort Ärzte, falls etwas passiert?', 'health'],
    ['Samburu en février, 2 adultes, 6 jours', 'le Kenya est-il sûr actuellement ?', 'safety_guarantee'],
    ['Samburu en février, 2 adultes, 6 jours', "c'est vraiment sûr là-bas pour des touristes ?", 'safety_guarantee'],
  ])('%s → «%s»', (plan, text, topic) => {
    const { prev, last } = run(plan, text);
    expect(last.acts[0]).toBe('out_of_scope');
    expect(last.dialogue.answered).toContain(`(${topic})`);
    expect(last.decided).toBe(false);
    expect(last.inputs).toEqual(prev.inputs);
  });

  it.each([
    ["I'm allergic to wasp stings, is that a problem out there?", 'health'],
    ['Ich bin allergisch gegen Nüsse, geht das in den Camps?', 'diet'],
    ['our son has food allergies', 'diet'],
  ])('an allergy is a diet only when it is to food: «%s»', (text, topic) => {
    expect(refusedTopic(cueText(text))).toBe(topic);
  });

  it.each([
    // "sûr" as an affirmation or the preposition "sur" is no safety question.
    "oui c'est sûr, on part",
    "c'est sûr que c'est cher ?",
    'on reste sur la côte ?',
    "c'est sur la route du parc ?",
  ])('«%s» names no safety topic', (text) => {
    expect(refusedTopic(cueText(text))).not.toBe('safety_guarantee');
  });

  it.each([
    // A diet or a profession stated beside the trip's facts states a trip.
    'we are two vegetarians, Kenya in March, 8 days',
    "we're both doctors, a week in the Mara in September",
  ])('«%s» is a trip', (text) => {
    const [turn] = [...simulateConversation([text], now, pack)];
    expect(turn!.acts[0]).toBe('trip');
    expect(turn!.decided).toBe(true);
  });
});
