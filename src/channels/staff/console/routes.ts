/**
 * The console's routes (issue 13, item 3), mounted at `/console`: server-rendered pages
 * that work without JavaScript; every form posts back here and is answered with a
 * redirect (post/redirect/get). Strict headers on every answer.
 */
import { Hono, type Context } from 'hono';
import { getCookie } from 'hono/cookie';
import type { StaffActionsService } from '../actions';
import type { StaffContext } from '../context';
import { diffDecisions } from '../decision-diff';
import { StaffError, notFound } from '../errors';
import { assertRole, assertSameOrigin, clearSessionCookie, requireStaff, SESSION_COOKIE, setSessionCookie, type StaffEnv } from '../http-auth';
import { periodDecisions } from '../export';
import { dayRange, rebuildDay, tenantMetrics } from '../metrics';
import type { StaffReads } from '../reads';
import { impactOf, replayDecision } from '../replay';
import * as S from '../schemas';
import { MAX_IMPACT_DECISIONS } from '../api';
import { CONSOLE_CSS, CONSOLE_ICON } from './assets';
import { chosenDecision, conversationBody } from './pages/conversation';
import { conversationsBody } from './pages/conversations';
import { decisionBody } from './pages/decision';
import { exportBody } from './pages/export';
import { metricsBody } from './pages/metrics';
import { impactBody, replayBody } from './pages/replay';
import { queueBody, reviewBody } from './pages/reviews';
import { onceBody, signInBody } from './pages/sign-in';
import { CONSOLE_CSP, layout, type Html } from './view';

/** Only our own console paths are followed after sign-in (no open redirect). */
function safeNext(next: unknown): string {
  return typeof next === 'string' && /^\/console(\/[A-Za-z0-9_\-/]*)?(\?[A-Za-z0-9_\-=&%.:]*)?$/.test(next) ? next : '/console';
}

