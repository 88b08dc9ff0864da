/**
 * The review queue (age, reason, assignee) and the review form of one item.
 */
import { html } from 'hono/html';
import type { Decision } from '../../../../domain/entities/decision';
import { REVIEW_ACTIONS, REVIEW_STATUSES, type ReviewItem, type ReviewStatus } from '../../../../domain/entities/review';
import { age, csrfField, outcomeBadge, pager, when, type Html } from '../view';
import { decisionPanel } from './decision-panel';

export function queueBody(status: ReviewStatus, rows: { review: ReviewItem; decision?: Decision }[], cursor: string | undefined, now: Date): Html {
  return html`<nav aria-label="Review status"><ul class="tabs">${REVIEW_STATUSES.map(
    (s) => html`<li><a href="/console/reviews?status=${s}"${s === status ? html` aria-current="page"` : ''}>${s.replace('_', ' ')}</a></li>`,
  )}</ul></nav>
<table class="list">
  <caption>Reviews ${status.replace('_', ' ')}, oldest change first</caption>
  <thead><tr><th scope="col">Age</th><th scope="col">Review</th><th scope="col">Reason</th><th scope="col">Decision</th><th scope="col">Assignee</th><th scope="col">Notes</th></tr></thead>
  <tbody>${rows.length
    ? rows.map(
        ({ review: r, decision: d }) => html`<tr>
      <td>${age(r.created_at, now)}</td>
      <td><a href="/console/reviews/${r.review_id}">${r.review_id}</a></td>
      <td>${r.reason_code}</td>
      <td>${d ? html`${outcomeBadge(d.verdict.outcome)} ${d.verdict.headline}` : r.decision_id}</td>
      <td>${r.assignee?.name ?? 'unassigned'}</td>
      <td>${r.notes}</td></tr>`,
      )
    : html`<tr><td colspan="6">The queue is empty.</td></tr>`}</tbody>
</table>
${pager('/console/reviews', { status }, cursor)}`;
}

export function reviewBody(r: ReviewItem, d: Decision | undefined, canAct: boolean, csrf: string | undefined, now: Date): Html {
  const hidden = html`${csrfField(csrf)}<input type="hidden" name="expected_updated_at" value="${r.updated_at}">`;
  const forms = !canAct
    ? html``
    : r.status === 'queued'
      ? html`<form method="post" action="/console/reviews/${r.review_id}">${hidden}<input type="hidden" name="status" value="in_review"><button type="submit">Start review</button></form>
         <form method="post" action="/console/reviews/${r.review_id}">${hidden}<input type="hidden" name="status" value="closed"><button type="submit">Close: no action needed</button></form>`
      : r.status === 'in_review'
        ? html`<form class="card" method="post" action="/console/reviews/${r.review_id}" aria-labelledby="resolve-h">
          <h2 id="resolve-h">Resolve</h2>${hidden}
          <fieldset><legend>Outcome</legend>
            <label class="check"><input type="radio" name="status" value="corrected" checked> Corrected</label>
            <label class="check"><input type="radio" name="status" value="closed"> Closed, no action</label>
          </fieldset>
          <label for="action_taken">Action taken (when corrected)</label>
          <select id="action_taken" name="action_taken">${REVIEW_ACTIONS.map((a) => html`<option value="${a}">${a.replace('_', ' ')}</option>`)}</select>
          <label for="logic_version_new">New logic version (when the rules changed)</label>
          <input id="logic_version_new" name="logic_version_new" placeholder="rules_v1.1" pattern="rules_v[0-9]+\\.[0-9]+">
          <label for="public_note">Public note</label>
          <textarea id="public_note" name="public_note" rows="2" maxlength="1000"></textarea>
          <button type="submit">Save resolution</button>
        </form>`
        : html``;
  return html`<dl class="facts">
  <dt>Status</dt><dd><strong>${r.status}</strong></dd>
  <dt>Reason</dt><dd>${r.reason_code}</dd>
  <dt>Age</dt><dd>${age(r.created_at, now)} (flagged ${when(r.created_at)}${r.flagged_by ? ` by ${r.flagged_by}` : ''})</dd>
  <dt>Assignee</dt><dd>${r.assignee ? r.assignee.name : 'unassigned'}</dd>
  <dt>Notes</dt><dd>${r.notes || '—'}</dd>
  ${r.resolution.action_taken ? html`<dt>Action taken</dt><dd>${r.resolution.action_taken}</dd>` : ''}
  ${r.resolution.logic_version_new ? html`<dt>New logic version</dt><dd>${r.resolution.logic_version_new}</dd>` : ''}
  ${r.resolution.public_note ? html`<dt>Public note</dt><dd>${r.resolution.public_note}</dd>` : ''}
</dl>
${forms}
${d ? html`${decisionPanel(d, { linkToDecision: true, reviews: [r] })}<p class="links"><a href="/console/decisions/${d.decision_id}/replay">Replay under current rules</a></p>` : ''}`;
}
