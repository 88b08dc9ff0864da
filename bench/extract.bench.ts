/**
 * Local extraction time per message over the labelled sets (test/fixtures/extraction and
 * test/fixtures/extraction-holdout): p50 and p99 after a warm-up pass, each message timed
 * on its own; plus the longest message, and a worst case of repetitive 4,000-character
 * text (the extractor's input cap) that would expose a regex with runaway backtracking.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractTripInputs } from '../src/agent/local-model/extract';
import { loadExtractionFixtures } from '../src/agent/local-model/fixtures';
import { defaultPackIndex } from '../src/domain/knowledge-pack/index-pack';
import { figure, percentile } from './format';

/** Prints p50/p99 extraction time per message. */
export async function run(): Promise<void> {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const fixtures = [
    ...loadExtractionFixtures(join(root, 'test/fixtures/extraction')),
    ...loadExtractionFixtures(join(root, 'test/fixtures/extraction-holdout')),
  ];
  const pack = defaultPackIndex();
  const call = (f: (typeof fixtures)[number]) =>
    extractTripInputs(f.text, { now: new Date(f.now), pack, ...(f.previous ? { previous: f.previous } : {}) });
  // Warm-up: JIT and the alias matcher's one-off build are not per-message costs.
  for (const f of fixtures) call(f);
  const times: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const f of fixtures) {
      const t0 = performance.now();
      call(f);
      times.push(performance.now() - t0);
    }
  }
  const long = fixtures.reduce((a, b) => (b.text.length > a.text.length ? b : a));
  const longTimes: number[] = [];
  for (let i = 0; i < 200; i++) {
    const t0 = performance.now();
    call(long);
    longTimes.push(performance.now() - t0);
  }
  const now = new Date('2026-11-21T10:00:00Z');
  const hostile = ['not ', 'a ', '1 ', 'mix of ', 'me and my ', '5 nights in the mara then ', 'ignore ', '$1 ', 'kids (1, ', 'in 2 weeks '].map((unit) => unit.repeat(Math.ceil(4000 / unit.length)));
  const hostileTimes: number[] = [];
  for (const text of hostile) {
    const t0 = performance.now();
    extractTripInputs(text, { now, pack });
    hostileTimes.push(performance.now() - t0);
  }
  const p50 = percentile(times, 50);
  figure(`extract p50 (${fixtures.length} messages x 5)`, p50, 'ms', { text: '<= 2 ms', met: p50 <= 2 });
  figure('extract p99', percentile(times, 99), 'ms');
  figure(`extract p50, longest message (${long.text.length} chars)`, percentile(longTimes, 50), 'ms');
  figure(`extract worst of ${hostile.length} repetitive 4000-char inputs`, Math.max(...hostileTimes), 'ms');
}
