/**
 * A decision's page: the panel, the messages that led to it, its revision diff against the
 * decision it superseded, its events (with the staff member who acted), its review items,
 * and the flag form.
 */
import { html } from 'hono/html';
import type { Decision } from '../../../../domain/entities/decision';
import type { DomainEvent } from '../../../../domain/entities/event';
import type { TranscriptMessage } from '../../../../domain/entities/message';
import { REVIEW_REASON_CODES, type ReviewItem } from '../../../../domain/entities/review';
import type { DecisionDiff } from '../../decision-diff';
import { csrfField, json, when, type Html } from '../view';
import { decisionPanel } from './decision-panel';

export interface DecisionView {
  decision: Decision;
  messages: TranscriptMessage[];
  events: DomainEvent[];
  reviews: ReviewItem[];
  diff?: DecisionDiff;
  canAct: boolean;
  csrf?: string;
}

const added = (label: string, l: { added: string[]; removed: string[] }): Html =>
  l.added.length || l.removed.length
    ? html`<h4>${label}</h4><ul class="diff">${l.removed.map((x) => html`<li class="del"><span class="sr">removed: </span>${x}</li>`)}${l.added.map((x) => html`<li class="ins"><span class="sr">added: </span>${x}</li>`)}</ul>`
    : html``;

export function diffSection(diff: DecisionDiff): Html {
  return html`<section aria-labelledby="diff-h" class="revision">
  <h2 id="diff-h">Revision: what changed from <a href="/console/decisions/${diff.before_id}">${diff.before_id}</a></h2>
  <table class="list"><caption>Traveler inputs that changed</caption>
    <thead><tr><th scope="col">Field</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
    <tbody>${diff.inputs.length ? diff.inputs.map((f) => html`<tr><th scope="row">${f.field}</th><td>${f.before === undefined ? '—' : json(f.before)}</td><td>${f.after === undefined ? '—' : json(f.after)}</td></tr>`) : html`<tr><td colspan="3">No input changed (a re-decision under the same inputs).</td></tr>`}</tbody>
  </table>
  <table class="list"><caption>Verdict and versions that changed</caption>
    <thead><tr><th scope="col">Field</th><th scope="col">Before</th><th scope="col">After</th></tr></thead>
    <tbody>${diff.verdict.length ? diff.verdict.map((f) => html`<tr><th scope="row">${f.field}</th><td>${typeof f.before === 'string' ? f.before : json(f.before)}</td><td>${typeof f.after === 'string' ? f.after : json(f.after)}</td></tr>`) : html`<tr><td colspan="3">Nothing.</td></tr>`}</tbody>
  </table>
  ${added('Assumptions', diff.assumptions)}
  ${diff.assumptions.confidence_changed.length ? html`<ul>${diff.assumptions.confidence_changed.map((x) => html`<li>${x.text}: ${Math.round(x.before * 100)}% → ${Math.round(x.after * 100)}%</li>`)}</ul>` : ''}
  ${added('Gains', diff.gains)}${added('Losses', diff.losses)}${added('Change conditions', diff.change_conditions)}
</section>`;
}

export function flagForm(d: Decision, csrf: string | undefined): Html {
  return html`<form class="card" method="post" action="/console/decisions/${d.decision_id}/flag" aria-labelledby="flag-h">
  <h2 id="flag-h">Flag for review</h2>
  ${csrfField(csrf)}<input type="hidden" name="expected_updated_at" value="${d.updated_at}">
  <label for="reason_code">Reason</label>
  <select id="reason_code" name="reason_code" required>${REVIEW_REASON_CODES.map((r) => html`<option value="${r}">${r.replace('_', ' ')}</option>`)}</select>
  <label for="notes">Notes (internal)</label>
  <textarea id="notes" name="notes" rows="3" maxlength="4000"></textarea>
  <button type="submit">Flag this decision</button>
</form>`;
}

export function decisionBody(v: DecisionView): Html {
  const d = v.decision;
  return html`<p class="links"><a href="/console/decisions/${d.decision_id}/replay">Replay under current rules</a>${d.session_id ? html` · <a href="/console/conversations/${d.session_id}?decision=${d.decision_id}">Conversation</a>` : ''}</p>
${decisionPanel(d, { reviews: v.reviews })}
${v.diff ? diffSection(v.diff) : ''}
<section aria-labelledby="msgs-h"><h2 id="msgs-h">Messages</h2>
  <ol class="messages">${v.messages.map((m) => html`<li class="msg ${m.direction}"><p class="who">${m.direction === 'inbound' ? 'Traveler' : 'Agent'} · ${when(m.created_at)}</p><p class="text">${m.text}</p></li>`)}</ol>
</section>
<section aria-labelledby="rev-h"><h2 id="rev-h">Review items</h2>
  ${v.reviews.length
    ? html`<ul>${v.reviews.map((r) => html`<li><a href="/console/reviews/${r.review_id}">${r.review_id}</a>: ${r.status} · ${r.reason_code}${r.resolution.action_taken ? html` · ${r.resolution.action_taken}` : ''}${r.resolution.logic_version_new ? html` → ${r.resolution.logic_version_new}` : ''}</li>`)}</ul>`
    : html`<p>None.</p>`}
</section>
${v.canAct && ['ISSUED', 'REFUSED', 'REVISED', 'SUPERSEDED', 'CORRECTED', 'CLOSED'].includes(d.state) ? flagForm(d, v.csrf) : ''}
<section aria-labelledby="ev-h"><h2 id="ev-h">Events</h2>
  <table class="list"><caption>Events of this decision, oldest first</caption>
    <thead><tr><th scope="col">When</th><th scope="col">Type</th><th scope="col">By</th><th scope="col">Payload</th></tr></thead>
    <tbody>${v.events.map((e) => html`<tr><td>${when(e.created_at)}</td><td>${e.event_type}</td><td>${e.actor ? `${e.actor.name ?? e.actor.staff_id} (${e.actor.role ?? 'staff'})` : 'system'}</td><td><code>${JSON.stringify(e.payload)}</code></td></tr>`)}</tbody>
  </table>
</section>`;
}
