/**
 * The metrics report (seed 000's metrics constitution) from the per-day rollups: one Query
 * for the range, then arithmetic. The sweep builds the rollups on its schedule; so that the
 * page reflects the conversations that exist without waiting for it (a fresh start, a day
 * the sweep never covered, today's conversations since its last run), a read first builds
 * the days up to today that have no rollup, or whose figures can still change and are
 * older than `FRESH_ROLLUP_MS`, from their records, exactly as the sweep would, and stores
 * them: the next read is one Query again. A day it could not build reads as stored, or as
 * zeros with `built: false`, so a failure is visible rather than silent.
 */
import { buildDailyRollup, dayOf, rollupSettled } from '../../jobs/metrics-rollup';
import type { DailyRollup } from '../../store/repositories/metric-rollups';
import type { StaffContext } from './context';
import { StaffError } from './errors';
import type { StaffMember } from './identity';

export interface DayFigures {
  day: string;
  built: boolean;
  /** When the figures were built (the rollup's `built_at`), or null when there are none. */
  built_at: string | null;
  sessions: number;
  engaged: number;
  completed: number;
  /** completed ÷ engaged, or null when nobody engaged. */
  completion_rate: number | null;
  decisions: number;
  outcomes: Record<string, number>;
  refusals_by_reason: Record<string, number>;
  reversals: number;
  dropoffs: Record<string, number>;
  bookings: number;
}

export interface LogicVersionTotals {
  logic_version: string;
  decisions: number;
  outcomes: Record<string, number>;
  refusals_by_reason: Record<string, number>;
  reversals: number;
}

export interface MetricsReport {
  from: string;
  to: string;
  days: DayFigures[];
  totals: Omit<DayFigures, 'day' | 'built' | 'built_at'>;
  by_logic_version: LogicVersionTotals[];
}

/** The most days one report covers. */
export const MAX_METRIC_DAYS = 366;
/**
 * How old the stored figures of a day that can still change (today and the days whose
 * sessions may still complete) may be before a read rebuilds them: at most one read a
 * minute pays for the rebuild, the others read one Query.
 */
export const FRESH_ROLLUP_MS = 60_000;
/** Days one read rebuilds at once: each is three Queries in parallel, then one PutItem. */
const BUILD_CONCURRENCY = 8;
const DAY_MS = 86_400_000;

const add = (into: Record<string, number>, from: Record<string, number>) => {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
};
const rate = (completed: number, engaged: number) => (engaged > 0 ? completed / engaged : null);

function empty(day: string): DayFigures {
  return { day, built: false, built_at: null, sessions: 0, engaged: 0, completed: 0, completion_rate: null, decisions: 0, outcomes: {}, refusals_by_reason: {}, reversals: 0, dropoffs: {}, bookings: 0 };
}

/** Folds rollups into a report over `from`..`to` (YYYY-MM-DD, inclusive). Pure. */
export function metricsReport(from: string, to: string, rollups: DailyRollup[]): MetricsReport {
  const byDay = new Map(rollups.map((r) => [r.day, r]));
  const days: DayFigures[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    const r = byDay.get(day);
    if (!r) {
      days.push(empty(day));
      continue;
    }
    const { tenant_id: _t, by_logic_version: _l, ...figures } = r;
    days.push({ ...figures, built: true, completion_rate: rate(r.completed, r.engaged) });
  }
  const totals = { ...empty(''), completion_rate: null as number | null };
  const versions = new Map<string, LogicVersionTotals>();
  for (const d of days) {
    for (const k of ['sessions', 'engaged', 'completed', 'decisions', 'reversals', 'bookings'] as const) totals[k] += d[k];
    add(totals.outcomes, d.outcomes);
    add(totals.refusals_by_reason, d.refusals_by_reason);
    add(totals.dropoffs, d.dropoffs);
  }
  for (const r of rollups) {
    for (const [lv, f] of Object.entries(r.by_logic_version)) {
      const v = versions.get(lv) ?? { logic_version: lv, decisions: 0, outcomes: {}, refusals_by_reason: {}, reversals: 0 };
      v.decisions += f.decisions;
      v.reversals += f.reversals;
      add(v.outcomes, f.outcomes);
      add(v.refusals_by_reason, f.refusals_by_reason);
      versions.set(lv, v);
    }
  }
  const { day: _d, built: _b, built_at: _a, ...rest } = totals;
  return { from, to, days, totals: { ...rest, completion_rate: rate(totals.completed, totals.engaged) }, by_logic_version: [...versions.values()].sort((a, b) => a.logic_version.localeCompare(b.logic_version)) };
}

