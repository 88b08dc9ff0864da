import { describe, expect, it } from 'vitest';
import { converse, x } from './helpers';

// Sixteenth round, extraction: the party resolver (grown children in an age list, an adult's age in
// brackets beside the children, "a group of N adults + 1 teen", "me + grandkids", one child's age
// out of a counted few, German "die beiden Kleinen", one infant named twice).
describe('a child of 18 or more in the children’s age list travels as an adult', () => {
  it('counts the grown one among the adults, so the head count agrees', () => {
    const p = x('chimps in Kibale with our four children aged 9, 12, 16 and 20, 6 people in total');
    expect(p).toMatchObject({ children: 3, child_ages: [9, 12, 16], adults: 3, group_size: 6 });
  });

  it('keeps every age when all are under 18', () => {
    expect(x('our two kids aged 13 and 16, 4 of us').child_ages).toEqual([13, 16]);
  });
});

describe('an adult’s age in brackets after the children is the adult’s', () => {
  it('does not make a grown child of a grandparent named after the kids', () => {
    const p = x('me, my wife, our children 11 and 14 and grandpa (81), Kenya in June');
    expect(p).toMatchObject({ adults: 3, children: 2, child_ages: [11, 14] });
  });
});

describe('"a group of N adults" counts the adults, not the group', () => {
  it('adds the teen named after them, whose age is then asked', () => {
    const p = x('there will be a group of 3 adults plus 1 teenager');
    expect(p).toMatchObject({ adults: 3, children: 1, group_size: 4 });
    expect(p.child_ages).toBeUndefined();
  });

  it('keeps "a group of 6" as the group', () => {
    expect(x('a group of 6 friends, Botswana in May').group_size).toBe(6);
  });
});

describe('the writer alone with children of unknown number and age', () => {
  it('reads one adult and a family, so a gorilla trek asks the ages', () => {
    const p = x('Volcanoes gorillas in July, just me & grandkids, $20k total');
    expect(p).toMatchObject({ adults: 1, traveler_type: 'family' });
    expect(p.child_ages).toBeUndefined();
    const { result } = converse(['Volcanoes gorillas in July, just me & grandkids, $20k total']);
    expect(result.content.refusal?.missing_inputs).toContain('child_ages');
  });
});

describe('one child’s age out of a counted few', () => {
  it('reads the age and the count, never more ages than said', () => {
    const p = x('the eldest of our 3 is 12, Uganda in August');
    expect(p).toMatchObject({ children: 3, child_ages: [12] });
  });

  it('a youngest of 13 among three fails a gorilla trek (never a guessed age)', () => {
    const { result } = converse(['Bwindi gorillas in September, $4k pp, two adults; the youngest of our three is 13']);
    expect(result.kind === 'refused' || result.content.verdict.outcome !== 'book').toBe(true);
  });
});

describe('German "die beiden Kleinen" are two children', () => {
  it('reads their ages', () => {
    const p = x('Mit den Kindern nach Ruanda, die beiden Kleinen sind 6 und 9, im August');
    expect(p).toMatchObject({ children: 2, child_ages: [6, 9] });
  });
});

describe('one infant named twice is one child', () => {
  it('reads "the baby" after "a newborn" as the same child', () => {
    const p = x('Zanzibar in May with a newborn and my wife; one of us swims while the other minds the baby');
    expect(p).toMatchObject({ adults: 2, children: 1, child_ages: [0], group_size: 3 });
  });

  it('still counts a baby and an infant said as two', () => {
    expect(x('Kruger in May with our infant and a baby niece').children).toBe(2);
  });
});
