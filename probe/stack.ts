/**
 * The stack under probe: either one the probe starts itself (`npm start`'s entry point,
 * PORT=0, a fresh temporary DATA_DIR), which it may also pause, kill and measure through
 * /proc, or one already running at a URL, which it only talks to.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** Control over a stack process the probe started (absent for a stack given by URL). */
export interface StackProcess {
  /** The server's pid (one Node process: gateway, routes, turns). */
  pid(): number;
  /** The DynamoDB Local JVM's pid right now (it changes when the engine is restarted), or undefined. */
  enginePid(): number | undefined;
  /** The server's resident memory now, MiB. */
  rssMb(): number;
  /** Stops the server (SIGTERM, then SIGKILL after 30 s) and starts it again on the same data directory. */
  restart(): Promise<void>;
  /** Where the server's log goes. */
  logFile: string;
}

export interface Stack {
  url: string;
  wsUrl: string;
  /** The stack's DynamoDB endpoint, where the probe seeds its tenants; undefined when not known. */
  dynamoEndpoint?: string;
  process?: StackProcess;
  stop(): Promise<void>;
}

/** A stack already running: the probe talks to it and controls nothing. */
export function stackAt(url: string, dynamoEndpoint?: string): Stack {
  const base = url.replace(/\/+$/, '');
  return { url: base, wsUrl: `${base.replace(/^http/, 'ws')}/ws`, ...(dynamoEndpoint ? { dynamoEndpoint } : {}), stop: async () => undefined };
}

/** Starts the product as `npm start` does, on a free port and a fresh data directory. */
export async function startStack(extraEnv: Record<string, string> = {}): Promise<Stack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'probe-data-'));
  const logFile = join(dataDir, 'server.log');
  const log = createWriteStream(logFile, { flags: 'a' });
  let child: ChildProcess;
  let url = '';
  let dynamoEndpoint: string | undefined;

  const launch = async () => {
    // Exactly what `npm start` runs (its node flags included); the server is the deepest
    // process under npm whose command line names the entry point.
    child = spawn('npm', ['start', '--silent'], {
      cwd: ROOT,
      env: { ...process.env, PORT: url ? new URL(url).port : '0', HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'info', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stderr!.pipe(log, { end: false });
    url = await new Promise<string>((resolve, reject) => {
      let out = '';
      // A cold JVM on a busy 2-core machine can take minutes.
      const timer = setTimeout(() => reject(new Error(`the stack did not print "listening on" within 300 s; log: ${logFile}`)), 300_000);
      child.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        log.write(chunk);
        dynamoEndpoint = /DynamoDB endpoint (http:\/\/\S+)/.exec(out)?.[1] ?? dynamoEndpoint;
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(m[1]!);
        }
      });
      child.once('exit', (code) => reject(new Error(`the stack exited (${code}) before listening; log: ${logFile}`)));
    });
    serverPid = deepest(child.pid!, 'src/local/main.ts') ?? child.pid!;
  };

  let serverPid = 0;
  const stopChild = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    // The server stops itself in order on SIGTERM; npm and tsx exit after it.
    signal(serverPid || child.pid!, 'SIGTERM');
    const timer = setTimeout(() => {
      signal(serverPid, 'SIGKILL');
      child.kill('SIGKILL');
    }, 30_000);
    await exited;
    clearTimeout(timer);
  };

  await launch();
  const proc: StackProcess = {
    pid: () => serverPid,
    enginePid: () => findJava(serverPid, 'DynamoDBLocal'),
    rssMb: () => statusKb(serverPid, 'VmRSS') / 1024,
    async restart() {
      await stopChild();
      await launch();
    },
    logFile,
  };
  return {
    get url() {
      return url;
    },
    get wsUrl() {
      return `${url.replace(/^http/, 'ws')}/ws`;
    },
    get dynamoEndpoint() {
      return dynamoEndpoint;
    },
    process: proc,
    async stop() {
      await stopChild();
      log.end();
      if (!process.env.PROBE_KEEP_DATA) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

function statusKb(pid: number, field: string): number {
  try {
    const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return Number(m?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** The first `java` process under `pid` whose command line contains `needle`. */
export function findJava(pid: number, needle: string): number | undefined {
  for (const kid of childrenOf(pid)) {
    try {
      const argv = readFileSync(`/proc/${kid}/cmdline`, 'utf8').split('\0');
      // The JVM itself, not the shell guard whose arguments name the jar too.
      if (/(^|\/)java$/.test(argv[0] ?? '') && argv.some((a) => a.includes(needle))) return kid;
    } catch {
      continue;
    }
    const deeper = findJava(kid, needle);
    if (deeper) return deeper;
  }
  return undefined;
}

/** The deepest descendant of `pid` (or `pid` itself) whose command line contains `needle`. */
function deepest(pid: number, needle: string): number | undefined {
  for (const kid of childrenOf(pid)) {
    const below = deepest(kid, needle);
    if (below) return below;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(needle) ? pid : undefined;
  } catch {
    return undefined;
  }
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    if (pid) process.kill(pid, sig);
  } catch {
    // Already gone.
  }
}

/** Samples a process's RSS every 100 ms until stopped; returns the peak, MiB. */
export function sampleRss(read: () => number): { stop(): number } {
  let peak = read();
  const timer = setInterval(() => (peak = Math.max(peak, read())), 100);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, read());
    },
  };
}
