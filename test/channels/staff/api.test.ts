import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createDecisionsRepository } from '../../../src/store/repositories/decisions';
import { createReviewsRepository } from '../../../src/store/repositories/reviews';
import { shapes } from './fixtures';
import { seedConversations, type SeededConversation } from './support/seed';
import { DEMO_TOKEN, startStaffServer, type StaffServer } from './support/server';

let srv: StaffServer;
let demo: SeededConversation[];
let other: SeededConversation[];
const tokens: Record<string, string> = {};

beforeAll(async () => {
  srv = await startStaffServer();
  // Twelve demo conversations over two days, three of another tenant.
  demo = await seedConversations(srv.store.ctx, srv.ids, [...shapes('demo', '2026-11-20'), ...shapes('demo', '2026-11-21')]);
  other = await seedConversations(srv.store.ctx, srv.ids, shapes('acme', '2026-11-20').slice(0, 3));
  for (const role of ['viewer', 'reviewer', 'admin'] as const) tokens[role] = await srv.token('demo', role);
  tokens.acme = await srv.token('acme', 'reviewer');
});
afterAll(() => srv?.close());

const decisionOf = (c: SeededConversation, i = -1) => c.decisions.at(i)!;
const reviewsOf = (id: string) => createReviewsRepository(srv.store.ctx).listByDecision('demo', id);
const decisionRecord = (id: string) => createDecisionsRepository(srv.store.ctx).get('demo', id);

/** Every route, with a body where it takes one, against demo's records. */
function routes() {
  const d = decisionOf(demo[0]!);
  const lead = demo[0]!.lead!.lead_id;
  const session = demo[0]!.session.session_id;
  return {
    reads: [
      ['GET', '/api/staff/me'],
      ['GET', '/api/staff/leads?state=PLAN_READY'],
      ['GET', `/api/staff/leads/${lead}`],
      ['GET', '/api/staff/sessions'],
      ['GET', `/api/staff/sessions/${session}/transcript`],
      ['GET', '/api/staff/decisions'],
      ['GET', `/api/staff/decisions/${d.decision_id}`],
      ['GET', '/api/staff/reviews?status=queued'],
      ['GET', '/api/staff/metrics?from=2026-11-20&to=2026-11-21'],
      ['GET', '/api/staff/impact?from=2026-11-20&to=2026-11-22'],
      ['GET', '/api/staff/export?from=2026-11-20&to=2026-11-22'],
      ['POST', `/api/staff/decisions/${d.decision_id}/replay`],
    ] as [string, string][],
    changes: [
      ['POST', `/api/staff/decisions/${d.decision_id}/flag`, { reason_code: 'comms_failure', notes: 'x' }],
      ['POST', `/api/staff/leads/${lead}/booked`, {}],
      ['POST', `/api/staff/leads/${lead}/suppress`, {}],
      ['POST', `/api/staff/leads/${lead}/unsuppress`, {}],
      ['POST', '/api/staff/reviews/rev_01JAAAAAAAAAAAAAAAAAAAAAAA', { status: 'in_review' }],
    ] as [string, string, unknown][],
  };
}

