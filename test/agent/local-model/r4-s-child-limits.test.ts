import { describe, expect, it } from 'vitest';
import { converse } from './helpers';

// Review 3, findings 1-4 and 8, in my own words: a child who may be under an activity's age limit is never booked on it.
// - "Only the grown-up does it" is no longer read: children join in words no list knows or in a later turn.
// - "The little one" / "the baby of the family" is a child of unknown age, so an age rule asks it.
// - An age said as a feeling ("14 at heart") is never an age; the real one said beside it ("actually 10") is.

const booked = (c: ReturnType<typeof converse>) => c.result.kind === 'issued' && c.result.content.verdict.outcome === 'book';
const asked = (c: ReturnType<typeof converse>, field: string) =>
  c.result.kind === 'refused' && (c.result.content.refusal?.missing_inputs ?? []).includes(field as never);

describe('a grown-up said to do an age-limited activity never leaves a child out of its limit', () => {
  for (const [label, turns] of [
    ['the child joins "with her mum"', ['Victoria Falls in August 2027, my wife and I with our girl aged 10, 4 nights, $3400 each. My wife is doing the bungee while I sit at the cafe. Our girl is desperate to leap off the bridge with her mum.']],
    ['the child goes "after"', ['Victoria Falls in August 2027, 2 adults and our lad aged 12, 4 nights, $3400 each. Just my wife will do the bungee. Our son plans to leap after her.']],
    ['the children stay out, then one goes "next"', ['Victoria Falls in August 2027, 2 adults and our son aged 13, 4 nights, $3400 each. My husband wants to do the bungee, the kids will just watch. Then our son goes next.']],
    ['the child joins in a later turn without naming the jump', ['Victoria Falls in August 2027, 2 adults and our son Ben aged 12, 4 nights, $3400 each.', 'My husband will do the bungee jump, the kids will just watch.', 'Actually Ben now wants to leap off the bridge alongside his father.']],
    ['a rafting father, the children said to stay at the lodge', ['Victoria Falls in August 2027, 2 adults and our daughters aged 7 and 9, 4 nights, $3400 each. Only my husband will go white-water rafting; the girls will stay at the lodge.']],
  ] as const) {
    it(`is not booked: ${label}`, () => {
      const c = converse([...turns]);
      expect(booked(c)).toBe(false);
    });
  }

  it('Devil\'s Pool with a child joining a grown-up in a later turn gets the refusal', () => {
    const c = converse(['Victoria Falls in October 2027, 2 adults and our son aged 9, 4 nights, $3400 each. My wife will swim in Devil\'s Pool while we relax by the pool.', 'Our son will swim alongside her.']);
    expect(c.inputs.activities ?? []).toContain('devils_pool');
    expect(c.result.kind).toBe('refused');
  });

  it('a grown-ups-only trip with the bungee is still decided', () => {
    const c = converse(['Victoria Falls in August 2027, 2 adults, 4 nights, $3400 each. My husband will do the bungee.']);
    expect(c.result.kind).toBe('issued');
  });
});

describe('"the little one" is a child of unknown age', () => {
  it('a gorilla trek with "the little one" asks the age', () => {
    const c = converse(['Gorilla trekking in Bwindi in August 2027, 2 adults and the little one, 5 days, $6500 each.']);
    expect(c.inputs.children).toBe(1);
    expect(asked(c, 'child_ages')).toBe(true);
  });

  it('"our little one" beside a bungee asks the age', () => {
    const c = converse(['Victoria Falls in September 2027, my wife and I with our little one, 4 nights, $3200 each, and the bungee for everyone.']);
    expect(c.inputs.children).toBe(1);
    expect(booked(c)).toBe(false);
  });

  it('"the little one" in Devil\'s Pool is refused', () => {
    const c = converse(['Victoria Falls in October 2027, 2 adults and the little one, 4 nights, $3200 each. All of us want to swim in Devil\'s Pool.']);
    expect(c.result.kind).toBe('refused');
  });

  it('"the baby of the family" is a child', () => {
    const c = converse(['Gorilla trekking in Volcanoes in August 2027, 2 adults and the baby of the family, 4 days, $7500 each.']);
    expect(c.inputs.children).toBe(1);
    expect(booked(c)).toBe(false);
  });
});

describe('an age said as a feeling is never the age', () => {
  it('"16 at heart, actually 10" reads 10 and a gorilla trek is not booked', () => {
    const c = converse(['Gorilla trekking in Bwindi in August 2027, 2 adults and our child, 5 days, $6500 each.', 'He is 16 at heart, but actually 10.']);
    expect(c.inputs.child_ages).toEqual([10]);
    expect(booked(c)).toBe(false);
  });

  it('"17 in spirit" with no real age leaves the age unknown, so it is asked', () => {
    const c = converse(['Gorilla trekking in Bwindi in August 2027, 2 adults and our daughter, 5 days, $6500 each.', 'She is 17 in spirit.']);
    expect(c.inputs.child_ages ?? []).not.toContain(17);
    expect(booked(c)).toBe(false);
  });

  it('a real age said plainly still counts', () => {
    const c = converse(['Gorilla trekking in Bwindi in August 2027, 2 adults and our son, 5 days, $6500 each.', 'He is 16.']);
    expect(c.inputs.child_ages).toEqual([16]);
  });
});
