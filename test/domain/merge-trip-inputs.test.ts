import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeTripInputs } from '../../src/domain/merge-trip-inputs';
import {
  DESTINATION_IDS,
  PRIORITIES,
  TRIP_INPUT_FIELDS,
  TripInputsSchema,
  type TripInputs,
  type TripInputsDelta,
} from '../../src/domain/trip-inputs';

type Case = { name: string; previous: TripInputs; delta: TripInputsDelta; expected: TripInputs };

const cases: Case[] = [
  { name: 'a later group size wins ("actually we are 5")', previous: { group_size: 4, month: 8 }, delta: { group_size: 5 }, expected: { group_size: 5, month: 8 } },
  { name: 'a later month wins ("make it September")', previous: { month: 8, year: 2026 }, delta: { month: 9 }, expected: { month: 9, year: 2026 } },
  { name: 'destinations accumulate, de-duplicated, first mention first', previous: { destinations: ['masai_mara', 'amboseli'] }, delta: { destinations: ['serengeti', 'masai_mara'] }, expected: { destinations: ['masai_mara', 'amboseli', 'serengeti'] } },
  { name: '"Tanzania instead": removed places drop, the new one is added', previous: { destinations: ['masai_mara', 'amboseli'] }, delta: { destinations: ['serengeti'], remove_destinations: ['masai_mara', 'amboseli'] }, expected: { destinations: ['serengeti'] } },
  { name: 'removing is not excluding', previous: { destinations: ['masai_mara'] }, delta: { remove_destinations: ['masai_mara'] }, expected: {} },
  { name: 'an exclusion accumulates and also drops the place from destinations', previous: { destinations: ['masai_mara', 'serengeti'], excluded_destinations: ['kruger'] }, delta: { excluded_destinations: ['masai_mara'] }, expected: { destinations: ['serengeti'], excluded_destinations: ['kruger', 'masai_mara'] } },
  { name: 'a place named again after being excluded is un-excluded', previous: { excluded_destinations: ['masai_mara', 'kruger'] }, delta: { destinations: ['masai_mara'] }, expected: { destinations: ['masai_mara'], excluded_destinations: ['kruger'] } },
  { name: 'within one delta, exclusion wins over naming', previous: {}, delta: { destinations: ['masai_mara', 'serengeti'], excluded_destinations: ['masai_mara'] }, expected: { destinations: ['serengeti'], excluded_destinations: ['masai_mara'] } },
  { name: 'priorities accumulate', previous: { priorities: ['migration'] }, delta: { priorities: ['photography', 'migration'] }, expected: { priorities: ['migration', 'photography'] } },
  { name: 'countries are replaced as a whole ("what about Kenya?" after Tanzania)', previous: { countries: ['TZ'], month: 8 }, delta: { countries: ['KE'] }, expected: { countries: ['KE'], month: 8 } },
  { name: 'a withdrawn country is forgotten', previous: { countries: ['UG'], month: 7 }, delta: { clear_fields: ['countries'] }, expected: { month: 7 } },
  { name: 'child ages are replaced as a whole', previous: { children: 2, child_ages: [8, 10] }, delta: { child_ages: [9, 11] }, expected: { children: 2, child_ages: [9, 11] } },
  { name: 'clear_fields forgets a withdrawn field', previous: { budget_amount: 5000, budget_currency: 'USD', month: 8 }, delta: { clear_fields: ['budget_amount', 'budget_currency'] }, expected: { month: 8 } },
  { name: 'clear and set in one delta replaces (clear first)', previous: { destinations: ['masai_mara', 'amboseli'] }, delta: { clear_fields: ['destinations'], destinations: ['serengeti'] }, expected: { destinations: ['serengeti'] } },
  { name: 'empty arrays in a delta say nothing', previous: { destinations: ['masai_mara'], child_ages: [6] }, delta: { destinations: [], child_ages: [], priorities: [] }, expected: { destinations: ['masai_mara'], child_ages: [6] } },
  { name: 'a moved month drops the stale dates', previous: { month: 8, start_date: '2026-08-10', end_date: '2026-08-17', duration_days: 7 }, delta: { month: 9 }, expected: { month: 9, duration_days: 7 } },
  { name: 'a restated month that matches keeps the dates', previous: { month: 8, start_date: '2026-08-10', end_date: '2026-08-17' }, delta: { month: 8 }, expected: { month: 8, start_date: '2026-08-10', end_date: '2026-08-17' } },
  { name: 'a moved year drops the stale dates', previous: { year: 2026, start_date: '2026-08-10', end_date: '2026-08-17' }, delta: { year: 2027 }, expected: { year: 2027 } },
  { name: 'month and dates restated together are both kept', previous: { month: 8, start_date: '2026-08-10' }, delta: { month: 9, start_date: '2026-09-02', end_date: '2026-09-09' }, expected: { month: 9, start_date: '2026-09-02', end_date: '2026-09-09' } },
  { name: 'new dates drop a stale month and year, never derive them', previous: { month: 8, year: 2026 }, delta: { start_date: '2027-09-02' }, expected: { start_date: '2027-09-02' } },
  { name: 'restated adults drop a group size that no longer adds up', previous: { adults: 2, children: 2, group_size: 4 }, delta: { adults: 3 }, expected: { adults: 3, children: 2 } },
  { name: 'restated adults keep a group size that still can be true (children unknown)', previous: { group_size: 5 }, delta: { adults: 2 }, expected: { group_size: 5, adults: 2 } },
  { name: '"no kids" with a bigger group drops the group size, never recomputes it', previous: { adults: 2, group_size: 5 }, delta: { children: 0 }, expected: { adults: 2, children: 0 } },
  { name: '"we are 5" drops a stale breakdown', previous: { adults: 2, children: 1, group_size: 3 }, delta: { group_size: 5 }, expected: { group_size: 5 } },
  { name: 'group and adults restated drop only the untouched children', previous: { adults: 2, children: 1 }, delta: { adults: 4, group_size: 6 }, expected: { adults: 4, group_size: 6 } },
  { name: 'a group that still fits keeps the breakdown', previous: { adults: 2, children: 2 }, delta: { group_size: 4 }, expected: { adults: 2, children: 2, group_size: 4 } },
  { name: 'fewer children than ages drops the stale ages', previous: { children: 2, child_ages: [8, 10] }, delta: { children: 1 }, expected: { children: 1 } },
  { name: 'more children than known ages keeps the ages', previous: { children: 2, child_ages: [8, 10] }, delta: { children: 3 }, expected: { children: 3, child_ages: [8, 10] } },
  { name: 'more ages than children drops the stale count', previous: { children: 1 }, delta: { child_ages: [5, 7] }, expected: { child_ages: [5, 7] } },
  { name: 'a group smaller than the child ages drops the ages', previous: { child_ages: [5, 7, 9] }, delta: { group_size: 2 }, expected: { group_size: 2 } },
  { name: 'the delta\'s own contradictions are kept for the rules to refuse', previous: {}, delta: { adults: 7, children: 1, group_size: 5 }, expected: { adults: 7, children: 1, group_size: 5 } },
];

