/**
 * Date ranges in the other common written forms, rewritten into the one the date reader
 * knows ("from 14 march to 22 march"): month first ("Dec 20th 2026 - Jan 2nd", "March
 * 14-22"), all digits ("14-22/03", "14/03-22/03", "14.03.-22.03.2027"). Digits are read
 * day first, as most travelers outside the US write them, unless the first number cannot
 * be a month's day order (a second number over 12 means month first: "03/14-03/22").
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// Whole month names or their usual abbreviations only: "mara" is a place, not March.
const SHORT = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const TO = '\\s*(?:-|to|until|till|through|thru)\\s*';

/**
 * How the message writes its all-digit dates, read from the message as a whole: a first
 * number over 12 ("30/12") shows day first, a second one over 12 ("08/19") shows month
 * first, and "US dates" or "mm/dd" says so; the evidence settles the ambiguous ones
 * ("08/12/2027 ... 08/19/2027" is 12 August). Undefined when nothing shows.
 */
export function digitDateOrder(text: string): 'day_first' | 'month_first' | undefined {
  if (/\b(?:us|american) (?:dates?|format|style)\b|\bmm\/dd\b/.test(text)) return 'month_first';
  if (/\bdd\/mm\b/.test(text)) return 'day_first';
  let day = false;
  let month = false;
  for (const m of text.matchAll(/(?<![\d.\/])(\d{1,2})[/.](\d{1,2})(?=[/.]\d{2,4}\b|\b(?![.\/]\d))/g)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    if (a > 12 && a <= 31 && b <= 12) day = true;
    if (b > 12 && b <= 31 && a <= 12) month = true;
  }
  return day === month ? undefined : day ? 'day_first' : 'month_first';
}

const monthOf = (abbr: string) => MONTHS.findIndex((m) => m.startsWith(abbr.slice(0, 3))) + 1;
const name = (m: number) => MONTHS[m - 1]!;

