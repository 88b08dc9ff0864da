import type { TripInputs } from '../../domain/trip-inputs';
import type { Extraction } from '../extraction-schema';

/**
 * A child's age corrected by naming the old one ("the youngest is actually 3, not 4",
 * "Korrektur: der Ältere ist 12, nicht 11", "la plus jeune a 5 ans, pas 6"), on the
 * normalised text (foreign words already English): the known age said second becomes the
 * one said first. Only an age the trip has is replaced, so "12 days, not 10" or a party
 * size never reads as one; a message that lists ages of its own is left to them.
 */
const AGE_NOT_AGE = /\b(\d{1,2})(?: ?(?:years?|yrs?|ans?|jahre?)(?: old| alt)?)?,? (?:not|and not|rather than|instead of) (\d{1,2})\b(?! ?(?:days?|nights?|weeks?|adults?|people|persons?|k\b|%))/;

export function correctChildAge(t: string, out: Extraction, previous?: TripInputs): void {
  const ages = previous?.child_ages;
  if (!ages?.length) return;
  const m = AGE_NOT_AGE.exec(t);
  if (!m) return;
  const said = Number(m[1]);
  // The extractor's reading of the new age alone ("10 years old") is this age, not a new list.
  if (out.child_ages !== undefined && !(out.child_ages.length === 1 && out.child_ages[0] === said)) return;
  const old = Number(m[2]);
  const at = ages.indexOf(old);
  if (at < 0 || said > 17 || said === old) return;
  out.child_ages = ages.map((a, i) => (i === at ? said : a)).sort((a, b) => a - b);
  // The extractor may have read the numbers as a party or a length: the correction is about an age only.
  for (const k of ['children', 'group_size', 'adults', 'duration_days'] as const) if (out[k] === said || out[k] === old) delete out[k];
}
