import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runConversations } from '../../../src/agent/local-model/conversations';
import { extractTripInputs } from '../../../src/agent/local-model/extract';
import { loadExtractionFixtures } from '../../../src/agent/local-model/fixtures';
import { scoreExtractions } from '../../../src/agent/local-model/score-extraction';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

/**
 * Blind set 1 (issue 14), written by a helper who never saw the code, kept as a regression
 * set. The floors sit within 0.01 of the figures measured after the issue-14 fixes
 * (docs/blind-evaluation.md), so a regression of a few conversations or fields fails.
 */
const dir = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/blind-1');
const pack = defaultPackIndex();

const FLOORS = { acceptable: 0.908, extractionMicroF1: 0.961 };

describe('blind set 1', () => {
  it(`keeps acceptable outcomes ≥ ${FLOORS.acceptable} with no unsafe book`, () => {
    const run = runConversations(join(dir, 'conversations.json'), pack);
    expect(run.total).toBe(85);
    expect(run.unsafeBooks).toEqual([]);
    expect(run.acceptable / run.total).toBeGreaterThanOrEqual(FLOORS.acceptable);
  });

  it(`keeps extraction micro-F1 ≥ ${FLOORS.extractionMicroF1}`, () => {
    const fixtures = loadExtractionFixtures(dir, (f) => f === 'extraction.json');
    expect(fixtures.length).toBe(146);
    const cases = fixtures.map((f) => ({
      id: f.id,
      expected: f.expected,
      predicted: extractTripInputs(f.text, { now: new Date(f.now), pack, ...(f.previous ? { previous: f.previous } : {}) }),
    }));
    expect(scoreExtractions(cases).micro.f1).toBeGreaterThanOrEqual(FLOORS.extractionMicroF1);
  });
});
