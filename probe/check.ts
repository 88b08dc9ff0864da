/** What every probe check gets and how it reports: one `PASS|FAIL <check>: <figures>` line per result. */
import type { Stack } from './stack';
import type { TenantLimits } from './tenants';

export interface ProbeContext {
  stack: Stack;
  /** The tenant this check's travelers use: its own, so no other check has spent its limits (probe/tenants.ts). */
  tenant: string;
  /** Records and prints one result. */
  report(name: string, pass: boolean, figures: string): void;
  /** GET /healthz: its status, or 0 when nothing answered within 3 s. */
  healthz(): Promise<number>;
}

export interface Check {
  name: string;
  /** Needs a stack the probe started (to pause, kill or measure its processes). */
  needsProcess?: boolean;
  /** Its tenant has the demo tenant's SMS and WhatsApp relay settings (the local stack's demo secrets). */
  relays?: boolean;
  /** Its tenant's own limits where they differ from the defaults (tenant settings `rate_limits`). */
  tenantLimits?: TenantLimits;
  /** Hard ceiling on the check's wall time; past it the check is reported failed and the probe goes on. */
  deadlineMs: number;
  run(ctx: ProbeContext): Promise<void>;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs `fn` over `items` with at most `limit` at once. */
export async function pool<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        out[i] = await fn(items[i]!, i);
      }
    }),
  );
  return out;
}

export const ms = (v: number) => (v >= 10_000 ? `${(v / 1000).toFixed(1)} s` : `${Math.round(v)} ms`);

/** Waits until /healthz answers 200, up to `timeoutMs`; the wait in ms, or undefined. */
export async function waitHealthy(ctx: ProbeContext, timeoutMs: number): Promise<number | undefined> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if ((await ctx.healthz()) === 200) return Date.now() - start;
    await sleep(250);
  }
  return undefined;
}
