import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

/*
 * A birthday known only by its month, in the trip's own month: whether the child is old enough
 * on the trek day depends on the day, so the rules ask rather than assume either way.
 */
const pack = defaultPackIndex();
const gorillaPark = pack.pack.destinations.find((d) => d.min_age && /gorilla/i.test(d.min_age.activity))!;
const minAge = gorillaPark.min_age!.age;
const outcome = (i: TripInputs) => {
  const r = decide(i, pack, NOW);
  return r.kind === 'refused' || r.content.verdict.outcome === 'refused' ? { outcome: 'refused', asks: r.content.refusal?.missing_inputs ?? [] } : { outcome: r.content.verdict.outcome, asks: [] };
};
const family = (month: number, birthday: { month: number; day?: number }): TripInputs => ({
  destinations: [gorillaPark.id],
  adults: 2,
  children: 1,
  child_ages: [minAge - 1],
  child_birthdays: [{ age: minAge, year: 2027, ...birthday }],
  month,
  year: 2027,
  flexible_dates: false,
});

describe('a child who reaches a permit age in the month of the trip', () => {
  it('asks for the exact date when only the month of the birthday is known', () => {
    const r = outcome(family(8, { month: 8 }));
    expect(r.outcome).toBe('refused');
    expect(r.asks).toContain('child_ages');
  });

  it('does not ask when the birthday is in an earlier month: the child is old enough all trip', () => {
    expect(outcome(family(9, { month: 8 })).outcome).not.toBe('refused');
  });

  it('does not ask when the birthday falls after the trip month: the child is too young either way', () => {
    expect(outcome(family(7, { month: 8 })).outcome).not.toBe('refused');
  });

  it('does not ask when no age rule binds the trip (a game drive park)', () => {
    const park = pack.pack.destinations.find((d) => d.kind !== 'beach' && !d.min_age && d.months[7]!.wildlife >= 4)!;
    expect(outcome({ ...family(8, { month: 8 }), destinations: [park.id] }).outcome).not.toBe('refused');
  });
});
