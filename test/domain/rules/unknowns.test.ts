import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { candidateMonths, unknownAges } from '../../../src/domain/rules/unknowns';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const run = (i: TripInputs) => decide(i, pack, NOW);

describe('asking only what could change the verdict', () => {
  it.each<[string, TripInputs]>([
    ['gorillas on a tenth of one permit', { priorities: ['gorillas'], budget_amount: 150, budget_currency: 'USD', budget_basis: 'per_person' }],
    ['a week in the Okavango for the price of a dinner', { destinations: ['okavango_delta'], duration_days: 7, budget_amount: 90, budget_currency: 'EUR', budget_basis: 'total', adults: 2, group_size: 2 }],
    ['gorillas but only in Namibia', { countries: ['NA'], priorities: ['gorillas'], excluded_destinations: pack.pack.destinations.filter((d) => d.country !== 'NA').map((d) => d.id) }],
  ])('decides now when no month rescues the trip: %s', (_name, inputs) => {
    const r = run(inputs);
    expect(r.kind).toBe('issued');
    expect(r.content.verdict.outcome).toBe('discard');
    expect(r.content.verdict.summary).toMatch(/month would not change/);
  });

  it('asks the age of a traveler counted neither as an adult nor as a child when an age rule decides (gorillas)', () => {
    const party = { adults: 3, group_size: 4 };
    expect(unknownAges(party)).toEqual({ known: [], missing: 1 });
    const r = run({ destinations: ['volcanoes'], priorities: ['gorillas'], month: 7, ...party });
    expect(r.kind).toBe('refused');
    expect(r.content.refusal?.missing_inputs).toEqual(['child_ages']);
    // The same party on a trip no age rule touches is decided without asking.
    expect(run({ destinations: ['kruger'], month: 7, ...party }).kind).toBe('issued');
  });

  it('asks the month when the verdict depends on it (the Mara is great in August, poor in April)', () => {
    const r = run({ destinations: ['masai_mara'], priorities: ['migration'], adults: 2 });
    expect(r.kind).toBe('refused');
    expect(r.content.refusal?.missing_inputs).toEqual(['month', 'budget_amount']);
  });

  it('picks the best month for a traveler who left the timing open, and says so', () => {
    const r = run({ destinations: ['masai_mara'], priorities: ['migration'], flexible_dates: true, year: NOW.getUTCFullYear() + 1 });
    expect(r.content.verdict.outcome).toBe('book');
    expect(r.content.verdict.headline).toMatch(/July|August|September|October/);
    expect(r.content.assumptions.some((a) => /left the month open/.test(a.text))).toBe(true);
  });

  it('switches in any month when the named place can never give the point of the trip', () => {
    // A party counted as adults: an uncounted one is asked the month (a missed child may be under the permit's 15).
    const r = run({ destinations: ['etosha'], priorities: ['gorillas'], adults: 2, group_size: 2 });
    expect(r.content.verdict.outcome).toBe('switch');
    expect(r.content.verdict.headline).toMatch(/Bwindi|Volcanoes/);
  });

  it('switches now even when one month discards: a beach asked of a game reserve never works, whatever the month', () => {
    const r = run({ destinations: ['south_luangwa'], priorities: ['beach'], adults: 3 });
    expect(r.content.verdict.outcome).toBe('switch');
    expect(r.content.verdict.headline).toMatch(/Zanzibar/);
    expect(r.content.assumptions.some((a) => /no month makes your first choice work/.test(a.text))).toBe(true);
  });

  it('decides now when no place works in any month, before asking where (a budget under every floor)', () => {
    const r = run({ adults: 3, group_size: 3, duration_days: 10, budget_amount: 200, budget_currency: 'USD', budget_basis: 'total' });
    expect(r.kind).toBe('issued');
    expect(r.content.verdict.outcome).toBe('discard');
    expect(r.content.verdict.summary).toMatch(/month would not change/);
  });

  it('with a month but no place, a budget no place meets is discarded for that month, not asked where', () => {
    const r = run({ month: 5, budget_amount: 40, budget_currency: 'EUR', budget_basis: 'per_person' });
    expect(r.content.verdict.outcome).toBe('discard');
    expect(r.content.verdict.summary).toMatch(/May/);
  });

  it('still asks where when some place could work', () => {
    const r = run({ adults: 2, duration_days: 8, budget_amount: 9000, budget_currency: 'USD', budget_basis: 'total' });
    expect(r.kind).toBe('refused');
    expect(r.content.refusal?.missing_inputs).toContain('destinations');
  });

  it('a stated year limits the months weighed to that year, from now on', () => {
    const y = NOW.getUTCFullYear() + 1;
    const months = candidateMonths({ year: y }, NOW);
    expect(months).toHaveLength(12);
    expect(months.every((m) => m.year === y)).toBe(true);
    expect(candidateMonths({}, NOW)[0]).toEqual({ month: NOW.getUTCMonth() + 1, year: NOW.getUTCFullYear() });
  });
});

describe('hard age rules are never passed on an assumed age', () => {
  it.each<[string, TripInputs]>([
    ['a gorilla trek with two children of unknown age', { destinations: ['bwindi'], month: 8, adults: 2, children: 2 }],
    ['a family gorilla trip, children not counted', { priorities: ['gorillas'], countries: ['RW'], month: 7, traveler_type: 'family', adults: 2 }],
    ['a walking safari with a child whose age is unknown', { destinations: ['south_luangwa'], priorities: ['walking'], month: 8, adults: 1, children: 1 }],
  ])('asks exactly the ages: %s', (_name, inputs) => {
    const r = run(inputs);
    expect(r.kind).toBe('refused');
    expect(r.content.refusal).toMatchObject({ reason: 'missing_inputs', missing_inputs: ['child_ages'] });
  });

  it.each<[string, TripInputs]>([
    ['game drives have no age rule', { destinations: ['masai_mara'], month: 8, adults: 2, children: 2 }],
    ['a walk is not the point of this trip', { destinations: ['south_luangwa'], month: 8, adults: 2, children: 1, priorities: ['wildlife_density'] }],
    ['adults only', { destinations: ['bwindi'], month: 8, adults: 3, group_size: 3, traveler_type: 'family' }],
  ])('does not ask when no age could change the verdict: %s', (_name, inputs) => {
    expect(run(inputs).kind).toBe('issued');
  });

  it('a walking safari with a stated 9-year-old never books the walk', () => {
    const r = run({ destinations: ['south_luangwa'], priorities: ['walking'], month: 8, adults: 2, children: 1, child_ages: [9] });
    expect(r.content.verdict.outcome).not.toBe('book');
  });

  it('counts the children not yet aged', () => {
    expect(unknownAges({ children: 3, child_ages: [4] })).toEqual({ known: [4], missing: 2 });
    expect(unknownAges({ children: 2, child_ages: [4, 9] })).toBeUndefined();
    expect(unknownAges({ traveler_type: 'family' })).toEqual({ known: [], missing: 1 });
    expect(unknownAges({ adults: 2 })).toBeUndefined();
  });
});
