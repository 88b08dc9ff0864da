import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const run = (i: TripInputs) => decide(i, pack, NOW);
const animalsAt = (id: string) => pack.byId.get(id as never)!.animals;

describe('animals asked for at a named place that has none of them lead the search elsewhere', () => {
  it.each<[string, TripInputs, string]>([
    ['elephants on a beach island in July', { destinations: ['zanzibar'], month: 7, adults: 3, budget_amount: 5000, budget_currency: 'USD', budget_basis: 'per_person', animals: ['elephant'] }, 'elephant'],
    ['cheetahs in a rainforest of gorillas', { destinations: ['bwindi'], month: 7, adults: 2, budget_amount: 6000, budget_currency: 'USD', budget_basis: 'per_person', animals: ['cheetah'] }, 'cheetah'],
  ])('%s: a switch to a place with them, not a discard for want of another place like the named one', (_name, inputs, animal) => {
    expect(animalsAt(inputs.destinations![0]!)).not.toContain(animal);
    const r = run(inputs);
    expect(r.kind === 'issued' && r.content.verdict.outcome).toBe('switch');
    // A switch carries no itinerary: the place it moves to is the one its headline names.
    const to = pack.pack.destinations.find((d) => r.content.verdict.headline.includes(d.name));
    expect(to).toBeDefined();
    expect(to!.animals).toContain(animal);
  });

  it('keeps the named place when it has the animals (the beach is not searched away)', () => {
    const r = run({ destinations: ['zanzibar'], month: 8, adults: 2, budget_amount: 4000, budget_currency: 'USD', budget_basis: 'per_person' });
    expect(r.kind === 'issued' && r.content.verdict.outcome).toBe('book');
  });
});

describe('animals asked for beside the beach are served by a route of two places', () => {
  it('books a beach with a park that has the animals, not a discard because no beach has them', () => {
    const r = run({ month: 9, adults: 2, budget_amount: 8000, budget_currency: 'USD', budget_basis: 'per_person', priorities: ['beach'], animals: ['elephant', 'leopard'] });
    expect(r.kind === 'issued' && r.content.verdict.outcome).toBe('book');
    const route = r.kind === 'issued' ? (r.itinerary?.route ?? []).map((s) => pack.byId.get(s.destination_id)!) : [];
    expect(route.some((d) => d.kind === 'beach')).toBe(true);
    expect(route.some((d) => d.animals?.includes('elephant') === true && d.animals.includes('leopard'))).toBe(true);
  });
});

describe('a traveler who will not fly keeps the named place', () => {
  it('discards the island for the animals it lacks rather than send them across the water', () => {
    const r = run({ destinations: ['zanzibar'], month: 6, adults: 2, budget_amount: 5000, budget_currency: 'USD', budget_basis: 'per_person', animals: ['giraffe'], avoid_flights: true });
    expect(r.kind === 'issued' && r.content.verdict.outcome).toBe('discard');
  });
});
