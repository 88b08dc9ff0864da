import type { TripInputs } from '../trip-inputs';

/** Every field the rules read, absent (one object literal, so every copy has the same hidden shape). */
function blank(): TripInputs {
  return {
    destinations: undefined,
    excluded_destinations: undefined,
    countries: undefined,
    month: undefined,
    year: undefined,
    start_date: undefined,
    end_date: undefined,
    duration_days: undefined,
    flexible_dates: undefined,
    adults: undefined,
    children: undefined,
    child_ages: undefined,
    group_size: undefined,
    budget_amount: undefined,
    budget_currency: undefined,
    budget_basis: undefined,
    drive_tolerance_hours: undefined,
    priorities: undefined,
    pace: undefined,
    traveler_type: undefined,
    conflict: undefined,
    child_birthdays: undefined,
    flexible_until: undefined,
    avoid_flights: undefined,
    migration_phase: undefined,
    budget_rate: undefined,
    animals: undefined,
    asks_affordability: undefined,
    budget_excludes_permits: undefined,
    budget_permits_only: undefined,
    activities: undefined,
    adult_ages: undefined,
    open_elsewhere: undefined,
  };
}

const FIELDS: ReadonlySet<string> = new Set(Object.keys(blank()));

/**
 * The inputs copied into one fixed shape (every field present, absent ones undefined).
 * Inputs arrive in many shapes (whatever the traveler has said so far), which makes every
 * property read in the rules a slow megamorphic lookup; reading one fixed shape keeps the
 * hot path fast. Only the fields the traveler gave are copied (a few), not every field read
 * by name from a shape that varies. Only for reading: the decision's snapshot is always the
 * inputs as given.
 */
export function fixedShape(i: TripInputs): TripInputs {
  const out = blank() as Record<string, unknown>;
  for (const k in i) if (FIELDS.has(k)) out[k] = (i as Record<string, unknown>)[k];
  return out as TripInputs;
}
