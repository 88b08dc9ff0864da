import type { MigrationPhase } from '../../domain/trip-inputs';

// The two parts of the migration a traveler may want, on normalized text (foreign-words.ts
// already reads "cruce del rio" and "traversee de la riviere" as river crossings).
const CALVING = /\b(?:calving|calves|calf season|wildebeest births?|birthing season|baby wildebeest|newborn (?:wildebeest|calves)|ndutu|mise bas|naissances? des gnous|pariciones?|nacimientos? de (?:los )?nus?)\b/g;
const CROSSINGS = /\b(?:river crossings?|(?:mara|grumeti) (?:river )?crossings?|crossings|crossing(?:es)? (?:of )?the (?:mara )?river|cross(?:es|ing)? the (?:mara )?river|herds? crossing)\b/g;
// A phase named only as something done before or not wanted ("we've seen the crossings twice").
const SET_ASIDE = /\b(?:seen|saw|done|did|had|been to|not|no|instead of|rather than|skip|without|than)\b[^.;!?]{0,24}$/;

/**
 * Which part of the migration the traveler wants, when they name one: the calving on the
 * southern plains or the river crossings in the north. A phase mentioned only as one already
 * seen or set aside does not count; of two that remain, the later one said wins.
 */
export function migrationPhase(t: string): MigrationPhase | undefined {
  let best: { phase: MigrationPhase; at: number } | undefined;
  for (const [phase, re] of [['calving', CALVING], ['river_crossings', CROSSINGS]] as const) {
    for (const m of t.matchAll(re)) {
      const before = t.slice(Math.max(0, m.index - 40), m.index);
      if (SET_ASIDE.test(before)) continue;
      if (!best || m.index > best.at) best = { phase, at: m.index };
    }
  }
  return best?.phase;
}