describe('mergeTripInputs: table', () => {
  for (const c of cases) {
    it(c.name, () => {
      const merged = mergeTripInputs(c.previous, c.delta);
      expect(merged).toEqual(c.expected);
      expect(TripInputsSchema.parse(merged)).toEqual(merged);
    });
  }

  it('does not mutate its arguments and returns keys in canonical order', () => {
    const previous: TripInputs = { priorities: ['migration'], month: 8, destinations: ['masai_mara'] };
    const delta: TripInputsDelta = { destinations: ['serengeti'], priorities: ['value'], adults: 2 };
    const before = structuredClone({ previous, delta });
    const merged = mergeTripInputs(previous, delta);
    expect({ previous, delta }).toEqual(before);
    const order = Object.keys(merged).map((k) => TRIP_INPUT_FIELDS.indexOf(k as never));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });
});

// Arbitraries that produce valid TripInputs and deltas, small enough to collide often.
const dest = fc.constantFrom(...DESTINATION_IDS.slice(0, 6));
const date = fc.record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), y: fc.constantFrom(2026, 2027) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const inputsShape = {
  destinations: fc.uniqueArray(dest, { maxLength: 4 }),
  excluded_destinations: fc.uniqueArray(dest, { maxLength: 3 }),
  month: fc.integer({ min: 1, max: 12 }),
  year: fc.constantFrom(2026, 2027),
  start_date: date,
  end_date: date,
  duration_days: fc.integer({ min: 1, max: 21 }),
  flexible_dates: fc.boolean(),
  adults: fc.integer({ min: 0, max: 6 }),
  children: fc.integer({ min: 0, max: 4 }),
  child_ages: fc.array(fc.integer({ min: 0, max: 17 }), { maxLength: 4 }),
  group_size: fc.integer({ min: 1, max: 10 }),
  budget_amount: fc.integer({ min: 100, max: 50_000 }),
  budget_currency: fc.constantFrom('USD', 'EUR', 'KES'),
  budget_basis: fc.constantFrom('per_person' as const, 'total' as const),
  drive_tolerance_hours: fc.integer({ min: 0, max: 8 }),
  priorities: fc.uniqueArray(fc.constantFrom(...PRIORITIES), { maxLength: 4 }),
  pace: fc.constantFrom('slow' as const, 'balanced' as const, 'fast' as const),
  traveler_type: fc.constantFrom('first_time' as const, 'family' as const),
};
const inputsArb: fc.Arbitrary<TripInputs> = fc.record(inputsShape, { requiredKeys: [] });
const deltaArb: fc.Arbitrary<TripInputsDelta> = fc.record(
  {
    ...inputsShape,
    remove_destinations: fc.uniqueArray(dest, { maxLength: 2 }),
    clear_fields: fc.uniqueArray(fc.constantFrom(...TRIP_INPUT_FIELDS), { maxLength: 3 }),
  },
  { requiredKeys: [] },
);
const setKeys = (d: TripInputsDelta) =>
  TRIP_INPUT_FIELDS.filter((f) => d[f] !== undefined && !(Array.isArray(d[f]) && (d[f] as unknown[]).length === 0));

