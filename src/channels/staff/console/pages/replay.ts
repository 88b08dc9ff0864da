/**
 * Replay side by side, and the impact of a rules change over a period.
 */
import { html } from 'hono/html';
import type { ImpactReport, ReplayResult } from '../../replay';
import { outcomeBadge, pct, withQuery, type Html } from '../view';

type Side = ReplayResult['stored'] | ReplayResult['replayed'];

function column(title: string, side: Side, logic: string): Html {
  return html`<section class="side" aria-label="${title}">
  <h2>${title}</h2>
  <p>${outcomeBadge(side.verdict.outcome)} <strong>${side.verdict.headline}</strong></p>
  <p>${side.verdict.summary}</p>
  <p class="meta">${logic} · confidence ${pct(side.confidence)}</p>
  ${side.refusal ? html`<p>Refusal: ${side.refusal.reason}${side.refusal.missing_inputs.length ? html` · needs ${side.refusal.missing_inputs.join(', ')}` : ''}</p>` : ''}
  <h3>Assumptions</h3><ul>${side.assumptions.map((a) => html`<li>${a.text} (${pct(a.confidence)})</li>`)}</ul>
  <h3>Gains</h3><ul>${side.tradeoffs.gains.map((g) => html`<li>${g}</li>`)}</ul>
  <h3>Losses</h3><ul>${side.tradeoffs.losses.map((l) => html`<li>${l}</li>`)}</ul>
  <h3>What would change it</h3><ul>${side.change_conditions.map((x) => html`<li>${x}</li>`)}</ul>
</section>`;
}

export function replayBody(r: ReplayResult): Html {
  const verdictLine = r.changed
    ? html`<strong>Changed</strong>: ${r.differences.join(', ')} differ${r.outcome_changed ? html` — the outcome moves from ${r.stored.verdict.outcome} to ${r.replayed.verdict.outcome}` : ''}.`
    : html`<strong>Unchanged</strong>: the current rules reproduce this decision exactly.`;
  return html`<p class="status" role="status">${verdictLine} ${r.same_logic_version ? 'Same logic version.' : `Stored under ${r.stored.logic_version}, replayed under ${r.replayed.logic_version}.`} Nothing was written.</p>
<p class="links"><a href="/console/decisions/${r.stored.decision_id}">Back to the decision</a></p>
<div class="sidebyside">${column('Stored', r.stored, r.stored.logic_version)}${column('Replayed now', r.replayed, r.replayed.logic_version)}</div>`;
}

export function impactBody(from: string, to: string, report?: ImpactReport): Html {
  const form = html`<form class="filters" method="get" action="/console/impact">
  <label>From <input type="date" name="from" value="${from}" required></label>
  <label>To <input type="date" name="to" value="${to}" required></label>
  <button type="submit">Replay the period</button>
</form>`;
  if (!report) return form;
  return html`${form}
<p role="status">${report.examined} decisions from ${report.from.slice(0, 10)} to ${report.to.slice(0, 10)} replayed under ${report.logic_version}:
  <strong>${report.changed}</strong> would change verdict, ${report.copy_changed} more would change copy or ledger only.${report.truncated ? ' The period held more decisions than one report replays; narrow it.' : ''}</p>
<table class="list"><caption>Verdict changes by outcome</caption>
  <thead><tr><th scope="col">From</th><th scope="col">To</th><th scope="col">Decisions</th><th scope="col">Which</th></tr></thead>
  <tbody>${report.transitions.length
    ? report.transitions.map((t) => html`<tr><td>${outcomeBadge(t.from)}</td><td>${outcomeBadge(t.to)}</td><td>${t.count}</td>
      <td><ul class="inline">${t.decision_ids.map((id) => html`<li><a href="/console/decisions/${id}/replay">${id}</a></li>`)}</ul></td></tr>`)
    : html`<tr><td colspan="4">No decision would change verdict.</td></tr>`}</tbody>
</table>
<p><a href="${withQuery('/api/staff/impact', { from: report.from, to: report.to })}">This report as JSON</a></p>`;
}
