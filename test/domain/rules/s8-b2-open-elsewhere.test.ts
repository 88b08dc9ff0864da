import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { floorsIn } from '../../../src/domain/knowledge-pack/schema';
import { decide } from '../../../src/domain/rules';
import type { DestinationId, TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();

function verdict(inputs: TripInputs) {
  const r = decide(inputs, pack, NOW);
  if (r.kind !== 'issued') throw new Error(`refused: ${r.content.verdict.summary}`);
  const places = r.itinerary ? r.itinerary.route.map((s) => s.destination_id) : [...pack.byId.values()].filter((d) => r.content.verdict.headline.includes(d.name)).map((d) => d.id);
  return { outcome: r.content.verdict.outcome, places: places as DestinationId[], summary: r.content.verdict.summary };
}

const countryOf = (id: DestinationId) => pack.byId.get(id)!.country;

describe('a traveler who says any country will do (open_elsewhere)', () => {
  it('is moved off a named park that is only fair in its rains when another region is clearly better that month', () => {
    const rainy: TripInputs = { destinations: ['etosha'], month: 1, year: 2027, flexible_dates: false, adults: 2, priorities: ['wildlife_density'] };
    // Said nothing of elsewhere: the park they named, weakened only by its rain, stays theirs.
    expect(verdict(rainy).outcome).toBe('book');
    const open = verdict({ ...rainy, open_elsewhere: true });
    expect(open.outcome).toBe('switch');
    expect(open.places).not.toContain('etosha');
    expect(countryOf(open.places[0]!)).not.toBe('NA');
  });

  it('takes the best place for the point anywhere, not the nearest one that clears the bar', () => {
    // Walking barely exists in the Serengeti; in the same country Ruaha walks, but South Luangwa is walking's home.
    const walk: TripInputs = { destinations: ['serengeti'], month: 8, adults: 2, priorities: ['walking'] };
    expect(verdict(walk).places).toEqual(['ruaha']);
    const open = verdict({ ...walk, open_elsewhere: true });
    expect(open.outcome).toBe('switch');
    expect(open.places).toEqual(['south_luangwa']);
  });

  it('goes to a dry region for walking when the named valley is shut by its rains and the dates cannot move', () => {
    const wet: TripInputs = { destinations: ['south_luangwa'], month: 3, flexible_dates: false, adults: 2, priorities: ['walking'] };
    const open = verdict({ ...wet, open_elsewhere: true });
    expect(open.outcome).toBe('switch');
    expect(open.places).toEqual(['laikipia']);
  });

  it('is not sent to a place a region away for the budget camps of a park whose camps are the trip: the home region first', () => {
    const delta: TripInputs = { destinations: ['okavango_delta'], month: 6, duration_days: 6, adults: 2, budget_amount: 2000, budget_currency: 'EUR', budget_basis: 'per_person' };
    // Not open: the Delta at its mobile-camping tier is the place they chose.
    expect(verdict(delta).outcome).toBe('book');
    const open = verdict({ ...delta, open_elsewhere: true });
    expect(open.outcome).toBe('switch');
    expect(open.places).not.toContain('okavango_delta');
    expect(['BW', 'ZA', 'NA', 'ZM', 'ZW']).toContain(countryOf(open.places[0]!));
    expect(open.summary).toMatch(/only at its budget camps/);
  });

  it('keeps a named place that is good that month, open or not', () => {
    const good: TripInputs = { destinations: ['masai_mara'], month: 8, adults: 2, priorities: ['migration'], open_elsewhere: true };
    const r = verdict(good);
    expect(r.outcome).toBe('book');
    expect(r.places).toContain('masai_mara');
  });

  it('never books a trek a child is too young for because the traveler is open to elsewhere', () => {
    const r = decide({ destinations: ['bwindi'], month: 7, adults: 2, children: 1, child_ages: [11], priorities: ['gorillas'], open_elsewhere: true }, pack, NOW);
    expect(r.content.verdict.outcome).not.toBe('book');
  });
});

describe('South Luangwa in its busy dry season (pack cost facts)', () => {
  it('has a budget floor near USD 180 a night from July to October, and the quiet-season floor otherwise', () => {
    const sl = pack.byId.get('south_luangwa')!;
    for (const m of [7, 8, 9, 10]) expect(floorsIn(sl, m).budget).toBeGreaterThanOrEqual(180);
    expect(floorsIn(sl, 6).budget).toBeLessThan(180);
    // Kruger's rest camps stay well under it, the cheaper rescue for a tight daily budget.
    expect(floorsIn(pack.byId.get('kruger')!, 8).budget).toBeLessThan(floorsIn(sl, 8).budget);
  });

  it('is no rescue for USD 150 a day in August: the switch goes to a park that budget reaches', () => {
    const r = verdict({ destinations: ['okavango_delta'], month: 8, duration_days: 7, adults: 2, budget_amount: 1050, budget_currency: 'USD', budget_basis: 'per_person', open_elsewhere: true });
    expect(r.outcome).toBe('switch');
    expect(r.places).not.toContain('south_luangwa');
    expect(r.places).not.toContain('okavango_delta');
  });
});
