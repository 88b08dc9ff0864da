/**
 * Conversations: newest first, filtered by state, outcome, channel, dates, logic version or
 * needs-review, or searched by a traveler's words, a destination or an id. A plain GET
 * form: works without JavaScript, and every filtered view has a shareable URL.
 */
import { html } from 'hono/html';
import { CHANNELS } from '../../../../domain/entities/common';
import { OUTCOMES } from '../../../../domain/entities/decision';
import { LEAD_STATES } from '../../../../domain/entities/lead';
import type { Page } from '../../../../store/repository-kit';
import type { ConversationRow } from '../../reads';
import { outcomeBadge, pager, when, type Html } from '../view';

export type ConversationFilters = Record<string, string | undefined>;

/** The places a conversation is about: those the traveler named, then those its plan chose. */
export function placesOf(s: ConversationRow['session']): string[] {
  return [...new Set([...(s.trip_inputs.destinations ?? []), ...(s.plan_places ?? [])])];
}

const select = (name: string, label: string, options: readonly string[], current: string | undefined): Html => html`<label>${label}
  <select name="${name}"><option value="">any</option>${options.map((o) => html`<option value="${o}"${o === current ? html` selected` : ''}>${o}</option>`)}</select></label>`;

export function conversationsBody(page: Page<ConversationRow>, f: ConversationFilters, error?: string): Html {
  return html`<form class="filters" method="get" action="/console" role="search" aria-label="Filter conversations">
  <label>Search <input type="search" name="q" value="${f.q ?? ''}" placeholder="traveler words or an id" maxlength="200"></label>
  <label>Destination <input name="destination" value="${f.destination ?? ''}" placeholder="masai_mara" maxlength="40"></label>
  ${select('state', 'Lead state', LEAD_STATES, f.state)}
  ${select('outcome', 'Last outcome', [...OUTCOMES, 'none'], f.outcome)}
  ${select('channel', 'Channel', CHANNELS, f.channel)}
  <label>From <input type="date" name="from" value="${f.from?.slice(0, 10) ?? ''}"></label>
  <label>To <input type="date" name="to" value="${f.to?.slice(0, 10) ?? ''}"></label>
  <label>Logic version <input name="logic_version" value="${f.logic_version ?? ''}" placeholder="rules_v1.0" maxlength="20"></label>
  <label class="check"><input type="checkbox" name="needs_review" value="true"${f.needs_review ? html` checked` : ''}> Needs review</label>
  <button type="submit">Show</button>
</form>
${error ? html`<p class="error" role="alert">${error}</p>` : ''}
<table class="list">
  <caption>Conversations${page.items.length ? '' : ': none match'}</caption>
  <thead><tr><th scope="col">Started</th><th scope="col">Conversation</th><th scope="col">Channel</th><th scope="col">Turns</th><th scope="col">Last outcome</th><th scope="col">Destinations</th><th scope="col">Matched</th></tr></thead>
  <tbody>
  ${page.items.map(
    ({ session: s, matched }) => html`<tr>
    <td>${when(s.created_at)}</td>
    <td><a href="/console/conversations/${s.session_id}">${s.session_id}</a></td>
    <td>${s.channel}</td>
    <td>${s.turn_count}</td>
    <td>${outcomeBadge(s.outcome.decision_outcome)}</td>
    <td>${placesOf(s).join(', ')}</td>
    <td>${matched?.text ? html`<q>${matched.text}</q>` : matched?.decision_id ? html`<a href="/console/decisions/${matched.decision_id}">${matched.decision_id}</a>` : ''}</td>
  </tr>`,
  )}
  </tbody>
</table>
${pager('/console', f, page.cursor)}`;
}
