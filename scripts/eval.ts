/**
 * `npm run eval`: scores the embedded local extractor.
 * 1. Extraction: every labelled message in test/fixtures/extraction (the set the
 *    extractor was built against) → per-field precision, recall and F1, micro-F1, misses.
 * 2. Holdout: the same report for test/fixtures/extraction-holdout, messages written
 *    apart from the extractor's tuning, as the nearer estimate of accuracy on new text.
 * 3. Conversations: every multi-turn conversation in test/fixtures/conversations runs
 *    through extract → mergeTripInputs → decide, and the final outcome is compared.
 * Exits non-zero when a target is missed: micro-F1 ≥ 0.95 and every field ≥ 0.85 on the
 * tuning set; micro-F1 ≥ HOLDOUT_FLOOR on the holdout (the same floor its test guards).
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractTripInputs } from '../src/agent/local-model/extract';
import { loadExtractionFixtures } from '../src/agent/local-model/fixtures';
import { HOLDOUT_MICRO_F1_FLOOR, scoreExtractions } from '../src/agent/local-model/score-extraction';
import { defaultPackIndex } from '../src/domain/knowledge-pack/index-pack';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pack = defaultPackIndex();
const MICRO_TARGET = 0.95;
const FIELD_TARGET = 0.85;
const pct = (x: number) => x.toFixed(3);
/** `npm run eval -- --verbose` also lists every blind extraction miss. */
const verbose = process.argv.includes('--verbose');

/** Scores one fixture folder, prints its table and misses; true when a target is missed. */
function report(title: string, folder: string, microTarget: number, fieldTarget?: number): boolean {
  const fixtures = loadExtractionFixtures(join(root, folder));
  const cases = fixtures.map((f) => ({
    id: f.id,
    text: f.text,
    expected: f.expected,
    predicted: extractTripInputs(f.text, { now: new Date(f.now), pack, ...(f.previous ? { previous: f.previous } : {}) }),
  }));
  const score = scoreExtractions(cases);
  console.log(`\n## ${title} (${fixtures.length} messages, ${folder})\n`);
  console.log(`  ${'field'.padEnd(24)} ${'tp'.padStart(4)} ${'fp'.padStart(4)} ${'fn'.padStart(4)}  precision  recall  f1`);
  let failed = false;
  for (const [field, s] of Object.entries(score.fields)) {
    const low = fieldTarget !== undefined && s.f1 < fieldTarget;
    failed ||= low;
    console.log(`  ${field.padEnd(24)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)}  ${pct(s.precision).padStart(9)}  ${pct(s.recall).padStart(6)}  ${pct(s.f1)}${low ? '  < target' : ''}`);
  }
  const targets = `micro-F1 ≥ ${microTarget}${fieldTarget !== undefined ? `, every field ≥ ${fieldTarget}` : ''}`;
  console.log(`\n  micro-F1 ${pct(score.micro.f1)} (precision ${pct(score.micro.precision)}, recall ${pct(score.micro.recall)})  [target ${targets}]`);
  failed ||= score.micro.f1 < microTarget;
  if (score.misses.length) {
    console.log(`\n  misses (${score.misses.length}):`);
    const byId = new Map(cases.map((c) => [c.id, c.text]));
    for (const m of score.misses) {
      console.log(`  - ${m.id} ${m.field}: expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.predicted)}   « ${byId.get(m.id)!.slice(0, 90)} »`);
    }
  }
  return failed;
}

let failed = report('extraction', 'test/fixtures/extraction', MICRO_TARGET, FIELD_TARGET);
failed = report('extraction holdout', 'test/fixtures/extraction-holdout', HOLDOUT_MICRO_F1_FLOOR) || failed;

