/**
 * Knowledge pack: what it costs to load and validate the shipped pack at start-up, and how big it is.
 * The cold figure includes the first import (JSON inlining, zod schema set-up) and is what a Lambda
 * cold start pays once; the p50 is a warm re-validation of the same data.
 */
import { readFileSync } from 'node:fs';
import { figure, percentile } from './format';

export async function run(): Promise<void> {
  // zod is loaded by every module of the app; keep its own start-up out of the pack's figure.
  await import('zod');
  const t0 = performance.now();
  const load = await import('../src/domain/knowledge-pack/load');
  const imported = performance.now();
  const pack = load.defaultPack();
  const cold = performance.now();
  const { indexPack } = await import('../src/domain/knowledge-pack/index-pack');
  const i0 = performance.now();
  const index = indexPack(pack);
  const indexed = performance.now();

  const raw: unknown = JSON.parse(readFileSync(new URL('../src/domain/knowledge-pack/pack.json', import.meta.url), 'utf8'));
  const runs: number[] = [];
  for (let i = 0; i < 200; i++) {
    const s = performance.now();
    load.parseKnowledgePack(raw);
    runs.push(performance.now() - s);
  }

  const bytes = readFileSync(new URL('../src/domain/knowledge-pack/pack.json', import.meta.url)).byteLength;
  figure('pack modules + JSON import (zod preloaded), cold', imported - t0, 'ms');
  figure('pack first validation (defaultPack), cold', cold - imported, 'ms');
  figure('pack load + validate, cold total', cold - t0, 'ms');
  figure('parseKnowledgePack p50 (200 warm runs)', percentile(runs, 50), 'ms');
  figure('parseKnowledgePack p95 (200 warm runs)', percentile(runs, 95), 'ms');
  figure('indexPack (once)', indexed - i0, 'ms');
  figure('pack.json size', bytes / 1024, 'KB');
  figure('destinations / lookup keys / links', `${pack.destinations.length} / ${index.aliasToId.size} / ${pack.links.length}`);
}
