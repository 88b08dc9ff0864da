import { PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from '../../src/store/repository-kit';
import { createRepositories, type Repositories } from '../../src/store/repositories';
import { createTestStore, type TestStore } from '../support/dynamodb';
import { recordFactory } from './fixtures';

let store: TestStore;
let repos: Repositories;
const f = recordFactory('acme');

beforeAll(async () => {
  store = await createTestStore();
  repos = createRepositories(store.ctx);
});
afterAll(() => store.close());

/** Reads every page of a list with a small page size, checking each page's size. */
async function allPages<T>(list: (cursor?: string) => Promise<Page<T>>, pageSize: number): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | undefined;
  do {
    const page = await list(cursor);
    expect(page.items.length).toBeLessThanOrEqual(pageSize);
    pages.push(page.items);
    cursor = page.cursor;
  } while (cursor && pages.length < 50);
  return pages;
}

describe('travelers', () => {
  it('by id and by phone (or WhatsApp number); another tenant finds nothing', async () => {
    const t = f.traveler({ contact: { email: 'Ana@Example.com', phone: '+254712345678' } });
    const w = f.traveler({ contact: { whatsapp: '+447700900123' } });
    await repos.travelers.create(t);
    await repos.travelers.create(w);
    expect(await repos.travelers.get('acme', t.traveler_id)).toEqual(t);
    expect((await repos.travelers.findByPhone('acme', '+254712345678'))?.traveler_id).toBe(t.traveler_id);
    expect((await repos.travelers.findByPhone('acme', '+447700900123'))?.traveler_id).toBe(w.traveler_id);
    expect(await repos.travelers.get('other', t.traveler_id)).toBeUndefined();
    expect(await repos.travelers.findByPhone('other', '+254712345678')).toBeUndefined();
    await expect(repos.travelers.create(t)).rejects.toMatchObject({ kind: 'duplicate' });
  });
});

