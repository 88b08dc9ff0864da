/**
 * Lambda bundles: size of each function's bundle, and its cold-start init time — a fresh
 * `node` process importing the bundle and resolving `handler`, measured from process
 * start (`performance.now()` counts from the process's time origin). Targets (issue #7):
 * init <= 250 ms, message-function bundle <= 1.5 MB minified.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildFunctions } from '../scripts/build';
import { figure, percentile } from './format';

const RUNS = 7;
const INIT_TARGET_MS = 250;
const MESSAGE_BUNDLE_TARGET = 1.5 * 1024 * 1024;

function initOnce(file: string): number {
  const script = `const m = await import(${JSON.stringify(pathToFileURL(file).href)}); if (typeof m.handler !== 'function') throw new Error('no handler'); process.stdout.write(String(performance.now()));`;
  // An empty environment apart from PATH, as a fresh Lambda sandbox has no project variables.
  return Number(execFileSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], { env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' }));
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
    for (const b of built) {
      initOnce(b.file); // warm the OS file cache, as a Lambda image is local
      const times = Array.from({ length: RUNS }, () => initOnce(b.file));
      const p50 = percentile(times, 50);
      figure(`${b.name} init p50 (${RUNS} fresh processes)`, p50, 'ms', { text: `<= ${INIT_TARGET_MS} ms`, met: p50 <= INIT_TARGET_MS });
      figure(`${b.name} init max`, Math.max(...times), 'ms');
    }
    const bare = Array.from({ length: RUNS }, () => Number(execFileSync(process.execPath, ['--input-type=module', '-e', 'process.stdout.write(String(performance.now()))'], { encoding: 'utf8' })));
    figure('bare node process start, for reference (p50)', percentile(bare, 50), 'ms');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
