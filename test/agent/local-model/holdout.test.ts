import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ExtractionSchema } from '../../../src/agent/extraction-schema';
import { extractTripInputs } from '../../../src/agent/local-model/extract';
import { loadExtractionFixtures } from '../../../src/agent/local-model/fixtures';
import { HOLDOUT_MICRO_F1_FLOOR, scoreExtractions } from '../../../src/agent/local-model/score-extraction';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// Messages written apart from the extractor's tuning set (chat, SMS and WhatsApp phrasing,
// typos, a little French/Spanish/German/Swahili, corrections, scope). A drop below the floor
// is a regression on text the extractor was not built around.
const dir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/extraction-holdout');
const pack = defaultPackIndex();
const fixtures = loadExtractionFixtures(dir);
const tuningIds = new Set(loadExtractionFixtures(join(dir, '../extraction')).map((f) => f.id));
const cases = fixtures.map((f) => ({
  id: f.id,
  expected: f.expected,
  predicted: extractTripInputs(f.text, { now: new Date(f.now), pack, ...(f.previous ? { previous: f.previous } : {}) }),
}));

describe('local extractor on the holdout set', () => {
  it('has at least 150 labelled messages, unique ids, none shared with the tuning set', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(150);
    expect(new Set(fixtures.map((f) => f.id)).size).toBe(fixtures.length);
    expect(fixtures.filter((f) => tuningIds.has(f.id))).toEqual([]);
  });

  it('always returns a schema-valid extraction', () => {
    for (const c of cases) expect(ExtractionSchema.safeParse(c.predicted).success, c.id).toBe(true);
  });

  it(`keeps micro-F1 >= ${HOLDOUT_MICRO_F1_FLOOR}`, () => {
    const score = scoreExtractions(cases);
    const misses = score.misses.map((m) => `${m.id} ${m.field}: expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.predicted)}`);
    expect(score.micro.f1, misses.join('\n')).toBeGreaterThanOrEqual(HOLDOUT_MICRO_F1_FLOOR);
  });
});
