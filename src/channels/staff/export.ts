/**
 * Export of a period's decisions and their transcripts (issue 13) as JSON or CSV. The
 * period's decisions come from the tenant's decisions index (oldest first); each
 * conversation's transcript is one Query on its session partition. Bounded, so an export
 * cannot run away: the answer says when it was cut.
 */
import type { Decision } from '../../domain/entities/decision';
import type { TranscriptMessage } from '../../domain/entities/message';
import type { StaffContext } from './context';
import type { StaffMember } from './identity';

/** The most decisions one export holds. */
export const MAX_EXPORT_DECISIONS = 2_000;
const TRANSCRIPT_CONCURRENCY = 8;

export interface ExportData {
  from: string;
  to: string;
  decisions: Decision[];
  messages: TranscriptMessage[];
  truncated: boolean;
}

/** Reads up to `max` of the period's decisions, oldest first. */
export async function periodDecisions(s: StaffContext, tenantId: string, from: string, to: string, max: number): Promise<{ decisions: Decision[]; truncated: boolean }> {
  const decisions: Decision[] = [];
  let cursor: string | undefined;
  do {
    const page = await s.queries.listDecisions(tenantId, { from, to }, 100, cursor, false);
    decisions.push(...page.items);
    cursor = page.cursor;
  } while (cursor && decisions.length < max);
  return { decisions: decisions.slice(0, max), truncated: Boolean(cursor) || decisions.length > max };
}

async function transcriptOf(s: StaffContext, tenantId: string, sessionId: string): Promise<TranscriptMessage[]> {
  const out: TranscriptMessage[] = [];
  let cursor: string | undefined;
  do {
    const page = await s.messages.transcript(tenantId, sessionId, { limit: 100, ...(cursor ? { cursor } : {}) });
    out.push(...page.items);
    cursor = page.cursor;
  } while (cursor);
  return out;
}

/** The period's decisions and the transcripts of the conversations they belong to. */
export async function exportPeriod(s: StaffContext, m: StaffMember, from: string, to: string): Promise<ExportData> {
  const { decisions, truncated } = await periodDecisions(s, m.tenant_id, from, to, MAX_EXPORT_DECISIONS);
  const sessions = [...new Set(decisions.flatMap((d) => (d.session_id ? [d.session_id] : [])))];
  const messages: TranscriptMessage[] = [];
  for (let i = 0; i < sessions.length; i += TRANSCRIPT_CONCURRENCY) {
    const batch = await Promise.all(sessions.slice(i, i + TRANSCRIPT_CONCURRENCY).map((id) => transcriptOf(s, m.tenant_id, id)));
    for (const list of batch) messages.push(...list.map(({ frame: _f, ...rest }) => rest));
  }
  return { from, to, decisions, messages, truncated };
}

/**
 * One CSV field: quoted, quotes doubled, and a leading `= + - @` defused so a traveler's
 * text cannot run as a spreadsheet formula.
 */
export function csvField(v: unknown): string {
  let s = v === undefined || v === null ? '' : typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : JSON.stringify(v);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

const csv = (header: string[], rows: unknown[][]) => [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';

export function decisionsCsv(decisions: Decision[]): string {
  return csv(
    ['decision_id', 'created_at', 'session_id', 'lead_id', 'state', 'outcome', 'headline', 'confidence', 'logic_version', 'prompt_version', 'model', 'review_status', 'supersedes_decision_id', 'refusal_reason', 'inputs_snapshot'],
    decisions.map((d) => [
      d.decision_id, d.created_at, d.session_id, d.lead_id, d.state, d.verdict.outcome, d.verdict.headline, d.confidence, d.logic_version,
      d.ai_trace.prompt_version, d.ai_trace.model, d.review.review_status, d.supersedes_decision_id, d.refusal?.reason, d.inputs_snapshot,
    ]),
  );
}

export function messagesCsv(messages: TranscriptMessage[]): string {
  return csv(
    ['message_id', 'session_id', 'created_at', 'direction', 'channel', 'decision_id', 'reply_to', 'text'],
    messages.map((x) => [x.message_id, x.session_id, x.created_at, x.direction, x.channel, x.decision_id, x.reply_to, x.text]),
  );
}
