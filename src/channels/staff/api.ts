/**
 * The staff JSON API (PROTOCOL.md §3, refined by issue 13), mounted at `/api/staff`.
 * Lists answer `{items, next_cursor}`; errors `{error: {code, message}}` (one mapping,
 * `describeError`); viewers read, reviewers act on decisions and leads, admins manage tokens.
 */
import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { StaffContext } from './context';
import { diffDecisions } from './decision-diff';
import { StaffError, notFound } from './errors';
import { decisionsCsv, exportPeriod, messagesCsv, periodDecisions } from './export';
import { assertRole, assertSameOrigin, clearSessionCookie, requireStaff, SESSION_COOKIE, setSessionCookie, type StaffEnv } from './http-auth';
import { rebuildDay, tenantMetrics } from './metrics';
import { impactOf, replayDecision } from './replay';
import type { StaffReads } from './reads';
import type { StaffActionsService } from './actions';
import * as S from './schemas';

/** The most decisions one impact report replays. */
export const MAX_IMPACT_DECISIONS = 5_000;

const list = <T>(page: { items: T[]; cursor?: string }) => ({ items: page.items, next_cursor: page.cursor ?? null });

async function jsonBody(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (/form/.test(type)) return c.req.parseBody();
  const text = await c.req.text();
  if (!text.trim()) return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new StaffError('bad_request', 'the body is not JSON');
  }
}

