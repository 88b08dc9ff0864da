import { describe, expect, it } from 'vitest';
import { decide } from '../../src/domain/rules/decide';
import { defaultPackIndex } from '../../src/domain/knowledge-pack/index-pack';
import type { TripInputs } from '../../src/domain/trip-inputs';

const pack = defaultPackIndex();
const NOW = new Date('2026-11-21T10:00:00Z');
const party: TripInputs = { adults: 2, group_size: 2, duration_days: 5, budget_amount: 6000, budget_currency: 'USD', budget_basis: 'per_person', year: 2027 };
const outcome = (i: TripInputs) => decide({ ...party, ...i }, pack, NOW).content.verdict.outcome;

// Rain lowers a month's score; it does not make a traveler who never said they could move wait for a drier one
// when what they asked for (resident rhinos on the plateau in the short rains) is there at least fairly.
describe('a fair month in the rain, for a traveler who never said they could move', () => {
  it('is booked when the animals they named live there', () => {
    expect(outcome({ destinations: ['laikipia'], month: 11, animals: ['rhino'] })).toBe('book');
  });

  it('still waits for the drier month when they said the dates can move', () => {
    expect(outcome({ destinations: ['laikipia'], month: 11, animals: ['rhino'], flexible_dates: true })).toBe('wait');
  });

  it('still waits when they named only the place, whose own draw (the mountain view) the rains hide', () => {
    expect(outcome({ destinations: ['amboseli'], month: 4 })).toBe('wait');
  });
});
