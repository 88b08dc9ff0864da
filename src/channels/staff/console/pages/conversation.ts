/**
 * One conversation: the transcript in order, each reply with its verdict inline and the
 * dialogue act it answered (what the message was read as, and what answered it), and the
 * decision beside it (the one chosen with `?decision=`, else the latest). Lead actions
 * (mark booked, suppress) sit under it for reviewers.
 */
import { html } from 'hono/html';
import { DIALOGUE_ACT_LABEL, LANGUAGE_NAME, type MessageDialogue } from '../../../../domain/dialogue';
import type { Decision } from '../../../../domain/entities/decision';
import type { Lead } from '../../../../domain/entities/lead';
import type { ReviewItem } from '../../../../domain/entities/review';
import type { TranscriptMessage } from '../../../../domain/entities/message';
import type { Session } from '../../../../domain/entities/session';
import { csrfField, outcomeBadge, pager, when, withQuery, type Html } from '../view';
import { decisionPanel } from './decision-panel';

export interface ConversationView {
  session: Session;
  messages: TranscriptMessage[];
  decisions: Decision[];
  lead?: Lead;
  selected?: string;
  /** The review items of the decision shown beside the transcript (read when it was ever flagged). */
  reviews?: ReviewItem[];
  cursor?: string;
  canAct: boolean;
  csrf?: string;
}

function leadActions(v: ConversationView): Html {
  const l = v.lead;
  if (!l) return html``;
  const form = (action: string, label: string) => html`<form method="post" action="/console/leads/${l.lead_id}/${action}">
    ${csrfField(v.csrf)}<input type="hidden" name="expected_version" value="${l.version}">
    <input type="hidden" name="back" value="/console/conversations/${v.session.session_id}">
    <button type="submit">${label}</button></form>`;
  return html`<section class="lead" aria-labelledby="lead-h">
  <h2 id="lead-h">Lead</h2>
  <p><strong>${l.lead_state}</strong> (${l.state_reason}) · last activity ${when(l.last_activity_at)}${l.next_action_at ? html` · next action ${when(l.next_action_at)}` : ''}</p>
  ${v.canAct
    ? html`<div class="actions">
      ${l.lead_state === 'PLAN_READY' ? form('booked', 'Mark booked') : ''}
      ${l.lead_state === 'SUPPRESSED' ? form('unsuppress', 'Lift suppression') : form('suppress', 'Suppress (do not contact)')}
    </div>`
    : ''}
</section>`;
}

/** What a reply took its message for (the dialogue act, the place it was about, the language) and what it answered with (issue 15). */
function dialogueLine(d: MessageDialogue): Html {
  return html`<p class="meta act" data-act="${d.act}">Read as <strong>${DIALOGUE_ACT_LABEL[d.act]}</strong>${d.about ? html` about ${d.about}` : ''}, in ${LANGUAGE_NAME[d.language]}${d.pending_add ? ' (waiting for the place to add)' : ''} · answered: ${d.answered}</p>`;
}

/** The decision shown beside the transcript: the one chosen with `?decision=`, else the latest reply's. */
export function chosenDecision(v: Pick<ConversationView, 'messages' | 'decisions' | 'selected'>): Decision | undefined {
  const byId = new Map(v.decisions.map((d) => [d.decision_id, d]));
  const replies = v.messages.filter((m) => m.decision_id && byId.has(m.decision_id));
  return (v.selected && byId.get(v.selected)) || (replies.length ? byId.get(replies[replies.length - 1]!.decision_id!) : undefined);
}

export function conversationBody(v: ConversationView): Html {
  const byId = new Map(v.decisions.map((d) => [d.decision_id, d]));
  const chosen = chosenDecision(v);
  const base = `/console/conversations/${v.session.session_id}`;
  return html`<p class="meta">${v.session.channel} · started ${when(v.session.created_at)} · ${v.session.turn_count} turns · traveler ${v.session.traveler_id}</p>
<div class="split">
<section class="transcript" aria-labelledby="tr-h">
  <h2 id="tr-h">Transcript</h2>
  <ol class="messages">
  ${v.messages.map((m) => {
    const d = m.decision_id ? byId.get(m.decision_id) : undefined;
    return html`<li class="msg ${m.direction}" id="${m.message_id}">
      <p class="who">${m.direction === 'inbound' ? 'Traveler' : 'Agent'} · ${when(m.created_at)}</p>
      ${d
        ? html`<p class="verdict">${outcomeBadge(d.verdict.outcome)} <a href="${withQuery(base, { decision: d.decision_id })}#panel-${d.decision_id}"${chosen?.decision_id === d.decision_id ? html` aria-current="true"` : ''}>${d.verdict.headline}</a></p>`
        : ''}
      <p class="text">${m.text}</p>
      ${m.dialogue ? dialogueLine(m.dialogue) : ''}
    </li>`;
  })}
  </ol>
  ${pager(base, {}, v.cursor)}
</section>
<aside class="beside" aria-label="Decision">
  ${chosen
    ? html`${decisionPanel(chosen, { linkToDecision: true, ...(v.reviews ? { reviews: v.reviews } : {}) })}
      <p class="links"><a href="/console/decisions/${chosen.decision_id}">Open decision (events, reviews, flag)</a> ·
      <a href="/console/decisions/${chosen.decision_id}/replay">Replay under current rules</a></p>`
    : html`<p>No decision in this conversation yet.</p>`}
  ${leadActions(v)}
</aside>
</div>`;
}
