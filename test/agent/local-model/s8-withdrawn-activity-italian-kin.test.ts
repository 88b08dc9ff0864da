import { describe, expect, it } from 'vitest';
import { converse } from './helpers';

// Session 8, from last session's known gaps (own phrasings):
// - an activity withdrawn by its own word ("skip the pool then") leaves the trip, and its age limit with it, so a
//   refusal for a child in Devil's Pool can be lifted by the traveler;
// - Italian and Portuguese children after "con i nostri" / "com os nossos" are children whose ages an age rule asks.

const booked = (c: ReturnType<typeof converse>) => c.result.kind === 'issued' && c.result.content.verdict.outcome === 'book';
const POOL = "Victoria Falls in September 2027, 2 adults and our daughter aged 9, 4 nights, $4000 each. We'd love to swim in Devil's Pool.";

describe('an activity the traveler withdraws', () => {
  it('is refused while the child and the pool are both in the trip', () => {
    const c = converse([POOL]);
    expect(c.inputs.activities).toContain('devils_pool');
    expect(c.result.kind).toBe('refused');
  });

  for (const withdraw of ['ok skip the pool then', "Fine, forget Devil's Pool.", 'no pool then, just the falls', "we'll go without the pool swim", 'the pool is off']) {
    it(`"${withdraw}" lifts the refusal and books the rest`, () => {
      const c = converse([POOL, withdraw]);
      expect(c.inputs.activities ?? []).not.toContain('devils_pool');
      expect(booked(c)).toBe(true);
    });
  }

  it('withdrawing one activity keeps the other, and its limit', () => {
    const c = converse(['Victoria Falls in September 2027, 2 adults and our son aged 11, 4 nights, $4000 each. Devil\'s Pool and white-water rafting please.', 'skip the pool']);
    expect(c.inputs.activities).toEqual(['rafting']);
    expect(booked(c)).toBe(false);
  });

  it('a pool at the lodge in a later message withdraws nothing', () => {
    const c = converse([POOL, 'does the lodge have a pool?']);
    expect(c.inputs.activities).toContain('devils_pool');
    expect(c.result.kind).toBe('refused');
  });
});

describe('Italian and Portuguese children after a preposition and a possessive', () => {
  for (const text of [
    'Vorremmo fare un safari a piedi nel South Luangwa ad agosto con i nostri nipoti, budget 4000 euro a testa',
    'Safari a piedi in South Luangwa a settembre 2027 con i miei bambini, 5000 euro a persona',
    'Queremos um safari a pé em South Luangwa em agosto com os nossos filhos, 4000 euros por pessoa',
  ]) {
    it(`a walking safari is not booked before the children's ages: ${text.slice(0, 50)}…`, () => {
      const c = converse([text]);
      expect(c.result.kind).toBe('refused');
      if (c.result.kind === 'refused') expect(c.result.content.refusal?.missing_inputs ?? []).toContain('child_ages');
    });
  }
});

describe('two regions under one "Africa", and permits already held', () => {
  it('"open to anywhere in East or Southern Africa" is both regions', () => {
    const c = converse(["We're open to anywhere in East or Southern Africa, 2 adults in August 2027, $6000 each, big cats"]);
    expect(new Set(c.inputs.countries)).toEqual(new Set(['KE', 'TZ', 'UG', 'RW', 'BW', 'ZA', 'NA', 'ZM', 'ZW']));
  });

  for (const text of ['Gorillas in Volcanoes in July 2027 for 2 adults, $3500 each, we already have permits', 'Volcanoes NP, July 2027, two of us, USD 3,500 pp. We have gorilla permits already.']) {
    it(`permits held without "our" are outside the budget: ${text}`, () => {
      expect(converse([text]).inputs.budget_excludes_permits).toBe(true);
    });
  }

  it('asking whether permits are needed says nothing about them', () => {
    expect(converse(['Gorillas in Volcanoes in July 2027 for 2 adults, $3500 each. Do we have to buy permits ourselves?']).inputs.budget_excludes_permits).toBeUndefined();
  });
});