describe('sessions and leads', () => {
  it('sessions by id and by lead, newest first, paginated; versioned saves', async () => {
    const trav = f.traveler();
    const lead = f.lead(trav);
    const sessions = [1, 2, 3, 4, 5].map(() => f.session(trav, { lead_id: lead.lead_id }));
    for (const s of sessions) expect(await repos.sessions.save(s, null)).toBe(0);
    const pages = await allPages((cursor) => repos.sessions.listByLead('acme', lead.lead_id, { limit: 2, ...(cursor ? { cursor } : {}) }), 2);
    expect(pages.flat().map((s) => s.session_id)).toEqual(sessions.map((s) => s.session_id).reverse());
    expect(pages.map((p) => p.length)).toEqual([2, 2, 1]);
    expect((await repos.sessions.listByTraveler('acme', trav.traveler_id)).items).toHaveLength(5);
    expect((await repos.sessions.listByLead('other', lead.lead_id)).items).toEqual([]);
    expect(await repos.sessions.get('other', sessions[0]!.session_id)).toBeUndefined();

    const s0 = sessions[0]!;
    expect(await repos.sessions.save({ ...s0, turn_count: 1 }, 0)).toBe(1);
    await expect(repos.sessions.save({ ...s0, turn_count: 2 }, 0)).rejects.toMatchObject({ kind: 'conflict' });
    await expect(repos.sessions.save({ ...s0, tenant_id: 'other' }, 0)).rejects.toMatchObject({ kind: 'not_found' });
    expect((await repos.sessions.get('acme', s0.session_id))?.turn_count).toBe(1);
  });

  it('the lead queues: by tenant + state, newest activity first, paginated', async () => {
    const trav = f.traveler();
    const waiting = [0, 1, 2, 3, 4].map((i) =>
      f.lead(trav, { lead_state: 'WAITING', next_action_at: '2026-06-01T00:00:00.000Z', last_activity_at: `2026-04-0${i + 1}T10:00:00.000Z` }),
    );
    const other = f.lead(trav, { lead_state: 'PLAN_READY' });
    for (const l of [...waiting, other]) await repos.leads.save(l, null);
    const pages = await allPages((cursor) => repos.leads.listByState('acme', 'WAITING', { limit: 2, ...(cursor ? { cursor } : {}) }), 2);
    expect(pages.flat().map((l) => l.lead_id)).toEqual([...waiting].reverse().map((l) => l.lead_id));
    expect((await repos.leads.listByState('acme', 'PLAN_READY')).items.map((l) => l.lead_id)).toEqual([other.lead_id]);
    expect((await repos.leads.listByState('other', 'WAITING')).items).toEqual([]);
    expect(await repos.leads.get('other', other.lead_id)).toBeUndefined();

    // A state change moves the lead between queues.
    await repos.leads.save({ ...other, lead_state: 'BOOKED' }, 0);
    expect((await repos.leads.listByState('acme', 'PLAN_READY')).items).toEqual([]);
    expect((await repos.leads.listByState('acme', 'BOOKED')).items.map((l) => l.version)).toEqual([1]);
  });

  it('a cursor of one tenant or list is rejected for another', async () => {
    const trav = f.traveler();
    for (let i = 0; i < 3; i++) await repos.leads.save(f.lead(trav, { lead_state: 'DISCARDED' }), null);
    const page = await repos.leads.listByState('acme', 'DISCARDED', { limit: 1 });
    expect(page.cursor).toBeDefined();
    await expect(repos.leads.listByState('other', 'DISCARDED', { cursor: page.cursor! })).rejects.toMatchObject({ kind: 'invalid_cursor' });
    await expect(repos.leads.listByState('acme', 'NEW', { cursor: page.cursor! })).rejects.toMatchObject({ kind: 'invalid_cursor' });
    await expect(repos.leads.listByState('acme', 'DISCARDED', { cursor: 'not-a-cursor!' })).rejects.toMatchObject({ kind: 'invalid_cursor' });
    // A forged cursor naming another tenant's key inside our list is refused too.
    const forged = Buffer.from(JSON.stringify({ v: 1, t: 'acme', l: 'leads:state:DISCARDED', k: { pk: 'other#lead_x' } })).toString('base64url');
    await expect(repos.leads.listByState('acme', 'DISCARDED', { cursor: forged })).rejects.toMatchObject({ kind: 'invalid_cursor' });
  });
});

