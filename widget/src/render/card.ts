import type { Decision, ItineraryBrief } from '../protocol';
import type { Strings } from '../strings';
import { renderChips } from './chips';
import { disclosure, h, textList } from './dom';
import { renderItinerary } from './itinerary';

const pct = (x: number) => Math.round(Math.max(0, Math.min(1, x)) * 100);

/**
 * An answer in words (why, price, thanks, a welcome, any reply not in English) as a card of
 * its text: the decision it carries is the standing one, not shown again; a refusal still
 * offers its chips, so a welcome's questions are one tap away.
 */
export function renderAnswer(d: Decision, text: string, s: Strings, onChip: (prompt: string) => void): HTMLElement {
  const card = h('article', { class: `card answer outcome-${d.verdict.outcome}`, 'data-outcome': d.verdict.outcome }, h('p', { class: 'text', dir: 'auto' }, text));
  const chips = d.refusal ? renderChips(d.refusal.missing_inputs, s, onChip) : undefined;
  if (chips) card.append(chips);
  return card;
}

/**
 * One decision as a card, verdict first: outcome and headline, then the
 * summary; the ledger (assumptions, gains and losses, change conditions) folded
 * below; a refusal shows what is missing as chips and the next step instead.
 */
export function renderCard(d: Decision, itinerary: ItineraryBrief | undefined, s: Strings, onChip: (prompt: string) => void): HTMLElement {
  const outcome = d.verdict.outcome;
  const card = h(
    'article',
    { class: `card outcome-${outcome}`, 'data-outcome': outcome },
    h('p', { class: 'verdict' }, h('span', { class: 'badge' }, s.outcome[outcome]), h('strong', { class: 'headline', dir: 'auto' }, d.verdict.headline)),
    h('p', { class: 'summary', dir: 'auto' }, d.verdict.summary),
  );

  if (d.refusal) {
    card.append(
      ...[
        d.refusal.missing_inputs.length > 0 && h('p', { class: 'needs' }, s.needs),
        renderChips(d.refusal.missing_inputs, s, onChip),
        d.refusal.next_action && h('p', { class: 'next', dir: 'auto' }, h('strong', {}, s.nextStep), d.refusal.next_action),
      ].filter((x): x is HTMLElement => Boolean(x)),
    );
    return card;
  }

  if (outcome === 'book' && itinerary) card.append(renderItinerary(itinerary, s));
  card.append(
    h('p', { class: 'confidence' }, s.confidence(pct(d.confidence))),
    disclosure(
      s.assumptions,
      h('ul', {}, ...d.assumptions.map((a) => h('li', { dir: 'auto' }, a.text, h('span', { class: 'conf' }, ` (${s.percent(pct(a.confidence))})`)))),
    ),
    disclosure(s.tradeoffs, h('h4', {}, s.gains), textList(d.tradeoffs.gains, 'gains'), h('h4', {}, s.losses), textList(d.tradeoffs.losses, 'losses')),
    disclosure(s.changeConditions, textList(d.change_conditions)),
  );
  return card;
}
