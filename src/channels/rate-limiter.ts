/**
 * Fixed-window request counting per key (a connection, a tenant). In-process: on AWS
 * each Lambda instance counts its own share, which bounds abuse per instance; the
 * API Gateway stage throttle is the global ceiling.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(private readonly windowMs = 60_000) {}

  /** Counts one request under `key`; false when `limit` requests already fell in this window. */
  take(key: string, limit: number, now: number): boolean {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1 });
      if (this.windows.size > 10_000) this.sweep(now);
      return true;
    }
    if (w.count >= limit) return false;
    w.count += 1;
    return true;
  }

  private sweep(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
  }
}
