import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { sameMoveEveryMonth, type Trial } from '../../../src/domain/rules/unknowns';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

// Issue 14 item 2: before the month is asked, the rules try every month it could be. When every
// month sends the traveler to the same place (moved there from a place they named), the month
// cannot change where they go, so it is decided now. Inputs written for this test.

const pack = defaultPackIndex();
const run = (i: TripInputs) => decide(i, pack, NOW);

const tight: TripInputs = { budget_currency: 'USD', budget_basis: 'per_person', priorities: ['gorillas'] };

describe('a switch the month cannot change is decided without asking the month', () => {
  it.each<[string, TripInputs]>([
    ['Rwanda only, permit eats most of the money', { countries: ['RW'], adults: 1, group_size: 1, budget_amount: 1850, ...tight }],
    ['Rwanda first, Uganda allowed, two adults', { countries: ['RW', 'UG'], adults: 2, group_size: 2, budget_amount: 1950, ...tight }],
  ])('%s', (_name, inputs) => {
    const r = run(inputs);
    expect(r.kind).toBe('issued');
    expect(r.content.verdict.outcome).toBe('switch');
    expect(r.content.verdict.headline).toMatch(/Bwindi/);
    // The month was chosen by the rules, and the assumptions say so.
    expect(r.content.assumptions.map((a) => a.text).join(' ')).toMatch(/left the month open/);
  });

  it('still asks the month when a child is in the party', () => {
    const r = run({ countries: ['RW'], budget_amount: 1850, adults: 2, children: 1, child_ages: [16], ...tight });
    expect(r.content.verdict.outcome).toBe('refused');
  });

  it('still asks the month when a month would change the place', () => {
    // A safari with no money limit: the best place moves with the season.
    const r = run({ countries: ['KE', 'TZ'], priorities: ['migration'], adults: 2 });
    expect(r.content.verdict.outcome).toBe('refused');
  });
});

describe('sameMoveEveryMonth', () => {
  const dest = (id: string) => pack.pack.destinations.find((d) => d.id === id)!;
  const plan = (id: string, score = 4) => ({ month: 1, stops: [{ dest: dest(id) }], score }) as never;
  const t = (choice: unknown): Trial => ({ inputs: {}, choice: choice as Trial['choice'] });
  const adults: TripInputs = { adults: 2, group_size: 2 };

  it('needs one switch and the same places in every month', () => {
    expect(sameMoveEveryMonth(adults, [t({ outcome: 'book', plan: plan('bwindi') }), t({ outcome: 'switch', plan: plan('bwindi'), current: plan('volcanoes') })])).toBe(true);
    expect(sameMoveEveryMonth(adults, [t({ outcome: 'book', plan: plan('bwindi') }), t({ outcome: 'book', plan: plan('bwindi') })])).toBe(false);
    expect(sameMoveEveryMonth(adults, [t({ outcome: 'switch', plan: plan('bwindi'), current: plan('volcanoes') }), t({ outcome: 'switch', plan: plan('kruger'), current: plan('volcanoes') })])).toBe(false);
  });

  it('refuses a poor month or a discard among them', () => {
    expect(sameMoveEveryMonth(adults, [t({ outcome: 'switch', plan: plan('bwindi', 2), current: plan('volcanoes') }), t({ outcome: 'switch', plan: plan('bwindi'), current: plan('volcanoes') })])).toBe(false);
    expect(sameMoveEveryMonth(adults, [t({ outcome: 'discard', current: plan('volcanoes') }), t({ outcome: 'switch', plan: plan('bwindi'), current: plan('volcanoes') })])).toBe(false);
  });

  it('never for a family', () => {
    expect(sameMoveEveryMonth({ traveler_type: 'family' }, [t({ outcome: 'switch', plan: plan('bwindi'), current: plan('volcanoes') })])).toBe(false);
  });
});
