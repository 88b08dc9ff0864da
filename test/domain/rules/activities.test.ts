import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const falls = pack.byId.get('victoria_falls')!;
const outcome = (i: TripInputs) => {
  const r = decide(i, pack, NOW);
  return r.kind === 'issued' ? r.content.verdict.outcome : `refused:${r.content.refusal?.missing_inputs.join('+')}`;
};

describe('an activity with a season of its own (Devil’s Pool only at low water)', () => {
  const pool: TripInputs = { destinations: ['victoria_falls'], adults: 2, activities: ['devils_pool'] };
  const open = falls.activities!.find((a) => a.id === 'devils_pool')!.months!;

  it('is no trip in a month it is shut when the dates are fixed, and says why', () => {
    const shut = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((m) => !open.includes(m));
    expect(shut.length).toBeGreaterThan(0);
    const r = decide({ ...pool, month: shut[0]!, flexible_dates: false }, pack, NOW);
    expect(r.kind === 'issued' && r.content.verdict.outcome).toBe('discard');
    expect(r.content.verdict.summary).toMatch(/Devil's Pool at Victoria Falls is closed in/);
  });

  it('waits for its season with flexible dates, and books in it', () => {
    expect(outcome({ ...pool, month: 5, flexible_dates: true })).toBe('wait');
    expect(outcome({ ...pool, month: 10, flexible_dates: false })).toBe('book');
  });

  it('does not hold a trip that never named it', () => {
    expect(outcome({ destinations: ['victoria_falls'], adults: 2, month: 4, flexible_dates: false })).toBe('book');
  });
});

describe('an activity with a minimum age (canoeing above the falls)', () => {
  const canoe: TripInputs = { destinations: ['victoria_falls'], month: 9, flexible_dates: false, adults: 2, children: 2, traveler_type: 'family', activities: ['canoeing'] };
  const minAge = falls.activities!.find((a) => a.id === 'canoeing')!.min_age!;

  it('asks the children’s ages when they are unknown, rather than book on a guess', () => {
    expect(outcome(canoe)).toBe('refused:child_ages');
    // Without the canoe the ages change nothing at the falls, so nothing is asked.
    expect(outcome({ ...canoe, activities: undefined })).toBe('book');
  });

  it('books when the youngest is old enough and never when one is under the age', () => {
    expect(outcome({ ...canoe, child_ages: [minAge, minAge + 3] })).toBe('book');
    const young = decide({ ...canoe, child_ages: [minAge - 3, minAge + 2] }, pack, NOW);
    expect(young.kind === 'issued' && young.content.verdict.outcome).not.toBe('book');
    expect(young.content.verdict.summary).toMatch(new RegExp(`canoeing at Victoria Falls needs age ${minAge}`, 'i'));
  });
});
