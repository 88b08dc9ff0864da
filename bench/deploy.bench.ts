/**
 * Lambda bundles: what each function loads at a cold start and ships in all, its largest
 * contributors, and each bundle's init time as a ratio to a bare Node process start measured
 * in the same run. Init is a fresh `node` process importing the bundle and resolving
 * `handler`, timed from process start (`performance.now()` counts from the process's time
 * origin); the bare start is the same process with nothing imported. Targets (issue 17):
 * connect/disconnect/default init <= 1.5x the bare start, message <= 2.5x; connect <= 300 KB.
 *
 * Wall time swings with whatever else the machine runs, so every bundle's runs alternate with
 * bare starts (each ratio compares runs taken side by side), and the CPU time each process
 * used up to that moment is printed beside it: it moves much less. Targets are judged on wall.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildFunctions, topContributors } from '../scripts/build';
import type { FunctionName } from '../src/handlers/access';
import { figure, percentile } from './format';

const RUNS = 11;
const CONNECT_BUNDLE_TARGET = 300 * 1024;
const RATIO_TARGETS: Partial<Record<FunctionName, number>> = {
  WsConnectFunction: 1.5,
  WsDisconnectFunction: 1.5,
  WsDefaultFunction: 1.5,
  WsMessageFunction: 2.5,
};

/** One process start: [wall ms since process start, CPU ms used] once `handler` is resolved (or at once, bare). */
function startOnce(file?: string): [number, number] {
  const load = file ? `const m = await import(${JSON.stringify(pathToFileURL(file).href)}); if (typeof m.handler !== 'function') throw new Error('no handler');` : '';
  const script = `${load} const c = process.cpuUsage(); process.stdout.write(JSON.stringify([performance.now(), (c.user + c.system) / 1000]));`;
  // An empty environment apart from PATH, and template.yaml's NODE_OPTIONS, as in a fresh Lambda sandbox.
  return JSON.parse(execFileSync(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], { env: { PATH: process.env.PATH ?? '' }, encoding: 'utf8' })) as [number, number];
}

export async function run(): Promise<void> {
  figure('node', process.version);
  // Built away from the repository, so nothing resolves from the source tree or node_modules.
  const out = mkdtempSync(join(tmpdir(), 'trip-bundles-'));
  try {
    const built = await buildFunctions(out);
    for (const b of built) {
      const isConnect = b.name === 'WsConnectFunction';
      figure(`${b.name} loaded at start / shipped`, `${(b.bytes / 1024).toFixed(0)} / ${(b.totalBytes / 1024).toFixed(0)}`, 'KB', isConnect ? { text: '<= 300 KB at start', met: b.bytes <= CONNECT_BUNDLE_TARGET } : undefined);
    }
    for (const name of ['WsConnectFunction', 'WsMessageFunction'] as const) {
      for (const c of topContributors(built.find((b) => b.name === name)!, 6)) figure(`  ${name}: ${c.name}`, c.bytes / 1024, 'KB');
    }
    startOnce(); // warm the OS file cache for node itself
    for (const b of built) {
      startOnce(b.file); // and for the bundle, as a Lambda image is local
      const bare: [number, number][] = [];
      const init: [number, number][] = [];
      for (let i = 0; i < RUNS; i++) {
        bare.push(startOnce());
        init.push(startOnce(b.file));
      }
      const wall = percentile(init.map(([w]) => w), 50);
      const bareWall = percentile(bare.map(([w]) => w), 50);
      const cpu = percentile(init.map(([, c]) => c), 50);
      const bareCpu = percentile(bare.map(([, c]) => c), 50);
      const target = RATIO_TARGETS[b.name];
      const ratio = wall / bareWall;
      figure(`${b.name} init p50 / bare start p50 (wall)`, `${wall.toFixed(0)} / ${bareWall.toFixed(0)} ms = ${ratio.toFixed(2)}x`, '', target ? { text: `<= ${target}x`, met: ratio <= target } : undefined);
      figure(`${b.name} init CPU p50 / bare start CPU p50`, `${cpu.toFixed(0)} / ${bareCpu.toFixed(0)} ms = ${(cpu / bareCpu).toFixed(2)}x`);
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
