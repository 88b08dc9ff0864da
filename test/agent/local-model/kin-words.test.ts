import { describe, expect, it } from 'vitest';
import { mergeTripInputs } from '../../../src/domain/merge-trip-inputs';
import { finalOutcome, type ConversationFixture } from '../../../src/agent/local-model/conversations';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { x } from './helpers';

// Issue 14, item 1: children in sight must reach the rules (counted, or at least a family),
// so a hard age rule (gorilla permits 15+, walking safaris) asks their ages instead of booking.
describe('children named by kin words in other languages and idioms are in sight', () => {
  it.each([
    'Bwindi im September, wir kommen mit den Enkeln',
    'Wir wollen mit unseren Enkelkindern im Oktober zu den Berggorillas',
    'Fußsafari in Sambia im Juli, mit den Kleinen',
    'Ruanda im August, mit unseren Kids',
    'Gorilas en Uganda en agosto, vamos con los peques',
    'Queremos ir a Ruanda en octubre con nuestros nietos',
    'Uganda en septiembre, vienen los niños también',
    'Safari a pie en julio con mis hijos',
    'Les gorilles au Rwanda en août avec nos petits-enfants',
    'Safari à pied en Zambie en juillet, avec nos petits',
    'Ouganda en septembre avec les gamins',
    'Rwanda en octobre avec les mômes',
    'Bwindi in September, taking the grandkids',
    'walking safari in Zambia in July with the youngsters',
    'Rwanda in August, we are bringing our lot',
    'Volcanoes in October with the little ones',
    'Ruanda im Juli mit dem Nachwuchs',
    'Ruanda en julio con la prole',
    'Rwanda en juillet avec la marmaille',
    'Rwanda in July, bringing the brood',
    'Rwanda in July with the granddaughters',
    'Ruanda im Juli mit den Kindern meiner Schwester',
  ])('%s', (text) => {
    const e = x(text);
    // Either the children are counted (then their ages are asked when missing) or the family type says they come.
    expect(e.children !== undefined ? e.children > 0 : e.traveler_type === 'family').toBe(true);
    expect(e.child_ages).toBeUndefined();
  });

  it('does not see children in words that only look like kin', () => {
    // Kenya seen already makes a repeat visitor (s9-E); what matters here is that no child is seen.
    expect(x('Rwanda in August, two adults, we have seen a lot of Kenya already').traveler_type).not.toBe('family');
    expect(x('deux adultes, Rwanda en août, les petits lodges nous plaisent').traveler_type).toBeUndefined();
    expect(x('zwei Erwachsene, Ruanda im August, die kleinen Camps sind uns lieber').traveler_type).toBeUndefined();
  });

  it('counts grandchildren with their ages in another language', () => {
    expect(x('wir zwei mit den zwei Enkeln (9 und 13), Ruanda im Juli')).toMatchObject({ children: 2, child_ages: [9, 13] });
    expect(x('nous deux avec nos petits-enfants de 8 et 12 ans, Rwanda en juillet')).toMatchObject({ children: 2, child_ages: [8, 12] });
  });
});

// "our two (7 and 9)": a count of the writer's own with as many ages under 18 is children, with no child word.
describe('a count of "our" people with their ages is children', () => {
  it.each([
    ['Rwanda in July, my husband and I with our two (7 and 9)', { adults: 2, children: 2, child_ages: [7, 9], group_size: 4 }],
    ['gorillas in August, me and my wife plus our three - 6, 10 and 12', { adults: 2, children: 3, child_ages: [6, 10, 12], group_size: 5 }],
    ['walking safari in Zambia, September, going with our 2: 11 and 14', { children: 2, child_ages: [11, 14] }],
    ['Bwindi in October, wir kommen mit unseren zwei (8 und 13)', { children: 2, child_ages: [8, 13] }],
    ['Ruanda im Juli, wir und unsere beiden (6 und 9)', { children: 2, child_ages: [6, 9] }],
    ['Rwanda in July, our 3 (ages 4, 7, 9)', { children: 3, child_ages: [4, 7, 9] }],
  ])('%s', (text, party) => {
    expect(x(text)).toMatchObject(party);
  });

  it('leaves counts that are not the ages of children alone', () => {
    // The number of ages must match the count, and grown-up ages are not children's.
    expect(x('Rwanda in July with our two (7 and 9 and 12)').child_ages).toBeUndefined();
    expect(x('Kenya in July, our two (45 and 47) are coming').children).toBeUndefined();
    expect(x('Kenya in July, our two - 3 and 4 star lodges both fine').children).toBeUndefined();
  });
});

