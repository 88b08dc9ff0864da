import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// The ninth round's classes, over phrasings written for these tests (none taken from the eval
// sets): a health question about the trip's place and month that names a child's age, and the
// cost a named place would add.

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');

function turns(first: string, text: string) {
  const [opening, turn] = [...simulateConversation([first, text], now, pack)];
  expect(opening!.decided).toBe(true);
  return { opening: opening!, turn: turn! };
}

const withChild = {
  en: 'Serengeti in July, 2 adults and our son aged 4, 8 days, $9000 total',
  fr: 'Le Serengeti en juillet, 2 adultes et notre fils de 4 ans, 8 jours, 9000 $',
  de: 'Serengeti im Juli, 2 Erwachsene und unser Sohn (4), 8 Tage, 9000 $',
};
const adults = {
  en: 'Masai Mara in August, 2 adults, 7 days, $6000 total',
  fr: 'Le Masai Mara en août, 2 adultes, 7 jours, 6000 $',
  de: 'Masai Mara im August, 2 Erwachsene, 7 Tage, 6000 $',
};

describe("a health question about the trip's place and month that names a child's age is a health pointer", () => {
  it.each<[string, string]>([
    // The child is already in the trip.
    [withChild.en, 'any malaria risk in Serengeti in July? should the 4-year-old take pills?'],
    [withChild.fr, 'y a-t-il du paludisme au Serengeti en juillet ? faut-il des comprimés pour notre petit de 4 ans ?'],
    [withChild.de, 'gibt es im Juli Malaria in der Serengeti? braucht unser 4-jähriger Tabletten?'],
    // A child the trip did not have: the health question still wins.
    [adults.en, 'is there malaria in the Mara in August? should our 6 year old take anything'],
    [adults.fr, 'paludisme au Masai Mara en août ? et pour notre fille de 6 ans, des cachets ?'],
    [adults.de, 'braucht unsere 6-jährige Tochter im August in der Masai Mara eine Malariaprophylaxe?'],
  ])('after «%s», «%s» keeps the decision and the trip', (first, text) => {
    const { opening, turn } = turns(first, text);
    expect(turn.acts[0]).toBe('out_of_scope');
    expect(turn.decided).toBe(false);
    // The age says whose health is asked about: it is not taken into the trip.
    expect(turn.inputs).toEqual(opening.inputs);
  });

  it('a child stated as a trip fact, with no health question, still changes the trip', () => {
    const { turn } = turns(adults.en, 'we are bringing our 6 year old too');
    expect(turn.acts[0]).not.toBe('out_of_scope');
    expect(turn.inputs.child_ages).toEqual([6]);
  });
});

describe('the cost a named place would add is a price question, never an addition', () => {
  it.each<[string, string]>([
    [adults.en, 'what’s Amboseli going to add cost-wise?'],
    [adults.en, 'what would Amboseli add to the bill?'],
    [adults.en, 'how much more would Amboseli be?'],
    [adults.fr, 'Amboseli, ça ajouterait combien ?'],
    [adults.fr, 'Amboseli, ça coûterait combien en plus ?'],
    [adults.fr, 'combien de plus pour Amboseli ?'],
    [adults.de, 'was kostet Amboseli zusätzlich?'],
    [adults.de, 'wie viel mehr würde Amboseli kosten?'],
  ])('after «%s», «%s» is a price and the plan stands', (first, text) => {
    const { opening, turn } = turns(first, text);
    expect(turn.acts[0]).toBe('price');
    expect(turn.decided).toBe(false);
    expect(turn.inputs.destinations).toEqual(opening.inputs.destinations);
  });

  it('asked once the place is added, it is still a price and adds nothing more', () => {
    const ts = [...simulateConversation([adults.en, 'could we add Amboseli?', 'what’s Amboseli going to add cost-wise?'], now, pack)];
    expect(ts[1]!.acts[0]).toBe('add_extend');
    expect(ts[2]!.acts[0]).toBe('price');
    expect(ts[2]!.decided).toBe(false);
    expect(ts[2]!.inputs).toEqual(ts[1]!.inputs);
  });

  it.each<[string, string]>([
    [adults.en, 'add Amboseli, how much would that be?'],
    [adults.fr, 'ajoutez Amboseli, ça ferait combien ?'],
  ])('an order to add a place still adds it (after «%s», «%s»)', (first, text) => {
    const { turn } = turns(first, text);
    expect(turn.acts[0]).toBe('add_extend');
    expect(turn.inputs.destinations).toContain('amboseli');
  });
});
