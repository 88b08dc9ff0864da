import { describe, expect, it } from 'vitest';
import { x } from './helpers';

// Fifteenth round, extraction breadth: places behind an elided article, Big Five animals said as a list item.
describe('a place behind an elided article or preposition', () => {
  it.each([
    ["on rêve de l'Okavango en août", 'okavango_delta'],
    ["trois nuits autour d'Etosha", 'etosha'],
    ["vorremmo vedere il parco dell'Amboseli", 'amboseli'],
  ])('%s', (said, place) => {
    expect(x(said).destinations).toEqual([place]);
  });

  it('keeps a possessive apostrophe inside a name', () => {
    expect(x("devil's pool in september").destinations).toEqual(['victoria_falls']);
  });
});

describe('Big Five animals named as a list item are what the traveler is after', () => {
  it('reads a list item of animals beside other facts', () => {
    expect(x('Tanzania, October. buffalo + leopards, 3 adults').priorities).toContain('big_five');
    expect(x('walking + lions, Zambia in September').priorities).toEqual(expect.arrayContaining(['walking', 'big_five']));
  });

  it('reads a foreign wish verb before the animal', () => {
    expect(x('cerchiamo leoni e rinoceronti in Kenya').priorities).toContain('big_five');
    expect(x('wir wollen Leoparden sehen, Sambia im August').priorities).toContain('big_five');
  });

  it('does not make a priority of elephants alone, nor of an animal only asked about', () => {
    expect(x('Chobe in August, elephants').priorities ?? []).not.toContain('big_five');
    expect(x('are there leopards in Etosha in May?').priorities ?? []).not.toContain('big_five');
  });
});

describe('currency names in other languages', () => {
  it.each([
    ['8.000 franchi svizzeri a testa', 8000, 'CHF', 'per_person'],
    ['5000 Schweizer Franken insgesamt', 5000, 'CHF', undefined],
    ['12.000 dollari in tre', 12000, 'USD', 'total'],
    ['4000 sterline a persona', 4000, 'GBP', 'per_person'],
    ['20 000 $ CA pour nous deux', 20000, 'CAD', undefined],
    ['CA$ 7,500 per person', 7500, 'CAD', 'per_person'],
  ])('%s', (said, amount, currency, basis) => {
    const got = x(said);
    expect(got).toMatchObject({ budget_amount: amount, budget_currency: currency });
    if (basis) expect(got.budget_basis).toBe(basis);
  });
});

describe("a budget's basis belongs to its own amount", () => {
  it('does not give an amount the basis said after the next amount', () => {
    expect(x('we can do EUR 9000 for all of us, so about 3000 each')).toMatchObject({ budget_amount: 9000, budget_currency: 'EUR', budget_basis: 'total' });
  });
});

describe('a birthday close at hand', () => {
  const now = new Date('2026-12-06T10:00:00Z');
  it('keeps today’s age and dates the birthday at the latest day it can be; the trip month is not the birthday’s', () => {
    const got = x('our son turns 15 next week, gorilla trek in Uganda in March', undefined, now);
    expect(got).toMatchObject({ month: 3, children: 1, child_ages: [14], child_birthdays: [{ age: 15, year: 2026, month: 12, day: 20 }] });
    expect(x('my niece turns 12 in 3 days, walking safari in February', undefined, now).child_birthdays).toEqual([{ age: 12, year: 2026, month: 12, day: 9 }]);
  });

  it('gives twins one age and the birthday to each of them', () => {
    const got = x('with our twin boys, turning 15 next month, Bwindi in May', undefined, now);
    expect(got).toMatchObject({ children: 2, child_ages: [14, 14] });
    expect(got.child_birthdays).toHaveLength(2);
    expect(x('our twins turn 15 in August, gorillas in July', undefined, now)).toMatchObject({ children: 2, child_ages: [14, 14] });
  });
});

describe('the party changed by someone dropping out or joining', () => {
  const family = { adults: 2, children: 1, child_ages: [9], group_size: 3 };
  it('removes the child who drops out, not an adult', () => {
    expect(x("our son can't make it after all, so just the two of us then", family)).toMatchObject({ children: 0, group_size: 2 });
    expect(x('our girl is staying home with her aunt', family)).toMatchObject({ children: 0, group_size: 2 });
    expect(x('our girl is staying home with her aunt', family).adults ?? 2).toBe(2);
  });

  it('reads the recount said after a drop-out, in other languages too', () => {
    const four = { adults: 4, group_size: 4 };
    expect(x("one friend can't come, so only 3", four).group_size).toBe(3);
    expect(x('ein Freund kann leider nicht, also nur 3', four).group_size).toBe(3);
    expect(x("un ami ne peut pas venir, donc seulement 3", four).group_size).toBe(3);
    expect(x('un amigo no puede venir, entonces solo 3', four)).toMatchObject({ group_size: 3 });
    expect(x('un amigo no puede venir, entonces solo 3', four).adults).not.toBe(1);
  });

  it('adds one for a relative joining, said verb first or with "one more"', () => {
    const two = { adults: 2, group_size: 2 };
    expect(x('se apunta mi suegra, una más', two)).toMatchObject({ adults: 3, group_size: 3 });
    expect(x('meine Schwägerin kommt auch dazu', two)).toMatchObject({ adults: 3, group_size: 3 });
    expect(x('si unisce mia cognata', two)).toMatchObject({ adults: 3, group_size: 3 });
  });
});

describe('a country preferred over another', () => {
  it('wants the preferred one and neither wants nor rules out the other', () => {
    const got = x("we'd prefer Uganda over Rwanda for the gorillas, in March");
    expect(got.countries).toEqual(['UG']);
    expect(got.excluded_destinations).toBeUndefined();
  });
  it('leaves "over" as a time alone', () => {
    expect(x('Namibia over Easter').countries).toEqual(['NA']);
  });
});
