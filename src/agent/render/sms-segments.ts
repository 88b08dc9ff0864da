/**
 * SMS segment arithmetic (GSM 03.38): texts in the GSM-7 alphabet fit 160 characters in
 * one segment and 153 per segment when split; anything else is sent as UCS-2, 70 / 67.
 */
const GSM7_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM7_EXTENDED = '^{}\\[~]|€\f';
const basic = new Set(GSM7_BASIC);
const extended = new Set(GSM7_EXTENDED);

/** Whether the text can be sent in the GSM-7 alphabet. */
export function isGsm7(text: string): boolean {
  for (const ch of text) if (!basic.has(ch) && !extended.has(ch)) return false;
  return true;
}

/** Septets (GSM-7) or UTF-16 code units (UCS-2) the text occupies. */
function units(text: string, gsm: boolean): number {
  if (!gsm) return text.length;
  let n = 0;
  for (const ch of text) n += extended.has(ch) ? 2 : 1;
  return n;
}

/** How many SMS segments the text needs. */
export function smsSegments(text: string): number {
  const gsm = isGsm7(text);
  const n = units(text, gsm);
  const single = gsm ? 160 : 70;
  const multi = gsm ? 153 : 67;
  return n <= single ? 1 : Math.ceil(n / multi);
}

/**
 * Shortens text to fit `segments` SMS segments, cutting at a sentence or word boundary
 * and marking the cut with an ellipsis ("..." in GSM-7, "…" otherwise).
 */
export function fitSms(text: string, segments: number): string {
  if (smsSegments(text) <= segments) return text;
  const gsm = isGsm7(text);
  const ellipsis = gsm ? '...' : '…';
  let cut = text;
  while (cut.length > 0 && smsSegments(cut + ellipsis) > segments) {
    const sentence = cut.lastIndexOf('. ', cut.length - 2);
    const word = cut.lastIndexOf(' ', cut.length - 2);
    const at = sentence > cut.length * 0.6 ? sentence + 1 : word > 0 ? word : cut.length - 1;
    cut = cut.slice(0, at).trimEnd();
  }
  return cut + ellipsis;
}
