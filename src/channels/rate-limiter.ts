/**
 * Fixed-window request counting per key (a connection, a tenant). In-process: on AWS
 * each Lambda instance counts its own share, which bounds abuse per instance; the
 * API Gateway stage throttle is the global ceiling.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { start: number; count: number; limit: number }>();

  constructor(private readonly windowMs = 60_000) {}

  /** Counts one request under `key`; false when `limit` requests already fell in this window. */
  take(key: string, limit: number, now: number): boolean {
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      this.windows.set(key, { start: now, count: 1, limit });
      if (this.windows.size > 10_000) this.sweep(now);
      return true;
    }
    w.limit = limit;
    if (w.count >= limit) return false;
    w.count += 1;
    return true;
  }

  /**
   * Whether `key` has already used this window's allowance, at the limit it was last taken
   * with, without counting: lets a caller refuse before doing the work that would tell it
   * which limit applies.
   */
  spent(key: string, now: number): boolean {
    const w = this.windows.get(key);
    return w !== undefined && now - w.start < this.windowMs && w.count >= w.limit;
  }

  private sweep(now: number): void {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
  }
}
