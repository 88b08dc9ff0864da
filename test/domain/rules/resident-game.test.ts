import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const verdict = (i: TripInputs) => decide(i, pack, NOW).content.verdict;

describe('a place whose game is resident, in a green-season month', () => {
  it('is booked for fixed late-March dates at Kruger (after the wettest months, the Big Five live there all year)', () => {
    const v = verdict({ destinations: ['kruger'], start_date: '2027-03-20', end_date: '2027-03-28', children: 3, child_ages: [6, 8, 11], adults: 2 });
    expect(v.outcome).toBe('book');
    expect(v.headline).toContain('Kruger');
  });

  it('still reads the wettest months as a wetter trip: a flexible traveler in January is offered the dry winter', () => {
    const v = verdict({ destinations: ['kruger'], month: 1, flexible_dates: true, adults: 2, priorities: ['wildlife_density'] });
    expect(v.outcome).not.toBe('book');
  });
});
