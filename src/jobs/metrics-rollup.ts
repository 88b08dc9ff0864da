/**
 * Builds the per-day metric rollups the staff metrics page reads (issue 13, item 4).
 * The scheduled sweep calls `rollupRecentDays` after its lead pass: it rebuilds today and
 * the days before it (a session started late in the day may be decided after midnight),
 * from Queries on tenant-keyed indexes over those days only, never a scan of every event.
 *
 * Definitions (seed 000's metrics constitution, made exact):
 * - completion rate = sessions that reached an issued verdict ÷ engaged sessions (the
 *   traveler wrote at least once), over the sessions started that day;
 * - a reversal is a decision that superseded an issued verdict with a different one;
 * - a drop-off is a session started that day that has no issued verdict, by the step it
 *   stopped at: `opened` (never wrote), `refused:<reason>` (its last answer was a
 *   refusal: missing inputs, out of scope, …), `no_decision` (wrote, got no decision);
 * - bookings are leads moved to BOOKED that day.
 */
import type { Decision } from '../domain/entities/decision';
import type { Session } from '../domain/entities/session';
import { isReversal } from '../domain/state-machines/decision-machine';
import type { DecisionsRepository } from '../store/repositories/decisions';
import type { DailyRollup, MetricRollupsRepository } from '../store/repositories/metric-rollups';
import type { StaffQueries } from '../store/repositories/staff-queries';

const DAY_MS = 86_400_000;
/** Days after a session's start in which its decisions still count for its completion. */
const COMPLETION_HORIZON_DAYS = 2;

export interface RollupDeps {
  queries: StaffQueries;
  rollups: MetricRollupsRepository;
  decisions: Pick<DecisionsRepository, 'get'>;
  listTenantIds(): Promise<string[]>;
  log?: (line: string) => void;
}

const bump = (counts: Record<string, number>, key: string, by = 1) => {
  counts[key] = (counts[key] ?? 0) + by;
};

/**
 * Whether a rollup can no longer change: it was built once its day's sessions could take
 * no more completing decisions (the horizon after the day began), so a rebuild would give
 * the same figures (bookings and decisions of the day are over long before).
 */
export function rollupSettled(r: Pick<DailyRollup, 'day' | 'built_at'>): boolean {
  return Date.parse(r.built_at) >= Date.parse(`${r.day}T00:00:00.000Z`) + COMPLETION_HORIZON_DAYS * DAY_MS;
}

/** The UTC day of an instant, `YYYY-MM-DD`. */
export const dayOf = (at: Date | string): string => new Date(at).toISOString().slice(0, 10);

/**
 * The rollup of one day from its records. Pure: `sessions` started that day, `decisions`
 * made from that day on (their own day's are counted; later ones only complete sessions),
 * `previous` the decisions some of them superseded, and the day's bookings.
 */
