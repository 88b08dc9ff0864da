/**
 * What staff read (PROTOCOL.md §3): leads, conversations, transcripts with the decision
 * behind each reply, a decision with everything around it. Every read is scoped to the
 * member's tenant; another tenant's id reads as absent (404). Each answers in at most
 * two sequential round trips (independent reads go out together).
 */
import type { Decision } from '../../domain/entities/decision';
import type { DomainEvent } from '../../domain/entities/event';
import type { Lead, LeadState } from '../../domain/entities/lead';
import type { TranscriptMessage } from '../../domain/entities/message';
import type { ReviewItem, ReviewStatus } from '../../domain/entities/review';
import type { Session } from '../../domain/entities/session';
import type { Traveler } from '../../domain/entities/traveler';
import type { Page } from '../../store/repository-kit';
import type { SessionFilter } from '../../store/repositories/staff-queries';
import type { StaffContext } from './context';
import { notFound } from './errors';
import type { StaffMember } from './identity';

/** One row of the conversation list. */
export interface ConversationRow {
  /** The session, with its plan's places (`plan_places`). */
  session: Session;
  /** Why it is listed when a filter picked it through another record (a decision, a message). */
  matched?: { decision_id?: string; message_id?: string; text?: string };
}

export interface ConversationQuery extends SessionFilter {
  state?: LeadState;
  needs_review?: boolean;
  logic_version?: string;
  /** An id (session, lead, decision, traveler), or a traveler's words. */
  q?: string;
  limit?: number;
  cursor?: string;
}

const ID = /^(sess|lead|dec|trav)_[0-9A-HJKMNP-TV-Z]{26}$/;

