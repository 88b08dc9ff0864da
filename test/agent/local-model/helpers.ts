import { extractTripInputs } from '../../../src/agent/local-model/extract';
import type { Extraction } from '../../../src/agent/extraction-schema';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import type { TripInputs } from '../../../src/domain/trip-inputs';

/** A fixed "today" (Saturday 21 November 2026) so relative dates are reproducible. */
export const NOW = new Date('2026-11-21T10:00:00Z');

/** Runs the extractor with the shipped pack. */
export function x(text: string, previous?: TripInputs, now: Date = NOW): Extraction {
  return extractTripInputs(text, { now, pack: defaultPackIndex(), ...(previous ? { previous } : {}) });
}
