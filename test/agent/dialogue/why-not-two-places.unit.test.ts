import { describe, expect, it } from 'vitest';
import { recogniseAct } from '../../../src/agent/dialogue/recognise';
import { extractTripInputs } from '../../../src/agent/local-model/extract';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { mergeTripInputs } from '../../../src/domain/merge-trip-inputs';
import type { TripInputs } from '../../../src/domain/trip-inputs';

// Review s6 P2-9: a why-not naming two of the plan's own places asks why the plan is shaped so (a why) only when it
// proposes nothing else; with a new month, length or price it proposes a trip to compare against (a why-not).
// The reviewer's probes and phrasings of our own, none from a dialogue set.
const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');

function act(text: string, known: TripInputs, planned: string[]) {
  const extraction = extractTripInputs(text, { now, pack, previous: known });
  return recogniseAct(text, { extraction, known, pack, merge: mergeTripInputs, planned: planned as NonNullable<TripInputs['destinations']> }).act;
}

const tanzania: [TripInputs, string[]] = [{ countries: ['TZ'], month: 9, adults: 2, duration_days: 8 }, ['tarangire', 'serengeti']];
const kenya: [TripInputs, string[]] = [{ countries: ['KE'], month: 8, adults: 2, duration_days: 7 }, ['masai_mara', 'serengeti']];
const beach: [TripInputs, string[]] = [{ destinations: ['serengeti'], month: 7, adults: 2, duration_days: 10 }, ['serengeti', 'zanzibar']];

describe('two of the plan\'s places with a change proposed is a why-not', () => {
  it.each([
    ['why not Serengeti and Tarangire in October?', tanzania],
    ['pourquoi pas Masai Mara et Serengeti en octobre ?', kenya],
    ['why not Serengeti and Zanzibar for 14 days instead?', beach],
    ['why not Zanzibar and Serengeti, but cheaper?', beach],
    ['why not Tarangire and the Serengeti in late November?', tanzania],
    ['warum nicht Masai Mara und Serengeti für 10 Tage?', kenya],
    ['why not Zanzibar and the Serengeti on a smaller budget, say $3000 each?', beach],
  ] as const)('%s', (text, [known, planned]) => {
    expect(act(text, known, planned)).toBe('why_not');
  });
});

describe('two of the plan\'s places and nothing else proposed is still a why', () => {
  it.each([
    ['why not Zanzibar first and then the Serengeti?', beach],
    ['warum nicht erst Serengeti und dann Masai Mara?', kenya],
    ['why not Serengeti before Tarangire?', tanzania],
  ] as const)('%s', (text, [known, planned]) => {
    expect(act(text, known, planned)).toBe('why');
  });
});
