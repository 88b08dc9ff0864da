import { extractTripInputs } from '../../../src/agent/local-model/extract';
import { mergeTripInputs } from '../../../src/domain/merge-trip-inputs';
import { decide } from '../../../src/domain/rules/decide';
import { findContradictions } from '../../../src/domain/rules/contradictions';
import type { Extraction } from '../../../src/agent/extraction-schema';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import type { TripInputs } from '../../../src/domain/trip-inputs';

/** A fixed "today" (Saturday 21 November 2026) so relative dates are reproducible. */
export const NOW = new Date('2026-11-21T10:00:00Z');

/** Runs the extractor with the shipped pack. */
export function x(text: string, previous?: TripInputs, now: Date = NOW): Extraction {
  return extractTripInputs(text, { now, pack: defaultPackIndex(), ...(previous ? { previous } : {}) });
}

/**
 * A conversation as the turn folds it: extract each message against the inputs so far, merge,
 * then decide the last state. `said` is what the contradiction reader names.
 */
export function converse(turns: string[], now: Date = NOW) {
  let inputs: TripInputs = {};
  for (const text of turns) {
    const { message_kind: _k, out_of_scope_topic: _t, ...delta } = x(text, inputs, now);
    inputs = mergeTripInputs(inputs, delta);
  }
  const pack = defaultPackIndex();
  return { inputs, result: decide(inputs, pack, now), said: findContradictions(inputs, now).map((c) => c.text) };
}

/** The inputs a conversation accumulates (extract → merge), for tests that only read them. */
export function inputsAfter(...turns: string[]): TripInputs {
  return converse(turns).inputs;
}
