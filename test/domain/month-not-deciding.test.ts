import { describe, expect, it } from 'vitest';
import { decide } from '../../src/domain/rules/decide';
import { defaultPackIndex } from '../../src/domain/knowledge-pack/index-pack';
import type { TripInputs } from '../../src/domain/trip-inputs';

const pack = defaultPackIndex();
const NOW = new Date('2026-11-21T10:00:00Z');
// Gorillas are trekked all year: a solo traveler whose budget covers Uganda's permit and lodging in any month.
const trek: TripInputs = { destinations: ['bwindi'], priorities: ['gorillas'], adults: 1, group_size: 1, budget_amount: 4000, budget_currency: 'USD' };

describe('a month that cannot change the verdict is not asked', () => {
  it('books the same place when every month would', () => {
    const r = decide(trek, pack, NOW);
    expect(r.content.verdict.outcome).toBe('book');
    expect(r.kind === 'issued' ? r.itinerary?.route.map((s) => s.destination_id) : []).toEqual(['bwindi']);
  });

  it('still asks the month (with the ages) when a child of unknown age comes', () => {
    const r = decide({ ...trek, adults: 2, children: 1, group_size: 3 }, pack, NOW);
    expect(r.content.refusal?.missing_inputs).toEqual(expect.arrayContaining(['child_ages']));
  });

  it('still asks the month when the months differ (the Mara: crossings or long rains)', () => {
    const r = decide({ destinations: ['masai_mara'], adults: 2, group_size: 2, budget_amount: 6000, budget_currency: 'USD', budget_basis: 'per_person' }, pack, NOW);
    expect(r.content.refusal?.missing_inputs).toContain('month');
  });
});