describe('mergeTripInputs: properties', () => {
  it('the result always parses as TripInputs', () => {
    fc.assert(fc.property(inputsArb, deltaArb, (p, d) => {
      TripInputsSchema.parse(mergeTripInputs(p, d));
    }));
  });

  it('applying the same delta twice is the same as applying it once', () => {
    fc.assert(fc.property(inputsArb, deltaArb, (p, d) => {
      const once = mergeTripInputs(p, d);
      expect(mergeTripInputs(once, d)).toEqual(once);
    }));
  });

  it('an empty delta is the identity', () => {
    fc.assert(fc.property(inputsArb, (p) => {
      expect(mergeTripInputs(p, {})).toEqual(p);
    }));
  });

  it('clear_fields removes every cleared field the delta does not also set', () => {
    fc.assert(fc.property(inputsArb, deltaArb, (p, d) => {
      const merged = mergeTripInputs(p, d);
      const set = new Set<string>(setKeys(d));
      for (const f of d.clear_fields ?? []) {
        const reAdded = set.has(f) || (f === 'activities' && (d.activities?.length ?? 0) > 0);
        if (!reAdded) expect(merged[f]).toBeUndefined();
      }
    }));
  });

  it('every scalar the delta sets is in the result with its value (later statement wins)', () => {
    fc.assert(fc.property(inputsArb, deltaArb, (p, d) => {
      const merged = mergeTripInputs(p, d);
      for (const f of setKeys(d)) {
        if (f === 'destinations' || f === 'excluded_destinations' || f === 'priorities') continue;
        expect(merged[f]).toEqual(d[f]);
      }
    }));
  });

  it('never adds a field the delta did not support', () => {
    fc.assert(fc.property(inputsArb, deltaArb, (p, d) => {
      const allowed = new Set<string>([...Object.keys(p), ...setKeys(d)]);
      for (const k of Object.keys(mergeTripInputs(p, d))) expect(allowed.has(k)).toBe(true);
    }));
  });

  it('a place the delta names (and does not exclude or remove) ends up in destinations and not excluded', () => {
    fc.assert(fc.property(inputsArb, deltaArb, (p, d) => {
      const merged = mergeTripInputs(p, d);
      for (const x of d.destinations ?? []) {
        if (d.excluded_destinations?.includes(x) || d.remove_destinations?.includes(x)) continue;
        expect(merged.destinations).toContain(x);
        expect(merged.excluded_destinations ?? []).not.toContain(x);
      }
      for (const x of d.excluded_destinations ?? []) expect(merged.destinations ?? []).not.toContain(x);
    }));
  });
});

describe('length against dates', () => {
  it('a restated length replaces an end date it contradicts; the start stays', () => {
    const before = { start_date: '2027-06-01', end_date: '2027-06-10', duration_days: 10 };
    expect(mergeTripInputs(before, { duration_days: 14 })).toEqual({ start_date: '2027-06-01', duration_days: 14 });
  });
  it('restated dates drop a length stated for the old ones', () => {
    const before = { start_date: '2027-06-01', end_date: '2027-06-10', duration_days: 10 };
    expect(mergeTripInputs(before, { start_date: '2027-07-01', end_date: '2027-07-05' })).toEqual({ start_date: '2027-07-01', end_date: '2027-07-05' });
  });
  it('keeps a length that matches the dates either way of counting', () => {
    const before = { start_date: '2027-06-01', end_date: '2027-06-08' };
    expect(mergeTripInputs(before, { duration_days: 8 }).end_date).toBe('2027-06-08');
    expect(mergeTripInputs(before, { duration_days: 7 }).end_date).toBe('2027-06-08');
  });
});
