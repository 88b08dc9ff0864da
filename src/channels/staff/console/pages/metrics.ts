/**
 * The metrics page (seed 000's metrics constitution): completion rate, outcome mix,
 * refusals by reason, reversals, drop-offs by step and bookings, by day and by logic
 * version; each chart with its numbers in a table beside it.
 */
import { html } from 'hono/html';
import { OUTCOMES } from '../../../../domain/entities/decision';
import type { MetricsReport } from '../../metrics';
import { csrfField, pct, when, withQuery, type Html } from '../view';
import { barChart, figureTable, rowChart } from './charts';

const keysOf = (records: Record<string, number>[]) => [...new Set(records.flatMap((r) => Object.keys(r)))].sort();

export function metricsBody(r: MetricsReport, csrf?: string): Html {
  const days = r.days.map((d) => d.day);
  const unbuilt = r.days.filter((d) => !d.built).length;
  // The newest figures shown: a read rebuilds a day that can still change once its figures are a minute old.
  const asOf = r.days.reduce<string | null>((latest, d) => (d.built_at && (!latest || d.built_at > latest) ? d.built_at : latest), null);
  const outcomeSeries = OUTCOMES.map((o) => ({ name: o, cls: `s-${o}`, values: r.days.map((d) => d.outcomes[o] ?? 0) }));
  const reasons = keysOf([r.totals.refusals_by_reason]);
  const steps = keysOf([r.totals.dropoffs]);
  const t = r.totals;
  return html`<form class="filters" method="get" action="/console/metrics">
  <label>From <input type="date" name="from" value="${r.from}"></label>
  <label>To <input type="date" name="to" value="${r.to}"></label>
  <button type="submit">Show</button>
  <a href="${withQuery('/api/staff/metrics', { from: r.from, to: r.to })}">JSON</a>
</form>
${asOf ? html`<p class="note">Figures as of ${when(asOf)}.</p>` : ''}
${unbuilt ? html`<p class="note">${unbuilt} of ${r.days.length} days have no figures (days still to come, or days that could not be built just now); they count as zero.</p>` : ''}
${csrf !== undefined ? html`<form method="post" action="/console/metrics/rebuild">${csrfField(csrf)}<button type="submit">Rebuild today's figures now</button></form>` : ''}
<section aria-labelledby="m-sum"><h2 id="m-sum">Summary</h2>
<dl class="facts">
  <dt>Sessions</dt><dd>${t.sessions} (${t.engaged} engaged)</dd>
  <dt>Decision completion rate</dt><dd>${pct(t.completion_rate)} (${t.completed} of ${t.engaged})</dd>
  <dt>Decisions</dt><dd>${t.decisions}</dd>
  <dt>Reversals</dt><dd>${t.reversals}</dd>
  <dt>Bookings</dt><dd>${t.bookings}</dd>
</dl></section>
<section aria-labelledby="m-comp"><h2 id="m-comp">Decision completion rate by day</h2>
<div class="chartrow">
${barChart({ title: 'Decision completion rate by day', desc: 'Share of engaged sessions that reached an issued verdict, per day; the table beside gives each figure.', categories: days, series: [{ name: 'completion rate', cls: 's-rate', values: r.days.map((d) => d.completion_rate ?? 0) }], max: 1, percent: true })}
${figureTable('Completion by day', 'Day', days, [
  { name: 'Engaged', values: r.days.map((d) => d.engaged) },
  { name: 'Completed', values: r.days.map((d) => d.completed) },
  { name: 'Rate', values: r.days.map((d) => pct(d.completion_rate)) },
])}
</div></section>
<section aria-labelledby="m-mix"><h2 id="m-mix">Outcome mix by day</h2>
<div class="chartrow">
${barChart({ title: 'Outcome mix by day', desc: 'Decisions per day stacked by outcome: book, wait, switch, discard, refused.', categories: days, series: outcomeSeries })}
${figureTable('Decisions by outcome and day', 'Day', days, outcomeSeries.map((s) => ({ name: s.name, values: s.values })))}
</div></section>
<section aria-labelledby="m-ref"><h2 id="m-ref">Refusals by reason</h2>
<div class="chartrow">
${rowChart({ title: 'Refusals by reason', desc: 'Refusals over the period by reason.', categories: reasons, name: 'refusals', cls: 's-refused', values: reasons.map((k) => t.refusals_by_reason[k] ?? 0) })}
${figureTable('Refusals by reason', 'Reason', reasons, [{ name: 'Refusals', values: reasons.map((k) => t.refusals_by_reason[k] ?? 0) }])}
</div></section>
<section aria-labelledby="m-rev"><h2 id="m-rev">Reversals and bookings by day</h2>
<div class="chartrow">
${barChart({ title: 'Reversals and bookings by day', desc: 'Per day: decisions that changed an issued verdict, and leads marked booked.', categories: days, series: [
  { name: 'reversals', cls: 's-switch', values: r.days.map((d) => d.reversals) },
  { name: 'bookings', cls: 's-book', values: r.days.map((d) => d.bookings) },
] })}
${figureTable('Reversals and bookings by day', 'Day', days, [
  { name: 'Reversals', values: r.days.map((d) => d.reversals) },
  { name: 'Bookings', values: r.days.map((d) => d.bookings) },
])}
</div></section>
<section aria-labelledby="m-drop"><h2 id="m-drop">Drop-offs by step</h2>
<div class="chartrow">
${rowChart({ title: 'Drop-offs by step', desc: 'Sessions that ended without an issued verdict, by the step they stopped at.', categories: steps, name: 'sessions', cls: 's-discard', values: steps.map((k) => t.dropoffs[k] ?? 0) })}
${figureTable('Drop-offs by step', 'Step', steps, [{ name: 'Sessions', values: steps.map((k) => t.dropoffs[k] ?? 0) }])}
</div></section>
<section aria-labelledby="m-lv"><h2 id="m-lv">By logic version</h2>
${figureTable('Decisions by logic version', 'Logic version', r.by_logic_version.map((v) => v.logic_version), [
  { name: 'Decisions', values: r.by_logic_version.map((v) => v.decisions) },
  ...OUTCOMES.map((o) => ({ name: o, values: r.by_logic_version.map((v) => v.outcomes[o] ?? 0) })),
  { name: 'Reversals', values: r.by_logic_version.map((v) => v.reversals) },
])}
</section>`;
}
