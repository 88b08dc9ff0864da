import { canRetry } from '../protocol';
import type { HistoryEntry } from '../store';
import { stringsFor, type Strings } from '../strings';
import { renderAnswer, renderCard } from './card';
import { h } from './dom';

/** Formats a time of day in the widget's locale (the traveler's clock: when they saw it). */
export function clockTime(at: number, locale: string): string {
  try {
    return new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(at));
  } catch {
    return new Date(at).toISOString().slice(11, 16);
  }
}

function stamp(at: number, locale: string): HTMLTimeElement {
  return h('time', { datetime: new Date(at).toISOString() }, clockTime(at, locale));
}

/**
 * The Retry control of a refused message: its visible name is the action, and it
 * is described by the message's own text (id `m-<id>`), so a list of several
 * still tells a screen-reader user which message each one resends.
 */
export function retryButton(id: string, s: Strings, onRetry: (id: string) => void): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'retry', 'aria-describedby': `m-${id}` }, s.retry);
  button.addEventListener('click', () => onRetry(id));
  return button;
}

/** One conversation line: the traveler's text (with Retry when refused), or the advisor's decision card. */
export function renderEntry(e: HistoryEntry, s: Strings, locale: string, onChip: (prompt: string) => void, onRetry: (id: string) => void): HTMLLIElement {
  if (e.kind === 'user') {
    return h(
      'li',
      { class: 'msg user', 'data-id': e.id },
      h('span', { class: 'sr' }, `${s.you}: `),
      h('p', { class: 'text', id: `m-${e.id}`, dir: 'auto' }, e.text),
      h(
        'span',
        { class: 'meta' },
        stamp(e.at, locale),
        h('span', { class: 'state' }, e.failed ? ` · ${s.notSent}: ${e.failed}` : ''),
        e.failed !== undefined && canRetry(e.code) && retryButton(e.id, s, onRetry),
      ),
    );
  }
  // A reply is written in the traveler's language, which may not be the page's: its card's
  // labels, chips and plan lines follow the reply (a French reply on an English page reads French).
  const rs = e.language ? stringsFor(e.language) : s;
  return h(
    'li',
    { class: 'msg agent', 'data-id': e.id, ...(e.language ? { lang: e.language } : {}) },
    h('span', { class: 'sr' }, `${s.agent}: `),
    // An answer (why, price, thanks…) is its text; a decision, in any language, is its card with the ledger folded.
    e.answer ? renderAnswer(e.decision, e.text, rs, onChip) : renderCard(e.decision, e.itinerary, rs, onChip),
    h('span', { class: 'meta' }, stamp(e.at, locale)),
  );
}
