/**
 * The conversation list's destinations include the places the decision chose, not only
 * the places the traveler named: real turns through the conversation service (the local
 * model, the rules, the turn store's commit) and the staff app reading the same tables.
 * "Gorillas in Rwanda" names no place; the rules book Volcanoes, and staff filtering on
 * `volcanoes` must find it, in its own tenant only.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Session } from '../../../src/domain/entities/session';
import { startTestApp, type TestApp } from '../../support/app';
import { shapes } from './fixtures';
import { seedConversations } from './support/seed';
import { startStaffServer, type StaffServer } from './support/server';

const NOW = '2026-11-21T10:00:00.000Z';
let t: TestApp;
let srv: StaffServer;
let viewer: string;
let gorillas: Session;
let family: Session;
let mara: Session;

beforeAll(async () => {
  t = await startTestApp({ now: NOW });
  srv = await startStaffServer({ store: t.store, clock: () => new Date(NOW) });
  viewer = await srv.token('demo', 'viewer');

  gorillas = await t.newSession();
  const booked = await t.say(gorillas, 'Gorillas in Rwanda in July, 2 adults, 4 days, $8000 per person');
  expect(booked.decision.verdict.outcome).toBe('book');
  expect(booked.decision.inputs_snapshot.destinations ?? []).toEqual([]);
  // A turn that makes no new decision rewrites the session: the plan's places must stay.
  await t.say(gorillas, 'thank you!');

  family = await t.newSession();
  const fam = await t.say(family, 'A family safari in Tanzania in August: 2 adults and 2 kids aged 9 and 12, 8 days, $6000 per person');
  expect(fam.decision.verdict.outcome).toBe('book');
  expect(fam.decision.inputs_snapshot.destinations ?? []).toEqual([]);

  mara = await t.newSession();
  await t.say(mara, 'Masai Mara in August, 2 adults, the migration, 7 days, $6000 each');

  // Another tenant whose traveler named the Mara: never in demo's lists, nor demo's in its.
  await seedConversations(srv.store.ctx, srv.ids, shapes('acme', '2026-11-21').slice(0, 1));
}, 120_000);
afterAll(async () => {
  await srv?.close();
  await t?.close();
});

const listed = async (q: string) => {
  const r = await srv.call('GET', `/api/staff/sessions?${q}`, { token: viewer });
  expect(r.status).toBe(200);
  return r.json.items as (Session & { plan_places?: string[] })[];
};

describe('destinations the decision chose', () => {
  test('the destination filter finds a conversation by the place its plan chose', async () => {
    expect((await listed('destination=volcanoes')).map((s) => s.session_id)).toEqual([gorillas.session_id]);
    expect((await listed('destination=serengeti')).map((s) => s.session_id)).toEqual([family.session_id]);
    // What the traveler named still counts.
    expect((await listed('destination=masai_mara')).map((s) => s.session_id)).toEqual([mara.session_id]);
    // And combines with the other filters on the same Query.
    expect(await listed('destination=volcanoes&channel=sms')).toEqual([]);
    expect((await listed('destination=volcanoes&outcome=book')).map((s) => s.session_id)).toEqual([gorillas.session_id]);
  });

  test('each conversation carries its plan places in the API and the Destinations column', async () => {
    const all = await listed('limit=100');
    expect(all.find((s) => s.session_id === gorillas.session_id)?.plan_places).toEqual(['volcanoes']);
    expect(all.find((s) => s.session_id === family.session_id)?.plan_places).toEqual(['serengeti']);
    const page = await srv.call('GET', '/console?destination=volcanoes', { token: viewer });
    const row = page.text.match(/<tr>\s*<td>[^]*?<\/tr>/)?.[0] ?? '';
    expect(row).toContain(gorillas.session_id);
    expect(row).toMatch(/<td>volcanoes<\/td>/);
    const fam = await srv.call('GET', '/console?destination=serengeti', { token: viewer });
    expect(fam.text.match(/<tr>\s*<td>[^]*?<\/tr>/)?.[0]).toMatch(/<td>serengeti<\/td>/);
  });

  test("another tenant's conversations never match", async () => {
    const acme = await srv.token('acme', 'viewer');
    const r = await srv.call('GET', '/api/staff/sessions?destination=volcanoes', { token: acme });
    expect(r.json.items).toEqual([]);
    const own = await srv.call('GET', '/api/staff/sessions?destination=masai_mara', { token: acme });
    expect(own.json.items).toHaveLength(1);
    expect(own.json.items[0].tenant_id).toBe('acme');
    expect((await listed('destination=masai_mara')).map((s) => s.session_id)).toEqual([mara.session_id]);
  });
});
