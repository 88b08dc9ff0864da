import { describe, expect, it } from 'vitest';
import { decide } from '../../src/domain/rules/decide';
import { defaultPackIndex } from '../../src/domain/knowledge-pack/index-pack';
import type { TripInputs } from '../../src/domain/trip-inputs';

const pack = defaultPackIndex();
const NOW = new Date('2026-11-21T10:00:00Z');
const party: TripInputs = { adults: 2, group_size: 2, duration_days: 6, budget_basis: 'per_person', budget_currency: 'USD', year: 2027, month: 8 };
const verdict = (i: TripInputs) => {
  const r = decide({ ...party, ...i }, pack, NOW);
  const route = r.kind === 'issued' ? (r.itinerary?.route ?? []).map((s) => pack.byId.get(s.destination_id)!.country as string) : [];
  const named = [...pack.byId.values()].filter((d) => r.content.verdict.headline.includes(d.name)).map((d) => d.country as string);
  return { outcome: r.content.verdict.outcome, countries: [...route, ...named] };
};

// Only the budget rules out the place the traveler named: a cheaper park on the other side of the continent is a
// different trip, not a rescue (alternatives.ts inHomeRegion, choose.ts).
describe('a budget-only rescue stays in the named place’s region', () => {
  it.each([['serengeti'], ['ngorongoro']] as const)('%s on $700 a head in August is discarded, not moved to southern Africa', (place) => {
    const got = verdict({ destinations: [place], budget_amount: 700 });
    expect(got.outcome).toBe('discard');
    for (const c of got.countries) expect(['KE', 'TZ', 'UG', 'RW']).toContain(c);
  });

  it('a rescue in the same region still switches (the Delta on a budget → Chobe)', () => {
    // $1,200 a head leaves room over Chobe's August floor ($180 x 5 nights); a budget at that floor is no rescue (rules/budget-rescue.test.ts).
    const got = verdict({ destinations: ['okavango_delta'], budget_amount: 1200 });
    expect(got.outcome).toBe('switch');
    expect(got.countries).toContain('BW');
  });
});
