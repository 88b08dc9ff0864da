import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const run = (i: TripInputs) => decide(i, pack, NOW);
/** Every place outside the countries: what the extractor reads from "X or nothing", "it has to stay in X". */
type Country = NonNullable<TripInputs['countries']>[number];
const outside = (countries: Country[]) => pack.pack.destinations.filter((d) => !countries.includes(d.country)).map((d) => d.id);
const only = (countries: Country[]): TripInputs => ({ countries, excluded_destinations: outside(countries) });

describe('a trip confined to a country: its best place is the traveler\u2019s, and fair game in the rain is a trip', () => {
  const pair: TripInputs = { adults: 2, budget_amount: 6000, budget_currency: 'USD', budget_basis: 'per_person' };

  it('books Etosha for predators in a wet March with dates that cannot move, when Namibia is the only country allowed', () => {
    const r = run({ ...pair, ...only(['NA']), month: 3, flexible_dates: false, priorities: ['wildlife_density'] });
    expect(r.content.verdict.outcome).toBe('book');
    expect(r.kind === 'issued' && r.itinerary?.route[0]?.destination_id).toBe('etosha');
    expect(r.content.tradeoffs.losses.join(' ')).toMatch(/rain/i);
  });

  it('does not book a country whose game the rains take (South Luangwa at 2/5 in February)', () => {
    const r = run({ ...pair, ...only(['ZM']), month: 2, flexible_dates: false, priorities: ['wildlife_density'] });
    expect(r.content.verdict.outcome).not.toBe('book');
  });

  it('weighs animals asked for alone by where the game is densest: elephants in Botswana go to Chobe', () => {
    const r = run({ ...pair, ...only(['BW']), month: 3, flexible_dates: false, animals: ['elephant'] });
    expect(r.content.verdict.outcome).toBe('book');
    expect(r.kind === 'issued' && r.itinerary?.route[0]?.destination_id).toBe('chobe');
  });

  it('still moves a traveler who said the dates can move', () => {
    const r = run({ ...pair, ...only(['NA']), month: 3, flexible_dates: true, priorities: ['wildlife_density'] });
    expect(r.content.verdict.outcome).toBe('wait');
  });
});
