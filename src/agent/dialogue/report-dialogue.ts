import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import { dialogueTurns, loadDialogues, median, scoreDialogues, type Tally } from './score-dialogue';

const pct = (n: number, d: number) => (d === 0 ? '-' : (n / d).toFixed(3));

function line(label: string, t: Tally): string {
  return `  ${label.padEnd(6)} ${String(t.turns).padStart(5)}  act ${pct(t.actRight, t.turns)}  effect ${pct(t.effectRight, t.turns)}  changed by a question ${pct(t.movedByQuestion, t.shouldStay)} (${t.movedByQuestion}/${t.shouldStay})`;
}

/** `npm run eval`'s dialogue section: act and effect accuracy per language and per act, and misses with --verbose. */
export function reportDialogues(title: string, file: string, pack: PackIndex, verbose: boolean): void {
  const convs = loadDialogues(file);
  const score = scoreDialogues(convs, (c) => dialogueTurns(c, pack));
  console.log(`\n## ${title} (${score.conversations} conversations, ${score.all.turns} turns)\n`);
  console.log(`  ${'lang'.padEnd(6)} ${'turns'.padStart(5)}  [targets: act ≥ 0.9, effect ≥ 0.9, changed by a question 0]`);
  console.log(line('all', score.all));
  for (const [lang, t] of Object.entries(score.byLanguage).sort()) console.log(line(lang, t));
  const lengths = Object.entries(score.lengths).map(([ch, xs]) => `${ch} ${median(xs)}`);
  const verdicts = Object.entries(score.verdictLengths).map(([ch, xs]) => `${ch} ${median(xs)}`);
  if (lengths.length) console.log(`\n  median reply length in characters, every turn: ${lengths.join(', ')}; turns with a new decision: ${verdicts.join(', ')}`);
  console.log('\n  by expected act:');
  for (const [act, t] of Object.entries(score.byAct).sort()) {
    console.log(`  ${act.padEnd(13)} ${String(t.turns).padStart(4)}  act ${pct(t.actRight, t.turns)}  effect ${pct(t.effectRight, t.turns)}`);
  }
  if (verbose) for (const m of score.misses) console.log(`  - ${m.id}#${m.turn}: expected ${m.expected} got ${m.got}   « ${m.text.slice(0, 80)} »`);
}
