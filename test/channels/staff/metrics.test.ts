import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { rollupRecentDays } from '../../../src/jobs/metrics-rollup';
import { createMetricRollupsRepository } from '../../../src/store/repositories/metric-rollups';
import { createStaffQueries } from '../../../src/store/repositories/staff-queries';
import { countRoundTrips } from '../../../src/store/round-trip-counter';
import { createDecisionsRepository } from '../../../src/store/repositories/decisions';
import { shapes } from './fixtures';
import { seedConversations, type SeededConversation } from './support/seed';
import { startStaffServer, type StaffServer } from './support/server';

const NOW = '2026-11-15T20:00:00.000Z';
let srv: StaffServer;
let day14: SeededConversation[];
let day15: SeededConversation[];
let acme: SeededConversation[];
let reviewer: string;

beforeAll(async () => {
  srv = await startStaffServer({ clock: () => new Date(NOW) });
  day14 = await seedConversations(srv.store.ctx, srv.ids, shapes('demo', '2026-11-14'));
  day15 = await seedConversations(srv.store.ctx, srv.ids, shapes('demo', '2026-11-15'));
  acme = await seedConversations(srv.store.ctx, srv.ids, shapes('acme', '2026-11-15'));
  reviewer = await srv.token('demo', 'reviewer');
  // One booking on the 15th (the first shape is a book verdict: its lead is PLAN_READY).
  const booked = await srv.call('POST', `/api/staff/leads/${day15[0]!.lead!.lead_id}/booked`, { token: reviewer, body: {} });
  expect(booked.status).toBe(200);
  // The sweep's rollup pass over the last two days, as the scheduled job runs it.
  await rollupRecentDays(
    { queries: createStaffQueries(srv.store.ctx), rollups: createMetricRollupsRepository(srv.store.ctx), decisions: createDecisionsRepository(srv.store.ctx), listTenantIds: async () => ['acme', 'demo'] },
    new Date(NOW),
    2,
  );
});
afterAll(() => srv?.close());

/*
 * Each day holds the six shapes of fixtures.ts, worked out by hand:
 *  1. book (one turn)                      engaged, completed
 *  2. wait (sms)                           engaged, completed
 *  3. refused(missing) → switch → book     engaged, completed; switch → book is 1 reversal
 *  4. discard (whatsapp)                   engaged, completed
 *  5. refused(out_of_scope) only           engaged, drop-off at "refused:out_of_scope"
 *  6. opened, never wrote                  drop-off at "opened"
 * sessions 6, engaged 5, completed 4 → completion 0.8; decisions 7: book 2, wait 1,
 * switch 1, discard 1, refused 2 (missing_inputs 1, out_of_scope 1); reversals 1.
 */
const DAY = {
  built: true,
  sessions: 6,
  engaged: 5,
  completed: 4,
  completion_rate: 0.8,
  decisions: 7,
  outcomes: { book: 2, wait: 1, switch: 1, discard: 1, refused: 2 },
  refusals_by_reason: { missing_inputs: 1, out_of_scope: 1 },
  reversals: 1,
  dropoffs: { opened: 1, 'refused:out_of_scope': 1 },
};

describe('metrics from the per-day rollups', () => {
  test('by day, with the figures computed by hand', async () => {
    const r = await srv.call('GET', '/api/staff/metrics?from=2026-11-13&to=2026-11-15', { token: reviewer });
    expect(r.status).toBe(200);
    expect(r.json.days).toEqual([
      // No conversation that day and no rollup: the read builds it (zeros) rather than waiting for the sweep.
      { day: '2026-11-13', built: true, built_at: NOW, sessions: 0, engaged: 0, completed: 0, completion_rate: null, decisions: 0, outcomes: {}, refusals_by_reason: {}, reversals: 0, dropoffs: {}, bookings: 0 },
      { day: '2026-11-14', ...DAY, built_at: NOW, bookings: 0 },
      { day: '2026-11-15', ...DAY, built_at: NOW, bookings: 1 },
    ]);
    expect(r.json.totals).toEqual({
      sessions: 12, engaged: 10, completed: 8, completion_rate: 0.8, decisions: 14,
      outcomes: { book: 4, wait: 2, switch: 2, discard: 2, refused: 4 },
      refusals_by_reason: { missing_inputs: 2, out_of_scope: 2 },
      reversals: 2, dropoffs: { opened: 2, 'refused:out_of_scope': 2 }, bookings: 1,
    });
    expect(r.json.by_logic_version).toEqual([
      { logic_version: 'rules_v1.0', decisions: 14, outcomes: { book: 4, wait: 2, switch: 2, discard: 2, refused: 4 }, refusals_by_reason: { missing_inputs: 2, out_of_scope: 2 }, reversals: 2 },
    ]);
    expect(day14.length + day15.length).toBe(12);
  });

  test("each tenant's rollups are its own", async () => {
    const acmeToken = await srv.token('acme', 'viewer');
    const r = await srv.call('GET', '/api/staff/metrics?from=2026-11-15&to=2026-11-15', { token: acmeToken });
    expect(r.json.totals).toMatchObject({ sessions: acme.length, decisions: 7, bookings: 0 });
  });

  test('the metrics page reads one Query, however many days it shows', async () => {
    const counter = countRoundTrips(srv.store.client);
    try {
      const repo = createMetricRollupsRepository(srv.store.ctx);
      counter.reset();
      const rows = await repo.range('demo', '2026-01-01', '2026-12-31');
      // The sweep's two days, and the 13th the first test's read built.
      expect(rows.map((x) => x.day)).toEqual(['2026-11-13', '2026-11-14', '2026-11-15']);
      expect(counter.counts()).toEqual({ Query: 1 });
    } finally {
      counter.detach();
    }
  });

  test('the console draws each figure as an accessible SVG chart with its numbers in a table', async () => {
    const page = await srv.call('GET', '/console/metrics?from=2026-11-14&to=2026-11-15', { token: reviewer });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    const svgs = page.text.match(/<svg [^>]*viewBox="[^"]+" role="img" aria-labelledby="[^"]+"/g) ?? [];
    expect(svgs.length).toBe(5);
    expect(page.text).toContain('<caption>Completion by day</caption>');
    expect(page.text).toMatch(/<th scope="row">2026-11-15<\/th><td>5<\/td><td>4<\/td><td>80\.0%<\/td>/);
    expect(page.text).toMatch(/<th scope="row">refused:out_of_scope<\/th><td>2<\/td>/);
    expect(page.text).not.toMatch(/<script/i);
  });

  test('a reviewer can rebuild today\u2019s figures at once; a viewer cannot', async () => {
    const viewer = await srv.token('demo', 'viewer');
    expect((await srv.call('POST', '/api/staff/metrics/rebuild', { token: viewer, body: {} })).status).toBe(403);
    const r = await srv.call('POST', '/api/staff/metrics/rebuild', { token: reviewer, body: {} });
    expect(r.status).toBe(200);
    expect(r.json).toMatchObject({ day: '2026-11-15', sessions: 6, bookings: 1, built_at: NOW });
    expect((await srv.call('POST', '/api/staff/metrics/rebuild', { token: reviewer, body: { day: '2026-11-16' } })).status).toBe(400);
  });
});