export function staffApi(s: StaffContext, reads: StaffReads, acts: StaffActionsService): Hono<StaffEnv> {
  const api = new Hono<StaffEnv>();

  // Sign-in and sign-out come before the guard: they are how a session starts.
  api.post('/session', async (c) => {
    assertSameOrigin(c);
    const { token } = S.parse(S.SignInBody, await jsonBody(c));
    const opened = await s.auth.identity.signIn(token);
    if (!opened) throw new StaffError('unauthorized', 'that token is not valid');
    setSessionCookie(c, opened.cookie);
    return c.json({ staff: opened.session.member, csrf_token: opened.session.csrf, expires_at: opened.session.expires_at });
  });

  api.use('*', requireStaff(s.auth.identity));
  const who = (c: Context<StaffEnv>) => c.get('staff');
  const member = (c: Context<StaffEnv>) => c.get('staff').member;
  const reviewer = (c: Context<StaffEnv>) => {
    assertRole(who(c), 'reviewer');
    return member(c);
  };

  api.delete('/session', async (c) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) await s.auth.identity.signOut(cookie);
    clearSessionCookie(c);
    return c.body(null, 204);
  });
  api.get('/me', (c) => c.json({ staff: member(c), via: who(c).via, ...(who(c).session ? { csrf_token: who(c).session!.csrf } : {}) }));

  api.get('/leads', async (c) => {
    const q = S.parse(S.LeadsQuery, c.req.query());
    return c.json(list(await reads.listLeads(member(c), q.state, q.limit, q.cursor)));
  });
  api.get('/leads/:id', async (c) => c.json(await reads.lead(member(c), S.parseId('lead', c.req.param('id')))));
  for (const [path, act] of [['booked', acts.markBooked], ['suppress', acts.suppress], ['unsuppress', acts.unsuppress]] as const) {
    api.post(`/leads/:id/${path}`, async (c) => {
      const m = reviewer(c);
      const id = S.parseId('lead', c.req.param('id'));
      const body = S.parse(S.LeadChangeBody, await jsonBody(c));
      const r = await act(m, id, body.expected_version);
      return c.json({ lead: r.lead, events: r.events });
    });
  }

  api.get('/sessions', async (c) => {
    const q = S.parse(S.ConversationsQuery, c.req.query());
    const page = await reads.conversations(member(c), q);
    return c.json({
      items: page.items.map((r) => ({ ...r.session, last_outcome: r.session.outcome.decision_outcome, ...(r.matched ? { matched: r.matched } : {}) })),
      next_cursor: page.cursor ?? null,
    });
  });
  api.get('/sessions/:id/transcript', async (c) => {
    const q = S.parse(S.PageQuery, c.req.query());
    const t = await reads.transcript(member(c), S.parseId('session', c.req.param('id')), q.limit ?? 100, q.cursor);
    return c.json({ session: t.session, messages: t.messages.map(({ frame: _f, ...m }) => m), decisions: t.decisions, next_cursor: t.cursor ?? null });
  });

  api.get('/decisions', async (c) => {
    const q = S.parse(S.DecisionsQuery, c.req.query());
    return c.json(list(await s.queries.listDecisions(member(c).tenant_id, q, q.limit, q.cursor)));
  });
  api.get('/decisions/:id', async (c) => {
    const d = await reads.decision(member(c), S.parseId('decision', c.req.param('id')));
    return c.json({ ...d, messages: d.messages.map(({ frame: _f, ...m }) => m), supersedes: d.supersedes ?? null });
  });
  api.get('/decisions/:id/diff', async (c) => {
    const d = await reads.decision(member(c), S.parseId('decision', c.req.param('id')));
    if (!d.supersedes) throw notFound('superseded decision');
    return c.json(diffDecisions(d.supersedes, d.decision));
  });
  api.post('/decisions/:id/flag', async (c) => {
    const m = reviewer(c);
    const id = S.parseId('decision', c.req.param('id'));
    const body = S.parse(S.FlagBody, await jsonBody(c));
    return c.json(await acts.flag(m, id, body), 201);
  });
  api.post('/decisions/:id/replay', async (c) => {
    const d = await s.decisions.get(member(c).tenant_id, S.parseId('decision', c.req.param('id')));
    if (!d) throw notFound('decision');
    return c.json(replayDecision(d, s.rules));
  });

  api.get('/reviews', async (c) => {
    const q = S.parse(S.ReviewsQuery, c.req.query());
    const page = await reads.reviews(member(c), q.status, q.limit, q.cursor);
    return c.json({ items: page.items.map((r) => ({ ...r.review, decision: r.decision ?? null })), next_cursor: page.cursor ?? null });
  });
  api.get('/reviews/:id', async (c) => c.json(await reads.review(member(c), S.parseId('review', c.req.param('id')))));
  api.post('/reviews/:id', async (c) => {
    const m = reviewer(c);
    const id = S.parseId('review', c.req.param('id'));
    const body = S.parse(S.ReviewBody, await jsonBody(c));
    return c.json(await acts.transitionReview(m, id, body));
  });

  api.get('/metrics', async (c) => {
    const q = S.parse(S.RangeQuery, c.req.query());
    return c.json(await tenantMetrics(s, member(c), q.from, q.to));
  });
  api.post('/metrics/rebuild', async (c) => {
    const m = reviewer(c);
    const body = S.parse(S.RebuildBody, await jsonBody(c));
    return c.json(await rebuildDay(s, m, body.day));
  });
  api.get('/impact', async (c) => {
    const q = S.parse(S.PeriodQuery, c.req.query());
    const { decisions, truncated } = await periodDecisions(s, member(c).tenant_id, q.from, q.to, MAX_IMPACT_DECISIONS);
    return c.json(impactOf(decisions, s.rules, { from: q.from, to: q.to }, truncated));
  });
  api.get('/export', async (c) => {
    const q = S.parse(S.PeriodQuery, c.req.query());
    const data = await exportPeriod(s, member(c), q.from, q.to);
    const name = `${member(c).tenant_id}-${q.kind}-${q.from.slice(0, 10)}-${q.to.slice(0, 10)}`;
    if (q.format === 'json') {
      c.header('content-disposition', `attachment; filename="${name.replace('-decisions-', '-export-')}.json"`);
      return c.json(data);
    }
    c.header('content-disposition', `attachment; filename="${name}.csv"`);
    c.header('content-type', 'text/csv; charset=utf-8');
    return c.body(q.kind === 'decisions' ? decisionsCsv(data.decisions) : messagesCsv(data.messages));
  });

  api.get('/tokens', async (c) => {
    assertRole(who(c), 'admin');
    const tokens = await s.auth.listTokens(member(c).tenant_id);
    return c.json({ items: tokens.map(({ secret_hash: _h, ttl: _t, csrf: _c, ...t }) => t), next_cursor: null });
  });
  api.post('/tokens', async (c) => {
    assertRole(who(c), 'admin');
    const body = S.parse(S.NewTokenBody, await jsonBody(c));
    const issued = await s.auth.createToken({ tenant_id: member(c).tenant_id, ...body });
    const { secret_hash: _h, ttl: _t, ...record } = issued.record;
    return c.json({ token: issued.presented, ...record }, 201);
  });
  api.post('/tokens/:id/revoke', async (c) => {
    assertRole(who(c), 'admin');
    const id = c.req.param('id');
    if (!/^[0-9A-HJKMNP-TV-Z]{26}$/.test(id)) throw notFound('staff token');
    await s.auth.revokeToken(member(c).tenant_id, id);
    return c.body(null, 204);
  });

  return api;
}