// "dec 20th 2026 - jan 2nd", "march 14 - april 2, 2027"
const MONTH_FIRST_SPAN = new RegExp(`\\b${SHORT}\\s+${DAY}(?:,?\\s+(\\d{4}))?${TO}${SHORT}\\s+${DAY}(?:,?\\s+(\\d{4}))?\\b`, 'g');
// "march 14-22", "aug 5 to 15"
const MONTH_FIRST_DAYS = new RegExp(`\\b${SHORT}\\s+${DAY}${TO}${DAY}\\b(?!\\s*(?:days?|nights?|weeks?|weekends?|people|adults|%|k\\b))(?:,?\\s+(\\d{4}))?`, 'g');
// "december, 20th to the 28th", "august 2027: from the 5th to the 12th": ordinal days (with "th" or "the") after a month and a comma.
// "march, 2nd to 3rd week" counts weeks, not days.
const MONTH_THEN_DAYS = new RegExp(`\\b${SHORT}(?:\\s+(\\d{4}))?\\s*[,:]\\s*(?:from\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)${TO}(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\b(?!\\s*(?:days?|nights?|weeks?|weekends?|people|adults|%|k\\b))`, 'g');
// "14/03-22/03", "14.03.-22.03.2027", "03/14 - 03/22", "28.12. bis 6.1.": any range word between two day-month pairs.
const DIGITS_BOTH = /\b(\d{1,2})[/.](\d{1,2})\.?(?:[/.](?:20)?\d{2}(?!\d))?\s*(?:-|to|bis|au|al|a|until|till|through|thru)\s*(\d{1,2})[/.](\d{1,2})(?:[/.]+(\d{4}|\d{2}(?!\d)))?\.?(?!\d|\s*(?:h|hours?|hrs?|km|k|m|%|days?|nights?|weeks?|million)\b)/g;
// "14-22/03", "14–22.03.2027"
// "14-22/03", "14–22.03.2027", "10.–20.7." (a German ordinal dot after the first day)
const DIGITS_SHARED = /\b(\d{1,2})\.?\s*-\s*(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?\b/g;

function year(y: string | undefined): string {
  if (!y) return '';
  return ` ${y.length === 2 ? `20${y}` : y}`;
}

// Days that are their own names: "from Boxing Day", "Christmas Eve to New Year's Day".
const NAMED_DAYS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bboxing day\b/g, '26 december'],
  [/\b(?:st\.? )?valentine'?s day\b|\bsaint[- ]valentin\b|\bvalentinstag\b|\bdia de san valentin\b/g, '14 february'],
  [/\bchristmas eve\b/g, '24 december'],
  [/\bchristmas day\b/g, '25 december'],
  [/\bnew year'?s eve\b|\bsilvester\b|\bnochevieja\b|\ble reveillon\b/g, '31 december'],
  [/\bnew year'?s day\b/g, '1 january'],
];
const MONTH_NAME = '(january|february|march|april|may|june|july|august|september|october|november|december)';
// Days said as ordinal words ("the first of June", "June the twenty-first"); number words before them are digits already.
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const ORDINAL_WORD = `(?:(20|30)[- ]?)?(${ORDINALS.join('|')}|thirtieth)`;
const ORDINAL_OF_MONTH = new RegExp(`\\b(?:the\\s+)?${ORDINAL_WORD}\\s+of\\s+${MONTH_NAME}\\b`, 'g');
const MONTH_ORDINAL = new RegExp(`\\b${MONTH_NAME}\\s+(?:the\\s+)?${ORDINAL_WORD}\\b(?!\\s+(?:week|half|weekend|time|days?|nights?|trip|safari))`, 'g');

function ordinalDay(tens: string | undefined, word: string): number {
  const n = word === 'thirtieth' ? 30 : ORDINALS.indexOf(word) + 1;
  return (tens ? Number(tens) : 0) + n;
}
// "12. August", "12.–19. August": the German ordinal dot after a day.
const ORDINAL_DOT_MONTH = new RegExp(`\\b(\\d{1,2})\\.\\s+${MONTH_NAME}\\b`, 'g');
// "they're 4 and 9. August…": the number ends a list of ages and its sentence, it is no German ordinal.
const AGES_BEFORE = /\b(?:they'?re|they are|aged?|ages?|are|is)\s+(?:\d{1,2}\s*(?:,|and|&)\s*)+$/;
const ORDINAL_DOT_TO = /\b(\d{1,2})\.(?=\s*(?:-|bis|to)\s*\d{1,2}\.?\s+[a-z])/g;
// "fly out 30/12, back 08/01": a day and month without a year, said as a travel day.
const TRAVEL_DAY_MONTH = /(\b(?:fly(?:ing)? (?:out|home|back)|flight|leav(?:e|ing)|depart(?:ing|ure)?|arriv(?:e|ing|al)|return(?:ing)?|back|from|until|till|to|on|start(?:ing)?|end(?:ing)?)\s+(?:on\s+)?(?:the\s+)?)(\d{1,2})[/.](\d{1,2})\b(?![/.]\d|\s*(?:h|hours?|km|%|k\b))/g;
// "Dec 30 '26", "30 Dec '26": a two-digit year after an apostrophe.
const SHORT_YEAR = /((?:\b[a-z]{3,9}\.?\s+\d{1,2}|\b\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?),?\s+)'(\d{2})\b/g;

// "Sept '27", "in Sept 27", "for Aug 28": a month with a two-digit year. A number with no ordinal after "in"
// (one travels "on" a day, "in" a month) or after an apostrophe is the year, when it is one a trip can be in.
const MONTH_APOSTROPHE_YEAR = new RegExp(`\\b${SHORT}\\s*'(\\d{2})\\b`, 'g');
const IN_MONTH_YEAR = new RegExp(`\\b((?:in|during|around|for|until|till|by|early|mid-?|late|end of|start of|beginning of)\\s+)${SHORT}\\s+(2[5-9]|3\\d)\\b(?!\\s*(?:st|nd|rd|th|-|–|to|until|till|through|and|or|\\/|[.]\\d|days?|nights?|nts|weeks?|people|ppl|adults?|pax|k\\b|%))`, 'g');
// Dutch "van 14 t/m 24 september" and "tot en met" ("en" may be read as French "in" by then): through, the last day included.
const THROUGH_NL = /\b(\d{1,2})\.?\s*(?:t\/m|tot (?:en|in|and) met|tot)\s+(\d{1,2})\b/g;

/** Rewrites the range forms above in normalised (lower-case) text; anything else is left as it is. */
export function rewriteDateRanges(text: string): string {
  let t = text;
  for (const [re, day] of NAMED_DAYS) t = t.replace(re, day);
  t = t.replace(ORDINAL_OF_MONTH, (m, tens: string | undefined, w: string, mo: string) => (ordinalDay(tens, w) <= 31 ? `${ordinalDay(tens, w)} ${mo}` : m));
  t = t.replace(MONTH_ORDINAL, (m, mo: string, tens: string | undefined, w: string) => (ordinalDay(tens, w) <= 31 ? `${mo} ${ordinalDay(tens, w)}` : m));
  if (!/\d/.test(t)) return t;
  t = t.replace(MONTH_APOSTROPHE_YEAR, (_m, mo: string, y: string) => `${mo} 20${y}`).replace(IN_MONTH_YEAR, (_m, cue: string, mo: string, y: string) => `${cue}${mo} 20${y}`);
  t = t.replace(THROUGH_NL, '$1 to $2');
  const order = digitDateOrder(t);
  // "12 de agosto": the Spanish and Portuguese "of" between a day and its month.
  t = t.replace(/\b(\d{1,2}) de (january|february|march|april|may|june|july|august|september|october|november|december)\b/g, '$1 $2');
  t = t.replace(TRAVEL_DAY_MONTH, (m, cue: string, d: string, mo: string) => (Number(d) <= 31 && Number(mo) >= 1 && Number(mo) <= 12 ? `${cue}${Number(d)} ${name(Number(mo))}` : m));
  t = t.replace(ORDINAL_DOT_TO, '$1').replace(ORDINAL_DOT_MONTH, (m, d: string, mo: string, at: number, all: string) => (AGES_BEFORE.test(all.slice(Math.max(0, at - 40), at)) ? m : `${d} ${mo}`)).replace(SHORT_YEAR, '$120$2');
  t = t.replace(MONTH_FIRST_SPAN, (m, m1: string, d1: string, y1: string | undefined, m2: string, d2: string, y2: string | undefined) => {
    const a = monthOf(m1);
    const b = monthOf(m2);
    if (a < 1 || b < 1) return m;
    return `from ${Number(d1)} ${name(a)}${year(y1)} to ${Number(d2)} ${name(b)}${year(y2)}`;
  });
  // "this december, 20th to the 28th", "august 2027: 5th-12th": the month said first, its days after a comma.
  t = t.replace(MONTH_THEN_DAYS, (m, m1: string, y: string | undefined, d1: string, d2: string) => {
    const a = monthOf(m1);
    if (a < 1 || Number(d1) > 31 || Number(d2) > 31 || Number(d2) < Number(d1)) return m;
    return `from ${Number(d1)} to ${Number(d2)} ${name(a)}${year(y)}`;
  });
  t = t.replace(MONTH_FIRST_DAYS, (m, m1: string, d1: string, d2: string, y: string | undefined) => {
    const a = monthOf(m1);
    if (a < 1 || Number(d1) > 31 || Number(d2) > 31 || Number(d2) < Number(d1)) return m;
    return `from ${Number(d1)} to ${Number(d2)} ${name(a)}${year(y)}`;
  });
  t = t.replace(DIGITS_BOTH, (m, a: string, b: string, c: string, d: string, y: string | undefined) => {
    const monthFirst = (Number(b) > 12 && Number(a) <= 12) || (order === 'month_first' && Number(a) <= 12 && Number(c) <= 12);
    const [d1, m1, d2, m2] = monthFirst ? [b, a, d, c] : [a, b, c, d];
    if (Number(m1) < 1 || Number(m1) > 12 || Number(m2) < 1 || Number(m2) > 12 || Number(d1) > 31 || Number(d2) > 31) return m;
    return `from ${Number(d1)} ${name(Number(m1))} to ${Number(d2)} ${name(Number(m2))}${year(y)}`;
  });
  t = t.replace(DIGITS_SHARED, (m, a: string, b: string, mo: string, y: string | undefined) => {
    if (Number(mo) < 1 || Number(mo) > 12 || Number(a) > 31 || Number(b) > 31 || Number(b) < Number(a)) return m;
    return `from ${Number(a)} to ${Number(b)} ${name(Number(mo))}${year(y)}`;
  });
  return t;
}
