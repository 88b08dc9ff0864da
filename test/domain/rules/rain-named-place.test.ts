import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
function verdict(i: TripInputs) {
  const r = decide(i, pack, NOW);
  if (r.kind !== 'issued') throw new Error(`expected a verdict, got a refusal for ${JSON.stringify(i)}`);
  return r;
}
function countryIn(headline: string): string | undefined {
  return [...pack.byId.values()].find((d) => headline.includes(d.name))?.country;
}

describe('a place the traveler named, weak only because of its rains', () => {
  // Namibia's wet season: Etosha's game spreads away from the waterholes but stays (3/5), and the rain is what scores it down.
  const wet: TripInputs = { destinations: ['etosha'], month: 2, year: 2027, adults: 2, budget_amount: 4000, budget_currency: 'USD', budget_basis: 'per_person' };

  it('is not traded for a park on the other side of the continent when the traveler gave no flexibility', () => {
    const r = verdict(wet);
    expect(r.content.verdict.outcome).not.toBe('discard');
    if (r.content.verdict.outcome === 'switch') expect(['NA', 'BW', 'ZA', 'ZM', 'ZW']).toContain(countryIn(r.content.verdict.headline));
    expect(r.content.verdict.headline).not.toMatch(/Serengeti|Mara|Ngorongoro|Amboseli/);
  });

  it('is booked with the rain named when the dates cannot move', () => {
    const r = verdict({ ...wet, flexible_dates: false });
    expect(r.content.verdict.outcome).toBe('book');
    expect(r.content.verdict.headline).toContain('Etosha');
    expect(r.content.verdict.summary).toMatch(/rain/i);
  });

  it('still waits for the dry season when the traveler can move that far', () => {
    const r = verdict({ ...wet, flexible_dates: true, flexible_until: { year: 2027, month: 7 } });
    expect(r.content.verdict.outcome).toBe('wait');
    expect(r.content.verdict.headline).toContain('Etosha');
  });

  it('still goes where the point of the trip is when only another region has it', () => {
    // Gorillas asked of a South African park: no place in southern Africa has them.
    const r = verdict({ destinations: ['kruger'], month: 6, year: 2027, flexible_dates: false, adults: 2, priorities: ['gorillas'] });
    expect(r.content.verdict.outcome).toBe('switch');
    expect(r.content.verdict.headline).toMatch(/Bwindi|Volcanoes/);
  });
});

describe('fixed dates in the poor season of a named place', () => {
  // The long rains on Zanzibar: beach weather 2/5 and some hotels shut, but the beach is still there.
  const rains: TripInputs = { destinations: ['zanzibar'], month: 4, year: 2027, adults: 2, budget_amount: 5000, budget_currency: 'USD', budget_basis: 'per_person', priorities: ['beach'] };

  it('are booked with the weather named rather than discarded', () => {
    const r = verdict({ ...rains, flexible_dates: false });
    expect(r.content.verdict.outcome).toBe('book');
    expect(r.content.verdict.headline).toContain('Zanzibar');
    expect(r.content.verdict.summary).toMatch(/rain/i);
  });

  it('are not booked when the dates could move (the usual judgement applies)', () => {
    expect(verdict({ ...rains, flexible_dates: true }).content.verdict.outcome).not.toBe('book');
  });

  it('are still discarded when the thing asked for does not happen that month at all', () => {
    // River crossings in the Mara in March: the herds are calving far to the south; nowhere else allowed.
    const r = verdict({
      destinations: ['masai_mara'], month: 3, year: 2027, flexible_dates: false, adults: 2, priorities: ['migration'], migration_phase: 'river_crossings',
      excluded_destinations: [...pack.byId.keys()].filter((id) => id !== 'masai_mara') as TripInputs['excluded_destinations'],
    });
    expect(r.content.verdict.outcome).toBe('discard');
  });
});
