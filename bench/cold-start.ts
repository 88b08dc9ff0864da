/**
 * A Lambda cold start on this machine: a fresh `node` process imports a bundle and resolves
 * `handler` (Lambda's init phase), then optionally handles one event (the first invoke),
 * with only the environment given and template.yaml's NODE_OPTIONS. Times come from inside
 * the process: `performance.now()` counts from its start, `process.cpuUsage()` from zero.
 */
import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { loadTemplate } from '../test/deploy/support/template';

const run = promisify(execFile);

export interface ColdStart {
  /** Wall ms from process start until `handler` is resolved (the bare start: the same moment with nothing imported). */
  initMs: number;
  /** CPU ms (user + system, every thread) used by then. */
  initCpuMs: number;
  /** Wall ms of the first invocation, when there was one. */
  invokeMs?: number;
  /** CPU ms of the first invocation. */
  invokeCpuMs?: number;
}

/** The flags template.yaml gives every function (`NODE_OPTIONS`), passed on the command line. */
export function templateNodeOptions(): string[] {
  const options = (loadTemplate().Globals?.Function?.Environment?.Variables?.NODE_OPTIONS as string | undefined) ?? '';
  return options.split(/\s+/).filter(Boolean);
}

/**
 * One cold start of `file` (nothing imported when absent), in a process whose environment is
 * `env` plus PATH, as a fresh Lambda sandbox has only what the function is given. With an
 * `event`, the handler is invoked once and must answer a 2xx status (else this throws).
 */
export async function coldStart(file: string | undefined, opts: { event?: unknown; env?: Record<string, string> } = {}): Promise<ColdStart> {
  const script = [
    file ? `const m = await import(${JSON.stringify(pathToFileURL(file).href)}); if (typeof m.handler !== 'function') throw new Error('no handler');` : '',
    'const initMs = performance.now(); const c0 = process.cpuUsage(); const initCpuMs = (c0.user + c0.system) / 1000;',
    opts.event === undefined
      ? 'const out = { initMs, initCpuMs };'
      : `const r = await m.handler(${JSON.stringify(opts.event)}); const invokeMs = performance.now() - initMs; const c1 = process.cpuUsage(c0);
         if (!(r?.statusCode >= 200 && r.statusCode < 300)) throw new Error('first invoke answered ' + JSON.stringify(r));
         const out = { initMs, initCpuMs, invokeMs, invokeCpuMs: (c1.user + c1.system) / 1000 };`,
    // The SDK's keep-alive sockets would hold the process open: exit once the figures are out.
    'process.stdout.write(JSON.stringify(out), () => process.exit(0));',
  ].join('\n');
  const { stdout } = await run(process.execPath, [...templateNodeOptions(), '--input-type=module', '-e', script], {
    env: { PATH: process.env.PATH ?? '', ...opts.env },
    encoding: 'utf8',
  });
  return JSON.parse(stdout) as ColdStart;
}
