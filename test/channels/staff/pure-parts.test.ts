import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { diffDecisions } from '../../../src/channels/staff/decision-diff';
import { csvField } from '../../../src/channels/staff/export';
import { createStaffIdentity } from '../../../src/channels/staff/identity';
import { daysToBuild, FRESH_ROLLUP_MS, metricsReport } from '../../../src/channels/staff/metrics';
import { labelLines } from '../../../src/channels/staff/console/pages/charts';
import { ulidIdGenerator } from '../../../src/domain/ids';
import { createStaffCredentialsRepository } from '../../../src/store/repositories/staff-credentials';
import { createTestStore, type TestStore } from '../../support/dynamodb';
import { buildConversation } from './support/seed';

describe('revision diff', () => {
  test('names the inputs that changed and what the verdict did in answer', () => {
    const c = buildConversation(
      {
        tenantId: 'demo',
        startedAt: '2026-11-01T10:00:00.000Z',
        turns: [
          { text: 'Mara in March for the migration', inputs: { destinations: ['masai_mara'], month: 3, priorities: ['migration'] } },
          { text: 'August, 2 adults, 7 days, $6000 each', inputs: { destinations: ['masai_mara'], month: 8, adults: 2, priorities: ['migration'], duration_days: 7, budget_amount: 6000, budget_currency: 'USD', budget_basis: 'per_person' } },
        ],
      },
      ulidIdGenerator(),
    );
    const [before, after] = c.decisions as [NonNullable<(typeof c.decisions)[0]>, NonNullable<(typeof c.decisions)[1]>];
    const diff = diffDecisions(before, after);
    expect(diff.inputs).toEqual([
      { field: 'adults', after: 2 },
      { field: 'budget_amount', after: 6000 },
      { field: 'budget_basis', after: 'per_person' },
      { field: 'budget_currency', after: 'USD' },
      { field: 'duration_days', after: 7 },
      { field: 'month', before: 3, after: 8 },
    ]);
    expect(diff.verdict.find((f) => f.field === 'outcome')).toEqual({ field: 'outcome', before: before.verdict.outcome, after: after.verdict.outcome });
    expect(diff.verdict.map((f) => f.field)).not.toContain('logic_version');
    expect(diff.assumptions.added.length + diff.assumptions.removed.length).toBeGreaterThan(0);
    expect(diffDecisions(after, after)).toMatchObject({ inputs: [], verdict: [], gains: { added: [], removed: [] } });
  });
});