// A later message that puts ages to names corrects the children's ages, it does not keep the old ones.
describe('ages corrected by name in a later message replace the ages known', () => {
  const known = { adults: 2, children: 2, child_ages: [15, 17], group_size: 4, traveler_type: 'family' as const };
  it.each([
    ['Sorry, I mixed them up - Sam is 13, Jo is 17', [13, 17]],
    ["correction: Mia's 11 and Leo's 17", [11, 17]],
    ['oops, my mistake. Ella is 9 and Tom is 15', [9, 15]],
  ])('%s', (text, ages) => {
    const e = x(text, known);
    expect(e.child_ages).toEqual(ages);
    expect(mergeTripInputs(known, e)).toMatchObject({ children: 2, child_ages: ages });
  });

  it('does not take one name, or names that are not the children, for the whole list', () => {
    // One age for two children cannot say whose it is: the ages known are not replaced by it.
    expect(x('Sam is 13 actually', known).child_ages).not.toEqual([13]);
    expect(x('Kruger is 5 hours from Joburg and the lodge is 20 minutes on', known).child_ages).toBeUndefined();
    // Without children known, names with ages over 17 are not children.
    expect(x('Anna is 45 and Paul is 47, Kenya in July').child_ages).toBeUndefined();
  });
});

describe('ages said after the kin word, by pronoun, or corrected by name in other languages', () => {
  it.each([
    ['Ruanda im Juli mit den Enkelkindern, sie sind 9 und 14', [9, 14]],
    ['nous partons avec les gamins en juillet, ils ont 8 et 12 ans', [8, 12]],
    ['vamos con los peques en julio, tienen 5 y 7 años', [5, 7]],
    ['gorillas in July with our 2 aged 7 and 9', [7, 9]],
  ])('%s', (text, ages) => {
    expect(x(text)).toMatchObject({ children: ages.length, child_ages: ages });
  });

  const known = { adults: 2, children: 2, child_ages: [15, 17], group_size: 4, traveler_type: 'family' as const };
  it.each([
    ['sorry, they are 13 and 17', [13, 17]],
    ['Jo is 17 and Sam 13', [17, 13]],
    ['Perdón, me equivoqué: Sam tiene 13 y Jo 17', [13, 17]],
    ['Pardon, je me suis trompé : Sam a 13 ans et Jo 17', [13, 17]],
    ['Sam, 13, and Jo, 17 - got them the wrong way round', [13, 17]],
    ['my mistake, Sam (13) and Jo (17)', [13, 17]],
    ['the kids are actually 13 and 17', [13, 17]],
  ])('corrects the known ages: %s', (text, ages) => {
    expect(x(text, known).child_ages).toEqual(ages);
  });

  it('does not read a pronoun count of other things as the ages', () => {
    expect(x('they are 3 and 4 star lodges, both fine', known).child_ages).toBeUndefined();
    expect(x('Kenya, 9 hours, and Tanzania, 10 days', known).child_ages).toBeUndefined();
    expect(x('July, 12 nights, and August, 14', known).child_ages).toBeUndefined();
  });
});

// The safety class itself: a gorilla trip (permits 15+) is never booked with these children unchecked.
describe('a hard age rule with children named these ways is asked or checked, never booked', () => {
  const trip = 'Gorilla trekking in Volcanoes, Rwanda, 5 days in July 2027, budget $9000';
  const outcome = (turns: string[]) =>
    finalOutcome({ id: 'kin', now: '2026-11-21T10:00:00Z', turns, expected: { outcome: 'book' }, why: 'kin words' } as ConversationFixture, defaultPackIndex()).outcome;
  it.each([
    [[`${trip}, wir kommen mit den Enkeln`], 'refused'],
    [[`${trip}, vamos con los peques`], 'refused'],
    [[`${trip}, avec nos petits-enfants`], 'refused'],
    [[`${trip}, me and the youngsters`], 'refused'],
    // 12 is under the permit age: the trip is not booked.
    [[`${trip}, two adults with our two (12 and 16)`], 'discard'],
    [[`${trip}, 2 adults and the kids, they are 15 and 17`, 'Sorry, I mixed them up - Sam is 13, Jo is 17'], 'discard'],
  ])('%j', (turns, expected) => {
    expect(outcome(turns)).toBe(expected);
  });
});
