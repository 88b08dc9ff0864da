import { describe, expect, it } from 'vitest';
import { decide } from '../../src/domain/rules/decide';
import { hasFocus } from '../../src/domain/rules/essentials';
import { defaultPackIndex } from '../../src/domain/knowledge-pack/index-pack';
import type { TripInputs } from '../../src/domain/trip-inputs';

const pack = defaultPackIndex();
const NOW = new Date('2026-11-21T10:00:00Z');
const party: TripInputs = { adults: 2, group_size: 2, month: 9, year: 2027, duration_days: 7, budget_amount: 8000, budget_currency: 'USD', budget_basis: 'per_person' };

// The animals named are what the trip is for: the rules choose a place that has them rather than asking where.
describe('animals named with no place are a focus', () => {
  it('decides a trip for wild dogs in September without asking where', () => {
    const r = decide({ ...party, animals: ['wild_dog'] }, pack, NOW);
    expect(r.content.refusal?.missing_inputs ?? []).not.toContain('destinations');
    expect(r.kind).toBe('issued');
    const route = r.kind === 'issued' ? (r.itinerary?.route ?? []).map((s) => pack.byId.get(s.destination_id)!) : [];
    for (const d of route) expect(d.animals).toContain('wild_dog');
  });

  it('an activity alone is not: a canoe trip with no place still asks where', () => {
    expect(hasFocus({ activities: ['canoeing'] })).toBe(false);
    expect(decide({ ...party, activities: ['canoeing'] }, pack, NOW).content.refusal?.missing_inputs).toContain('destinations');
  });
});
