/**
 * Runs jobs one at a time per key, in the order they were enqueued; different keys run
 * concurrently, at most `maxConcurrent` at once. In one process this keeps a session's
 * turns from racing each other (wasted model calls) and bounds the work in flight, so
 * memory and latency stay flat under a burst. Ordering across processes does not rely
 * on it: a turn always answers the session's oldest unanswered message first.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  private running = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private readonly maxConcurrent = Number.POSITIVE_INFINITY) {}

  /** Schedules `job` after every job already queued under `key`; resolves with its result. */
  run<T>(key: string, job: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const limited = () => this.withSlot(job);
    const next = previous.then(limited, limited);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  private async withSlot<T>(job: () => Promise<T>): Promise<T> {
    if (this.running >= this.maxConcurrent) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.running += 1;
    try {
      return await job();
    } finally {
      this.running -= 1;
      this.waiting.shift()?.();
    }
  }

  /** Resolves once every job queued so far has finished (clean shutdown). */
  async drain(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }

  /** Whether work is queued or running under `key`. */
  has(key: string): boolean {
    return this.tails.has(key);
  }

  /** Keys with work queued or running. */
  get pending(): number {
    return this.tails.size;
  }
}
