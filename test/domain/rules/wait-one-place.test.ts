import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const names = [...pack.byId.values()].map((d) => d.name.replace(/^the /i, ''));
function placesIn(text: string): string[] {
  return names.filter((n) => text.includes(n));
}

describe('a wait speaks of one place', () => {
  it('compares the place it waits for, in the month asked and the month advised, when no place was named', () => {
    // East Africa in the long rains for the Big Five, movable by two months: the best place now and later may differ.
    const i: TripInputs = {
      countries: ['KE', 'TZ', 'UG', 'RW'], month: 4, year: 2027, flexible_dates: true, flexible_until: { year: 2027, month: 6 },
      adults: 2, children: 2, child_ages: [13, 15], budget_amount: 5000, budget_currency: 'USD', budget_basis: 'per_person', priorities: ['big_five'],
      excluded_destinations: ['okavango_delta', 'chobe', 'kruger', 'etosha', 'south_luangwa', 'victoria_falls'],
    };
    const r = decide(i, pack, NOW);
    expect(r.kind === 'issued' && r.content.verdict.outcome).toBe('wait');
    const { headline, summary } = r.content.verdict;
    const waited = placesIn(headline);
    expect(waited.length).toBeGreaterThan(0);
    for (const p of placesIn(summary)) expect(waited).toContain(p);
  });
});

describe('a plan with no length given', () => {
  it('never plans a lone one-night stay, and says the length it assumed', () => {
    for (const id of ['ngorongoro', 'lake_manyara'] as const) {
      const r = decide({ destinations: [id], month: 7, year: 2027, adults: 2, flexible_dates: false }, pack, NOW);
      if (r.kind !== 'issued' || r.content.verdict.outcome !== 'book') continue;
      expect(r.content.verdict.summary).not.toMatch(/\b1 night\b/);
      expect(r.content.assumptions.map((a) => a.text).join(' ')).toMatch(/A trip of about \d+ nights/);
    }
  });

  it('keeps the stay the traveler gave, however short', () => {
    const r = decide({ destinations: ['ngorongoro'], month: 7, year: 2027, adults: 2, duration_days: 2, flexible_dates: false }, pack, NOW);
    expect(r.kind === 'issued' && r.content.verdict.summary).toMatch(/\b1 night\b/);
  });
});