describe('staff API: authentication, tenants, roles', () => {
  test('every route answers 401 with the error shape without a token, or with a bad one', async () => {
    const { reads, changes } = routes();
    for (const [method, path] of [...reads, ...changes.map(([m, p]) => [m, p] as [string, string])]) {
      for (const token of [undefined, 'stk.demo.01JAAAAAAAAAAAAAAAAAAAAAAA.' + 'x'.repeat(43), 'nonsense']) {
        const r = await srv.call(method, path, token ? { token } : {});
        expect(r.status, `${method} ${path}`).toBe(401);
        expect(r.json).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
      }
    }
  });

  test("another tenant's ids answer 404 (never 403) and nothing is written", async () => {
    const d = decisionOf(demo[0]!);
    for (const path of [
      `/api/staff/leads/${demo[0]!.lead!.lead_id}`,
      `/api/staff/sessions/${demo[0]!.session.session_id}/transcript`,
      `/api/staff/decisions/${d.decision_id}`,
    ]) {
      const r = await srv.call('GET', path, { token: tokens.acme });
      expect(r.status, path).toBe(404);
      expect(r.json.error.code).toBe('not_found');
    }
    const flag = await srv.call('POST', `/api/staff/decisions/${d.decision_id}/flag`, { token: tokens.acme, body: { reason_code: 'comms_failure', notes: '' } });
    expect(flag.status).toBe(404);
    expect((await reviewsOf(d.decision_id)).items).toEqual([]);
    const booked = await srv.call('POST', `/api/staff/leads/${demo[0]!.lead!.lead_id}/booked`, { token: tokens.acme, body: {} });
    expect(booked.status).toBe(404);
    // And acme sees its own records.
    const own = await srv.call('GET', `/api/staff/decisions/${decisionOf(other[0]!).decision_id}`, { token: tokens.acme });
    expect(own.status).toBe(200);
    // The list of acme holds only acme's conversations.
    const list = await srv.call('GET', '/api/staff/sessions?limit=100', { token: tokens.acme });
    expect(list.json.items.map((s: { session_id: string }) => s.session_id).sort()).toEqual(other.map((c) => c.session.session_id).sort());
  });

  test("a viewer reads everything, and every state change is 403 with nothing written", async () => {
    const { reads, changes } = routes();
    for (const [method, path] of reads) expect((await srv.call(method, path, { token: tokens.viewer })).status, path).toBe(200);
    for (const [method, path, body] of changes) {
      const r = await srv.call(method, path, { token: tokens.viewer, body });
      expect(r.status, path).toBe(403);
      expect(r.json.error.code).toBe('forbidden');
    }
    const d = await decisionRecord(decisionOf(demo[0]!).decision_id);
    expect(d?.state).toBe('ISSUED');
    expect((await reviewsOf(d!.decision_id)).items).toEqual([]);
    expect((await srv.call('GET', '/api/staff/tokens', { token: tokens.reviewer })).status).toBe(403);
  });

  test('the local demo token is an admin of the demo tenant only', async () => {
    const me = await srv.call('GET', '/api/staff/me', { token: DEMO_TOKEN });
    expect(me.json.staff).toMatchObject({ tenant_id: 'demo', role: 'admin' });
    const r = await srv.call('GET', `/api/staff/decisions/${decisionOf(other[0]!).decision_id}`, { token: DEMO_TOKEN });
    expect(r.status).toBe(404);
  });
});