// Loaded lazily: the rules are another module, and a broken rules tree must not hide the extraction score.
try {
  const { runConversations, OUTCOMES } = await import('../src/agent/local-model/conversations');
  /** Prints one conversation set's figures: accuracy, acceptable outcomes, unsafe books, confusion matrix, misses. */
  const conversations = (title: string, path: string) => {
    const conv = runConversations(join(root, path), pack);
    if (!conv.total) return;
    console.log(`\n## ${title} (${conv.total} conversations, ${path})\n`);
    console.log(`  outcome accuracy ${pct(conv.correct / conv.total)} (${conv.correct}/${conv.total})`);
    console.log(`  acceptable outcomes ${pct(conv.acceptable / conv.total)} (${conv.acceptable}/${conv.total})`);
    console.log(`  unsafe books ${conv.unsafeBooks.length}${conv.unsafeBooks.length ? ` (${conv.unsafeBooks.join(', ')})` : ''}  [target 0]`);
    console.log(`\n  expected \\ got ${OUTCOMES.map((o) => o.padStart(8)).join('')}`);
    for (const a of OUTCOMES) console.log(`  ${a.padEnd(15)}${OUTCOMES.map((b) => String(conv.confusion[a][b]).padStart(8)).join('')}`);
    if (conv.misses.length) {
      console.log(`\n  misses (${conv.misses.length}; * = still acceptable):`);
      for (const m of conv.misses) console.log(`  - ${m.acceptable ? '*' : ' '} ${m.id}${m.class ? ` [${m.class}]` : ''}: expected ${m.expected} got ${m.actual}`);
    }
  };
  const { labelAgreement } = await import('../src/agent/local-model/label-agreement');
  /** Where other experts relabelled a blind set: how often experts agree, beside the product. */
  const labellers = (dir: string, folder: string) => {
    const r = labelAgreement(join(root, folder, 'conversations.json'), join(root, folder), pack);
    if (!r) return;
    console.log(`\n  relabelled by ${r.product.length - 1} more experts who saw neither the code nor the writer's labels (acceptable outcomes, scored as the product is):`);
    for (const p of r.pairs) console.log(`    ${p.judged.padEnd(10)} against ${p.truth.padEnd(10)} ${pct(p.acceptable)}`);
    for (const p of r.product) console.log(`    ${'product'.padEnd(10)} against ${p.truth.padEnd(10)} ${pct(p.acceptable)}`);
    for (const l of r.labellerMajority) console.log(`    ${l.name.padEnd(10)} acceptable to at least half of the other labellers ${pct(l.acceptable)}`);
    console.log(`    ${'product'.padEnd(10)} acceptable to at least half of all ${r.product.length} labellers ${pct(r.productMajority)}  (${dir})`);
    if (verbose && r.productOutvoted.length) console.log(`    outvoted (${r.productOutvoted.length}): ${r.productOutvoted.join(' ')}`);
  };
  conversations('conversations', 'test/fixtures/conversations');
  // Blind sets (issue 14): written by people who never saw the extractor or the rules.
  for (const dir of readdirSync(join(root, 'test/fixtures')).filter((d) => d.startsWith('blind-')).sort()) {
    const folder = `test/fixtures/${dir}`;
    if (existsSync(join(root, folder, 'extraction.json'))) {
      const fixtures = loadExtractionFixtures(join(root, folder), (f) => f === 'extraction.json');
      const score = scoreExtractions(fixtures.map((f) => ({ id: f.id, text: f.text, expected: f.expected, predicted: extractTripInputs(f.text, { now: new Date(f.now), pack, ...(f.previous ? { previous: f.previous } : {}) }) })));
      console.log(`\n## ${dir} extraction (${fixtures.length} messages)\n`);
      console.log(`  micro-F1 ${pct(score.micro.f1)} (precision ${pct(score.micro.precision)}, recall ${pct(score.micro.recall)})`);
      const weak = Object.entries(score.fields).filter(([, s]) => s.f1 < 0.9).map(([f, s]) => `${f} ${pct(s.f1)}`);
      if (weak.length) console.log(`  fields under 0.9: ${weak.join(', ')}`);
      if (verbose) for (const m of score.misses) console.log(`  - ${m.id} ${m.field}: expected ${JSON.stringify(m.expected)} got ${JSON.stringify(m.predicted)}`);
    }
    if (existsSync(join(root, folder, 'conversations.json'))) {
      conversations(`${dir} conversations`, `${folder}/conversations.json`);
      labellers(dir, folder);
    }
  }
} catch (err) {
  console.log(`\n## conversations: not run (${(err as Error).message})`);
  process.exitCode = 1;
}

// Dialogue sets (issue 15): each turn's dialogue act and its effect on the standing decision.
try {
  const { reportDialogues } = await import('../src/agent/dialogue/report-dialogue');
  for (const dir of readdirSync(join(root, 'test/fixtures')).filter((d) => d.startsWith('dialogue-')).sort()) {
    const file = join(root, 'test/fixtures', dir, 'conversations.json');
    if (existsSync(file)) reportDialogues(`${dir} dialogue acts`, file, pack, verbose);
  }
} catch (err) {
  console.log(`\n## dialogue acts: not run (${(err as Error).message})`);
  process.exitCode = 1;
}

if (failed) {
  console.log('\nextraction targets MISSED');
  process.exitCode = 1;
}
