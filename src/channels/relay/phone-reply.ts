/**
 * A decision as a phone shows it (issue 12, item 7): the verdict first, then the reasons
 * that matter, then one line of what would change it, then the link to the full decision.
 * SMS stays within three segments (GSM-7 and UCS-2 counted as carriers count them); a
 * WhatsApp reply may say more but is always one message.
 */
import type { Outcome } from '../../domain/entities/decision';
import type { RelayChannel } from './address';
import type { Language } from '../../domain/dialogue';
import { afterLabel, LABELS } from '../../agent/render/labels';
import { fitSegments, segmentSms } from './sms-segments';

/** The most segments an SMS reply may take. */
export const MAX_SMS_SEGMENTS = 3;

/** What a phone reply is rendered from: the fields of a decision as sent to clients. */
export interface PhoneDecision {
  verdict: { outcome: Outcome; headline: string; summary: string };
  tradeoffs: { gains: string[]; losses: string[] };
  change_conditions: string[];
  refusal?: { reason: string; missing_inputs: string[]; next_action: string };
}

/** The plan in brief, when the decision is to book. */
export interface PhoneItinerary {
  title: string;
  duration_days: number;
  route: Array<{ name: string; nights: number }>;
}

/** The verdict word in capitals, in the decision's language. */
function outcomeWord(outcome: Outcome, lang: Language): string {
  return LABELS[lang].outcome[outcome].toLocaleUpperCase(lang);
}

/**
 * Typography with a plain GSM-7 equivalent, as Twilio's Smart Encoding replaces it: a
 * curly quote or a dash would otherwise make the whole SMS UCS-2 (70, not 160, a segment).
 */
const PLAIN: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u2033': '"',
  '\u2013': '-', '\u2014': '-', '\u2212': '-', '\u2010': '-', '\u2011': '-',
  '\u2026': '...', '\u00A0': ' ', '\u2009': ' ', '\u202F': ' ', '\u2022': '-', '\u00B7': '-', '\u2192': '->',
};

/** Replaces typography that has a GSM-7 equivalent; other characters (emoji, scripts) are kept. */
export function plainForSms(text: string): string {
  return text.replace(/[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u2033\u2013\u2014\u2212\u2010\u2011\u2026\u00A0\u2009\u202F\u2022\u00B7\u2192]/g, (c) => PLAIN[c] ?? c);
}

function firstSentence(text: string): string {
  const m = /^(.+?[.!?])(?:\s|$)/s.exec(text.trim());
  return (m ? m[1]! : text).trim();
}

/**
 * The SMS text: verdict and headline, the summary (cut to fit), one change condition (or,
 * for a refusal, what to send), then the link, which is never cut.
 */
/** The verdict line: the outcome, unless the headline already opens with it ("Book Maasai Mara for August."). */
function verdictLine(d: PhoneDecision, label: (s: string) => string, lang: Language): string {
  const word = outcomeWord(d.verdict.outcome, lang);
  return d.verdict.headline.toLocaleUpperCase(lang).startsWith(`${word} `) ? d.verdict.headline : `${label(word)}${LABELS[lang].colon}${afterLabel(lang, d.verdict.headline)}`;
}

export function renderSmsReply(d: PhoneDecision, link?: string, lang: Language = 'en'): string {
  const t = LABELS[lang];
  const head = plainForSms(verdictLine(d, (w) => w, lang));
  const tail = link ? `\n${t.fullDecision}${t.colon}${link}` : '';
  const parts: string[] = [];
  if (d.refusal) {
    parts.push(plainForSms(d.verdict.summary));
  } else {
    const change = d.change_conditions[0];
    parts.push(plainForSms(d.verdict.summary));
    if (change) parts.push(plainForSms(`${t.changeIt}${t.colon}${afterLabel(lang, change)}`));
  }
  // Fit the middle into what the head and the link leave: the change line is kept whole
  // when it fits on its own; the summary is cut first.
  let body = parts.join('\n');
  const fits = (mid: string) => segmentSms(`${head}\n${mid}${tail}`).segments <= MAX_SMS_SEGMENTS;
  if (!fits(body) && parts.length === 2) {
    const changeLine = parts[1]!;
    if (fits(`${firstSentence(parts[0]!)}\n${changeLine}`)) {
      body = `${fitPrefix(parts[0]!, (s) => fits(`${s}\n${changeLine}`))}\n${changeLine}`;
      // No room for the change line beside the summary's first sentence: the summary alone, never a heading cut to "...".
    } else body = fitPrefix(firstSentence(parts[0]!), fits);
  } else if (!fits(body)) body = fitPrefix(body, fits);
  const text = `${head}\n${body}${tail}`;
  // A headline alone too long for the budget (not expected from the rules): cut the whole.
  return segmentSms(text).segments <= MAX_SMS_SEGMENTS ? text : fitSegments(text, MAX_SMS_SEGMENTS);
}

/** The longest boundary-cut prefix of `text` (with an ellipsis) that `fits`. */
function fitPrefix(text: string, fits: (s: string) => boolean): string {
  if (fits(text)) return text;
  const words = text.split(' ');
  for (let n = words.length - 1; n > 0; n--) {
    const cut = `${words.slice(0, n).join(' ').replace(/[,;:]$/, '')}...`;
    if (fits(cut)) return cut;
  }
  return '';
}

/** The WhatsApp text: the same order, with room for the reasons both ways and the plan in brief. */
export function renderWhatsappReply(d: PhoneDecision, itinerary?: PhoneItinerary, link?: string, lang: Language = 'en'): string {
  const t = LABELS[lang];
  const first = verdictLine(d, (w) => `*${w}*`, lang);
  const lines = [first.startsWith('*') ? first : `*${first}*`, '', d.verdict.summary];
  if (!d.refusal) {
    const gains = d.tradeoffs.gains.slice(0, 3);
    const losses = d.tradeoffs.losses.slice(0, 2);
    if (gains.length) lines.push('', `*${t.why}*`, ...gains.map((g) => `+ ${g}`));
    if (losses.length) lines.push(...losses.map((l) => `- ${l}`));
    if (itinerary) lines.push('', planLine(itinerary, lang));
    if (d.change_conditions[0]) lines.push('', `*${t.changeItFull}*${t.colon}${afterLabel(lang, d.change_conditions[0])}`);
  }
  if (link) lines.push('', `${t.fullDecision}${t.colon}${link}`);
  return lines.join('\n');
}

/** The plan in one line; French and German put the route in brackets, never a second colon ("Programme : le Masai Mara en août, 7 jours (le Masai Mara 6 n.)"). */
function planLine(itinerary: PhoneItinerary, lang: Language): string {
  const t = LABELS[lang];
  const days = t.days(itinerary.duration_days);
  const route = itinerary.route.map((s) => `${afterLabel(lang, s.name)} ${t.nightsShort(s.nights)}`).join(', ');
  const title = afterLabel(lang, itinerary.title);
  if (lang === 'en') return `*${t.plan}*${t.colon}${title}${itinerary.title.includes(days) ? '' : ` (${days})`}${t.colon}${route}`;
  return `*${t.plan}*${t.colon}${title}${itinerary.title.includes(days) ? '' : `, ${days}`} (${route})`;
}

/** The reply for a relay channel, in the decision's language (`lang`, English by default). */
export function renderPhoneReply(channel: RelayChannel, d: PhoneDecision, opts: { link?: string; itinerary?: PhoneItinerary; lang?: Language } = {}): string {
  return channel === 'sms' ? renderSmsReply(d, opts.link, opts.lang) : renderWhatsappReply(d, opts.itinerary, opts.link, opts.lang);
}
