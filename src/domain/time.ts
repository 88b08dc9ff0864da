import * as z from './zod-mini';

// zod/mini (./zod-mini.ts), like the entity schemas that nest these. Marked pure so a bundle
// that uses neither drops them.
/** ISO-8601 instant in UTC with a `Z` suffix, e.g. `2026-11-21T08:10:00.000Z`. */
export const IsoDateTime = /* @__PURE__ */ z.iso.datetime({ offset: false });
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/** The same schema, the name the lean functions' schemas use. */
export const MiniIsoDateTime = IsoDateTime;

/** Calendar date `YYYY-MM-DD`. */
export const IsoDate = /* @__PURE__ */ z.iso.date();

/** Port: the current time. Injected everywhere so tests and `NOW` demos are reproducible. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

/** A clock frozen at one instant (tests, `NOW=` demos). */
export function fixedClock(at: string | Date): Clock {
  const t = new Date(at).getTime();
  return () => new Date(t);
}

/** Adds whole days to an instant, returning ISO-8601 UTC. */
export function addDays(at: Date, days: number): string {
  return new Date(at.getTime() + days * 86_400_000).toISOString();
}

/**
 * A clock that starts at `at` and then runs at real speed (`NOW=` demos: relative dates
 * and seasons are reproducible, while turns still get distinct, increasing times).
 */
export function fixedOffsetClock(at: string | Date, real: () => number = Date.now): Clock {
  const offset = new Date(at).getTime() - real();
  return () => new Date(real() + offset);
}

/** The product's clock from configuration: `NOW` (an ISO instant) starts it there, else the real clock. */
export function configuredClock(now: string | undefined): Clock {
  return now ? fixedOffsetClock(now) : systemClock;
}
