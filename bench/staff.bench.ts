/**
 * Staff console benchmark (issue 13, item 7): 10,000 conversations seeded with
 * BatchWriteItem on the embedded engine, then p50/p99 of the conversation list, a
 * transcript and the metrics page (JSON API and server-rendered console), with the
 * DynamoDB requests each page sends and the sequential round trips they form (target ≤ 2).
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { createStaffApp } from '../src/channels/staff/app';
import { ulidIdGenerator } from '../src/domain/ids';
import { buildDailyRollup, dayOf } from '../src/jobs/metrics-rollup';
import { createDocumentClient } from '../src/store/client';
import { createTables } from '../src/store/create-tables';
import { startDynamoDbLocal } from '../src/store/engine/dynamodb-local';
import { createDecisionsRepository } from '../src/store/repositories/decisions';
import { createMetricRollupsRepository } from '../src/store/repositories/metric-rollups';
import { createStaffQueries } from '../src/store/repositories/staff-queries';
import { tableNames } from '../src/store/tables';
import { shapes } from '../test/channels/staff/fixtures';
import { batchWrite, buildConversation, conversationItems, productionRules, type SeededConversation } from '../test/channels/staff/support/seed';
import { figure, percentile } from './format';

const CONVERSATIONS = 10_000;
const DAYS = 30;
const SAMPLES = 200;
const TOKEN = 'bench-staff-token';
const FIRST_DAY = '2026-10-01';

/** Request spans of one page, to count requests and the sequential rounds they form. */
class Spans {
  spans: [number, number][] = [];
  reset() {
    this.spans = [];
  }
  /** Rounds: a request that starts after every earlier one ended begins a new round. */
  rounds(): number {
    const sorted = [...this.spans].sort((a, b) => a[0] - b[0]);
    let rounds = 0;
    let end = -Infinity;
    for (const [s, e] of sorted) {
      if (s >= end) rounds++;
      end = Math.max(end, e);
    }
    return rounds;
  }
}

export async function run(): Promise<void> {
  const engine = await startDynamoDbLocal({ inMemory: true });
  const { client, doc } = createDocumentClient({ endpoint: engine.endpoint, region: 'local' });
  let server: ServerType | undefined;
  try {
    const tables = tableNames('staffbench');
    await createTables(client, tables);
    const ctx = { doc, tables };
    const ids = ulidIdGenerator();

    // 1. Seed: the six shapes of the staff tests, cycled over 30 days and three channels.
    const t0 = performance.now();
    const conversations: SeededConversation[] = [];
    for (let i = 0; i < CONVERSATIONS; i++) {
      const day = new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + (i % DAYS) * 86_400_000).toISOString().slice(0, 10);
      // Shape and channel vary within each day (not with it), so every day holds every kind.
      const k = Math.floor(i / DAYS);
      const shape = shapes('bench', day)[k % 6]!;
      const startedAt = new Date(Date.parse(`${day}T00:00:00Z`) + k * 25_000).toISOString();
      conversations.push(buildConversation({ ...shape, startedAt, channel: (['web', 'sms', 'whatsapp'] as const)[Math.floor(k / 6) % 3] }, ids));
    }
    const items = conversations.flatMap(conversationItems);
    const built = performance.now() - t0;
    const t1 = performance.now();
    await batchWrite(ctx, items, 8);
    const seedMs = performance.now() - t1;
    figure('seeded conversations', CONVERSATIONS);
    figure('seeded items (BatchWriteItem, 25 per request)', items.length);
    figure('seed: records built (rules included) / written', `${(built / 1000).toFixed(1)} s / ${(seedMs / 1000).toFixed(1)} s`);
    figure('seed: items written per second', Math.round(items.length / (seedMs / 1000)), '/s');

    // 2. The sweep's rollups for the 30 days.
    const t2 = performance.now();
    const deps = { queries: createStaffQueries(ctx), rollups: createMetricRollupsRepository(ctx), decisions: createDecisionsRepository(ctx) };
    const lastDay = new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + (DAYS - 1) * 86_400_000);
    const now = new Date(lastDay.getTime() + 86_399_000);
    for (let d = 0; d < DAYS; d++) await buildDailyRollup(deps, 'bench', dayOf(new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + d * 86_400_000)), now);
    figure('rollups: 30 days rebuilt, per day', (performance.now() - t2) / DAYS, 'ms');

    // 3. The staff app over HTTP, as a browser or API client calls it.
    const staff = createStaffApp({ store: ctx, clock: () => now, ids, rules: productionRules, staticTokens: [{ token: TOKEN, member: { tenant_id: 'bench', staff_id: 'bench', name: 'Bench', role: 'viewer' } }] });
    const http = new Hono();
    http.route('/', staff);
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: http.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const spans = new Spans();
    client.middlewareStack.add(
      (next) => async (args) => {
        const s = performance.now();
        try {
          return await next(args);
        } finally {
          spans.spans.push([s, performance.now()]);
        }
      },
      { step: 'initialize', name: 'staffBenchSpans' },
    );

    const sessionsPage = await (await fetch(`${base}/api/staff/sessions?limit=25`, { headers: { authorization: `Bearer ${TOKEN}` } })).json() as { next_cursor: string };
    const multi = conversations.filter((c) => c.messages.length >= 6);
    const pages: [string, (i: number) => string][] = [
      ['conversation list, API (25, first page)', () => '/api/staff/sessions?limit=25'],
      ['conversation list, API (25, with a cursor)', () => `/api/staff/sessions?limit=25&cursor=${sessionsPage.next_cursor}`],
      ['conversation list, console (25, filtered: sms)', () => '/console?channel=sms'],
      ['transcript, API (3 turns)', (i) => `/api/staff/sessions/${multi[i % multi.length]!.session.session_id}/transcript`],
      ['transcript, console (3 turns, decision panel)', (i) => `/console/conversations/${multi[i % multi.length]!.session.session_id}`],
      ['metrics, API (30 days)', () => `/api/staff/metrics?from=${FIRST_DAY}&to=${dayOf(lastDay)}`],
      ['metrics, console (30 days, 5 charts)', () => `/console/metrics?from=${FIRST_DAY}&to=${dayOf(lastDay)}`],
    ];
    for (const [label, path] of pages) {
      const ms: number[] = [];
      let requests = 0;
      let rounds = 0;
      for (let i = 0; i < SAMPLES + 10; i++) {
        spans.reset();
        const s = performance.now();
        const res = await fetch(base + path(i), { headers: { authorization: `Bearer ${TOKEN}` } });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`${label}: ${res.status}`);
        if (i < 10) continue; // warm-up
        ms.push(performance.now() - s);
        requests = Math.max(requests, spans.spans.length);
        rounds = Math.max(rounds, spans.rounds());
      }
      figure(`${label}: p50 / p99`, `${percentile(ms, 50).toFixed(1)} / ${percentile(ms, 99).toFixed(1)}`, 'ms');
      figure(`${label}: DynamoDB requests / round trips`, `${requests} / ${rounds}`, '', { text: '≤ 2 round trips', met: rounds <= 2 });
    }
  } finally {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    client.destroy();
    await engine.stop();
  }
}
