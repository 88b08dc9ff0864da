import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();

describe('a gorilla trek in Uganda then the beach on Zanzibar is one route (pack link Bwindi – Zanzibar, flown)', () => {
  const couple: TripInputs = { adults: 2, destinations: ['bwindi', 'zanzibar'], priorities: ['gorillas', 'beach'], budget_amount: 8000, budget_currency: 'USD', budget_basis: 'per_person' };

  it('books both stops, the forest first, in a dry month for both', () => {
    const r = decide({ ...couple, month: 7 }, pack, NOW);
    expect(r.content.verdict.outcome).toBe('book');
    expect(r.kind === 'issued' && r.itinerary?.route.map((s) => s.destination_id)).toEqual(['bwindi', 'zanzibar']);
  });

  it('links the two by a flight, never a road', () => {
    const link = pack.link('zanzibar', 'bwindi');
    expect(link?.flight).toBe(true);
    expect(link?.drive_hours).toBeUndefined();
  });

  it('still discards the pair for a party with a 12-year-old: the trek has its age rule whatever the route', () => {
    const r = decide({ ...couple, month: 7, children: 1, child_ages: [12] }, pack, NOW);
    expect(r.content.verdict.outcome).not.toBe('book');
  });
});