describe('decisions, itineraries, reviews', () => {
  it('decisions by id, by lead newest first, and those needing review (sparse)', async () => {
    const trav = f.traveler();
    const lead = f.lead(trav);
    const session = f.session(trav, { lead_id: lead.lead_id });
    const ds = [0, 1, 2, 3].map(() => f.decision(session));
    for (const d of ds) await repos.decisions.create(d);
    const pages = await allPages((cursor) => repos.decisions.listByLead('acme', lead.lead_id, { limit: 3, ...(cursor ? { cursor } : {}) }), 3);
    expect(pages.flat().map((d) => d.decision_id)).toEqual([...ds].reverse().map((d) => d.decision_id));
    expect((await repos.decisions.listNeedingReview('acme')).items).toEqual([]);

    const flagged = await repos.decisions.changeState('acme', ds[1]!.decision_id, {
      state: 'FLAGGED_FOR_REVIEW',
      updated_at: f.tick(),
      review: { needs_review: true, review_reason: 'assumption_failure', review_status: 'queued' },
      expectedState: 'ISSUED',
    });
    expect(flagged.state).toBe('FLAGGED_FOR_REVIEW');
    expect((await repos.decisions.listNeedingReview('acme')).items.map((d) => d.decision_id)).toEqual([ds[1]!.decision_id]);
    expect((await repos.decisions.listNeedingReview('other')).items).toEqual([]);
    await expect(
      repos.decisions.changeState('acme', ds[1]!.decision_id, { state: 'REVIEWED', updated_at: f.tick(), expectedState: 'ISSUED' }),
    ).rejects.toMatchObject({ kind: 'conflict' });
    await expect(repos.decisions.changeState('other', ds[1]!.decision_id, { state: 'CLOSED', updated_at: f.tick() })).rejects.toMatchObject({ kind: 'not_found' });

    await repos.decisions.changeState('acme', ds[1]!.decision_id, {
      state: 'REVIEWED',
      updated_at: f.tick(),
      review: { needs_review: false, review_reason: null, review_status: 'reviewed' },
    });
    expect((await repos.decisions.listNeedingReview('acme')).items).toEqual([]);
    expect(await repos.decisions.get('other', ds[0]!.decision_id)).toBeUndefined();
    expect((await repos.decisions.listByLead('other', lead.lead_id)).items).toEqual([]);
  });

  it('itineraries by id; another tenant finds nothing', async () => {
    const trav = f.traveler();
    const d = f.decision(f.session(trav));
    const a = f.itinerary(d);
    const b = { ...f.itinerary(d), version: 2, parent_itinerary_id: a.itinerary_id };
    await repos.itineraries.create(a);
    await repos.itineraries.create(b);
    expect(await repos.itineraries.get('acme', a.itinerary_id)).toEqual(a);
    expect((await repos.itineraries.get('acme', b.itinerary_id))?.parent_itinerary_id).toBe(a.itinerary_id);
    expect(await repos.itineraries.get('other', a.itinerary_id)).toBeUndefined();
  });

  it('reviews by status (oldest change first), by decision, with guarded transitions', async () => {
    const d = f.decision(f.session(f.traveler()));
    const rs = [0, 1, 2].map(() => f.review(d));
    for (const r of rs) await repos.reviews.create(r);
    const pages = await allPages((cursor) => repos.reviews.listByStatus('acme', 'queued', { limit: 2, ...(cursor ? { cursor } : {}) }), 2);
    expect(pages.flat().map((r) => r.review_id)).toEqual(rs.map((r) => r.review_id));
    const moved = { ...rs[0]!, status: 'in_review' as const, updated_at: f.tick() };
    await repos.reviews.transition(moved, 'queued');
    await expect(repos.reviews.transition({ ...moved, status: 'closed' }, 'queued')).rejects.toMatchObject({ kind: 'conflict' });
    expect((await repos.reviews.listByStatus('acme', 'in_review')).items.map((r) => r.review_id)).toEqual([rs[0]!.review_id]);
    expect((await repos.reviews.listByStatus('acme', 'queued')).items).toHaveLength(2);
    expect((await repos.reviews.listByDecision('acme', d.decision_id)).items).toHaveLength(3);
    expect((await repos.reviews.listByStatus('other', 'queued')).items).toEqual([]);
    expect(await repos.reviews.get('other', rs[1]!.review_id)).toBeUndefined();
    await expect(repos.reviews.transition({ ...rs[1]!, tenant_id: 'other', status: 'closed' }, 'queued')).rejects.toMatchObject({ kind: 'not_found' });
  });
});

