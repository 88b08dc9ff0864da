import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import { dirname } from 'node:path';
import { agreement, loadRelabels, majorityDialogues } from './dialogue-majority';
import { dialogueTurns, loadDialogues, median, scoreDialogues, type Tally } from './score-dialogue';

const pct = (n: number, d: number) => (d === 0 ? '-' : (n / d).toFixed(3));

function line(label: string, t: Tally): string {
  return `  ${label.padEnd(6)} ${String(t.turns).padStart(5)}  act ${pct(t.actRight, t.turns)}  effect ${pct(t.effectRight, t.turns)}  changed by a question ${pct(t.movedByQuestion, t.shouldStay)} (${t.movedByQuestion}/${t.shouldStay})`;
}

/** `npm run eval`'s dialogue section: act and effect accuracy per language and per act, and misses with --verbose. */
export function reportDialogues(title: string, file: string, pack: PackIndex, verbose: boolean): void {
  const convs = loadDialogues(file);
  // The product runs once per conversation; its readings are scored against the writer's labels and, where the set was
  // relabelled, against the majority of its labellers.
  const readings = new Map(convs.map((c) => [c.id, [...dialogueTurns(c, pack)]]));
  const score = scoreDialogues(convs, (c) => readings.get(c.id)!);
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
  const others = loadRelabels(dirname(file));
  if (others.length === 0) return;
  console.log(`\n  relabelled by ${others.length} more labellers who saw neither the code nor the writer's labels (turns agreeing, act / effect):`);
  for (const o of others) {
    const a = agreement(o.convs, convs);
    console.log(`    ${o.name.padEnd(10)} against writer     act ${a.act.toFixed(3)}  effect ${a.effect.toFixed(3)}`);
  }
  const majority = majorityDialogues(convs, others);
  const byMajority = scoreDialogues(majority, (c) => readings.get(c.id)!);
  console.log(`  against the majority of all ${others.length + 1} labellers:`);
  console.log(line('all', byMajority.all));
  for (const [lang, t] of Object.entries(byMajority.byLanguage).sort()) console.log(line(lang, t));
  if (verbose) for (const m of byMajority.misses) console.log(`  - (majority) ${m.id}#${m.turn}: expected ${m.expected} got ${m.got}   « ${m.text.slice(0, 80)} »`);
}
