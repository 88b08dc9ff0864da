import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// Session 8, engineer D: a price question said more precisely in the next message ("I mean the luxury ones") is still that
// price question, and so is "how much more" after an addition; neither changes the trip.

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');

function run(...texts: string[]) {
  const turns = [...simulateConversation(texts, now, pack)];
  return { turns, prev: turns[turns.length - 2]!, last: turns[turns.length - 1]! };
}

describe('a price question continued is a price question', () => {
  it.each([
    ['Ruaha in September, 2 adults, 8 days', 'what would the top-end camps cost?', 'sorry, I meant the mid-range ones'],
    ['Ruaha in September, 2 adults, 8 days', 'how much is it?', 'i mean for the luxury lodges'],
    ['Ruaha in September, 2 adults, 8 days', 'how much is it?', 'and the premium tier?'],
    ['Ruaha en septembre, 2 adultes, 8 jours', 'combien ça coûte ?', 'je voulais dire en haut de gamme'],
    ['Ruaha en septembre, 2 adultes, 8 jours', 'et le prix ?', 'je parle des lodges de luxe'],
    ['Ruaha im September, 2 Erwachsene, 8 Tage', 'was kostet das?', 'ich meinte die Luxus-Variante'],
    ['Ruaha im September, 2 Erwachsene, 8 Tage', 'was kostet das ungefähr?', 'gemeint ist die gehobene Kategorie'],
    ['Ruaha in September, 2 adults, 8 days', 'how much would it cost?', 'for the posh camps I mean'],
    ['Ruaha en septembre, 2 adultes, 8 jours', 'combien ça coûte ?', 'non, pour des lodges chics'],
    ['Ruaha im September, 2 Erwachsene, 8 Tage', 'was kostet das?', 'nein, die edlen Lodges meine ich'],
  ])('%s → «%s» → «%s»', (plan, price, again) => {
    const { prev, last } = run(plan, price, again);
    expect(prev.acts[0]).toBe('price');
    expect(last.acts[0]).toBe('price');
    expect(last.decided).toBe(false);
    expect(last.inputs).toEqual(prev.inputs);
  });

  it('before any decision the tier named in it is not taken as a wish', () => {
    const { prev, last } = run('une famille, 2 enfants de 8 et 11 ans, safari en Afrique du Sud', 'et en haut de gamme, ça coûte combien ?', 'je veux dire avec des lodges de luxe');
    expect(last.acts[0]).toBe('price');
    expect(last.decided).toBe(false);
    expect(last.inputs.priorities ?? []).not.toContain('comfort');
    expect(last.inputs).toEqual(prev.inputs);
  });

  it('a clarification after a why-not about another place stays a why-not about that place', () => {
    const { last, prev } = run('Serengeti in August, 2 adults, 8 days', 'why not Tarangire?', 'I mean Ruaha');
    expect(last.acts[0]).toBe('why_not');
    expect(last.dialogue.about).toBe('ruaha');
    expect(last.inputs).toEqual(prev.inputs);
  });

  it.each([
    // A tier asked for, or a change of mind after "I mean", is not a price question.
    ['Ruaha in September, 2 adults, 8 days', 'how much is it?', 'luxury please', 'trip'],
    ['Ruaha in September, 2 adults, 8 days', 'how much is it?', 'I mean, we would rather go to Kenya instead', 'change_mind'],
    ['Ruaha in September, 2 adults, 8 days', 'why Ruaha?', 'I mean, 2 adults and our 10 year old', 'trip'],
  ])('%s → «%s» → «%s» is not a price', (plan, q, text, act) => {
    const { last } = run(plan, q, text);
    expect(last.acts[0]).toBe(act);
    expect(last.decided).toBe(true);
  });
});

describe('how much more an addition costs is a price question', () => {
  it.each([
    ['Zanzibar in June, 2 adults, 6 nights', 'add 3 nights in Nyerere before', 'how much more is that'],
    ['Zanzibar en juin, 2 adultes, 6 nuits', 'ajoutez 3 nuits à Nyerere avant', 'ça fait combien de plus'],
    ['Sansibar im Juni, 2 Erwachsene, 6 Nächte', 'hängt 3 Nächte Nyerere davor an', 'wie viel kostet das zusätzlich'],
  ])('%s → «%s» → «%s»', (plan, add, price) => {
    const { prev, last } = run(plan, add, price);
    expect(prev.acts[0]).toBe('add_extend');
    expect(last.acts[0]).toBe('price');
    expect(last.decided).toBe(false);
    expect(last.inputs).toEqual(prev.inputs);
  });
});

describe('the most economical way asked is a price question', () => {
  it.each([
    ['Etosha in July, 2 adults, 6 days', "what's the most economical way to do this?"],
    ['Etosha im Juli, 2 Erwachsene, 6 Tage', 'und die sparsamste Lösung wäre?'],
    ['Etosha im Juli, 2 Erwachsene, 6 Tage', 'gibt es eine Sparvariante?'],
  ])('%s → «%s»', (plan, text) => {
    const { prev, last } = run(plan, text);
    expect(last.acts[0]).toBe('price');
    expect(last.decided).toBe(false);
    expect(last.inputs).toEqual(prev.inputs);
  });
});