describe('events and messages', () => {
  it('events by decision in order, and by tenant + type + time range', async () => {
    const trav = f.traveler();
    const lead = f.lead(trav);
    const session = f.session(trav, { lead_id: lead.lead_id });
    const d = f.decision(session);
    const evs = [
      f.event('SESSION_STARTED', { session }, '2026-05-01T10:00:00.000Z'),
      f.event('LEAD_STATE_CHANGED', { session, lead }, '2026-05-01T10:00:01.000Z'),
      f.event('DECISION_ISSUED', { session, lead, decision: d }, '2026-05-01T10:00:02.000Z'),
      f.event('DECISION_ISSUED', { session, lead, decision: d }, '2026-05-02T10:00:00.000Z'),
      f.event('DECISION_ISSUED', { session }, '2026-05-03T00:00:00.000Z'),
    ];
    for (const e of evs) await repos.events.append(e);
    await expect(repos.events.append(evs[0]!)).rejects.toMatchObject({ kind: 'duplicate' });

    const byDecision = await allPages((cursor) => repos.events.listByEntity('acme', d.decision_id, { limit: 1, ...(cursor ? { cursor } : {}) }), 1);
    expect(byDecision.flat().map((e) => e.event_id)).toEqual(evs.slice(2, 4).map((e) => e.event_id));
    // No index lists a lead's or a session's events (nothing queries them): asking is a clear error, not a scan.
    await expect(repos.events.listByEntity('acme', lead.lead_id)).rejects.toThrow(/decision ids/);
    await expect(repos.events.listByEntity('acme', session.session_id)).rejects.toThrow(/decision ids/);

    // [from, to): the event at exactly `to` is left out; second-precision bounds work too.
    const may = await repos.events.listByType('acme', 'DECISION_ISSUED', { from: '2026-05-01T00:00:00Z', to: '2026-05-03T00:00:00.000Z' });
    expect(may.items.map((e) => e.event_id)).toEqual([evs[2]!.event_id, evs[3]!.event_id]);
    const paged = await allPages((cursor) => repos.events.listByType('acme', 'DECISION_ISSUED', { from: '2026-05-01T00:00:00Z', to: '2026-06-01T00:00:00Z' }, { limit: 1, ...(cursor ? { cursor } : {}) }), 1);
    expect(paged.flat()).toHaveLength(3);
    expect((await repos.events.listByType('other', 'DECISION_ISSUED', { from: '2026-01-01T00:00:00Z', to: '2027-01-01T00:00:00Z' })).items).toEqual([]);
    expect((await repos.events.listByEntity('other', d.decision_id)).items).toEqual([]);
  });

  it('the transcript of a session in ULID order, paginated; another tenant sees nothing', async () => {
    const session = f.session(f.traveler());
    const msgs = Array.from({ length: 7 }, (_, i) => f.inbound(session, `message ${i}`));
    // Stored out of order: the transcript still comes back in id (creation) order.
    for (const m of [...msgs].reverse()) await repos.messages.append(m);
    const pages = await allPages((cursor) => repos.messages.transcript('acme', session.session_id, { limit: 3, ...(cursor ? { cursor } : {}) }), 3);
    expect(pages.flat().map((m) => m.text)).toEqual(msgs.map((m) => m.text));
    expect(pages.map((p) => p.length)).toEqual([3, 3, 1]);
    expect((await repos.messages.transcript('other', session.session_id)).items).toEqual([]);
    expect(await repos.messages.get('other', session.session_id, msgs[0]!.message_id)).toBeUndefined();
    expect(await repos.messages.get('acme', session.session_id, msgs[0]!.message_id)).toEqual(msgs[0]);
  });

  it('a corrupt stored item is a typed error, not a crash', async () => {
    const session = f.session(f.traveler());
    await store.doc.send(new PutCommand({ TableName: store.tables.sessions, Item: { pk: `acme#${session.session_id}`, tenant_id: 'acme', session_id: session.session_id } }));
    await expect(repos.sessions.get('acme', session.session_id)).rejects.toMatchObject({ kind: 'corrupt_item' });
  });
});

describe('tenants', () => {
  it('tenant config by id', async () => {
    const at = f.tick();
    const tenant = { tenant_id: 'acme', name: 'Acme Safaris', status: 'active' as const, created_at: at, updated_at: at, allowed_origins: ['https://acme.example'], allow_missing_origin: false, rate_limits: { per_connection_per_minute: 30, per_tenant_per_minute: 600 }, locale: 'en' };
    await repos.tenants.put(tenant);
    expect(await repos.tenants.get('acme')).toEqual(tenant);
    expect(await repos.tenants.get('nobody')).toBeUndefined();
  });
});