export function staffConsole(s: StaffContext, reads: StaffReads, acts: StaffActionsService): Hono<StaffEnv> {
  const ui = new Hono<StaffEnv>();
  ui.use('*', async (c, next) => {
    await next();
    c.header('content-security-policy', CONSOLE_CSP);
    c.header('x-content-type-options', 'nosniff');
    // same-origin, not no-referrer: with no-referrer Chromium sends `Origin: null` on our own forms.
    c.header('referrer-policy', 'same-origin');
    c.header('x-frame-options', 'DENY');
    if (!c.res.headers.has('cache-control')) c.header('cache-control', 'no-store');
  });
  ui.get('/assets/console.css', (c) => c.body(CONSOLE_CSS, 200, { 'content-type': 'text/css; charset=utf-8', 'cache-control': 'max-age=300' }));
  ui.get('/assets/favicon.svg', (c) => c.body(CONSOLE_ICON, 200, { 'content-type': 'image/svg+xml', 'cache-control': 'max-age=86400' }));

  ui.get('/sign-in', (c) => layout(c, 'Sign in', signInBody(undefined, safeNext(c.req.query('next')))));
  ui.post('/sign-in', async (c) => {
    assertSameOrigin(c);
    const form = await c.req.parseBody();
    const parsed = S.SignInBody.safeParse(form);
    const opened = parsed.success ? await s.auth.identity.signIn(parsed.data.token) : undefined;
    if (!opened) {
      c.status(401);
      return layout(c, 'Sign in', signInBody('That token is not valid, expired or revoked.', safeNext(form.next)));
    }
    setSessionCookie(c, opened.cookie);
    return c.redirect(safeNext(form.next), 303);
  });
  ui.get('/sign-in/once', (c) => layout(c, 'Sign in', onceBody(c.req.query('code') ?? '')));
  ui.post('/sign-in/once', async (c) => {
    assertSameOrigin(c);
    const form = await c.req.parseBody();
    const parsed = S.OnceBody.safeParse(form);
    const opened = parsed.success ? await s.auth.identity.signInOnce(parsed.data.code) : undefined;
    if (!opened) {
      c.status(401);
      return layout(c, 'Sign in', signInBody('That sign-in link was used already or has expired. Sign in with a token.'));
    }
    setSessionCookie(c, opened.cookie);
    return c.redirect('/console', 303);
  });

  ui.use('*', requireStaff(s.auth.identity, (c) => c.redirect(`/console/sign-in?next=${encodeURIComponent(new URL(c.req.url).pathname + new URL(c.req.url).search)}`, 303)));
  const who = (c: Context<StaffEnv>) => {
    const st = c.get('staff');
    return { member: st.member, ...(st.session ? { csrf: st.session.csrf } : {}) };
  };
  const page = (c: Context<StaffEnv>, title: string, body: Html) => layout(c, title, body, who(c));
  const canAct = (c: Context<StaffEnv>) => c.get('staff').member.role !== 'viewer';
  const reviewer = (c: Context<StaffEnv>) => {
    assertRole(c.get('staff'), 'reviewer');
    return c.get('staff').member;
  };

  ui.post('/sign-out', async (c) => {
    const cookie = getCookie(c, SESSION_COOKIE);
    if (cookie) await s.auth.identity.signOut(cookie);
    clearSessionCookie(c);
    return c.redirect('/console/sign-in', 303);
  });

  ui.get('/', async (c) => {
    const raw = c.req.query();
    const q = S.parse(S.ConversationsQuery, raw);
    const result = await reads.conversations(c.get('staff').member, q);
    const filters = Object.fromEntries(Object.entries(raw).filter(([k, v]) => k !== 'cursor' && v !== ''));
    return page(c, 'Conversations', conversationsBody(result, filters));
  });

  ui.get('/conversations/:id', async (c) => {
    const id = S.parseId('session', c.req.param('id'));
    const m = c.get('staff').member;
    const q = S.parse(S.PageQuery, c.req.query());
    const [t, lead] = await Promise.all([reads.transcript(m, id, q.limit ?? 100, q.cursor), s.leads.get(m.tenant_id, `lead_${id.slice(5)}`)]);
    const selected = c.req.query('decision');
    // A decision that was ever flagged shows where its review stands, from the review items
    // (one more Query, only for those): its own record never says "in review".
    const chosen = chosenDecision({ ...t, ...(selected ? { selected } : {}) });
    const reviews = chosen && chosen.review.review_status !== 'none' ? (await s.reviews.listByDecision(m.tenant_id, chosen.decision_id, { limit: 100 })).items : undefined;
    const st = c.get('staff');
    return page(c, 'Conversation', conversationBody({
      ...t,
      ...(lead ? { lead } : {}),
      ...(selected ? { selected } : {}),
      ...(reviews ? { reviews } : {}),
      canAct: canAct(c),
      ...(st.session ? { csrf: st.session.csrf } : {}),
    }));
  });

  ui.get('/decisions/:id', async (c) => {
    const d = await reads.decision(c.get('staff').member, S.parseId('decision', c.req.param('id')));
    const st = c.get('staff');
    return page(c, 'Decision', decisionBody({ ...d, ...(d.supersedes ? { diff: diffDecisions(d.supersedes, d.decision) } : {}), canAct: canAct(c), ...(st.session ? { csrf: st.session.csrf } : {}) }));
  });
  ui.post('/decisions/:id/flag', async (c) => {
    const m = reviewer(c);
    const review = await acts.flag(m, S.parseId('decision', c.req.param('id')), S.parse(S.FlagBody, await c.req.parseBody()));
    return c.redirect(`/console/reviews/${review.review_id}`, 303);
  });
  ui.get('/decisions/:id/replay', async (c) => {
    const d = await s.decisions.get(c.get('staff').member.tenant_id, S.parseId('decision', c.req.param('id')));
    if (!d) throw notFound('decision');
    return page(c, 'Replay', replayBody(replayDecision(d, s.rules)));
  });

  ui.get('/reviews', async (c) => {
    const q = S.parse(S.ReviewsQuery, c.req.query());
    const r = await reads.reviews(c.get('staff').member, q.status, q.limit, q.cursor);
    return page(c, 'Review queue', queueBody(q.status, r.items, r.cursor, s.clock()));
  });
  ui.get('/reviews/:id', async (c) => {
    const r = await reads.review(c.get('staff').member, S.parseId('review', c.req.param('id')));
    return page(c, 'Review', reviewBody(r.review, r.decision, canAct(c), c.get('staff').session?.csrf, s.clock()));
  });
  ui.post('/reviews/:id', async (c) => {
    const m = reviewer(c);
    const id = S.parseId('review', c.req.param('id'));
    await acts.transitionReview(m, id, S.parse(S.ReviewBody, await c.req.parseBody()));
    return c.redirect(`/console/reviews/${id}`, 303);
  });

  ui.post('/leads/:id/:action', async (c) => {
    const m = reviewer(c);
    const id = S.parseId('lead', c.req.param('id'));
    const form = await c.req.parseBody();
    const { expected_version } = S.parse(S.LeadChangeBody, form);
    const action = c.req.param('action');
    const run = action === 'booked' ? acts.markBooked : action === 'suppress' ? acts.suppress : action === 'unsuppress' ? acts.unsuppress : undefined;
    if (!run) throw new StaffError('not_found', 'no such lead action');
    await run(m, id, expected_version);
    return c.redirect(safeNext(form.back), 303);
  });

  ui.get('/metrics', async (c) => {
    const q = S.parse(S.RangeQuery, c.req.query());
    return page(c, 'Metrics', metricsBody(await tenantMetrics(s, c.get('staff').member, q.from, q.to), canAct(c) ? (c.get('staff').session?.csrf ?? '') : undefined));
  });
  ui.post('/metrics/rebuild', async (c) => {
    const m = reviewer(c);
    await rebuildDay(s, m, S.parse(S.RebuildBody, await c.req.parseBody()).day);
    return c.redirect('/console/metrics', 303);
  });
  ui.get('/impact', async (c) => {
    const q = S.parse(S.RangeQuery, c.req.query());
    if (!q.from || !q.to) {
      const r = dayRange(s.clock());
      return page(c, 'Impact of the current rules', impactBody(r.from, r.to));
    }
    const from = `${q.from}T00:00:00.000Z`;
    const to = new Date(Date.parse(`${q.to}T00:00:00.000Z`) + 86_400_000).toISOString();
    const { decisions, truncated } = await periodDecisions(s, c.get('staff').member.tenant_id, from, to, MAX_IMPACT_DECISIONS);
    return page(c, 'Impact of the current rules', impactBody(q.from, q.to, impactOf(decisions, s.rules, { from, to }, truncated)));
  });
  ui.get('/export', (c) => {
    const q = S.parse(S.RangeQuery, c.req.query());
    const r = dayRange(s.clock(), q.from, q.to);
    return page(c, 'Export', exportBody(r.from, r.to));
  });
  return ui;
}