/** Parses and bounds a `from`/`to` day range; defaults to the last 14 days up to today. */
export function dayRange(now: Date, from?: string, to?: string): { from: string; to: string } {
  const end = to ?? now.toISOString().slice(0, 10);
  const start = from ?? new Date(Date.parse(`${end}T00:00:00Z`) - 13 * DAY_MS).toISOString().slice(0, 10);
  const span = (Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / DAY_MS;
  if (!Number.isFinite(span) || span < 0) throw new StaffError('bad_request', '`from` must be a day on or before `to` (YYYY-MM-DD)');
  if (span >= MAX_METRIC_DAYS) throw new StaffError('bad_request', `a metrics range covers at most ${MAX_METRIC_DAYS} days`);
  return { from: start, to: end };
}

/**
 * The days of `from`..`to` a read builds before answering: those up to today with no
 * rollup, or whose rollup can still change and was built more than `FRESH_ROLLUP_MS` ago.
 * Pure. Days after today have nothing to build.
 */
export function daysToBuild(from: string, to: string, rollups: readonly DailyRollup[], now: Date): string[] {
  const today = dayOf(now);
  const byDay = new Map(rollups.map((r) => [r.day, r]));
  const out: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += DAY_MS) {
    const day = new Date(t).toISOString().slice(0, 10);
    if (day > today) break;
    const r = byDay.get(day);
    if (!r || (!rollupSettled(r) && now.getTime() - Date.parse(r.built_at) > FRESH_ROLLUP_MS)) out.push(day);
  }
  return out;
}

/** Builds and stores `days` of a tenant as the sweep does, a few at a time; a day that fails is logged and left out. */
async function buildDays(s: StaffContext, tenantId: string, days: string[], now: Date): Promise<DailyRollup[]> {
  const deps = { queries: s.queries, rollups: s.rollups, decisions: s.decisions };
  const built: DailyRollup[] = [];
  let next = 0;
  const worker = async () => {
    while (next < days.length) {
      const day = days[next++]!;
      try {
        built.push(await buildDailyRollup(deps, tenantId, day, now));
      } catch (err) {
        s.log(`metrics: ${tenantId} ${day} not built on read: ${(err as Error).message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(BUILD_CONCURRENCY, days.length) }, worker));
  return built;
}

/** The report for a member's tenant: the stored rollups, with the days that lack fresh ones built first. */
export async function tenantMetrics(s: StaffContext, m: StaffMember, from?: string, to?: string): Promise<MetricsReport> {
  const now = s.clock();
  const range = dayRange(now, from, to);
  const stored = await s.rollups.range(m.tenant_id, range.from, range.to);
  const missing = daysToBuild(range.from, range.to, stored, now);
  if (missing.length === 0) return metricsReport(range.from, range.to, stored);
  const byDay = new Map(stored.map((r) => [r.day, r]));
  for (const r of await buildDays(s, m.tenant_id, missing, now)) byDay.set(r.day, r);
  return metricsReport(range.from, range.to, [...byDay.values()]);
}

/**
 * Rebuilds one day's rollup of the member's tenant now (default today), as the sweep
 * would: for a demo, or after a correction, without waiting for the next scheduled run.
 */
export async function rebuildDay(s: StaffContext, m: StaffMember, day?: string): Promise<DailyRollup> {
  const now = s.clock();
  const target = day ?? dayOf(now);
  if (target > dayOf(now)) throw new StaffError('bad_request', 'a day in the future has no figures yet');
  return buildDailyRollup({ queries: s.queries, rollups: s.rollups, decisions: s.decisions }, m.tenant_id, target, now);
}
