import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { DestinationId, TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();

function verdict(inputs: TripInputs) {
  const r = decide(inputs, pack, NOW);
  if (r.kind !== 'issued') throw new Error(`refused: ${r.content.verdict.summary}`);
  const places = r.itinerary ? r.itinerary.route.map((s) => s.destination_id) : [...pack.byId.values()].filter((d) => r.content.verdict.headline.includes(d.name)).map((d) => d.id);
  return { outcome: r.content.verdict.outcome, places: places as DestinationId[], result: r };
}

describe('a traveler who will not fly in light aircraft ("no small planes", "no flying")', () => {
  it('never books a place whose road in is longer than the limit they stated, even where a fly-in exists', () => {
    // With flights, a 4-hour limit still books the Serengeti (flown in from Arusha).
    expect(verdict({ destinations: ['serengeti'], month: 8, adults: 2, drive_tolerance_hours: 4 }).outcome).toBe('book');
    const grounded = verdict({ destinations: ['serengeti'], month: 8, adults: 2, drive_tolerance_hours: 4, avoid_flights: true });
    expect(grounded.outcome).not.toBe('book');
    expect(grounded.places).not.toContain('serengeti');
    expect(grounded.result.content.verdict.summary).toMatch(/by road without light aircraft/);
  });

  it('measures a bush-airstrip gateway from the nearest airliner airport (Ruaha from Dar es Salaam, Bwindi from Kigali)', () => {
    // Iringa is 3 h from Ruaha, but Iringa itself is reached by light aircraft or a day on the road.
    expect(verdict({ destinations: ['ruaha'], month: 9, adults: 2, drive_tolerance_hours: 3 }).outcome).toBe('book');
    expect(verdict({ destinations: ['ruaha'], month: 9, adults: 2, drive_tolerance_hours: 3, avoid_flights: true }).places).not.toContain('ruaha');
    // Bwindi by road from Kigali is about 4.5 h: within 5 h a day, not within 3.
    expect(verdict({ destinations: ['bwindi'], month: 7, adults: 2, drive_tolerance_hours: 5, avoid_flights: true }).outcome).toBe('book');
    const gorillas = verdict({ destinations: ['bwindi'], countries: ['UG', 'RW'], month: 7, adults: 2, priorities: ['gorillas'], drive_tolerance_hours: 3, avoid_flights: true });
    expect(gorillas).toMatchObject({ outcome: 'switch', places: ['volcanoes'] });
  });

  it('drives the whole road when they set no daily limit, and says so instead of flying them in', () => {
    const r = verdict({ destinations: ['serengeti'], month: 8, adults: 2, avoid_flights: true });
    expect(r.outcome).toBe('book');
    const route = r.result.itinerary!.route;
    expect(route.every((s) => s.transfer === 'road')).toBe(true);
    expect(route[0]!.drive_hours_in).toBe(8);
    expect(r.result.content.verdict.summary).not.toMatch(/fly in/i);
    expect(r.result.content.assumptions.map((a) => a.text).join(' ')).toMatch(/rather drive than fly/);
  });

  it('never links two stops by a flight', () => {
    for (let month = 1; month <= 12; month++) {
      const r = decide({ destinations: ['serengeti', 'zanzibar'], month, adults: 2, duration_days: 12, avoid_flights: true }, pack, NOW);
      if (r.kind === 'issued' && r.itinerary) expect(r.itinerary.route.every((s) => s.transfer === 'road')).toBe(true);
    }
  });
});
