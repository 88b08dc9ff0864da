/**
 * A Lambda cold start on this machine: a fresh `node` process imports a bundle and resolves
 * `handler` (Lambda's init phase), then optionally handles events (the first invocations),
 * with only the environment given and template.yaml's NODE_OPTIONS. Times come from inside
 * the process: `performance.now()` counts from its start, `process.cpuUsage()` from zero.
 */
import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { templateNodeOptions } from '../test/deploy/support/template';

export { templateNodeOptions };

const run = promisify(execFile);

export interface ColdStart {
  /** Wall ms from process start until `handler` is resolved (the bare start: the same moment with nothing imported). */
  initMs: number;
  /** CPU ms (user + system, every thread) used by then. */
  initCpuMs: number;
  /** Each event handled after init, in order: wall and CPU ms of that invocation alone. */
  invokes: { ms: number; cpuMs: number }[];
}

/**
 * One cold start of `file` (nothing imported when absent), in a process whose environment is
 * `env` plus PATH, as a fresh Lambda sandbox has only what the function is given. Then the
 * handler is invoked with each of `events` in turn, as one container takes them; each must
 * be answered with a 2xx status (else this throws).
 */
export async function coldStart(file: string | undefined, opts: { events?: unknown[]; env?: Record<string, string>; nodeOptions?: string[] } = {}): Promise<ColdStart> {
  const script = [
    file ? `const m = await import(${JSON.stringify(pathToFileURL(file).href)}); if (typeof m.handler !== 'function') throw new Error('no handler');` : '',
    'const initMs = performance.now(); const c0 = process.cpuUsage(); const initCpuMs = (c0.user + c0.system) / 1000;',
    `const invokes = [];
     for (const event of ${JSON.stringify(opts.events ?? [])}) {
       const t = performance.now(); const c = process.cpuUsage();
       const r = await m.handler(event);
       const used = process.cpuUsage(c);
       if (!(r?.statusCode >= 200 && r.statusCode < 300)) throw new Error('invoke answered ' + JSON.stringify(r));
       invokes.push({ ms: performance.now() - t, cpuMs: (used.user + used.system) / 1000 });
     }`,
    // The SDK's keep-alive sockets would hold the process open: exit once the figures are out.
    'process.stdout.write(JSON.stringify({ initMs, initCpuMs, invokes }), () => process.exit(0));',
  ].join('\n');
  const { stdout } = await run(process.execPath, [...(opts.nodeOptions ?? templateNodeOptions()), '--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH ?? '', ...opts.env },
    encoding: 'utf8',
  });
  return JSON.parse(stdout) as ColdStart;
}
