import { describe, expect, it } from 'vitest';
import { decide } from '../../src/domain/rules/decide';
import { defaultPackIndex } from '../../src/domain/knowledge-pack/index-pack';
import type { TripInputs } from '../../src/domain/trip-inputs';

const pack = defaultPackIndex();
const NOW = new Date('2026-11-21T10:00:00Z');
// A mokoro (dugout canoe) trip in the Delta in the flood season, for a family.
const base: TripInputs = { destinations: ['okavango_delta'], month: 7, year: 2027, duration_days: 5, adults: 2, budget_amount: 9000, budget_currency: 'USD', budget_basis: 'per_person', activities: ['canoeing'], traveler_type: 'family' };

describe('the Okavango mokoro minimum age (pack: canoeing from 12)', () => {
  it('asks the children’s ages when they are unknown', () => {
    const r = decide({ ...base, children: 2 }, pack, NOW);
    expect(r.content.refusal?.reason).toBe('missing_inputs');
    expect(r.content.refusal?.missing_inputs).toContain('child_ages');
  });

  it('never books the mokoro trip for a child under the limit', () => {
    const r = decide({ ...base, children: 1, child_ages: [9], group_size: 3 }, pack, NOW);
    const route = r.kind === 'issued' ? (r.itinerary?.route ?? []).map((s) => s.destination_id) : [];
    expect(r.content.verdict.outcome === 'book' && route.includes('okavango_delta')).toBe(false);
  });

  it('books a child who meets it', () => {
    const r = decide({ ...base, children: 1, child_ages: [13], group_size: 3 }, pack, NOW);
    expect(r.content.verdict.outcome).toBe('book');
  });
});
