import type { Channel } from '../../domain/entities/common';
import type { DecisionContent, Outcome } from '../../domain/entities/decision';
import type { ItineraryDraft } from '../../domain/entities/itinerary';
import { scopeNote } from './scope-notes';
import { fitSms } from './sms-segments';

/** The most SMS segments a relay reply may take (issue #4). */
export const MAX_SMS_SEGMENTS = 3;

const OUTCOME_LABEL: Record<Outcome, string> = {
  book: 'Book',
  wait: 'Wait',
  switch: 'Switch',
  discard: 'Discard',
  refused: 'Not yet',
};

const FIELD_LABEL: Record<string, string> = {
  destinations: 'where you want to go',
  month: 'when you want to travel',
  start_date: 'your start date',
  end_date: 'your end date',
  duration_days: 'how many days you have',
  adults: 'how many adults',
  children: 'how many children',
  child_ages: "the children's ages",
  group_size: 'how many of you are travelling',
  budget_amount: 'your budget',
  budget_currency: "your budget's currency",
  budget_basis: 'whether the budget is per person or in total',
  priorities: 'what matters most to you',
  drive_tolerance_hours: 'how many hours a day you are happy to drive',
  flexible_dates: 'whether your dates can move',
  year: 'which year',
  pace: 'the pace you like',
  traveler_type: 'what kind of trip this is',
};

/** A readable name for a TripInputs field, for refusals and quick replies. */
export function fieldLabel(field: string): string {
  return FIELD_LABEL[field] ?? field.replace(/_/g, ' ');
}

/** "Book: Book the Mara…" reads twice: the label is left out when the headline already starts with it. */
function labelled(label: string, headline: string): string {
  return headline.toLowerCase().startsWith(label.toLowerCase()) ? headline : `${label}: ${headline}`;
}

/** Ledger lines joined in one sentence, without ".;" between them. */
function joined(lines: readonly string[]): string {
  return `${lines.map((l) => l.replace(/[.;\s]+$/, '')).join('; ')}.`;
}

function percent(confidence: number): string {
  return `${Math.round(confidence * 100)}%`;
}

/** The widget's text: verdict first, then summary, assumptions, trade-offs and change conditions. */
function renderFull(d: DecisionContent, itinerary?: ItineraryDraft): string {
  const lines: string[] = [labelled(OUTCOME_LABEL[d.verdict.outcome], d.verdict.headline), '', d.verdict.summary];
  if (d.refusal) {
    // A missing-inputs summary already says what to send; other refusals point somewhere.
    if (d.refusal.reason !== 'missing_inputs') lines.push('', d.refusal.next_action);
    return lines.join('\n');
  }
  if (itinerary) {
    const days = `${itinerary.duration_days} days`;
    lines.push('', `Plan: ${itinerary.title.includes(days) ? itinerary.title : `${itinerary.title} (${days})`}`);
    for (const stop of itinerary.route) lines.push(`- ${stop.name}: ${stop.nights} night${stop.nights === 1 ? '' : 's'}, ${stop.lodging_tier.replace('_', ' ')}`);
  }
  lines.push('', 'Assumptions:');
  for (const a of d.assumptions) lines.push(`- ${a.text} (${percent(a.confidence)})`);
  lines.push('', `Gains: ${joined(d.tradeoffs.gains)}`, `Losses: ${joined(d.tradeoffs.losses)}`);
  lines.push('', 'What would change this:');
  for (const c of d.change_conditions) lines.push(`- ${c}`);
  lines.push('', `Confidence: ${percent(d.confidence)}`);
  return lines.join('\n');
}

/** SMS and WhatsApp: the verdict and what to do next, within three SMS segments. */
function renderCompact(d: DecisionContent): string {
  const label = OUTCOME_LABEL[d.verdict.outcome];
  // "BOOK Serengeti…" rather than "BOOK: Book Serengeti…": the verdict word once, in capitals, first.
  const head = d.verdict.headline.toLowerCase().startsWith(label.toLowerCase())
    ? `${label.toUpperCase()}${d.verdict.headline.slice(label.length)}`
    : `${label.toUpperCase()}: ${d.verdict.headline}`;
  if (d.refusal) {
    const ask = d.refusal.missing_inputs.length > 0 ? ` Please tell me ${d.refusal.missing_inputs.map(fieldLabel).join(', ')}.` : ` ${d.refusal.next_action}`;
    return fitSms(`${head}${ask}`, MAX_SMS_SEGMENTS);
  }
  const change = d.change_conditions[0] ? ` ${d.change_conditions[0]}` : '';
  return fitSms(`${head} ${d.verdict.summary}${change}`, MAX_SMS_SEGMENTS);
}

/**
 * Step "render": the reply text for a channel. Verdict first everywhere; the widget gets
 * the whole ledger (it also receives the structured decision), SMS and WhatsApp a
 * compact text of at most three SMS segments.
 */
export function renderReply(channel: Channel, decision: DecisionContent, itinerary?: ItineraryDraft, scopeTopic?: string): string {
  if (channel === 'web') {
    const text = renderFull(decision, itinerary);
    // A question asked beside the trip (health, visa, safety): its bounded pointer first, then the verdict.
    return scopeTopic ? `${scopeNote(scopeTopic)}\n\n${text}` : text;
  }
  // Text channels: the dialogue composer puts the pointer before this verdict (compose.ts tripVerdict).
  return renderCompact(decision);
}
