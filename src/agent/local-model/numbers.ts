/**
 * Numbers written in words ("ten days", "twenty-five", "two hundred and fifty") become
 * digits so every other matcher only has to read digits. "A couple" and "a dozen" are
 * left to the matchers that know their context ("we're a couple" is two people).
 */

const UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fourty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const SCALES: Record<string, number> = { hundred: 100, thousand: 1000, million: 1_000_000 };

const WORD = Object.keys(UNITS).concat(Object.keys(TENS), Object.keys(SCALES), ['dozen']).join('|');
// A run of number words joined by spaces, hyphens or "and" ("two hundred and fifty").
// A hyphen joins only when it touches both words ("twenty-five"); a dash between spaces ("a family of five - two adults")
// separates two numbers.
const RUN = new RegExp(`\\b(?:a\\s+)?(?:${WORD})(?:(?:\\s+and\\s+|\\s+|-)(?:${WORD}))*\\b`, 'g');

function valueOf(run: string): number | undefined {
  const words = run.split(/[\s-]+/).filter((w) => w !== 'and');
  let total = 0;
  let current = 0;
  let seen = false;
  for (const [i, w] of words.entries()) {
    if (w === 'a' && i === 0) {
      current = 1;
      continue;
    }
    if (w in UNITS) current += UNITS[w]!;
    else if (w in TENS) current += TENS[w]!;
    else if (w === 'dozen') current = (current || 1) * 12;
    else if (w === 'hundred') current = (current || 1) * 100;
    else if (w in SCALES) {
      total += (current || 1) * SCALES[w]!;
      current = 0;
    } else return undefined;
    seen = true;
  }
  return seen ? total + current : undefined;
}

/** Replaces number words with digits in already lower-cased text. */
export function wordsToDigits(text: string): string {
  if (!/[a-z]/.test(text)) return text;
  return text.replace(RUN, (run, at: number) => {
    const trimmed = run.trim();
    // "5 million", "2.5 thousand": a scale after digits is a multiplier the amount readers apply.
    if (/^(?:hundred|thousand|million)$/.test(trimmed) && /\d\s*$/.test(text.slice(Math.max(0, at - 3), at))) return run;
    // "a hundred", "a thousand", "a dozen" are numbers; a lone "a" before anything else is not.
    if (/^a\s+(?!hundred|thousand|million|dozen)/.test(trimmed)) {
      const rest = trimmed.replace(/^a\s+/, '');
      const v = valueOf(rest);
      return v === undefined ? run : `a ${v}`;
    }
    // Several numbers said in a row ("eleven and thirteen") become several digits, joined as said.
    return splitRuns(trimmed)
      .map(({ words, sep }) => {
        const v = valueOf(words);
        return `${sep}${v === undefined ? words : String(v)}`;
      })
      .join('');
  });
}

/**
 * A run of number words split where a new number starts: "eleven and thirteen" is two ages,
 * "five six" two counts; "two hundred and fifty" and "twenty-five" stay one number ("and"
 * joins only after a scale, a unit only follows a ten).
 */
function splitRuns(run: string): Array<{ words: string; sep: string }> {
  const parts: Array<{ words: string[]; sep: string }> = [{ words: [], sep: '' }];
  let last: 'unit' | 'ten' | 'scale' | undefined;
  let pendingAnd = false;
  for (const w of run.split(/\s+/)) {
    const cur = parts[parts.length - 1]!;
    if (w === 'and') {
      if (last === 'scale') cur.words.push(w);
      else pendingAnd = true;
      continue;
    }
    const kinds = w.split('-').map((p) => (p in UNITS ? 'unit' : p in TENS ? 'ten' : 'scale'));
    const first = kinds[0]!;
    // After "and" that no scale introduced, or a unit after a unit, or a ten after a unit or a ten: a new number.
    if (cur.words.length > 0 && (pendingAnd || (last === 'unit' && (first === 'unit' || first === 'ten')) || (last === 'ten' && first === 'ten'))) {
      parts.push({ words: [w], sep: pendingAnd ? ' and ' : ' ' });
    } else cur.words.push(w);
    pendingAnd = false;
    last = kinds[kinds.length - 1] as 'unit' | 'ten' | 'scale';
  }
  return parts.filter((p) => p.words.length > 0).map((p) => ({ words: p.words.join(' '), sep: p.sep }));
}

/**
 * Halves said in words become decimals before any unit reader sees them: "an hour and a
 * half" and "1 and a half hours" are "1.5 hours" (the day, week and night readers keep
 * their own halves, a stay of "a week and a half" being a count of days).
 */
export function halves(text: string): string {
  return text
    .replace(/\b(an?|1|one|\d{1,2}) (hours?|hrs?) and a half\b/g, (_m, n: string) => `${/^\d+$/.test(n) ? n : '1'}.5 hours`)
    .replace(/\b(\d{1,2}) and a half (hours?|hrs?)\b/g, '$1.5 hours')
    .replace(/\b(?:half an hour|a half hour)\b/g, '0.5 hours');
}

/**
 * An amount as written in any common local format, as plain digits with a decimal point:
 * grouped thousands by space, dot or apostrophe ("450 000", "8.500", "10'000"), with a
 * decimal comma after them ("3.200,50") or alone ("3200,50"). "5.5" stays 5.5.
 */
export function plainDigits(raw: string): string {
  const grouped = /^(\d{1,3}(?:[ .']\d{3})+)(?:,(\d{1,2}))?$/.exec(raw);
  if (grouped) return grouped[1]!.replace(/[ .']/g, '') + (grouped[2] ? `.${grouped[2]}` : '');
  return /^\d+,\d{1,2}$/.test(raw) ? raw.replace(',', '.') : raw;
}

/** Parses "5", "5.5", "5k", "1.2m", "10 grand" style amounts; undefined when not a number. */
export function parseAmount(digits: string, suffix?: string): number | undefined {
  const n = Number(digits);
  if (!Number.isFinite(n)) return undefined;
  const s = (suffix ?? '').trim().toLowerCase();
  if (s === 'k' || s === 'grand' || s === 'thousand' || s === 'g') return n * 1000;
  if (s === 'm' || s === 'mn' || s === 'million' || s === 'millions' || s === 'mil') return n * 1_000_000;
  return n;
}
