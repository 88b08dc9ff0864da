/**
 * The answer to "details" ("détails", "mehr") on a phone: the reasoning the verdict had no room
 * for. A verdict SMS keeps to three segments; a traveler who asked for the full reasoning gets up
 * to MAX_DETAILS_SEGMENTS, the most a carrier reliably joins into one message and within Twilio's
 * 1,600 characters, billed only when asked for. What the cap cannot hold is never cut mid-word: whole
 * items are left out, the fullest sections losing their last items first so that every part of the
 * reasoning (assumptions, what you gain, what you give up, what would change it) keeps its first
 * ones, and the link line then says the rest is behind it. WhatsApp takes the whole ledger within
 * its 4,096 characters.
 */
import type { Language, MessageDialogue } from '../../domain/dialogue';
import { LABELS } from '../../agent/render/labels';
import type { RelayChannel } from './address';
import { plainForSms } from './phone-reply';
import { fitSegments, segmentSms } from './sms-segments';

/** The most segments an SMS answer to "details" may take (a verdict: three). */
export const MAX_DETAILS_SEGMENTS = 10;

/** The most characters of a WhatsApp text message (Cloud API and Twilio alike). */
export const MAX_WHATSAPP_CHARS = 4096;

/**
 * Whether a reply answered "details". The dialogue step records it so (act `why`, answered
 * "details: …", src/agent/dialogue/compose.ts); read here from the record, so a redelivery is
 * answered as the first delivery was, without loading the dialogue modules at start.
 */
export function isDetailsReply(d: Pick<MessageDialogue, 'act' | 'answered'> | undefined): boolean {
  return d?.act === 'why' && d.answered.startsWith('details:');
}

/** The link line when some of the ledger was left out: it says more follows there. */
const MORE: Record<Language, string> = {
  en: 'More in the full decision',
  fr: 'La suite dans la décision complète',
  de: 'Alles Weitere in der Entscheidung',
};

/** A run of ledger lines: a heading ("Assumptions:") and its "- " items, or a line of its own. */
interface Block {
  heading?: string;
  items: string[];
}

/** Lines before the first heading (verdict, summary, plan) lead; the rest are blocks of items. */
function parse(lines: readonly string[]): { lead: string[]; blocks: Block[] } {
  const isItem = (l: string | undefined) => l !== undefined && l.startsWith('- ');
  const first = lines.findIndex((l, k) => !isItem(l) && isItem(lines[k + 1]));
  const lead = first < 0 ? [...lines] : lines.slice(0, first);
  const blocks: Block[] = [];
  for (const line of first < 0 ? [] : lines.slice(first)) {
    const last = blocks.at(-1);
    if (isItem(line) && last) last.items.push(line);
    else if (!isItem(line) && line.trim()) blocks.push({ heading: line, items: [] });
  }
  // A line with no items under it (a closing sentence) is an item of its own, left out like one.
  return { lead, blocks: blocks.map((b) => (b.items.length || !b.heading ? b : { items: [b.heading] })) };
}

function render(lead: readonly string[], blocks: readonly Block[]): string {
  return [...lead, ...blocks.filter((b) => b.items.length).flatMap((b) => (b.heading ? [b.heading, ...b.items] : b.items))].join('\n');
}

/** The longest word-boundary prefix of `line` with "..." that `fits`, or undefined. */
function cutLine(line: string, fits: (s: string) => boolean): string | undefined {
  const words = line.split(' ');
  for (let n = words.length - 1; n > 0; n--) {
    const cut = `${words.slice(0, n).join(' ').replace(/[,;:]$/, '')}...`;
    if (fits(cut)) return cut;
  }
  return undefined;
}

/** Drops the last item of the block with the most items above `keep` (the later block on a tie). */
function popFullest(blocks: Block[], keep: number): boolean {
  const most = Math.max(0, ...blocks.map((b) => b.items.length));
  if (most <= keep) return false;
  blocks.findLast((b) => b.items.length === most)!.items.pop();
  return true;
}

/**
 * `text` (one ledger item a line, as compose.ts writes it: the verdict, the summary, the plan,
 * then headed sections) fitted to `fits` with its link line. Whole when it fits; else, one step at
 * a time until it does: each section down to two items (the fullest first), the summary to its
 * first sentence, then left out (the verdict SMS began with it), each section down to one item, the
 * plan line, the later sections' last items, the verdict cut at a word. The link line then says
 * the rest is there. Never a word cut without "...".
 */
function fitLedger(text: string, fits: (s: string) => boolean, link: string | undefined, lang: Language, ellipsis: string, last: (s: string) => string): string {
  const t = LABELS[lang];
  const whole = link ? `${text}\n${t.fullDecision}${t.colon}${link}` : text;
  if (fits(whole)) return whole;
  // Without a link (a refusal has no page) nothing can say where the rest is: an ellipsis says it was cut.
  const withMore = (body: string) => (link ? `${body}\n${MORE[lang]}${t.colon}${link}` : `${body}${ellipsis}`);
  const { lead, blocks } = parse(text.split('\n'));
  const candidate = () => withMore(render(lead, blocks));
  const steps: Array<() => boolean> = [
    () => popFullest(blocks, 2),
    () => {
      const first = /^(.+?[.!?])\s/.exec(lead[1] ?? '')?.[1];
      if (!first || first === lead[1]) return false;
      lead[1] = first;
      return true;
    },
    // The verdict SMS carried the summary's start: the reasons of each section come before the rest of it.
    () => lead.length > 1 && Boolean(lead.splice(1, 1).length),
    () => popFullest(blocks, 1),
    () => lead.length > 1 && Boolean(lead.pop()),
    () => {
      const b = blocks.findLast((x) => x.items.length);
      return Boolean(b && b !== blocks.find((x) => x.items.length) && b.items.pop());
    },
  ];
  for (;;) {
    if (fits(candidate())) return candidate();
    if (!steps.some((step) => step())) break;
  }
  // Still too long (a verdict longer than the cap, not expected from the rules): cut at a word.
  for (let k = lead.length - 1; k >= 0; k--) {
    const before = lead.slice(0, k);
    const cut = cutLine(lead[k]!, (s) => fits(withMore(render([...before, s], blocks))));
    if (cut) return withMore(render([...before, cut], blocks));
  }
  return last(whole);
}

/**
 * The phone text of a "details" reply (`text` as compose.ts wrote it for the channel) with the
 * link to the full decision: SMS within MAX_DETAILS_SEGMENTS, WhatsApp within one message.
 */
export function detailsText(channel: RelayChannel, text: string, link: string | undefined, lang: Language): string {
  if (channel === 'sms') return fitLedger(plainForSms(text), (s) => segmentSms(s).segments <= MAX_DETAILS_SEGMENTS, link, lang, '...', (s) => fitSegments(s, MAX_DETAILS_SEGMENTS));
  const t = LABELS[lang];
  const whole = link ? `${text}\n\n${t.fullDecision}${t.colon}${link}` : text;
  return whole.length <= MAX_WHATSAPP_CHARS ? whole : fitLedger(text, (s) => s.length <= MAX_WHATSAPP_CHARS, link, lang, '…', (s) => `${s.slice(0, MAX_WHATSAPP_CHARS - 1)}…`);
}
