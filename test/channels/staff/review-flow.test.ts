import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ReplayRules } from '../../../src/channels/staff/context';
import { replayDecision } from '../../../src/channels/staff/replay';
import type { Decision } from '../../../src/domain/entities/decision';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { createDecisionsRepository } from '../../../src/store/repositories/decisions';
import { createEventsRepository } from '../../../src/store/repositories/events';
import { shapes } from './fixtures';
import { productionRules, seedConversations, type SeededConversation } from './support/seed';
import { startStaffServer, type StaffServer } from './support/server';

let srv: StaffServer;
let demo: SeededConversation[];
let reviewer: string;

beforeAll(async () => {
  srv = await startStaffServer();
  demo = await seedConversations(srv.store.ctx, srv.ids, [...shapes('demo', '2026-11-10'), ...shapes('demo', '2026-11-11')]);
  reviewer = await srv.token('demo', 'reviewer', 'Rita Reviewer');
});
afterAll(() => srv?.close());

const call = (method: string, path: string, body?: unknown) => srv.call(method, path, { token: reviewer, ...(body !== undefined ? { body } : {}) });

describe('flag → review → correct, end to end', () => {
  test('each step moves the decision and the review item together, with events naming the reviewer', async () => {
    const d = demo[1]!.decisions[0]!; // the wait verdict
    const flagged = await call('POST', `/api/staff/decisions/${d.decision_id}/flag`, { reason_code: 'assumption_failure', notes: 'they said the dates are fixed' });
    expect(flagged.status).toBe(201);
    const reviewId = flagged.json.review_id;
    let detail = (await call('GET', `/api/staff/decisions/${d.decision_id}`)).json;
    expect(detail.decision.state).toBe('FLAGGED_FOR_REVIEW');
    expect(detail.decision.review).toEqual({ needs_review: true, review_reason: 'assumption_failure', review_status: 'queued' });
    expect(detail.reviews).toEqual([expect.objectContaining({ review_id: reviewId, status: 'queued', notes: 'they said the dates are fixed' })]);
    const queue = (await call('GET', '/api/staff/reviews?status=queued')).json;
    expect(queue.items.map((r: { review_id: string }) => r.review_id)).toContain(reviewId);
    expect(queue.items.find((r: { review_id: string }) => r.review_id === reviewId).decision.decision_id).toBe(d.decision_id);
    // The needs-review list finds it too.
    const needing = (await call('GET', '/api/staff/sessions?needs_review=true')).json;
    expect(needing.items.map((s: { session_id: string }) => s.session_id)).toEqual([demo[1]!.session.session_id]);

    const taken = (await call('POST', `/api/staff/reviews/${reviewId}`, { status: 'in_review' })).json;
    expect(taken).toMatchObject({ status: 'in_review', assignee: { name: 'Rita Reviewer' } });
    const corrected = await call('POST', `/api/staff/reviews/${reviewId}`, { status: 'corrected', action_taken: 'updated_rules', logic_version_new: 'rules_v1.1', public_note: 'fixed dates now switch' });
    expect(corrected.status).toBe(200);
    expect(corrected.json).toMatchObject({ status: 'corrected', resolution: { action_taken: 'updated_rules', logic_version_new: 'rules_v1.1', public_note: 'fixed dates now switch' } });

    detail = (await call('GET', `/api/staff/decisions/${d.decision_id}`)).json;
    expect(detail.decision.state).toBe('CORRECTED');
    expect(detail.decision.review).toMatchObject({ needs_review: false, review_status: 'corrected' });
    // Content is immutable: only the lifecycle moved.
    expect(detail.decision.verdict).toEqual(d.verdict);
    const staffEvents = detail.events.filter((e: { actor?: unknown }) => e.actor);
    expect(staffEvents.map((e: { event_type: string; payload: { to?: string } }) => `${e.event_type}${e.payload.to ? `:${e.payload.to}` : ''}`)).toEqual([
      'TRUST_FLAG_RAISED',
      'REVIEW_STATUS_CHANGED:in_review',
      'REVIEW_STATUS_CHANGED:corrected',
    ]);
    for (const e of staffEvents) expect(e.actor).toMatchObject({ kind: 'staff', name: 'Rita Reviewer', role: 'reviewer' });
    expect(staffEvents[0].payload).toMatchObject({ reason_code: 'assumption_failure', review_id: reviewId });
    expect(staffEvents[2].payload).toMatchObject({ review_id: reviewId, from: 'in_review', to: 'corrected', action_taken: 'updated_rules', logic_version_new: 'rules_v1.1' });
    // Out of the queue, out of needs-review; a corrected decision can be flagged again.
    expect((await call('GET', '/api/staff/reviews?status=queued')).json.items.map((r: { review_id: string }) => r.review_id)).not.toContain(reviewId);
    expect((await call('GET', '/api/staff/sessions?needs_review=true')).json.items).toEqual([]);
    expect((await call('POST', `/api/staff/reviews/${reviewId}`, { status: 'closed' })).status).toBe(409);
  });

  test('closing a queued review needs no action: the decision goes REVIEWED → CLOSED', async () => {
    const d = demo[0]!.decisions[0]!;
    const review = (await call('POST', `/api/staff/decisions/${d.decision_id}/flag`, { reason_code: 'comms_failure', notes: '' })).json;
    const closed = await call('POST', `/api/staff/reviews/${review.review_id}`, { status: 'closed' });
    expect(closed.json).toMatchObject({ status: 'closed', resolution: { action_taken: 'none' } });
    const stored = await createDecisionsRepository(srv.store.ctx).get('demo', d.decision_id);
    expect(stored?.state).toBe('CLOSED');
    const events = (await createEventsRepository(srv.store.ctx).listByEntity('demo', d.decision_id)).items.map((e) => e.event_type);
    expect(events).toEqual(['DECISION_ISSUED', 'TRUST_FLAG_RAISED', 'REVIEW_STATUS_CHANGED']);
  });

  test('two reviewers acting on one item: the second gets 409 and nothing doubles', async () => {
    const d = demo[3]!.decisions[0]!;
    const review = (await call('POST', `/api/staff/decisions/${d.decision_id}/flag`, { reason_code: 'scope_failure', notes: '' })).json;
    const [a, b] = await Promise.all([
      call('POST', `/api/staff/reviews/${review.review_id}`, { status: 'in_review', expected_updated_at: review.updated_at }),
      call('POST', `/api/staff/reviews/${review.review_id}`, { status: 'in_review', expected_updated_at: review.updated_at }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const events = (await createEventsRepository(srv.store.ctx).listByEntity('demo', d.decision_id)).items.filter((e) => e.event_type === 'REVIEW_STATUS_CHANGED');
    expect(events).toHaveLength(1);
  });
});

describe('the decision panel shows the review as it stands', () => {
  /** The decision panel of a console page, and its Review row. */
  const panel = async (path: string) => {
    const page = await call('GET', path);
    expect(page.status, path).toBe(200);
    const section = page.text.match(/<section class="panel"[^]*?<\/section>/)?.[0] ?? '';
    return { section, review: section.match(/<dt>Review<\/dt><dd[^]*?<\/dd>/)?.[0] ?? '' };
  };

  test('queued, in review, corrected: on the conversation, the decision and the review pages alike', async () => {
    const c = demo[9]!; // the second day's discard
    const d = c.decisions[0]!;
    const pages = (reviewId: string) => [`/console/conversations/${c.session.session_id}`, `/console/decisions/${d.decision_id}`, `/console/reviews/${reviewId}`];
    const review = (await call('POST', `/api/staff/decisions/${d.decision_id}/flag`, { reason_code: 'scope_failure', notes: '' })).json;
    for (const path of pages(review.review_id)) {
      const p = await panel(path);
      expect(p.review, path).toContain('data-review-status="queued"');
      expect(p.review, path).toContain(`href="/console/reviews/${review.review_id}"`);
    }

    await call('POST', `/api/staff/reviews/${review.review_id}`, { status: 'in_review' });
    // The decision record still says queued (only the review item moved): the panel follows the item.
    expect((await createDecisionsRepository(srv.store.ctx).get('demo', d.decision_id))?.review.review_status).toBe('queued');
    for (const path of pages(review.review_id)) {
      const p = await panel(path);
      expect(p.review, path).toContain('data-review-status="in_review"');
      expect(p.review, path).toMatch(/>in review</);
      expect(p.review, path).toContain('Rita Reviewer');
      expect(p.section, path).not.toMatch(/queued/);
    }
    // The queue says the same.
    const queue = await call('GET', '/console/reviews?status=in_review');
    expect(queue.text).toContain(review.review_id);

    await call('POST', `/api/staff/reviews/${review.review_id}`, { status: 'corrected', action_taken: 'updated_copy' });
    for (const path of pages(review.review_id)) {
      const p = await panel(path);
      expect(p.review, path).toContain('data-review-status="corrected"');
      expect(p.review, path).toContain('updated_copy');
    }
  });

  test('a review closed with no action reads closed, not the decision record\u2019s "reviewed"', async () => {
    const c = demo[6]!; // the second day's book
    const d = c.decisions[0]!;
    const review = (await call('POST', `/api/staff/decisions/${d.decision_id}/flag`, { reason_code: 'comms_failure', notes: '' })).json;
    await call('POST', `/api/staff/reviews/${review.review_id}`, { status: 'closed' });
    const p = await panel(`/console/conversations/${c.session.session_id}`);
    expect(p.review).toContain('data-review-status="closed"');
    expect(p.section).not.toMatch(/review reviewed/);
  });

  test('a decision never flagged has no Review row, and its conversation page reads no review', async () => {
    const c = demo[7]!;
    const p = await panel(`/console/conversations/${c.session.session_id}`);
    expect(p.section).toContain(c.decisions.at(-1)!.decision_id);
    expect(p.review).toBe('');
  });
});

describe('replay', () => {
  test('replaying under its own logic version reproduces every stored decision exactly', async () => {
    const all = demo.flatMap((c) => c.decisions);
    expect(all.length).toBeGreaterThanOrEqual(12);
    for (const d of all) {
      const r = await call('POST', `/api/staff/decisions/${d.decision_id}/replay`);
      expect(r.status).toBe(200);
      expect(r.json.changed, d.decision_id).toBe(false);
      expect(r.json.same_logic_version).toBe(true);
      expect(r.json.replayed.verdict).toEqual(d.verdict);
      expect(r.json.replayed.assumptions).toEqual(d.assumptions);
    }
    // Replay writes nothing (a decision no other test touches).
    const d = demo[8]!.decisions[0]!;
    expect((await createDecisionsRepository(srv.store.ctx).get('demo', d.decision_id))?.updated_at).toBe(d.updated_at);
  });

  test('a guard refusal (out of scope) replays with the guard its copy names', () => {
    const visa = demo[4]!.decisions[0]!;
    expect(visa.refusal?.reason).toBe('out_of_scope');
    expect(replayDecision(visa, productionRules).changed).toBe(false);
  });
});

describe('impact of a rules change', () => {
  /** A rules change as a reviewer would ship it: April now counts as a fine migration month on the Mara. */
  const pack = defaultPackIndex();
  const changedRules: ReplayRules = {
    logicVersion: 'rules_v1.1',
    decide: (inputs, now, guard) => {
      const moved = inputs.month === 4 && inputs.destinations?.includes('masai_mara') ? { ...inputs, month: 8 } : inputs;
      const r = decide(moved, pack, now, guard);
      return { ...r, content: { ...r.content, inputs_snapshot: inputs, logic_version: 'rules_v1.1' } } as typeof r;
    },
  };

  test('the period\u2019s decisions that would change verdict, by from → to outcome, each linked', async () => {
    const srv2 = await startStaffServer({ rules: changedRules, store: srv.store });
    try {
      const r = await srv2.call('GET', '/api/staff/impact?from=2026-11-10&to=2026-11-12', { token: reviewer });
      expect(r.status).toBe(200);
      const waits: Decision[] = demo.flatMap((c) => c.decisions).filter((d) => d.verdict.outcome === 'wait');
      expect(r.json.examined).toBe(demo.reduce((n, c) => n + c.decisions.length, 0));
      expect(r.json.logic_version).toBe('rules_v1.1');
      expect(r.json.transitions).toHaveLength(1);
      expect(r.json.transitions[0]).toMatchObject({ from: 'wait', count: waits.length });
      expect(r.json.transitions[0].to).not.toBe('wait');
      expect(r.json.transitions[0].decision_ids.sort()).toEqual(waits.map((d) => d.decision_id).sort());
      expect(r.json.changed).toBe(waits.length);
      // Every other decision changed only its version tag, which is not a verdict change.
      expect(r.json.copy_changed).toBe(0);
      // Under the unchanged rules nothing moves.
      const same = await srv.call('GET', '/api/staff/impact?from=2026-11-10&to=2026-11-12', { token: reviewer });
      expect(same.json).toMatchObject({ changed: 0, transitions: [], examined: r.json.examined });
      // The console page lists the same, each linked to its replay.
      const page = await srv2.call('GET', '/console/impact?from=2026-11-10&to=2026-11-11', { token: reviewer });
      for (const d of waits) expect(page.text).toContain(`/console/decisions/${d.decision_id}/replay`);
    } finally {
      await srv2.close();
    }
  });
});
