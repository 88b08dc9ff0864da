import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const falls = pack.byId.get('victoria_falls')!;
const season = falls.activities!.find((a) => a.id === 'devils_pool')!.months!;
const decided = (i: TripInputs) => {
  const r = decide(i, pack, NOW);
  return r.kind === 'issued' ? { outcome: r.content.verdict.outcome, summary: r.content.verdict.summary } : { outcome: 'refused', summary: '' };
};

// The pack scores the falls by their flow (photography); Devil's Pool opens only when the flow is low. A traveler who
// comes for the pool wants exactly the months the flow score calls poor.
describe('an asked activity in its season is the point of the trip', () => {
  const swim: TripInputs = { destinations: ['victoria_falls'], adults: 3, activities: ['devils_pool'], flexible_dates: false };

  it('books every month of the activity’s season on fixed dates, the lowest-water months too', () => {
    for (const month of season) expect(decided({ ...swim, month }).outcome, `month ${month}`).toBe('book');
  });

  it('is what changes the verdict: the same lowest-water month without the pool is judged on the falls', () => {
    const low = season.reduce((a, m) => (falls.months[m - 1]!.wildlife < falls.months[a - 1]!.wildlife ? m : a));
    expect(decided({ ...swim, month: low }).outcome).toBe('book');
    expect(decided({ ...swim, month: low, activities: undefined }).outcome).not.toBe('book');
    // The assumption says the pool decided the month, not a photography trip that was never weighed.
    const r = decide({ ...swim, month: low }, pack, NOW);
    const said = r.kind === 'issued' ? r.content.assumptions.map((a) => a.text).join(' ') : '';
    expect(said).toMatch(/for Devil's Pool, which is in season/);
    expect(said).not.toMatch(/mainly for photography/);
  });

  it('does not override what the traveler said they want: stated photography still weighs the low water', () => {
    const low = season.reduce((a, m) => (falls.months[m - 1]!.wildlife < falls.months[a - 1]!.wildlife ? m : a));
    expect(decided({ ...swim, month: low, priorities: ['photography'] }).outcome).not.toBe('book');
  });

  it('gives no point outside the season: a shut month is still no trip', () => {
    const shut = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].find((m) => !season.includes(m))!;
    const r = decided({ ...swim, month: shut });
    expect(r.outcome).toBe('discard');
    expect(r.summary).toMatch(/Devil's Pool at Victoria Falls is closed in/);
  });
});
