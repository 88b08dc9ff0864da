/**
 * The decision panel: everything a reply's decision carries, verdict first (verdict,
 * headline, summary, assumptions with confidence, gains and losses, change conditions,
 * refusal, inputs snapshot, logic and prompt versions, model), and its lifecycle.
 */
import { html } from 'hono/html';
import type { Decision } from '../../../../domain/entities/decision';
import type { ReviewItem, ReviewStatus } from '../../../../domain/entities/review';
import { json, outcomeBadge, pct, when, type Html } from '../view';

/** A review status as the queue's tabs name it. */
export const reviewStatusLabel = (status: ReviewStatus): string => status.replace('_', ' ');

/**
 * The review that stands for a decision: an open one (queued or in review) first, else the
 * one changed last. The review item is the truth of a review's progress: the decision's own
 * `review.review_status` has no "in review" (taking an item into review moves only the
 * item) and reads "reviewed" for a review closed with no action.
 */
export function standingReview(reviews: readonly ReviewItem[]): ReviewItem | undefined {
  const open = reviews.filter((r) => r.status === 'queued' || r.status === 'in_review');
  const pool = open.length ? open : reviews;
  return [...pool].sort((a, b) => b.updated_at.localeCompare(a.updated_at) || b.review_id.localeCompare(a.review_id))[0];
}

function reviewRow(d: Decision, reviews: readonly ReviewItem[] | undefined): Html {
  const r = reviews ? standingReview(reviews) : undefined;
  if (r) {
    return html`<dt>Review</dt><dd data-review-status="${r.status}"><a href="/console/reviews/${r.review_id}">${reviewStatusLabel(r.status)}</a> · ${r.reason_code}${r.assignee ? html` · ${r.assignee.name}` : ''}${r.resolution.action_taken ? html` · ${r.resolution.action_taken}` : ''}${reviews!.length > 1 ? html` (${reviews!.length} reviews)` : ''}</dd>`;
  }
  // Without its review items (none found), the decision's own summary of its review.
  if (d.review.review_status === 'none') return html``;
  return html`<dt>Review</dt><dd data-review-status="${d.review.review_status}">${d.review.review_status}${d.review.review_reason ? html` · ${d.review.review_reason}` : ''}</dd>`;
}

/**
 * The panel of one decision. `reviews`: the decision's review items, so the panel shows
 * where its review stands (pages that show a flagged decision read them).
 */
export function decisionPanel(d: Decision, opts: { heading?: 'h2' | 'h3'; linkToDecision?: boolean; reviews?: readonly ReviewItem[] } = {}): Html {
  const title = html`${outcomeBadge(d.verdict.outcome)} ${d.verdict.headline}`;
  const heading = opts.heading === 'h3' ? html`<h3 id="panel-${d.decision_id}">${title}</h3>` : html`<h2 id="panel-${d.decision_id}">${title}</h2>`;
  return html`<section class="panel" aria-labelledby="panel-${d.decision_id}" data-decision="${d.decision_id}" data-outcome="${d.verdict.outcome}">
  ${heading}
  <p class="summary">${d.verdict.summary}</p>
  <dl class="facts">
    <dt>Decision</dt><dd>${opts.linkToDecision ? html`<a href="/console/decisions/${d.decision_id}">${d.decision_id}</a>` : d.decision_id}</dd>
    <dt>State</dt><dd>${d.state}</dd>
    ${reviewRow(d, opts.reviews)}
    <dt>Confidence</dt><dd>${pct(d.confidence)}</dd>
    <dt>Made</dt><dd>${when(d.created_at)}</dd>
    <dt>Logic version</dt><dd>${d.logic_version}</dd>
    <dt>Prompt version</dt><dd>${d.ai_trace.prompt_version}</dd>
    <dt>Model</dt><dd>${d.ai_trace.model}${d.ai_used ? '' : ' (no AI)'}</dd>
    ${d.ai_trace.safety_flags.length ? html`<dt>Safety flags</dt><dd>${d.ai_trace.safety_flags.join(', ')}</dd>` : ''}
    ${d.supersedes_decision_id ? html`<dt>Supersedes</dt><dd><a href="/console/decisions/${d.supersedes_decision_id}">${d.supersedes_decision_id}</a></dd>` : ''}
  </dl>
  ${d.refusal
    ? html`<h4>Refusal</h4><p>Reason: <strong>${d.refusal.reason}</strong>${d.refusal.missing_inputs.length ? html` · needs ${d.refusal.missing_inputs.join(', ')}` : ''}</p><p>Next step offered: ${d.refusal.next_action}</p>`
    : ''}
  ${d.assumptions.length
    ? html`<h4>Assumptions</h4><ul class="assumptions">${d.assumptions.map((a) => html`<li>${a.text} <span class="conf">(${pct(a.confidence)})</span></li>`)}</ul>`
    : ''}
  ${d.tradeoffs.gains.length || d.tradeoffs.losses.length
    ? html`<div class="ledger"><div><h4>Gains</h4><ul class="gains">${d.tradeoffs.gains.map((g) => html`<li>${g}</li>`)}</ul></div>
      <div><h4>Losses</h4><ul class="losses">${d.tradeoffs.losses.map((l) => html`<li>${l}</li>`)}</ul></div></div>`
    : ''}
  ${d.change_conditions.length ? html`<h4>What would change it</h4><ul>${d.change_conditions.map((x) => html`<li>${x}</li>`)}</ul>` : ''}
  <details><summary>Inputs snapshot</summary><pre>${json(d.inputs_snapshot)}</pre></details>
</section>`;
}