describe('staff API: sessions and CSRF', () => {
  test('sign-in sets an HttpOnly SameSite=Strict cookie (no Secure on localhost); a bad token sets nothing', async () => {
    const bad = await srv.call('POST', '/api/staff/session', { body: { token: 'not-a-token' } });
    expect(bad.status).toBe(401);
    expect(bad.headers.get('set-cookie')).toBeNull();
    const ok = await srv.call('POST', '/api/staff/session', { body: { token: tokens.reviewer } });
    const cookie = ok.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^staff_session=sts\.demo\./);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/);
    expect(ok.json.staff.role).toBe('reviewer');
    // The token itself is not in the cookie.
    expect(cookie).not.toContain(tokens.reviewer!.split('.')[3]);
  });

  test('a cookie state change needs the CSRF token and our origin', async () => {
    const { cookie, csrf } = await srv.signIn(tokens.reviewer!);
    const d = decisionOf(demo[1]!);
    const path = `/api/staff/decisions/${d.decision_id}/flag`;
    const body = { reason_code: 'assumption_failure', notes: 'dates' };
    expect((await srv.call('POST', path, { cookie, body })).status).toBe(403);
    expect((await srv.call('POST', path, { cookie, csrf: 'wrong', body })).status).toBe(403);
    expect((await srv.call('POST', path, { cookie, csrf, body, origin: 'https://evil.example' })).status).toBe(403);
    expect((await reviewsOf(d.decision_id)).items).toEqual([]);
    // Reads need no CSRF token.
    expect((await srv.call('GET', `/api/staff/decisions/${d.decision_id}`, { cookie })).status).toBe(200);
    const ok = await srv.call('POST', path, { cookie, csrf, body, origin: srv.url });
    expect(ok.status).toBe(201);
    expect(ok.json).toMatchObject({ status: 'queued', reason_code: 'assumption_failure', decision_id: d.decision_id });
  });

  test('revoking a token ends it and the sessions opened with it; signing out ends a session', async () => {
    const token = await srv.token('demo', 'viewer', 'temp');
    const { cookie } = await srv.signIn(token);
    const created = await srv.call('GET', '/api/staff/tokens', { token: tokens.admin });
    const entry = created.json.items.find((t: { name: string }) => t.name === 'temp');
    expect(entry).toBeDefined();
    expect(JSON.stringify(created.json)).not.toContain('secret_hash');
    expect((await srv.call('POST', `/api/staff/tokens/${entry.credential_id}/revoke`, { token: tokens.admin })).status).toBe(204);
    expect((await srv.call('GET', '/api/staff/me', { token })).status).toBe(401);
    expect((await srv.call('GET', '/api/staff/me', { cookie })).status).toBe(401);

    const fresh = await srv.signIn(tokens.viewer!);
    expect((await srv.call('DELETE', '/api/staff/session', { cookie: fresh.cookie, csrf: fresh.csrf })).status).toBe(204);
    expect((await srv.call('GET', '/api/staff/me', { cookie: fresh.cookie })).status).toBe(401);
  });

  test('an admin creates a token through the API, shown once', async () => {
    const r = await srv.call('POST', '/api/staff/tokens', { token: tokens.admin, body: { name: 'Ana', role: 'reviewer', days: 7 } });
    expect(r.status).toBe(201);
    expect(r.json.token).toMatch(/^stk\.demo\.[0-9A-Z]{26}\.[A-Za-z0-9_-]{43}$/);
    expect((await srv.call('GET', '/api/staff/me', { token: r.json.token })).json.staff).toMatchObject({ name: 'Ana', role: 'reviewer' });
    expect((await srv.call('GET', '/api/staff/tokens', { token: tokens.admin })).text).not.toContain(r.json.token.split('.')[3]);
  });
});