export function computeDailyRollup(input: {
  tenantId: string;
  day: string;
  builtAt: string;
  sessions: Session[];
  decisions: Decision[];
  previous: ReadonlyMap<string, Decision>;
  bookings: number;
}): DailyRollup {
  const r: DailyRollup = {
    tenant_id: input.tenantId,
    day: input.day,
    built_at: input.builtAt,
    sessions: input.sessions.length,
    engaged: 0,
    completed: 0,
    decisions: 0,
    outcomes: {},
    refusals_by_reason: {},
    reversals: 0,
    dropoffs: {},
    bookings: input.bookings,
    by_logic_version: {},
  };
  const issuedSessions = new Set<string>();
  const lastOfSession = new Map<string, Decision>();
  for (const d of input.decisions) {
    if (d.session_id) {
      if (d.verdict.outcome !== 'refused') issuedSessions.add(d.session_id);
      const seen = lastOfSession.get(d.session_id);
      if (!seen || seen.created_at < d.created_at || (seen.created_at === d.created_at && seen.decision_id < d.decision_id)) lastOfSession.set(d.session_id, d);
    }
    if (dayOf(d.created_at) !== input.day) continue;
    const lv = (r.by_logic_version[d.logic_version] ??= { decisions: 0, outcomes: {}, refusals_by_reason: {}, reversals: 0 });
    r.decisions++;
    lv.decisions++;
    bump(r.outcomes, d.verdict.outcome);
    bump(lv.outcomes, d.verdict.outcome);
    if (d.refusal) {
      bump(r.refusals_by_reason, d.refusal.reason);
      bump(lv.refusals_by_reason, d.refusal.reason);
    }
    const before = d.supersedes_decision_id ? input.previous.get(d.supersedes_decision_id) : undefined;
    if (before && isReversal(before.verdict.outcome, d.verdict.outcome)) {
      r.reversals++;
      lv.reversals++;
    }
  }
  for (const s of input.sessions) {
    const engaged = s.engagement.engaged || s.turn_count > 0;
    if (engaged) r.engaged++;
    const completed = issuedSessions.has(s.session_id) || (s.outcome.decision_outcome !== 'none' && s.outcome.decision_outcome !== 'refused');
    if (engaged && completed) {
      r.completed++;
      continue;
    }
    if (completed) continue;
    if (!engaged) bump(r.dropoffs, 'opened');
    else {
      const last = lastOfSession.get(s.session_id);
      const reason = last?.refusal?.reason ?? s.last_decision?.refusal_reason;
      bump(r.dropoffs, reason ? `refused:${reason}` : 'no_decision');
    }
  }
  return r;
}

async function all<T>(fetch: (cursor?: string) => Promise<{ items: T[]; cursor?: string }>): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetch(cursor);
    out.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return out;
}

/** Builds and stores one tenant's rollup for one day. */
export async function buildDailyRollup(deps: Omit<RollupDeps, 'listTenantIds'>, tenantId: string, day: string, now: Date): Promise<DailyRollup> {
  const start = new Date(`${day}T00:00:00.000Z`);
  const end = new Date(start.getTime() + DAY_MS);
  const horizon = new Date(Math.min(start.getTime() + COMPLETION_HORIZON_DAYS * DAY_MS, now.getTime() + 1));
  const [sessions, decisions, bookings] = await Promise.all([
    all((c) => deps.queries.listSessions(tenantId, { from: start.toISOString(), to: end.toISOString() }, 100, c)),
    all((c) => deps.queries.listDecisions(tenantId, { from: start.toISOString(), to: horizon.toISOString() }, 100, c, false)),
    deps.rollups.bookingsIn(tenantId, start.toISOString(), end.toISOString()),
  ]);
  const known = new Map(decisions.map((d) => [d.decision_id, d]));
  const missing = decisions.filter((d) => d.supersedes_decision_id && !known.has(d.supersedes_decision_id)).map((d) => d.supersedes_decision_id!);
  // Rare (a revision across midnight): plain reads, so the sweep needs no BatchGetItem.
  const fetched = await Promise.all([...new Set(missing)].map((id) => deps.decisions.get(tenantId, id)));
  const previous = new Map([...known, ...fetched.flatMap((d): [string, Decision][] => (d ? [[d.decision_id, d]] : []))]);
  const rollup = computeDailyRollup({ tenantId, day, builtAt: now.toISOString(), sessions, decisions, previous, bookings });
  await deps.rollups.put(rollup);
  return rollup;
}

/** Rebuilds today's and the previous `days - 1` days' rollups of every tenant; what the sweep calls. */
export async function rollupRecentDays(deps: RollupDeps, now: Date, days = COMPLETION_HORIZON_DAYS + 1): Promise<{ tenants: number; days: number }> {
  const tenants = await deps.listTenantIds();
  let built = 0;
  for (const tenantId of tenants) {
    for (let i = days - 1; i >= 0; i--) {
      await buildDailyRollup(deps, tenantId, dayOf(new Date(now.getTime() - i * DAY_MS)), now);
      built++;
    }
  }
  deps.log?.(`metrics: ${built} daily rollups rebuilt for ${tenants.length} tenants`);
  return { tenants: tenants.length, days: built };
}
