import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/domain/rules/decide';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { adultAges } from '../../../src/agent/local-model/stated-ages';

// An activity may have an upper age as well as a lower one (SANParks wilderness trails: 12 to 65). An adult's
// stated age reaches the rules through `adult_ages`; over the limit the activity's place is never booked for it.
const NOW = new Date('2026-11-21T10:00:00Z');
const outcome = (i: TripInputs) => {
  const r = decide(i, defaultPackIndex(), NOW);
  return r.kind === 'issued' ? r.content.verdict.outcome : `refused:${r.content.refusal?.reason}`;
};
const trail: TripInputs = { destinations: ['kruger'], month: 7, year: 2027, adults: 1, activities: ['wilderness_trail'], budget_amount: 3000, budget_currency: 'USD' };

describe('upper age limits on an activity', () => {
  it('a walker over the limit is not booked on the trail', () => {
    expect(outcome({ ...trail, adult_ages: [68] })).not.toBe('book');
  });

  it('with any walking safari acceptable, it switches to a place whose walks have no upper limit', () => {
    const r = decide({ ...trail, adult_ages: [71], priorities: ['walking'] }, defaultPackIndex(), NOW);
    expect(r.kind === 'issued' && r.content.verdict.outcome).toBe('switch');
    if (r.kind === 'issued') expect(r.content.verdict.summary).toMatch(/no one over 65/);
  });

  it('walkers within the band, or of unstated age, are booked', () => {
    expect(outcome({ ...trail, adult_ages: [58, 63] })).toBe('book');
    expect(outcome(trail)).toBe('book');
  });

  it('the limit binds only the trip that names the trail', () => {
    expect(outcome({ ...trail, activities: undefined, adult_ages: [80] })).toBe('book');
  });
});

describe("adults' ages read from the message", () => {
  it.each([
    ['for my 70th birthday', [70]],
    ["I'm 66 and very fit", [66]],
    ['both 40, $4,000 each', [40, 40]],
    ["I'm 58 and she's 61", [58, 61]],
    ['me (45) and my mum (60)', [45, 60]],
  ])('%s', (text, ages) => {
    expect(adultAges(text)).toEqual(ages);
  });

  it.each(["we're 2 adults, 7 days", 'our 12th anniversary', 'we are 30 people', "she's 14"])('no adult age: %s', (text) => {
    expect(adultAges(text)).toBeUndefined();
  });
});
