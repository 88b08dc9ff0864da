import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const verdict = (i: TripInputs) => decide(i, pack, NOW).content.verdict;

describe('a flexible traveler in the named place’s off season', () => {
  it('waits for its dry season when the game is fair now and at its best within their window (South Luangwa in May)', () => {
    const v = verdict({ destinations: ['south_luangwa'], month: 5, flexible_dates: true, adults: 2, priorities: ['privacy'] });
    expect(v.outcome).toBe('wait');
    expect(v.headline).toContain('South Luangwa');
  });

  it('books a month that is already good: Kruger in May is not moved to June', () => {
    expect(verdict({ destinations: ['kruger'], month: 5, flexible_dates: true, adults: 2 }).outcome).toBe('book');
  });

  it('books the off season when the dates are fixed', () => {
    expect(verdict({ destinations: ['south_luangwa'], month: 5, flexible_dates: false, adults: 2, priorities: ['privacy'] }).outcome).toBe('book');
  });
});
