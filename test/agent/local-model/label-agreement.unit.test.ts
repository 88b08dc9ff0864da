import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadConversations, runConversations } from '../../../src/agent/local-model/conversations';
import { labelAgreement } from '../../../src/agent/local-model/label-agreement';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

const pack = defaultPackIndex();
const source = join(dirname(fileURLToPath(import.meta.url)), '../../fixtures/blind-1/conversations.json');

/** A copy of a blind set with the given relabellings beside it. */
function relabelled(relabels: Record<string, unknown[]>) {
  const folder = mkdtempSync(join(tmpdir(), 'relabel-'));
  copyFileSync(source, join(folder, 'conversations.json'));
  mkdirSync(join(folder, 'relabels'));
  for (const [name, rows] of Object.entries(relabels)) writeFileSync(join(folder, 'relabels', `${name}.json`), JSON.stringify(rows));
  return { folder, file: join(folder, 'conversations.json') };
}

const convs = loadConversations(source);
const writerLabels = convs.map((c) => ({ id: c.id, ...c.expected }));

describe('label agreement among experts and with the product', () => {
  it('scores the product against the writer exactly as the eval does', () => {
    const { folder, file } = relabelled({ same: writerLabels });
    const report = labelAgreement(file, folder, pack)!;
    const run = runConversations(source, pack);
    expect(report.product.find((p) => p.truth === 'writer')!.acceptable).toBeCloseTo(run.acceptable / run.total, 10);
    // A relabelling identical to the writer's agrees with it everywhere, both ways.
    expect(report.pairs.map((p) => p.acceptable)).toEqual([1, 1]);
    expect(report.productMajority).toBeCloseTo(run.acceptable / run.total, 10);
  });

  it('counts a disagreement on the outcome, and an outvoted writer label in the majority figure', () => {
    // Expert A refuses everything the writer books; expert B agrees with the writer.
    const a = writerLabels.map((l) => (l.outcome === 'book' ? { id: l.id, outcome: 'refused', refusal_reason: 'missing_inputs' } : l));
    const { folder, file } = relabelled({ a, b: writerLabels });
    const report = labelAgreement(file, folder, pack)!;
    const books = convs.filter((c) => c.expected.outcome === 'book' && !(c.expected.acceptable_outcomes ?? []).includes('refused')).length;
    const aVsWriter = report.pairs.find((p) => p.judged === 'a' && p.truth === 'writer')!.acceptable;
    expect(books).toBeGreaterThan(5);
    expect(aVsWriter).toBeCloseTo(1 - books / convs.length, 10);
    // The writer stays acceptable to at least one of the two others (b) everywhere; a only where it agrees with b.
    expect(report.labellerMajority.find((l) => l.name === 'writer')!.acceptable).toBe(1);
    expect(report.labellerMajority.find((l) => l.name === 'a')!.acceptable).toBeCloseTo(aVsWriter, 10);
  });

  it('rejects a relabelling that leaves a conversation out', () => {
    const { folder, file } = relabelled({ short: writerLabels.slice(1) });
    expect(() => labelAgreement(file, folder, pack)).toThrow(/1 conversations unlabelled/);
  });

  it('reports nothing for a set nobody relabelled', () => {
    expect(labelAgreement(source, dirname(source), pack)).toBeUndefined();
  });
});
