import fc from 'fast-check';
import { ACTIVITIES, ANIMALS, COUNTRY_CODES, DESTINATION_IDS, PACES, PRIORITIES, TRAVELER_TYPES, type TripInputs } from '../../../src/domain/trip-inputs';

/** The fixed "today" of the rules tests (the pack's review date). */
export const NOW = new Date('2026-11-21T09:00:00Z');

const CURRENCIES = ['USD', 'EUR', 'GBP', 'KES', 'TZS', 'ZAR', 'XXX'] as const;

function isoDate(dayNumber: number): string {
  return new Date(dayNumber * 86_400_000).toISOString().slice(0, 10);
}

const today = Math.floor(NOW.getTime() / 86_400_000);

/** Any TripInputs the schema allows, each field independently present or absent (many contradict each other). */
export const wildInputs: fc.Arbitrary<TripInputs> = fc.record(
  {
    destinations: fc.uniqueArray(fc.constantFrom(...DESTINATION_IDS), { maxLength: 4 }),
    excluded_destinations: fc.uniqueArray(fc.constantFrom(...DESTINATION_IDS), { maxLength: 3 }),
    countries: fc.uniqueArray(fc.constantFrom(...COUNTRY_CODES), { maxLength: 3 }),
    month: fc.integer({ min: 1, max: 12 }),
    year: fc.integer({ min: 2025, max: 2029 }),
    start_date: fc.integer({ min: today - 60, max: today + 800 }).map(isoDate),
    end_date: fc.integer({ min: today - 60, max: today + 830 }).map(isoDate),
    duration_days: fc.integer({ min: 1, max: 30 }),
    flexible_dates: fc.boolean(),
    adults: fc.integer({ min: 0, max: 6 }),
    children: fc.integer({ min: 0, max: 4 }),
    child_ages: fc.array(fc.integer({ min: 0, max: 17 }), { maxLength: 4 }),
    group_size: fc.integer({ min: 1, max: 12 }),
    budget_amount: fc.double({ min: 50, max: 2_000_000, noNaN: true }),
    budget_currency: fc.constantFrom(...CURRENCIES),
    budget_basis: fc.constantFrom('per_person' as const, 'total' as const),
    drive_tolerance_hours: fc.double({ min: 0, max: 12, noNaN: true }),
    priorities: fc.uniqueArray(fc.constantFrom(...PRIORITIES), { maxLength: 4 }),
    pace: fc.constantFrom(...PACES),
    traveler_type: fc.constantFrom(...TRAVELER_TYPES),
    avoid_flights: fc.boolean(),
    migration_phase: fc.constantFrom('calving' as const, 'river_crossings' as const),
    animals: fc.uniqueArray(fc.constantFrom(...ANIMALS), { minLength: 1, maxLength: 3 }),
    asks_affordability: fc.boolean(),
    open_elsewhere: fc.boolean(),
    activities: fc.uniqueArray(fc.constantFrom(...ACTIVITIES), { minLength: 1, maxLength: 2 }),
    budget_rate: fc.record({ amount: fc.double({ min: 5, max: 5000, noNaN: true }), currency: fc.constantFrom(...CURRENCIES), per: fc.constantFrom('day' as const, 'night' as const) }).map((r) => ({ ...r })),
  },
  { requiredKeys: [] },
).map((r) => ({ ...r })); // plain objects, as JSON-parsed inputs are (fast-check builds null-prototype records)

/**
 * TripInputs that are consistent by construction (dates inside the month, ages matching
 * the children, a group at least as large as its members, nothing both named and
 * excluded), so most of them reach a verdict.
 */
export const consistentInputs: fc.Arbitrary<TripInputs> = fc
  .record({
    dests: fc.uniqueArray(fc.constantFrom(...DESTINATION_IDS), { maxLength: 4 }),
    excl: fc.uniqueArray(fc.constantFrom(...DESTINATION_IDS), { maxLength: 3 }),
    countries: fc.uniqueArray(fc.constantFrom(...COUNTRY_CODES), { maxLength: 2 }),
    priorities: fc.option(fc.uniqueArray(fc.constantFrom(...PRIORITIES), { minLength: 1, maxLength: 4 }), { nil: undefined }),
    timing: fc.oneof(
      fc.record({ kind: fc.constant('month' as const), month: fc.integer({ min: 1, max: 12 }), withYear: fc.boolean() }),
      fc.record({ kind: fc.constant('dates' as const), offset: fc.integer({ min: 0, max: 700 }), length: fc.integer({ min: 1, max: 21 }) }),
    ),
    duration: fc.option(fc.integer({ min: 1, max: 21 }), { nil: undefined }),
    flexible: fc.option(fc.boolean(), { nil: undefined }),
    adults: fc.option(fc.integer({ min: 1, max: 6 }), { nil: undefined }),
    childAges: fc.option(fc.array(fc.integer({ min: 0, max: 17 }), { minLength: 0, maxLength: 3 }), { nil: undefined }),
    statedGroup: fc.boolean(),
    budget: fc.option(
      fc.record({
        amount: fc.integer({ min: 100, max: 40_000 }),
        currency: fc.constantFrom(...CURRENCIES),
        basis: fc.option(fc.constantFrom('per_person' as const, 'total' as const), { nil: undefined }),
      }),
      { nil: undefined },
    ),
    tolerance: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
    pace: fc.option(fc.constantFrom(...PACES), { nil: undefined }),
    travelerType: fc.option(fc.constantFrom(...TRAVELER_TYPES), { nil: undefined }),
  })
  .map((r) => {
    const i: TripInputs = {};
    if (r.dests.length > 0) i.destinations = r.dests;
    const excl = r.excl.filter((d) => !r.dests.includes(d));
    if (excl.length > 0) i.excluded_destinations = excl;
    if (r.countries.length > 0) i.countries = r.countries;
    if (r.priorities) i.priorities = r.priorities;
    if (r.timing.kind === 'month') {
      i.month = r.timing.month;
      if (r.timing.withYear) i.year = r.timing.month < NOW.getUTCMonth() + 1 ? 2027 : 2026;
      if (r.duration !== undefined) i.duration_days = r.duration;
    } else {
      const start = today + 1 + r.timing.offset;
      i.start_date = isoDate(start);
      i.end_date = isoDate(start + r.timing.length);
      i.duration_days = r.timing.length;
    }
    if (r.flexible !== undefined) i.flexible_dates = r.flexible;
    if (r.adults !== undefined) i.adults = r.adults;
    if (r.childAges !== undefined) {
      i.children = r.childAges.length;
      if (r.childAges.length > 0) i.child_ages = r.childAges;
    }
    if (r.statedGroup) i.group_size = (r.adults ?? 2) + (r.childAges?.length ?? 0);
    if (r.budget) {
      i.budget_amount = r.budget.amount;
      i.budget_currency = r.budget.currency;
      if (r.budget.basis) i.budget_basis = r.budget.basis;
    }
    if (r.tolerance !== undefined) i.drive_tolerance_hours = r.tolerance;
    if (r.pace) i.pace = r.pace;
    if (r.travelerType) i.traveler_type = r.travelerType;
    return i;
  });
