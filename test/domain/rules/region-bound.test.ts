import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const SOUTHERN = ['BW', 'ZA', 'NA', 'ZM', 'ZW'] as const;
const EAST = ['KE', 'TZ', 'UG', 'RW'] as const;

function placesIn(i: TripInputs): { outcome: string; countries: string[] } {
  const r = decide(i, pack, NOW);
  const v = r.content.verdict;
  const route = r.kind === 'issued' && r.itinerary ? r.itinerary.route.map((s) => pack.byId.get(s.destination_id)!.country) : [];
  const named = [...pack.byId.values()].filter((d) => v.headline.includes(d.name)).map((d) => d.country as string);
  return { outcome: v.outcome, countries: [...route, ...named] };
}

describe('a whole region said beside a place there bounds the trip', () => {
  it('a shut place in the green season is never swapped for East Africa when the traveler said southern Africa', () => {
    const got = placesIn({ destinations: ['south_luangwa'], countries: [...SOUTHERN], month: 1, flexible_dates: false, adults: 2, priorities: ['walking'] });
    for (const c of got.countries) expect(SOUTHERN as readonly string[]).toContain(c);
  });

  it('East Africa beside the Mara keeps a switch in East Africa and adds no stop of its own', () => {
    const got = placesIn({ destinations: ['masai_mara'], countries: [...EAST], month: 4, flexible_dates: false, adults: 2, priorities: ['wildlife_density'] });
    // The Mara's long rains leave its game at 3/5: booked with the rain named, or moved within East Africa, never beyond it.
    for (const c of got.countries) expect(EAST as readonly string[]).toContain(c);
    if (got.outcome === 'book') expect(new Set(got.countries)).toEqual(new Set(['KE']));
  });

  it('countries that are not a whole region still add their best place as a stop ("Kruger, and Zimbabwe too")', () => {
    const r = decide({ destinations: ['kruger'], countries: ['ZA', 'ZW'], month: 8, flexible_dates: false, adults: 2 }, pack, NOW);
    expect(r.kind === 'issued' && r.itinerary?.route.map((s) => s.destination_id)).toEqual(expect.arrayContaining(['kruger', 'victoria_falls']));
  });

  it('the whole region beside a place there adds no stop: Kruger with "southern Africa" is Kruger alone', () => {
    const r = decide({ destinations: ['kruger'], countries: [...SOUTHERN], month: 8, flexible_dates: false, adults: 2 }, pack, NOW);
    expect(r.kind === 'issued' && r.itinerary?.route.map((s) => s.destination_id)).toEqual(['kruger']);
  });
});
