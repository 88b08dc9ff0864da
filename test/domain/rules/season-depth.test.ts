import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { seasonDepth } from '../../../src/domain/rules/unknowns';
import type { DestinationId } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const phases = (id: DestinationId) => pack.byId.get(id)!.months.map((m) => m.migration);

describe('between months that score the same, the one deeper inside the migration season', () => {
  it('is 0 at either end of a run, more towards its middle, and 0 with no migration', () => {
    const run = ['none', 'none', 'none', 'none', 'none', 'none', 'river_crossings', 'river_crossings', 'river_crossings', 'river_crossings', 'none', 'none'];
    expect([7, 8, 9, 10].map((m) => seasonDepth(run, m))).toEqual([0, 1, 1, 0]);
    expect(seasonDepth(run, 3)).toBe(0);
    // A run across the year's end (calving from December to March) counts through January.
    const calving = ['calving', 'calving', 'calving', 'none', 'none', 'none', 'none', 'none', 'none', 'none', 'none', 'calving'];
    expect([12, 1, 2, 3].map((m) => seasonDepth(calving, m))).toEqual([0, 1, 1, 0]);
  });

  it('an open month for the crossings is not the season’s first month when a later one rates the same', () => {
    // The pack rates the Mara's July and August alike, and its July note says the first crossings come late in the month.
    expect(phases('masai_mara')[6]).toBe(phases('masai_mara')[7]);
    const c = decide({ destinations: ['masai_mara'], migration_phase: 'river_crossings', priorities: ['migration'], flexible_dates: true, adults: 2 }, pack, NOW).content;
    expect(c.verdict.outcome).toBe('book');
    expect(c.verdict.headline).not.toContain('July');
    expect(seasonDepth(phases('masai_mara'), 7)).toBe(0);
  });

  it('leaves the first best month when the traveler did not ask for the migration', () => {
    const c = decide({ destinations: ['masai_mara'], priorities: ['wildlife_density'], flexible_dates: true, adults: 2 }, pack, NOW).content;
    expect(c.verdict.headline).toContain('July');
  });
});
