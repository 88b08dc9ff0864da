/**
 * Lambda bundles: size of each function's bundle, the message bundle's largest
 * contributors, and each bundle's cold-start init time — a fresh `node` process importing
 * the bundle and resolving `handler`, measured from process start (`performance.now()`
 * counts from the process's time origin). Targets (issue #7): init <= 250 ms,
 * message-function bundle <= 1.5 MB minified.
 *
 * Wall time swings with whatever else the machine runs (other test suites on 2 cores);
 * the process's CPU time (user + system) at the same moment moves much less, so both are
 * printed. The targets are judged on wall time.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildFunctions, topContributors } from '../scripts/build';
import { figure, percentile } from './format';

const RUNS = 9;
const INIT_TARGET_MS = 250;
const MESSAGE_BUNDLE_TARGET = 1.5 * 1024 * 1024;

/** One cold start: [wall ms since process start, CPU ms used] when `handler` is resolved. */
function initOnce(file: string): [number, number] {
  const script = `const m = await import(${JSON.stringify(pathToFileURL(file).href)}); if (typeof m.handler !== 'function') throw new Error('no handler'); const c = process.cpuUsage(); process.stdout.write(JSON.stringify([performance.now(), (c.user + c.system) / 1000]));`;
  // An empty environment apart from PATH and template.yaml's NODE_OPTIONS, as in a fresh Lambda sandbox.
  return JSON.parse(execFileSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], { env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' })) as [number, number];
}

export async function run(): Promise<void> {
  // Built away from the repository, so nothing resolves from the source tree or node_modules.
  const out = mkdtempSync(join(tmpdir(), 'trip-bundles-'));
  try {
    const built = await buildFunctions(out);
    for (const b of built) {
      const isMessage = b.name === 'WsMessageFunction';
      figure(`${b.name} bundle`, b.bytes / 1024 / 1024, 'MB', isMessage ? { text: '<= 1.5 MB', met: b.bytes <= MESSAGE_BUNDLE_TARGET } : undefined);
    }
    const message = built.find((b) => b.name === 'WsMessageFunction')!;
    for (const c of topContributors(message, 6)) figure(`  message bundle: ${c.name}`, c.bytes / 1024, 'KB');
    for (const b of built) {
      initOnce(b.file); // warm the OS file cache, as a Lambda image is local
      const runs = Array.from({ length: RUNS }, () => initOnce(b.file));
      const wall = runs.map(([w]) => w);
      const p50 = percentile(wall, 50);
      figure(`${b.name} init p50 (${RUNS} fresh processes)`, p50, 'ms', { text: `<= ${INIT_TARGET_MS} ms`, met: p50 <= INIT_TARGET_MS });
      figure(`${b.name} init min / max`, `${Math.min(...wall).toFixed(1)} / ${Math.max(...wall).toFixed(1)}`, 'ms');
      figure(`${b.name} init CPU time p50`, percentile(runs.map(([, cpu]) => cpu), 50), 'ms');
    }
    const bare = Array.from({ length: RUNS }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', 'process.stdout.write(String(performance.now()))'], { encoding: 'utf8' })));
    figure('bare node process start, for reference (p50)', percentile(bare, 50), 'ms');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
