import { MONEY_ALT } from './currencies';
import { parseAmount, plainDigits } from './numbers';

/**
 * An amount followed by the party it is for, in any language the extractor reads
 * ("8.500 € zu zweit", "6 000 € à deux", "€4,000 en pareja", "3.000 € in due",
 * "5000 EUR voor ons tweeën", "$9,000 for two"): the number word is how many travel,
 * never the amount. Each such tail is rewritten as "for the N of us" right after the
 * amount, which the budget reader takes as a total for N (and the party reader as N
 * travellers), before any word-by-word translation can leave a bare count beside the
 * currency ("8.500 € 2 of us" read as €2).
 */

// How many, in English, German, French, Spanish, Italian, Portuguese and Dutch.
const COUNTS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6,
  zwei: 2, drei: 3, vier: 4, funf: 5, fuenf: 5, sechs: 6, zweit: 2, dritt: 3, viert: 4, funft: 5, sechst: 6,
  deux: 2, trois: 3, quatre: 4, cinq: 5,
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6,
  due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6,
  dois: 2, duas: 2, quatro_pt: 4,
  twee: 2, drie: 3, tweeen: 2, drieen: 3, vieren: 4, vijven: 5, zessen: 6,
};
const COUNT_WORDS = Object.keys(COUNTS).filter((w) => !w.includes('_')).join('|');
const COUPLE = 'pareja|coppia|casal|dupla|couple|stel';

// A currency said beside the number, before or after it: any money the shared table knows (currencies.ts).
const CURRENCY = `(?:${MONEY_ALT})(?:\\s*\\([a-z ]+\\))?`;
const NUMBER = '\\d[\\d.,\\s]*\\d|\\d';
const SCALE = '(?:\\s?(?:k|m|mil|mille|tausend|thousand|million|millionen|millions))?';
const AMOUNT = `(?:${CURRENCY}\\s?(?:${NUMBER})${SCALE}(?:\\s?${CURRENCY})?|(?:${NUMBER})${SCALE}\\s?${CURRENCY})`;

// The party said after the amount: "zu zweit", "à deux", "pour (nous) deux", "für (uns) zwei", "para (los|nosotros|os|nós) dos",
// "a dos", "en pareja", "in due", "in coppia", "per (noi) due", "a dois", "em casal", "voor (ons) twee(ën)", "met z'n tweeën", "for (the) two (of us)".
const TAIL = new RegExp(
  `(${AMOUNT})\\s*(?:(?:zu|a|in|en|em|para|pour|fur|fuer|per|voor|for|met|entre)\\s+(?:(?:uns|nous|los|las|nosotros|nosotras|os|as|nos|noi|ons|the|z'n|zn|the)\\s+)?(${COUNT_WORDS}|[2-6])(?:\\s+of\\s+us)?|(?:en|in|em|as|as a|for a|als)\\s+(${COUPLE})|(for (?:us )?both|for both of us|between (?:us )?both|for the pair(?: of us)?|for the couple))(?=\\s*(?:$|[,;.!?)]|\\band\\b|\\bet\\b|\\by\\b|\\bund\\b|\\be\\b|\\ben\\b|\\btotal\\b|\\bin total\\b))`,
  'g',
);

// The whole party counted elsewhere in the message: "we are 4 adults", "six of us", "a family of 5", "3 couples".
const COUNT = `(\\d{1,2}|${COUNT_WORDS}|seven|eight|nine|ten)`;
const PEOPLE = 'adults?|people|persons?|personen|personnes|personas|persone|pessoas|travell?ers|pax|guests|of us|grown[- ]ups|erwachsenen?|adultes?|adultos?|adulti|volwassenen';
const PARTY_COUNT = new RegExp(`\\b${COUNT}\\s+(?:${PEOPLE})\\b|\\bwe(?:'re| are)\\s+${COUNT}\\b|\\b(?:family|group|party) of ${COUNT}\\b|\\b${COUNT}\\s+(couples)\\b`, 'g');
const MORE_COUNTS: Readonly<Record<string, number>> = { seven: 7, eight: 8, nine: 9, ten: 10 };

function countOf(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : (COUNTS[word] ?? MORE_COUNTS[word]);
}

/** The largest party the message counts outside `skip` (the amount's own tail), or undefined. */
function partyCounted(t: string, skip: readonly [number, number]): number | undefined {
  let most: number | undefined;
  for (const m of t.matchAll(PARTY_COUNT)) {
    if (m.index! < skip[1] && m.index! + m[0].length > skip[0]) continue;
    const n = countOf(m[1] ?? m[2] ?? m[3] ?? m[4]!);
    if (n === undefined) continue;
    const size = m[5] ? n * 2 : n;
    most = Math.max(most ?? 0, size);
  }
  return most;
}

// The figure inside an amount, with its multiplier: "$9000", "12.000 €", "tsh 16.000.000", "€8k".
const FIGURE = /(\d[\d.,\s]*\d|\d)(\s?(?:k|m|thousand|million))?(?![\d.,])/;

/** The amount split over `n`, as "<amount per person> each"; undefined when the figure cannot be read. */
function perPersonOf(amount: string, n: number): string | undefined {
  const f = FIGURE.exec(amount);
  if (!f) return undefined;
  const value = parseAmount(plainDigits(f[1]!.replace(/\s/g, ' ').replace(/,(?=\d{3}\b)/g, '')), f[2]);
  if (value === undefined || !(value > 0)) return undefined;
  const each = String(Math.round(value / n));
  return `${amount.slice(0, f.index)}${each}${amount.slice(f.index + f[0].length).trimEnd()} each`;
}

/**
 * The text with each party said after an amount rewritten as "for the N of us" (lower-cased, accent-free input).
 * When the message counts a larger party elsewhere ("we are 4 adults, $9,000 for two"), the amount covers only
 * some of them: it is rewritten as each one's share ("$4500 each"), so the count stays the party's and the budget
 * is what each of the N it covers has.
 */
export function partyAfterAmount(t: string): string {
  if (!/\d/.test(t)) return t;
  return t.replace(TAIL, (whole: string, amount: string, count: string | undefined, couple: string | undefined, both: string | undefined, at: number) => {
    const n = couple || both ? 2 : /^\d$/.test(count!) ? Number(count) : COUNTS[count!];
    if (!n) return whole;
    const party = partyCounted(t, [at, at + whole.length]);
    if (party !== undefined && party > n) return perPersonOf(amount, n) ?? whole;
    return `${amount.trimEnd()} for the ${n} of us`;
  });
}
