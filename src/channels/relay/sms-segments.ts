/**
 * How an SMS is split on the wire (3GPP TS 23.038 / 23.040), as a carrier bills it.
 * GSM-7: 160 septets in one segment, 153 per segment once split (the rest is the
 * concatenation header); an extension character (`€ [ ] { } ^ ~ | \`) takes two septets
 * and is never split across segments. Anything outside the GSM-7 alphabet sends the whole
 * message as UCS-2: 70 UTF-16 units alone, 67 per segment, and a character outside the
 * BMP (an emoji) takes two units that stay in one segment. So one emoji turns a 160
 * character segment into a 70 character one.
 */

const BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const EXTENSION = '^{}\\[~]|€\f';
const basic = new Set(BASIC);
const extension = new Set(EXTENSION);

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export interface SmsSegmentation {
  encoding: SmsEncoding;
  segments: number;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2) the text takes. */
  units: number;
  /** Characters (code points) in the text. */
  characters: number;
}

function encodingOf(chars: readonly string[]): SmsEncoding {
  return chars.every((c) => basic.has(c) || extension.has(c)) ? 'GSM-7' : 'UCS-2';
}

function unitsOf(ch: string, encoding: SmsEncoding): number {
  return encoding === 'GSM-7' ? (extension.has(ch) ? 2 : 1) : ch.length;
}

/** Segments, encoding and size of an SMS body. An empty text is one (empty) segment. */
export function segmentSms(text: string): SmsSegmentation {
  const chars = Array.from(text);
  const encoding = encodingOf(chars);
  const single = encoding === 'GSM-7' ? 160 : 70;
  const perPart = encoding === 'GSM-7' ? 153 : 67;
  let units = 0;
  for (const ch of chars) units += unitsOf(ch, encoding);
  if (units <= single) return { encoding, segments: 1, units, characters: chars.length };
  // Pack greedily: a two-unit character that does not fit opens the next segment.
  let segments = 1;
  let used = 0;
  for (const ch of chars) {
    const u = unitsOf(ch, encoding);
    if (used + u > perPart) {
      segments += 1;
      used = 0;
    }
    used += u;
  }
  return { encoding, segments, units, characters: chars.length };
}

/**
 * The text cut to fit `max` segments at a sentence or word boundary, with an ellipsis
 * ("..." keeps a GSM-7 text GSM-7; "…" when the text is UCS-2 anyway). Unchanged when it fits.
 */
export function fitSegments(text: string, max: number): string {
  if (segmentSms(text).segments <= max) return text;
  const ellipsis = encodingOf(Array.from(text)) === 'GSM-7' ? '...' : '…';
  let chars = Array.from(text);
  // Binary search the longest prefix that fits, then back off to a boundary.
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (segmentSms(chars.slice(0, mid).join('').trimEnd() + ellipsis).segments <= max) lo = mid;
    else hi = mid - 1;
  }
  chars = chars.slice(0, lo);
  const cut = chars.join('');
  const sentence = cut.lastIndexOf('. ');
  const word = cut.lastIndexOf(' ');
  const at = sentence > cut.length * 0.6 ? sentence + 1 : word > cut.length * 0.5 ? word : cut.length;
  return cut.slice(0, at).trimEnd() + ellipsis;
}
