import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const verdict = (i: TripInputs) => decide(i, pack, NOW).content.verdict;

describe('a place the traveler named', () => {
  it('is booked when it gives what they asked for at least fairly, even if another place scores higher that month', () => {
    // Etosha in the January rains: game 3/5 and some wet days, but a fair trip on fixed dates.
    expect(verdict({ destinations: ['etosha'], month: 1, flexible_dates: false, adults: 2 }).outcome).toBe('book');
  });

  it('is switched when the month makes it poor for what they want and their dates cannot move', () => {
    // The Mara in February for the migration: the herds are far south, calving on the Serengeti's plains.
    const v = verdict({ destinations: ['masai_mara'], month: 2, flexible_dates: false, adults: 2, priorities: ['migration'] });
    expect(v.outcome).toBe('switch');
    expect(v.headline).not.toContain('Mara');
  });

  it('is kept, with the rain named, when only the rain makes the month poor and the rescue is in another region', () => {
    // Chobe in the February rains for dense game: the elephants spread inland, the game still rates 3/5; East Africa is no rescue.
    const v = verdict({ destinations: ['chobe'], month: 2, flexible_dates: false, adults: 2, priorities: ['wildlife_density'] });
    expect(v.outcome).toBe('book');
    expect(v.headline).toContain('Chobe');
  });

  it('is booked, not discarded, when only how they travel (value for money) scores it down', () => {
    const v = verdict({ destinations: ['volcanoes'], month: 10, adults: 2, priorities: ['gorillas', 'value'] });
    expect(['book', 'wait']).toContain(v.outcome);
    expect(v.headline).toContain('Volcanoes');
  });

  it('waits for an earlier month when the flexibility said ends at the month named ("any month from January to May")', () => {
    const v = verdict({ destinations: ['serengeti'], month: 5, year: 2027, flexible_dates: true, flexible_until: { year: 2027, month: 5 }, adults: 2, priorities: ['migration'], migration_phase: 'calving' });
    expect(v.outcome).toBe('wait');
    expect(v.headline).toMatch(/^Go in (January|February|March) instead/);
  });
});

describe('value for money says how, not where', () => {
  it('does not stop a switch to a place that gives the point of the trip within the budget (Bwindi permits for a tight Rwanda budget)', () => {
    const v = verdict({ countries: ['RW'], month: 7, adults: 2, budget_amount: 1400, budget_currency: 'USD', budget_basis: 'per_person', priorities: ['value', 'gorillas'] });
    expect(v.outcome).toBe('switch');
    expect(v.headline).toContain('Bwindi');
  });
});
