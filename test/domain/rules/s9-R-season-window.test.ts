import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const verdict = (i: TripInputs) => decide(i, pack, NOW).content.verdict;

describe('a flexible traveler whose named activity is closed in their month waits for its season', () => {
  it('sends a movable Devil’s Pool trip in April (high water) to wait for the low-water months, beyond three months out', () => {
    const v = verdict({ destinations: ['victoria_falls'], month: 4, flexible_dates: true, adults: 2, activities: ['devils_pool'] });
    expect(v.outcome).toBe('wait');
    expect(v.headline).toMatch(/August|September|October|November|December|January/);
    // The reason given is the pool's season, not the falls' flow.
    expect(v.headline).toContain("Devil's Pool is open then");
  });

  it('waits for the first month the place reopens when the usual window already reaches it (South Luangwa, February to May)', () => {
    const v = verdict({ destinations: ['south_luangwa'], month: 2, flexible_dates: true, adults: 2 });
    expect(v.outcome).toBe('wait');
    expect(v.headline).toContain('May');
  });

  it('does not move dates the traveler fixed', () => {
    const v = verdict({ destinations: ['victoria_falls'], month: 4, flexible_dates: false, adults: 2, activities: ['devils_pool'] });
    expect(v.outcome).not.toBe('wait');
    expect(v.outcome).not.toBe('book');
  });

  it('keeps a window the traveler bounded: "until June" does not reach the August opening', () => {
    const v = verdict({ destinations: ['victoria_falls'], month: 4, flexible_dates: true, flexible_until: { year: 2027, month: 6 }, adults: 2, activities: ['devils_pool'] });
    expect(v.outcome).not.toBe('wait');
  });

  it('never books the pool for a child whatever the window', () => {
    const v = verdict({ destinations: ['victoria_falls'], month: 4, flexible_dates: true, adults: 2, children: 1, child_ages: [9], activities: ['devils_pool'] });
    expect(v.outcome).toBe('refused');
  });
});
