import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { DialogueFixture } from './score-dialogue';
import { loadDialogues } from './score-dialogue';

/** One labeller's labels for a dialogue set: the writer's, or another labeller's who saw neither the code nor them. */
export interface DialogueLabelling {
  name: string;
  convs: readonly DialogueFixture[];
}

/** The relabellings kept beside a dialogue set (`relabels/*.json`, the fixture's own shape), by file name. */
export function loadRelabels(folder: string): DialogueLabelling[] {
  const dir = join(folder, 'relabels');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ name: f.replace(/\.json$/, ''), convs: loadDialogues(join(dir, f)) }));
}

/** The value most labellers gave; a tie with no majority keeps the first (the writer's). */
function majority<T>(values: readonly T[]): T {
  let best = values[0] as T;
  let bestCount = 0;
  for (const v of values) {
    const n = values.filter((w) => w === v).length;
    if (n > bestCount) {
      best = v;
      bestCount = n;
    }
  }
  return best;
}

/**
 * Each turn's act and effect as the majority of the labellers give them (the writer first,
 * so a three-way split keeps the writer's). Every labelling must hold the same conversations
 * and turn texts as the writer's; a labelling that does not is an error, never skipped.
 */
export function majorityDialogues(writer: readonly DialogueFixture[], others: readonly DialogueLabelling[]): DialogueFixture[] {
  const byId = others.map((o) => new Map(o.convs.map((c) => [c.id, c])));
  return writer.map((c) => ({
    ...c,
    turns: c.turns.map((t, k) => {
      const theirs = byId.map((m, i) => {
        const turn = m.get(c.id)?.turns[k];
        if (!turn || turn.text !== t.text) throw new Error(`relabelling ${others[i]!.name} differs from the set at ${c.id} turn ${k + 1}`);
        return turn;
      });
      const acts = [t, ...theirs].map((x) => x.act);
      const effects = [t, ...theirs].map((x) => x.effect);
      return { ...t, act: majority(acts), effect: majority(effects) };
    }),
  }));
}

/** How often one labelling agrees with another, turn by turn: act, and effect. */
export function agreement(a: readonly DialogueFixture[], b: readonly DialogueFixture[]): { act: number; effect: number } {
  const other = new Map(b.map((c) => [c.id, c]));
  let turns = 0;
  let act = 0;
  let effect = 0;
  for (const c of a) {
    c.turns.forEach((t, k) => {
      const u = other.get(c.id)?.turns[k];
      turns += 1;
      act += u?.act === t.act ? 1 : 0;
      effect += u?.effect === t.effect ? 1 : 0;
    });
  }
  return { act: turns ? act / turns : 0, effect: turns ? effect / turns : 0 };
}
