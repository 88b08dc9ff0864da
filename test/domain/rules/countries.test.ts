import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { COUNTRY_CODES, type CountryCode, type DestinationId, type TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const countryOf = (id: DestinationId): CountryCode => pack.byId.get(id)!.country;

/** The places an issued decision sends the traveler to: the booked route, or where a wait or switch points. */
function placesOf(inputs: TripInputs): DestinationId[] {
  const r = decide(inputs, pack, NOW);
  if (r.kind !== 'issued') return [];
  if (r.itinerary) return r.itinerary.route.map((s) => s.destination_id);
  return [...pack.byId.values()].filter((d) => r.content.verdict.headline.includes(d.name)).map((d) => d.id);
}

describe('a country instead of a place ("Tanzania next August")', () => {
  it('is enough to decide: the month and the budget are asked for when they are missing, not the place', () => {
    const r = decide({ countries: ['TZ'] }, pack, NOW);
    expect(r.kind).toBe('refused');
    expect(r.content.refusal?.missing_inputs).toEqual(['month', 'budget_amount']);
  });

  it('chooses among that country’s places, for every country and month', () => {
    let placed = 0;
    for (const country of COUNTRY_CODES) {
      for (let month = 1; month <= 12; month++) {
        const places = placesOf({ countries: [country], month });
        for (const p of places) expect(countryOf(p), `${country} in month ${month} sent to ${p}`).toBe(country);
        placed += places.length > 0 ? 1 : 0;
      }
    }
    // Most country-months end in a place (book, wait or switch), so the check above has teeth.
    expect(placed).toBeGreaterThan(80);
  });

  it('books Tanzania in August in Tanzania, and the migration there is the Serengeti, not the Mara', () => {
    const r = decide({ countries: ['TZ'], month: 8, priorities: ['migration'] }, pack, NOW);
    expect(r.kind === 'issued' && r.content.verdict.outcome).toBe('book');
    expect(placesOf({ countries: ['TZ'], month: 8, priorities: ['migration'] })).toEqual(['serengeti']);
    // Without the country the same wish may well go to Kenya: the country is what keeps it in Tanzania.
    expect(placesOf({ countries: ['KE'], month: 8, priorities: ['migration'] })).toEqual(['masai_mara']);
  });

  it('reads a country alone as a safari there: its beach only when the beach is asked for', () => {
    for (let month = 1; month <= 12; month++) expect(placesOf({ countries: ['KE', 'TZ'], month })).not.toContain('zanzibar');
    expect(placesOf({ countries: ['TZ'], month: 2, priorities: ['beach'] })).toEqual(['zanzibar']);
  });

  it('gives way to places the traveler names in that country', () => {
    expect(placesOf({ countries: ['TZ'], destinations: ['serengeti'], month: 8 })).toEqual(['serengeti']);
  });

  it('makes a country named beside places elsewhere a stop of its own ("safari in Kenya, then the beach in Zanzibar")', () => {
    const route = placesOf({ countries: ['KE'], destinations: ['zanzibar'], month: 1, duration_days: 14, priorities: ['beach'] });
    expect(route).toContain('zanzibar');
    expect(route.some((p) => countryOf(p) === 'KE')).toBe(true);
    // A gorilla trek named beside a safari country: a different kind of trip, so a stop of its own.
    const trekAndSafari = placesOf({ countries: ['KE'], destinations: ['volcanoes'], month: 8, duration_days: 10 });
    expect(trekAndSafari).toContain('volcanoes');
    expect(trekAndSafari.some((p) => countryOf(p) === 'KE')).toBe(true);
  });

  it('reads a country beside a named place of the same kind as an alternative allowed, not a second stop ("the Mara, Tanzania is fine too")', () => {
    // The place serves the trip that month: it is booked on its own.
    expect(placesOf({ countries: ['TZ'], destinations: ['masai_mara'], month: 8, duration_days: 10 })).toEqual(['masai_mara']);
    // It misses the point that month (no herds in the Mara in February): a switch within what they allowed.
    const r = decide({ countries: ['TZ'], destinations: ['masai_mara'], month: 2, flexible_dates: false, priorities: ['migration'] }, pack, NOW);
    expect(r.kind === 'issued' && r.content.verdict.outcome).toBe('switch');
    expect(placesOf({ countries: ['TZ'], destinations: ['masai_mara'], month: 2, flexible_dates: false, priorities: ['migration'] })).toEqual(['serengeti']);
  });

  it('calls a plan that keeps none of the places named a switch, never a book', () => {
    // The gorilla trek is closed to a 10-year-old; the Kenya safari named beside it is all that is left.
    const inputs: TripInputs = { destinations: ['volcanoes'], countries: ['KE'], month: 8, adults: 2, children: 1, child_ages: [10] };
    const r = decide(inputs, pack, NOW);
    expect(r.kind === 'issued' && r.content.verdict.outcome).toBe('switch');
    expect(placesOf(inputs).every((p) => countryOf(p) === 'KE')).toBe(true);
  });

  it('switches out of the country when it cannot give what the trip is for, never into a place ruled out', () => {
    const r = decide({ countries: ['TZ'], month: 7, priorities: ['gorillas'] }, pack, NOW);
    expect(r.kind === 'issued' && r.content.verdict.outcome).toBe('switch');
    expect(['volcanoes', 'bwindi']).toContain(placesOf({ countries: ['TZ'], month: 7, priorities: ['gorillas'] })[0]);
    expect(placesOf({ countries: ['TZ'], month: 7, priorities: ['gorillas'], excluded_destinations: ['volcanoes'] })).toEqual(['bwindi']);
    // Without such a wish the country holds: Tanzania in April waits for June there.
    expect(placesOf({ countries: ['TZ'], month: 4 }).every((p) => countryOf(p) === 'TZ')).toBe(true);
  });

  it('discards rather than leave the country when nothing there works (gorillas at 8)', () => {
    const r = decide({ countries: ['RW'], month: 7, children: 2, child_ages: [8, 11] }, pack, NOW);
    expect(r.kind === 'issued' && r.content.verdict.outcome).toBe('discard');
    expect(r.content.verdict.summary).toContain('15');
  });
});