describe('staff API: input, conflicts, pagination', () => {
  test('bad input is 400 naming the field, and nothing is written', async () => {
    const d = decisionOf(demo[3]!);
    const cases: [string, string, unknown][] = [
      ['POST', `/api/staff/decisions/${d.decision_id}/flag`, { reason_code: 'bogus', notes: '' }],
      ['POST', `/api/staff/decisions/${d.decision_id}/flag`, '{not json'],
      ['POST', `/api/staff/decisions/${d.decision_id}/flag`, { reason_code: 'comms_failure', notes: 'x'.repeat(4001) }],
      ['GET', '/api/staff/sessions?limit=0', undefined],
      ['GET', '/api/staff/sessions?channel=fax', undefined],
      ['GET', '/api/staff/leads', undefined],
      ['GET', '/api/staff/sessions?cursor=abc', undefined],
      ['GET', '/api/staff/metrics?from=2026-11-22&to=2026-11-01', undefined],
      ['GET', '/api/staff/export?from=yesterday&to=2026-11-22', undefined],
    ];
    for (const [method, path, body] of cases) {
      const r = await srv.call(method, path, { token: tokens.reviewer, ...(body !== undefined ? { body } : {}) });
      expect(r.status, path).toBe(400);
      expect(r.json.error.code).toBe('bad_request');
    }
    expect((await srv.call('GET', '/api/staff/sessions?channel=fax', { token: tokens.reviewer })).json.error.message).toMatch(/channel/);
    expect((await decisionRecord(d.decision_id))?.state).toBe('ISSUED');
    expect((await reviewsOf(d.decision_id)).items).toEqual([]);
  });

  test('a body over 64 KiB is 413 before it is read, signed in or not, and nothing is written', async () => {
    const signIn = await srv.call('POST', '/api/staff/session', { body: { token: 'x'.repeat(100_000) } });
    expect(signIn.status).toBe(413);
    expect(signIn.json.error.code).toBe('too_large');
    const d = decisionOf(demo[3]!);
    const flag = await srv.call('POST', `/api/staff/decisions/${d.decision_id}/flag`, { token: tokens.reviewer, body: { reason_code: 'comms_failure', notes: 'x', pad: 'p'.repeat(100_000) } });
    expect(flag.status).toBe(413);
    expect((await reviewsOf(d.decision_id)).items).toEqual([]);
  });

  test('version conflicts are 409 and write nothing', async () => {
    const d = decisionOf(demo[3]!);
    const stale = await srv.call('POST', `/api/staff/decisions/${d.decision_id}/flag`, { token: tokens.reviewer, body: { reason_code: 'comms_failure', notes: '', expected_updated_at: '2020-01-01T00:00:00.000Z' } });
    expect(stale.status).toBe(409);
    expect((await reviewsOf(d.decision_id)).items).toEqual([]);
    const first = await srv.call('POST', `/api/staff/decisions/${d.decision_id}/flag`, { token: tokens.reviewer, body: { reason_code: 'comms_failure', notes: '' } });
    expect(first.status).toBe(201);
    // Flagged already: the machine refuses a second flag.
    const again = await srv.call('POST', `/api/staff/decisions/${d.decision_id}/flag`, { token: tokens.reviewer, body: { reason_code: 'comms_failure', notes: '' } });
    expect(again.status).toBe(409);
    expect((await reviewsOf(d.decision_id)).items).toHaveLength(1);

    const review = first.json.review_id;
    const staleReview = await srv.call('POST', `/api/staff/reviews/${review}`, { token: tokens.reviewer, body: { status: 'in_review', expected_updated_at: '2020-01-01T00:00:00.000Z' } });
    expect(staleReview.status).toBe(409);
    // corrected straight from queued is not a move the queue allows.
    expect((await srv.call('POST', `/api/staff/reviews/${review}`, { token: tokens.reviewer, body: { status: 'corrected', action_taken: 'updated_copy' } })).status).toBe(409);

    const lead = demo[6]!.lead!; // a PLAN_READY lead (book) of the second day
    const booked = await srv.call('POST', `/api/staff/leads/${lead.lead_id}/booked`, { token: tokens.reviewer, body: { expected_version: lead.version + 5 } });
    expect(booked.status).toBe(409);
    const waiting = demo[1]!.lead!;
    expect((await srv.call('POST', `/api/staff/leads/${waiting.lead_id}/booked`, { token: tokens.reviewer, body: {} })).status).toBe(409);
  });

  test('every list pages with {items, next_cursor}; cursors are bound to tenant and list', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const r = await srv.call('GET', `/api/staff/sessions?limit=5${cursor ? `&cursor=${cursor}` : ''}`, { token: tokens.viewer });
      expect(r.status).toBe(200);
      seen.push(...r.json.items.map((s: { session_id: string }) => s.session_id));
      cursor = r.json.next_cursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(seen).toHaveLength(demo.length);
    expect(new Set(seen).size).toBe(demo.length);
    // Newest first.
    const created = demo.map((c) => c.session).sort((a, b) => b.created_at.localeCompare(a.created_at)).map((s) => s.session_id);
    expect(seen).toEqual(created);

    const first = await srv.call('GET', '/api/staff/sessions?limit=2', { token: tokens.viewer });
    const foreign = await srv.call('GET', `/api/staff/sessions?limit=2&cursor=${first.json.next_cursor}`, { token: tokens.acme });
    expect(foreign.status).toBe(400);
    const otherList = await srv.call('GET', `/api/staff/decisions?limit=2&cursor=${first.json.next_cursor}`, { token: tokens.viewer });
    expect(otherList.status).toBe(400);

    const decisions = await srv.call('GET', '/api/staff/decisions?limit=3&outcome=book', { token: tokens.viewer });
    expect(decisions.json.items.every((d: { verdict: { outcome: string } }) => d.verdict.outcome === 'book')).toBe(true);
    const leads = await srv.call('GET', '/api/staff/leads?state=WAITING&limit=1', { token: tokens.viewer });
    expect(leads.json.items).toHaveLength(1);
    expect(leads.json.next_cursor).toEqual(expect.any(String));
    const reviews = await srv.call('GET', '/api/staff/reviews?status=closed', { token: tokens.viewer });
    expect(reviews.json).toEqual({ items: [], next_cursor: null });
  });

  test('filters and search: channel, outcome, destination, a traveler\u2019s words, an id', async () => {
    const get = async (q: string) => (await srv.call('GET', `/api/staff/sessions?${q}`, { token: tokens.viewer })).json.items.map((s: { session_id: string }) => s.session_id).sort();
    const ids = (pick: (c: SeededConversation) => boolean) => demo.filter(pick).map((c) => c.session.session_id).sort();
    expect(await get('channel=sms')).toEqual(ids((c) => c.session.channel === 'sms'));
    expect(await get('outcome=book')).toEqual(ids((c) => c.session.outcome.decision_outcome === 'book'));
    expect(await get('destination=bwindi')).toEqual(ids((c) => (c.session.trip_inputs.destinations ?? []).includes('bwindi')));
    expect(await get('q=gorillas')).toEqual(ids((c) => c.messages.some((m) => m.direction === 'inbound' && /gorillas/i.test(m.text))));
    expect(await get('q=GORILLAS')).toHaveLength(2);
    const d = decisionOf(demo[2]!, 1);
    expect(await get(`q=${d.decision_id}`)).toEqual([demo[2]!.session.session_id]);
    expect(await get('from=2026-11-21&to=2026-11-22')).toEqual(ids((c) => c.session.created_at.startsWith('2026-11-21')));
    expect(await get('state=SWITCHED')).toEqual(ids((c) => c.lead?.lead_state === 'SWITCHED'));
    expect(await get(`logic_version=${d.logic_version}`)).toEqual(ids((c) => c.decisions.length > 0));
  });
});

