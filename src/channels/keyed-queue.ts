/**
 * Runs jobs one at a time per key, in the order they were enqueued; different keys run
 * concurrently. The local stack's stand-in for per-session ordering (on AWS, an SQS FIFO
 * queue with the session as message group does the same).
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  /** Schedules `job` after every job already queued under `key`; resolves with its result. */
  run<T>(key: string, job: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(job, job);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  /** Resolves once every job queued so far has finished (clean shutdown). */
  async drain(): Promise<void> {
    while (this.tails.size > 0) await Promise.all([...this.tails.values()]);
  }

  get pending(): number {
    return this.tails.size;
  }
}