export function staffReads(s: StaffContext) {
  async function sessionsFor(tenant: string, ids: string[]): Promise<Session[]> {
    const found = await s.queries.sessionsByIds(tenant, ids);
    return ids.map((id) => found.get(id)).filter((x): x is Session => Boolean(x));
  }

  async function byId(tenant: string, q: string): Promise<ConversationRow[]> {
    const kind = q.split('_')[0];
    if (kind === 'sess' || kind === 'lead') {
      const [session] = await sessionsFor(tenant, [kind === 'sess' ? q : `sess_${q.slice(5)}`]);
      return session ? [{ session }] : [];
    }
    if (kind === 'dec') {
      const d = await s.decisions.get(tenant, q);
      const [session] = d?.session_id ? await sessionsFor(tenant, [d.session_id]) : [];
      return session ? [{ session, matched: { decision_id: q } }] : [];
    }
    const page = await s.queries.sessionsOfTraveler(tenant, q, 25);
    return page.items.map((session) => ({ session }));
  }

  return {
    /** The conversation list: newest first, or through the record a filter names. */
    async conversations(m: StaffMember, q: ConversationQuery): Promise<Page<ConversationRow>> {
      const t = m.tenant_id;
      const limit = q.limit ?? 25;
      const term = q.q?.trim();
      if (term && ID.test(term)) return { items: await byId(t, term) };
      if (term) {
        const page = await s.queries.searchInbound(t, term, limit, q.cursor);
        const sessions = new Map((await sessionsFor(t, page.items.map((x) => x.session_id))).map((x) => [x.session_id, x]));
        const rows = page.items.flatMap((msg) => {
          const session = sessions.get(msg.session_id);
          return session ? [{ session, matched: { message_id: msg.message_id, text: msg.text } }] : [];
        });
        return { items: rows, ...(page.cursor ? { cursor: page.cursor } : {}) };
      }
      if (q.state) {
        const page = await s.leads.listByState(t, q.state, { limit, ...(q.cursor ? { cursor: q.cursor } : {}) });
        const rows = (await sessionsFor(t, page.items.map((l) => `sess_${l.lead_id.slice(5)}`))).map((session) => ({ session }));
        return { items: rows, ...(page.cursor ? { cursor: page.cursor } : {}) };
      }
      if (q.needs_review || q.logic_version) {
        const page = q.needs_review
          ? await s.decisions.listNeedingReview(t, { limit, ...(q.cursor ? { cursor: q.cursor } : {}) })
          : await s.queries.listDecisions(t, { logic_version: q.logic_version!, ...(q.from ? { from: q.from } : {}), ...(q.to ? { to: q.to } : {}) }, limit, q.cursor);
        const decisions = page.items.filter((d) => !q.logic_version || d.logic_version === q.logic_version);
        const sessions = new Map((await sessionsFor(t, decisions.flatMap((d) => (d.session_id ? [d.session_id] : [])))).map((x) => [x.session_id, x]));
        // One row per conversation: its newest matching decision.
        const listed = new Set<string>();
        const rows = decisions.flatMap((d) => {
          const session = d.session_id ? sessions.get(d.session_id) : undefined;
          if (!session || listed.has(session.session_id)) return [];
          listed.add(session.session_id);
          return [{ session, matched: { decision_id: d.decision_id } }];
        });
        return { items: rows, ...(page.cursor ? { cursor: page.cursor } : {}) };
      }
      const page = await s.queries.listSessions(t, q, limit, q.cursor);
      return { items: page.items.map((session) => ({ session })), ...(page.cursor ? { cursor: page.cursor } : {}) };
    },

    listLeads: (m: StaffMember, state: LeadState, limit?: number, cursor?: string): Promise<Page<Lead>> =>
      s.leads.listByState(m.tenant_id, state, { ...(limit ? { limit } : {}), ...(cursor ? { cursor } : {}) }),

    /** A lead, its traveler, decisions and sessions (first pages). */
    async lead(m: StaffMember, leadId: string): Promise<{ lead: Lead; traveler?: Traveler; decisions: Decision[]; sessions: Session[] }> {
      const t = m.tenant_id;
      const [lead, decisions, sessions] = await Promise.all([
        s.leads.get(t, leadId),
        s.decisions.listByLead(t, leadId, { limit: 100 }),
        s.sessions.listByLead(t, leadId, { limit: 100 }),
      ]);
      if (!lead) throw notFound('lead');
      const traveler = await s.travelers.get(t, lead.traveler_id);
      return { lead, ...(traveler ? { traveler } : {}), decisions: decisions.items, sessions: sessions.items };
    },

    /** A session's messages in order, and the decisions its replies carry. */
    async transcript(m: StaffMember, sessionId: string, limit = 100, cursor?: string) {
      const t = m.tenant_id;
      const [session, page] = await Promise.all([
        s.sessions.get(t, sessionId),
        s.messages.transcript(t, sessionId, { limit, ...(cursor ? { cursor } : {}) }),
      ]);
      if (!session) throw notFound('session');
      const ids = page.items.flatMap((x) => (x.decision_id ? [x.decision_id] : []));
      const decisions = ids.length ? await s.queries.decisionsByIds(t, ids) : new Map<string, Decision>();
      return { session, messages: page.items, decisions: [...decisions.values()], ...(page.cursor ? { cursor: page.cursor } : {}) };
    },

    /** A decision, the messages that led to it, its events and reviews, the decision it superseded. */
    async decision(m: StaffMember, decisionId: string): Promise<{
      decision: Decision;
      messages: TranscriptMessage[];
      events: DomainEvent[];
      reviews: ReviewItem[];
      supersedes?: Decision;
    }> {
      const t = m.tenant_id;
      // The decision and everything keyed by its id go out together; only `supersedes` waits for it.
      const [decision, messages, events, reviews] = await Promise.all([
        s.decisions.get(t, decisionId),
        s.messages.listByDecision(t, decisionId, { limit: 100 }),
        s.events.listByEntity(t, decisionId, { limit: 100 }),
        s.reviews.listByDecision(t, decisionId, { limit: 100 }),
      ]);
      if (!decision) throw notFound('decision');
      const supersedes = decision.supersedes_decision_id ? await s.decisions.get(t, decision.supersedes_decision_id) : undefined;
      return { decision, messages: messages.items, events: events.items, reviews: reviews.items, ...(supersedes ? { supersedes } : {}) };
    },

    /** The review queue in one status, oldest change first, with each item's decision. */
    async reviews(m: StaffMember, status: ReviewStatus, limit?: number, cursor?: string) {
      const t = m.tenant_id;
      const page = await s.reviews.listByStatus(t, status, { ...(limit ? { limit } : {}), ...(cursor ? { cursor } : {}) });
      const decisions = page.items.length ? await s.queries.decisionsByIds(t, page.items.map((r) => r.decision_id)) : new Map<string, Decision>();
      return { items: page.items.map((review) => ({ review, decision: decisions.get(review.decision_id) })), ...(page.cursor ? { cursor: page.cursor } : {}) };
    },

    async review(m: StaffMember, reviewId: string): Promise<{ review: ReviewItem; decision?: Decision }> {
      const review = await s.reviews.get(m.tenant_id, reviewId);
      if (!review) throw notFound('review');
      const decision = await s.decisions.get(m.tenant_id, review.decision_id);
      return { review, ...(decision ? { decision } : {}) };
    },
  };
}

export type StaffReads = ReturnType<typeof staffReads>;