describe('CSV fields', () => {
  test('quote, double quotes, and defuse formulas', () => {
    expect(csvField('plain')).toBe('"plain"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvField('+1 555')).toBe('"\'+1 555"');
    expect(csvField(undefined)).toBe('""');
    expect(csvField({ a: 1 })).toBe('"{""a"":1}"');
  });
});

describe('metrics report', () => {
  test('fills missing days as unbuilt zeros, sums totals, and rates only over engaged sessions', () => {
    const day = (d: string, engaged: number, completed: number) => ({
      tenant_id: 'demo', day: d, built_at: '2026-11-03T00:00:00.000Z', sessions: engaged + 1, engaged, completed, decisions: completed,
      outcomes: { book: completed }, refusals_by_reason: {}, reversals: 0, dropoffs: { opened: 1 }, bookings: 0,
      by_logic_version: { 'rules_v1.0': { decisions: completed, outcomes: { book: completed }, refusals_by_reason: {}, reversals: 0 } },
    });
    const r = metricsReport('2026-11-01', '2026-11-03', [day('2026-11-01', 4, 3), day('2026-11-03', 0, 0)]);
    expect(r.days.map((d) => [d.day, d.built, d.completion_rate])).toEqual([
      ['2026-11-01', true, 0.75],
      ['2026-11-02', false, null],
      ['2026-11-03', true, null],
    ]);
    expect(r.totals).toMatchObject({ sessions: 6, engaged: 4, completed: 3, completion_rate: 0.75, dropoffs: { opened: 2 } });
    expect(r.by_logic_version).toEqual([{ logic_version: 'rules_v1.0', decisions: 3, outcomes: { book: 3 }, refusals_by_reason: {}, reversals: 0 }]);
  });
});

describe('days a metrics read builds', () => {
  test('missing days up to today, and stale days that can still change; never settled or future days', () => {
    const now = new Date('2026-11-15T12:00:00.000Z');
    const built = (day: string, at: string) => ({ day, built_at: at }) as Parameters<typeof daysToBuild>[2][number];
    const stale = new Date(now.getTime() - FRESH_ROLLUP_MS - 1).toISOString();
    const fresh = new Date(now.getTime() - FRESH_ROLLUP_MS + 1000).toISOString();
    const rollups = [
      built('2026-11-10', '2026-11-12T00:00:00.000Z'), // settled: built two days after it began
      built('2026-11-11', '2026-11-12T23:59:59.000Z'), // built too early, but the horizon has passed since: rebuilt once
      built('2026-11-13', stale), // built this morning: its horizon (the 15th, 00:00) had passed, so settled
      built('2026-11-14', fresh), // still settling, fresh
      built('2026-11-15', stale), // still settling, stale
    ];
    expect(daysToBuild('2026-11-09', '2026-11-17', rollups, now)).toEqual(['2026-11-09', '2026-11-11', '2026-11-12', '2026-11-15']);
  });
});

describe('chart labels', () => {
  test('whole when short; longer ones wrap after a colon, underscore or space', () => {
    expect(labelLines('refused:missing_inputs')).toEqual(['refused:missing_inputs']);
    expect(labelLines('refused:missing_inputs', 12)).toEqual(['refused:', 'missing_', 'inputs']);
    expect(labelLines('a'.repeat(30), 26)).toEqual(['a'.repeat(26), 'aaaa']);
  });
});

describe('staff identity', () => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore();
  });
  afterAll(() => store?.close());

  test('tokens expire on the product clock; tampered, foreign-kind and malformed credentials are refused', async () => {
    let now = new Date('2026-11-01T00:00:00.000Z');
    const auth = createStaffIdentity({ credentials: createStaffCredentialsRepository(store.ctx), clock: () => now });
    const { presented, record } = await auth.createToken({ tenant_id: 'demo', name: 'Ana', role: 'viewer', days: 2 });
    expect(record.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(record)).not.toContain(presented.split('.')[3]);
    expect(await auth.identity.authenticateBearer(presented)).toMatchObject({ name: 'Ana', role: 'viewer', tenant_id: 'demo' });
    const [kind, tenant, id, secret] = presented.split('.') as [string, string, string, string];
    // One character of the secret changed; the same id under another tenant; a token presented as a session.
    const flipped = secret.slice(0, -1) + (secret.endsWith('A') ? 'B' : 'A');
    for (const bad of [`${kind}.${tenant}.${id}.${flipped}`, `${kind}.acme.${id}.${secret}`, `sts.${tenant}.${id}.${secret}`, 'stk.demo', '']) {
      expect(await auth.identity.authenticateBearer(bad)).toBeUndefined();
    }
    expect(await auth.identity.resolveSession(presented)).toBeUndefined();
    // A session lasts 8 hours on the product's clock.
    const opened = (await auth.identity.signIn(presented))!;
    expect((await auth.identity.resolveSession(opened.cookie))?.member.name).toBe('Ana');
    now = new Date('2026-11-01T08:00:01.000Z');
    expect(await auth.identity.resolveSession(opened.cookie)).toBeUndefined();
    now = new Date('2026-11-03T00:00:01.000Z');
    expect(await auth.identity.authenticateBearer(presented)).toBeUndefined();
    expect(await auth.identity.signIn(presented)).toBeUndefined();
  });
});
