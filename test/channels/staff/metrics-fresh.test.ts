/**
 * The metrics page reflects the conversations that exist without waiting for the sweep:
 * after a fresh start (no rollup built yet) and after new conversations (a rollup that can
 * still change and is more than a minute old), the read builds those days from their
 * records and stores them, so the next read is again one Query.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FRESH_ROLLUP_MS } from '../../../src/channels/staff/metrics';
import { createMetricRollupsRepository } from '../../../src/store/repositories/metric-rollups';
import { countRoundTrips } from '../../../src/store/round-trip-counter';
import { shapes } from './fixtures';
import { seedConversations } from './support/seed';
import { DEMO_TOKEN, startStaffServer, type StaffServer } from './support/server';

const TODAY = '2026-11-15';
let now = new Date(`${TODAY}T20:00:00.000Z`);
let srv: StaffServer;
// A configured token: its check reads nothing, so the counts below are the metrics' own.
const viewer = DEMO_TOKEN;

beforeAll(async () => {
  srv = await startStaffServer({ clock: () => now });
  // Six conversations today, six four days ago; no rollup has ever been built.
  await seedConversations(srv.store.ctx, srv.ids, [...shapes('demo', TODAY), ...shapes('demo', '2026-11-11')]);
});
afterAll(() => srv?.close());

const later = (ms: number) => {
  now = new Date(now.getTime() + ms);
};

/** A read and the DynamoDB requests it sent, by command. */
async function metered(path: string) {
  const counter = countRoundTrips(srv.store.client);
  try {
    const r = await srv.call('GET', path, { token: viewer });
    expect(r.status, path).toBe(200);
    return { r, requests: counter.counts() };
  } finally {
    counter.detach();
  }
}

describe('metrics without waiting for the sweep', () => {
  test('a fresh start: days without a rollup are built from their records on read, then read in one Query', async () => {
    expect(await createMetricRollupsRepository(srv.store.ctx).range('demo', '2026-01-01', TODAY)).toEqual([]);
    const first = await metered('/api/staff/metrics');
    const days = first.r.json.days as { day: string; built: boolean; sessions: number; decisions: number; built_at: string }[];
    expect(days).toHaveLength(14);
    expect(days.every((d) => d.built)).toBe(true);
    expect(days.find((d) => d.day === TODAY)).toMatchObject({ sessions: 6, engaged: 5, completed: 4, decisions: 7, built_at: now.toISOString() });
    expect(days.find((d) => d.day === '2026-11-11')).toMatchObject({ sessions: 6, decisions: 7 });
    expect(first.r.json.totals).toMatchObject({ sessions: 12, decisions: 14, completion_rate: 0.8 });
    // Stored, as the sweep would have: the next read is the one Query of the design.
    const second = await metered('/api/staff/metrics');
    expect(second.requests).toEqual({ Query: 1 });
    expect(second.r.json).toEqual(first.r.json);
    const page = await srv.call('GET', '/console/metrics', { token: viewer });
    expect(page.text).not.toContain('have no rollup yet');
    expect(page.text).toMatch(/<dt>Decisions<\/dt><dd>14<\/dd>/);
  });

  test('new conversations show once today\u2019s figures are more than a minute old; a settled day is never rebuilt', async () => {
    await seedConversations(srv.store.ctx, srv.ids, shapes('demo', TODAY).slice(0, 2).map((c) => ({ ...c, startedAt: `${TODAY}T19:50:00.000Z` })));
    later(FRESH_ROLLUP_MS / 2);
    // Within the minute: the stored figures, one Query.
    const within = await metered('/api/staff/metrics');
    expect(within.requests).toEqual({ Query: 1 });
    expect(within.r.json.totals.sessions).toBe(12);
    later(FRESH_ROLLUP_MS);
    const after = await metered('/api/staff/metrics');
    expect(after.r.json.totals).toMatchObject({ sessions: 14, decisions: 16 });
    expect(after.r.json.days.find((d: { day: string }) => d.day === TODAY)).toMatchObject({ sessions: 8, built_at: now.toISOString() });
    // Days whose figures can no longer change (built two days after they began) stay as stored.
    later(10 * FRESH_ROLLUP_MS);
    const settled = await metered('/api/staff/metrics?from=2026-11-05&to=2026-11-12');
    expect(settled.requests).toEqual({ Query: 1 });
    expect(settled.r.json.totals).toMatchObject({ sessions: 6, decisions: 7 });
  });

  test('a day in the future reads as zeros, not built, and costs nothing more', async () => {
    const r = await metered('/api/staff/metrics?from=2026-11-16&to=2026-11-17');
    expect(r.r.json.days.map((d: { built: boolean }) => d.built)).toEqual([false, false]);
    expect(r.r.json.totals.sessions).toBe(0);
    expect(r.requests).toEqual({ Query: 1 });
  });
});
