import { describe, expect, it } from 'vitest';
import { decide } from '../../src/domain/rules/decide';
import { defaultPackIndex } from '../../src/domain/knowledge-pack/index-pack';
import type { TripInputs } from '../../src/domain/trip-inputs';

const pack = defaultPackIndex();
const NOW = new Date('2026-11-21T10:00:00Z');
// A guided canoe trip on the upper Zambezi in the dry season, for a family with a budget that covers it.
const base: TripInputs = { destinations: ['victoria_falls'], month: 8, year: 2027, duration_days: 4, adults: 2, budget_amount: 4000, budget_currency: 'USD', budget_basis: 'per_person', activities: ['canoeing'], traveler_type: 'family' };

const booksFalls = (i: TripInputs): boolean => {
  const r = decide(i, pack, NOW);
  const route = r.kind === 'issued' ? (r.itinerary?.route ?? []).map((s) => s.destination_id) : [];
  return r.content.verdict.outcome === 'book' && route.includes('victoria_falls');
};

describe('the Zambezi canoeing minimum age (pack: 12, the common operator limit)', () => {
  it('asks the children’s ages when they could decide it', () => {
    const r = decide({ ...base, children: 1 }, pack, NOW);
    expect(r.content.refusal?.missing_inputs).toContain('child_ages');
  });

  it.each([[8], [10], [11]])('never books the canoe trip for a child of %i', (age) => {
    expect(booksFalls({ ...base, children: 1, child_ages: [age], group_size: 3 })).toBe(false);
  });

  it('books it for a child of 12, and for the same 10-year-old when no canoeing is asked', () => {
    expect(booksFalls({ ...base, children: 1, child_ages: [12], group_size: 3 })).toBe(true);
    const { activities: _a, ...falls } = base;
    expect(booksFalls({ ...falls, children: 1, child_ages: [10], group_size: 3 })).toBe(true);
  });
});
