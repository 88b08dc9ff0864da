/**
 * Keeps the embedded DynamoDB Local running: when the JVM dies (crash, OOM killer,
 * kill -9) it is started again on the same port and data directory, with backoff, and
 * every step is logged. The SDK clients keep their endpoint, so requests fail fast
 * (connection refused: `unavailable`) while it is down and succeed again once it is
 * back, without restarting the process.
 */
import { startDynamoDbLocal, type DynamoDbLocalOptions, type RunningEngine } from './dynamodb-local';

export interface SupervisorOptions extends DynamoDbLocalOptions {
  log?: (line: string) => void;
  /** Runs after each restart, before the engine counts as up (e.g. recreate tables an in-memory engine lost). */
  afterRestart?: (endpoint: string) => Promise<void>;
  /** First delay before a restart, doubled after each failed attempt up to `maxBackoffMs`. Default 250 ms. */
  initialBackoffMs?: number;
  /** Default 30 s. */
  maxBackoffMs?: number;
  /** How to start an engine (tests pass a wrapper); default startDynamoDbLocal. */
  start?: (options: DynamoDbLocalOptions) => Promise<RunningEngine>;
}

export type EngineState = 'up' | 'restarting' | 'stopped';

export interface SupervisedEngine {
  /** Stays the same across restarts. */
  endpoint: string;
  state(): EngineState;
  /** The running engine's process id (the JVM's guard), or undefined while it is down. */
  pid(): number | undefined;
  /** Restarts so far. */
  restarts(): number;
  /** Stops supervising and stops the engine. */
  stop(): Promise<void>;
}

/** Starts DynamoDB Local and restarts it whenever it exits unbidden. */
export async function superviseDynamoDbLocal(options: SupervisorOptions = {}): Promise<SupervisedEngine> {
  const log = options.log ?? (() => {});
  const start = options.start ?? startDynamoDbLocal;
  const initial = options.initialBackoffMs ?? 250;
  const max = options.maxBackoffMs ?? 30_000;
  let engine: RunningEngine | undefined = await start(options);
  // Restarts must come back where the clients look: the same port.
  const port = Number(new URL(engine.endpoint).port);
  const endpoint = engine.endpoint;
  let state: EngineState = 'up';
  let restarts = 0;
  let timer: NodeJS.Timeout | undefined;
  let starting: Promise<unknown> | undefined;

  const watch = (running: RunningEngine) => {
    void running.exited.then((code) => {
      if (state === 'stopped' || engine !== running) return;
      engine = undefined;
      state = 'restarting';
      log(`[engine] DynamoDB Local exited unexpectedly (${code === null ? 'killed by a signal' : `code ${code}`}); restarting it on port ${port}`);
      schedule(1, Date.now());
    });
  };

  const schedule = (attempt: number, downSince: number) => {
    const delay = Math.min(max, initial * 2 ** (attempt - 1));
    timer = setTimeout(() => {
      timer = undefined;
      starting = attemptRestart(attempt, downSince);
    }, delay);
    timer.unref();
  };

  const attemptRestart = async (attempt: number, downSince: number) => {
    try {
      const next = await start({ ...options, port });
      if (state === 'stopped') return next.stop();
      await options.afterRestart?.(endpoint);
      engine = next;
      state = 'up';
      restarts += 1;
      log(`[engine] DynamoDB Local is back after ${((Date.now() - downSince) / 1000).toFixed(1)} s (attempt ${attempt})`);
      watch(next);
    } catch (err) {
      if (state === 'stopped') return;
      const wait = Math.min(max, initial * 2 ** attempt);
      log(`[engine] restart attempt ${attempt} failed (${(err as Error).message.split('\n')[0]}); next in ${wait} ms`);
      schedule(attempt + 1, downSince);
    }
  };

  watch(engine);
  return {
    endpoint,
    state: () => state,
    pid: () => engine?.pid,
    restarts: () => restarts,
    async stop() {
      state = 'stopped';
      clearTimeout(timer);
      await starting?.catch(() => undefined);
      await engine?.stop();
      engine = undefined;
    },
  };
}
