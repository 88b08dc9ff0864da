/**
 * `npm run eval`: scores the embedded local extractor.
 * 1. Extraction: every labelled message in test/fixtures/extraction → per-field
 *    precision, recall and F1, micro-F1, and the misses.
 * 2. Conversations: every multi-turn conversation in test/fixtures/conversations runs
 *    through extract → mergeTripInputs → decide, and the final outcome is compared.
 * Exits non-zero when a target is missed (micro-F1 ≥ 0.95, every field ≥ 0.85).
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractTripInputs } from '../src/agent/local-model/extract';
import { loadExtractionFixtures } from '../src/agent/local-model/fixtures';
import { scoreExtractions } from '../src/agent/local-model/score-extraction';
import { defaultPackIndex } from '../src/domain/knowledge-pack/index-pack';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pack = defaultPackIndex();
const MICRO_TARGET = 0.95;
const FIELD_TARGET = 0.85;

const fixtures = loadExtractionFixtures(join(root, 'test/fixtures/extraction'));
const cases = fixtures.map((f) => ({
  id: f.id,
  text: f.text,
  expected: f.expected,
  predicted: extractTripInputs(f.text, { now: new Date(f.now), pack, ...(f.previous ? { previous: f.previous } : {}) }),
}));
const score = scoreExtractions(cases);

const pct = (x: number) => x.toFixed(3);
console.log(`\n## extraction (${fixtures.length} messages)\n`);
console.log(`  ${'field'.padEnd(24)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}  precision  recall  f1`);
let failed = false;
for (const [field, s] of Object.entries(score.fields)) {
  const low = s.f1 < FIELD_TARGET;
  failed ||= low;
  console.log(`  ${field.padEnd(24)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1)}${low ? '  < target' : ''}`);
}
console.log(`\n  micro-F1 ${pct(score.micro.f1)} (precision ${pct(score.micro.precision)}, recall ${pct(score.micro.recall)})  [target ≥ ${MICRO_TARGET}, every field ≥ ${FIELD_TARGET}]`);
failed ||= score.micro.f1 < MICRO_TARGET;

if (score.misses.length) {
  console.log(`\n  misses (${score.misses.length}):`);
  const byId = new Map(cases.map((c) => [c.id, c.text]));
  for (const m of score.misses) {
    console.log(`  - ${m.id} ${m.field}: expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.predicted)}   « ${byId.get(m.id)!.slice(0, 90)} »`);
  }
}

// Loaded lazily: the rules are another module, and a broken rules tree must not hide the extraction score.
try {
  const { runConversations } = await import('../src/agent/local-model/conversations');
  const conv = runConversations(join(root, 'test/fixtures/conversations'), pack);
  console.log(`\n## conversations (${conv.total})\n`);
  console.log(`  outcome accuracy ${pct(conv.total ? conv.correct / conv.total : 0)} (${conv.correct}/${conv.total})`);
  for (const m of conv.misses) console.log(`  - ${m.id}: expected ${m.expected} got ${m.actual}`);
} catch (err) {
  console.log(`\n## conversations: not run (${(err as Error).message})`);
  process.exitCode = 1;
}

if (failed) {
  console.log('\nextraction targets MISSED');
  process.exitCode = 1;
}
