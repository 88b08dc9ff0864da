import { describe, expect, it } from 'vitest';
import { heldQuestion, interrogative } from '../../../src/agent/dialogue/held-question';
import { PLANS, pack, run } from './held-question-plans';

// Issue 15, twelfth round (docs/dialogue.md): once a decision stands, a message in the
// interrogative mood that commits to nothing is answered and changes no input, whatever facts
// the extractor read from it. Only requests ("could we add …", «on pourrait …», „können wir …"),
// explicit corrections and commitments change the trip. Phrasings written for this test.

describe('a question after a decision is answered and changes nothing', () => {
  it.each<[keyof typeof PLANS, string, string]>([
    ['en', 'isn\'t Tarangire the place for big elephant herds?', 'why_not'],
    ['en', 'and what about gorilla trekking? my wife has dreamed of it for years', 'why_not'],
    ['en', 'what would an upscale lodge add to that?', 'price'],
    ['en', 'and with a fancier camp?', 'price'],
    ['en', 'she turns 12 in march, so march then?', 'why'],
    ['fr', 'le Ruaha n\'est pas plus sauvage ?', 'why_not'],
    ['fr', 'et avec un lodge plus luxueux ?', 'price'],
    ['fr', 'et en moyenne gamme, ça ferait quoi ?', 'price'],
    ['fr', 'elle aura 12 ans en mars, donc en mars ?', 'why'],
    ['de', 'ist der Ruaha nicht wilder?', 'why_not'],
    ['de', 'und mit einer schickeren Lodge?', 'price'],
    // 'kann meine Tochter …' brings a daughter into the party: merged, her age asked (second-review-fixes.unit.test.ts).
    ['de', 'kann man in Uganda zu den Schimpansen?', 'why_not'],
    ['de', 'sie wird im März 12, also dann im März?', 'why'],
    ['de', 'kommen wir auch mit weniger aus, etwa 7000?', 'price'],
  ])('%s: «%s» → %s', (lang, text, act) => {
    const [first, turn] = run(PLANS[lang], text);
    expect(first!.decided).toBe(true);
    expect(turn!.acts[0]).toBe(act);
    expect(turn!.decided).toBe(false);
    expect(turn!.inputs).toEqual(first!.inputs);
  });

  it('a month asked about is kept as a proposal: "ok, let\'s do that" then takes it', () => {
    const [first, asked, taken] = run(PLANS.en, 'she turns 12 in march, so march then?', 'ok, let\'s do march');
    expect(asked!.inputs).toEqual(first!.inputs);
    expect(asked!.dialogue.proposal?.month).toBe(3);
    expect(taken!.decided).toBe(true);
    expect(taken!.inputs.month).toBe(3);
  });
});

describe('requests, corrections and commitments still change the trip', () => {
  it.each<[keyof typeof PLANS, string, string]>([
    ['en', 'could we add 2 nights in Tarangire?', 'add_extend'],
    ['en', 'can we end on a beach?', 'add_extend'],
    ['fr', 'on pourrait ajouter le Ngorongoro ?', 'add_extend'],
    ['de', 'können wir noch 2 Nächte Tarangire dranhängen?', 'add_extend'],
    ['en', 'could we do 11 days instead?', 'trip'],
    ['fr', 'pourrait-on plutôt partir en juillet ?', 'trip'],
    ['de', 'könnten wir stattdessen im Juli fahren?', 'trip'],
    ['en', 'sorry, we are 3 adults, not 2?', 'trip'],
  ])('%s: «%s» → %s', (lang, text, act) => {
    const [first, turn] = run(PLANS[lang], text);
    expect(turn!.acts[0]).toBe(act);
    expect(turn!.decided).toBe(true);
    expect(turn!.inputs).not.toEqual(first!.inputs);
  });
});

describe('before any decision the mood holds nothing', () => {
  it('a first question with trip facts is still a trip', () => {
    const [turn] = run('Serengeti in July? 2 adults, 8 days, $6000 each');
    expect(turn!.acts[0]).toBe('trip');
    expect(turn!.decided).toBe(true);
  });

  it.each(['na?', 'hm?', 'so?'])('«%s» as a first message is a greeting and decides nothing', (text) => {
    const [turn] = run(text);
    expect(turn!.acts[0]).toBe('greeting');
    expect(turn!.decided).toBe(false);
  });
});

describe('the mood itself', () => {
  it.each(['what about Zanzibar', 'et si on restait 10 jours', 'wäre Juni besser', 'isn\'t it hot then', 'kann er mit?', 'und mit Sansibar'])('«%s» is interrogative', (text) => {
    expect(interrogative(text)).toBe(true);
  });

  it.each(['we want August', 'on part en août', 'wir nehmen den Juli', 'kann ich noch was ergänzen'])('«%s» is not', (text) => {
    expect(interrogative(text)).toBe(false);
  });

  it('holds only what would change the trip: a why asked already is left to the recogniser', () => {
    const ctx = { extraction: { message_kind: 'trip' as const }, delta: {}, known: {}, planned: [], pack };
    expect(heldQuestion('why August?', { act: 'why' }, ctx)).toBeUndefined();
    expect(heldQuestion('what about July?', { act: 'trip' }, { ...ctx, delta: { month: 7 } })).toMatchObject({ act: 'why', proposal: { month: 7 } });
    expect(heldQuestion('let\'s do July?', { act: 'trip' }, { ...ctx, delta: { month: 7 } })).toBeUndefined();
  });
});