describe('staff API: what a staff member reads', () => {
  test('a transcript in order, each reply with its decision', async () => {
    const c = demo[2]!;
    const r = await srv.call('GET', `/api/staff/sessions/${c.session.session_id}/transcript`, { token: tokens.viewer });
    expect(r.json.messages.map((m: { message_id: string }) => m.message_id)).toEqual(c.messages.map((m) => m.message_id));
    const replies = r.json.messages.filter((m: { direction: string }) => m.direction === 'outbound');
    expect(replies.map((m: { decision_id: string }) => m.decision_id)).toEqual(c.decisions.map((d) => d.decision_id));
    expect(r.json.decisions.map((d: { decision_id: string }) => d.decision_id).sort()).toEqual(c.decisions.map((d) => d.decision_id).sort());
    expect(r.json.messages[0]).not.toHaveProperty('frame');
  });

  test('a decision with the messages that led to it, its events, reviews and the decision it superseded', async () => {
    const c = demo[2]!;
    const d = decisionOf(c, 2);
    const r = await srv.call('GET', `/api/staff/decisions/${d.decision_id}`, { token: tokens.viewer });
    expect(r.json.decision.decision_id).toBe(d.decision_id);
    expect(r.json.supersedes.decision_id).toBe(decisionOf(c, 1).decision_id);
    expect(r.json.messages.map((m: { direction: string }) => m.direction)).toEqual(['outbound']);
    expect(r.json.events.map((e: { event_type: string }) => e.event_type).sort()).toEqual(['DECISION_ISSUED', 'DECISION_REVERSED']);
    const diff = await srv.call('GET', `/api/staff/decisions/${d.decision_id}/diff`, { token: tokens.viewer });
    expect(diff.json.inputs.map((f: { field: string }) => f.field)).toEqual(expect.arrayContaining(['month', 'adults', 'duration_days']));
    expect(diff.json.verdict[0]).toEqual({ field: 'outcome', before: 'switch', after: 'book' });
    expect((await srv.call('GET', `/api/staff/decisions/${decisionOf(c, 0).decision_id}/diff`, { token: tokens.viewer })).status).toBe(404);
  });

  test('a lead with its traveler, sessions and decisions', async () => {
    const c = demo[2]!;
    const r = await srv.call('GET', `/api/staff/leads/${c.lead!.lead_id}`, { token: tokens.viewer });
    expect(r.json.lead.lead_state).toBe('PLAN_READY');
    expect(r.json.traveler.traveler_id).toBe(c.traveler.traveler_id);
    expect(r.json.sessions.map((s: { session_id: string }) => s.session_id)).toEqual([c.session.session_id]);
    expect(r.json.decisions.map((d: { decision_id: string }) => d.decision_id)).toEqual(c.decisions.map((d) => d.decision_id).reverse());
  });

  test('mark booked, suppress and unsuppress: lead and traveler with one event naming the staff member', async () => {
    const lead = demo[0]!.lead!;
    const booked = await srv.call('POST', `/api/staff/leads/${lead.lead_id}/booked`, { token: tokens.reviewer, body: { expected_version: lead.version } });
    expect(booked.status).toBe(200);
    expect(booked.json.lead).toMatchObject({ lead_state: 'BOOKED', version: lead.version + 1 });
    expect(booked.json.events).toEqual([expect.objectContaining({ event_type: 'LEAD_STATE_CHANGED', payload: expect.objectContaining({ from: 'PLAN_READY', to: 'BOOKED' }), actor: expect.objectContaining({ kind: 'staff', role: 'reviewer' }) })]);

    const suppressed = await srv.call('POST', `/api/staff/leads/${lead.lead_id}/suppress`, { token: tokens.reviewer, body: {} });
    expect(suppressed.json.lead.lead_state).toBe('SUPPRESSED');
    const detail = await srv.call('GET', `/api/staff/leads/${lead.lead_id}`, { token: tokens.viewer });
    expect(detail.json.traveler.status).toBe('suppressed');
    expect((await srv.call('POST', `/api/staff/leads/${lead.lead_id}/suppress`, { token: tokens.reviewer, body: {} })).status).toBe(409);
    const lifted = await srv.call('POST', `/api/staff/leads/${lead.lead_id}/unsuppress`, { token: tokens.reviewer, body: {} });
    expect(lifted.json.lead.lead_state).toBe('ASSESSING');
    expect((await srv.call('GET', `/api/staff/leads/${lead.lead_id}`, { token: tokens.viewer })).json.traveler.status).toBe('active');
  });

  test('export as CSV defuses formulas and quotes text; JSON holds decisions and transcripts', async () => {
    const csv = await srv.call('GET', '/api/staff/export?from=2026-11-20&to=2026-11-21&format=csv&kind=messages', { token: tokens.viewer });
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.text.split('\r\n')[0]).toBe('"message_id","session_id","created_at","direction","channel","decision_id","reply_to","text"');
    expect(csv.text).toContain('<script>alert(1)</script>');
    const json = await srv.call('GET', '/api/staff/export?from=2026-11-20&to=2026-11-21', { token: tokens.viewer });
    const day1 = demo.slice(0, 6);
    expect(json.json.decisions.map((d: { decision_id: string }) => d.decision_id).sort()).toEqual(day1.flatMap((c) => c.decisions.map((d) => d.decision_id)).sort());
    expect(json.json.messages).toHaveLength(day1.reduce((n, c) => n + c.messages.length, 0));
  });
});
