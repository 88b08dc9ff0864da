/** Export: a period's decisions and transcripts as CSV or JSON (plain links: the browser downloads them). */
import { html } from 'hono/html';
import { withQuery, type Html } from '../view';

export function exportBody(from: string, to: string): Html {
  const q = { from, to };
  return html`<form class="filters" method="get" action="/console/export">
  <label>From <input type="date" name="from" value="${from}" required></label>
  <label>To <input type="date" name="to" value="${to}" required></label>
  <button type="submit">Choose period</button>
</form>
<ul class="downloads">
  <li><a href="${withQuery('/api/staff/export', { ...q, format: 'csv', kind: 'decisions' })}" download>Decisions (CSV)</a></li>
  <li><a href="${withQuery('/api/staff/export', { ...q, format: 'csv', kind: 'messages' })}" download>Transcripts (CSV)</a></li>
  <li><a href="${withQuery('/api/staff/export', { ...q, format: 'json' })}" download>Decisions and transcripts (JSON)</a></li>
</ul>
<p class="note">The period runs from the start of <em>from</em> to the start of <em>to</em> (UTC); an export holds at most 2,000 decisions.</p>`;
}
