import type { TripInputs } from '../trip-inputs';

/**
 * The inputs copied into one fixed shape (every field present, absent ones undefined).
 * Inputs arrive in many shapes (whatever the traveler has said so far), which makes every
 * property read in the rules a slow megamorphic lookup; reading one fixed shape keeps the
 * hot path fast. Only for reading: the decision's snapshot is always the inputs as given.
 */
export function fixedShape(i: TripInputs): TripInputs {
  return {
    destinations: i.destinations,
    excluded_destinations: i.excluded_destinations,
    countries: i.countries,
    month: i.month,
    year: i.year,
    start_date: i.start_date,
    end_date: i.end_date,
    duration_days: i.duration_days,
    flexible_dates: i.flexible_dates,
    adults: i.adults,
    children: i.children,
    child_ages: i.child_ages,
    group_size: i.group_size,
    budget_amount: i.budget_amount,
    budget_currency: i.budget_currency,
    budget_basis: i.budget_basis,
    drive_tolerance_hours: i.drive_tolerance_hours,
    priorities: i.priorities,
    pace: i.pace,
    traveler_type: i.traveler_type,
    conflict: i.conflict,
    child_birthdays: i.child_birthdays,
    flexible_until: i.flexible_until,
    avoid_flights: i.avoid_flights,
    migration_phase: i.migration_phase,
    budget_rate: i.budget_rate,
    animals: i.animals,
  };
}
