/**
 * The currencies a traveler may write a budget in, beyond the handful the budget reader
 * spells out itself: ISO 4217 codes, the names people write after an amount ("yen",
 * "baht", "Colombian pesos") and the symbols that stand for one money ("₩", "฿", "S$").
 * A code read here either converts through the pack's rate table or is reported as
 * unconvertible; it is never taken for US dollars.
 */

/** ISO 4217 codes read after or before an amount (lower case). The pack's table converts each one it lists. */
export const ISO_CODES: readonly string[] = [
  'usd', 'eur', 'gbp', 'kes', 'tzs', 'ugx', 'zar', 'chf', 'aud', 'cad', 'nzd', 'inr', 'rwf', 'bwp', 'jpy', 'sek', 'nok', 'dkk',
  'cny', 'rmb', 'sgd', 'hkd', 'aed', 'nad', 'zmw', 'brl', 'mxn', 'cop', 'ars', 'clp', 'pen', 'uyu', 'pln', 'czk', 'huf', 'ron',
  'bgn', 'isk', 'sar', 'qar', 'kwd', 'bhd', 'omr', 'jod', 'ils', 'try', 'rub', 'uah', 'krw', 'thb', 'myr', 'idr', 'php', 'vnd',
  'twd', 'pkr', 'lkr', 'npr', 'bdt', 'ngn', 'ghs', 'egp', 'mad', 'tnd', 'etb', 'mzn', 'mwk', 'aoa', 'mur', 'scr', 'xof', 'xaf',
  'szl', 'lsl', 'mga', 'bif', 'cdf',
];

/** Codes that are also everyday words ("try", "cop", "mad", "pen"): money only for a sizeable amount. */
export const WORDLIKE_CODES: ReadonlySet<string> = new Set(['try', 'cop', 'mad', 'pen', 'ron', 'php', 'isk']);

/** The smallest amount a word-like code is money for ("try 2 nights" is no budget in lira). */
export const WORDLIKE_MIN = 10_000;

/** Currency names said after an amount, longest first, with their code; '?' where only the context says which money. */
export const CURRENCY_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['egyptian pounds?', 'EGP'],
  ['new zealand dollars?', 'NZD'],
  ['singapore(?:an)? dollars?', 'SGD'],
  ['hong kong dollars?', 'HKD'],
  ['taiwan(?:ese)? dollars?', 'TWD'],
  ['namibian dollars?', 'NAD'],
  ['colombian pesos?|pesos? colombianos?', 'COP'],
  ['argentin(?:e|ian) pesos?|pesos? argentinos?', 'ARS'],
  ['chilean pesos?|pesos? chilenos?', 'CLP'],
  ['philippine pesos?|pesos? filipinos?', 'PHP'],
  ['danish kroner?|danske kroner', 'DKK'],
  ['norwegian kroner?|norske kroner', 'NOK'],
  ['swedish kronor|swedish krona|kronor|svenska kronor', 'SEK'],
  ['moroccan dirhams?', 'MAD'],
  ['uae dirhams?|emirati dirhams?', 'AED'],
  ['saudi riyals?', 'SAR'],
  ['qatari riyals?', 'QAR'],
  ['yen', 'JPY'],
  ['yuan|renminbi', 'CNY'],
  ['won', 'KRW'],
  ['baht', 'THB'],
  ['ringgit', 'MYR'],
  ['rupiah', 'IDR'],
  ['reais|reales|brazilian reals?', 'BRL'],
  ['zlotys?|zlotych|zloty', 'PLN'],
  ['korun|koruna|czech crowns?', 'CZK'],
  ['forints?', 'HUF'],
  ['liras?|turkish lira', 'TRY'],
  ['rubles?|roubles?|rubli|rublei', 'RUB'],
  ['shekels?|sheqalim|nis', 'ILS'],
  ['naira', 'NGN'],
  ['cedis?', 'GHS'],
  ['kwacha', 'ZMW'],
  ['birr', 'ETB'],
  ['meticais|meticals?', 'MZN'],
  ['dirhams?|dhs', 'AED'],
  ['riyals?', 'SAR'],
  ['kroner|krone', 'NOK'],
  ['pesos?', '?'],
];

/**
 * Symbols and prefixed dollars that name one money, rewritten to the code before the budget is read
 * ("₩3,000,000" → "krw 3000000", "S$ 6000" → "sgd 6000"). "R$" and "CA$" are rewritten in money-words.ts.
 */
export const SYMBOLS: ReadonlyArray<readonly [RegExp, string]> = [
  [/₩/g, ' krw '],
  [/฿/g, ' thb '],
  [/₱/g, ' php '],
  [/₦/g, ' ngn '],
  [/₵|\bgh[¢₵]/g, ' ghs '],
  [/₺/g, ' try '],
  [/₽/g, ' rub '],
  [/₪/g, ' ils '],
  [/₫/g, ' vnd '],
  [/(?<=\d\s?)zł|\bzł(?=\s?\d)/g, ' pln '],
  [/(?<=\d\s?)kc\b(?=[^\d]|$)/g, ' czk '],
  [/\bs\$\s*(?=\d)/g, ' sgd '],
  [/\bhk\$\s*(?=\d)/g, ' hkd '],
  [/\bnt\$\s*(?=\d)/g, ' twd '],
  [/\bmx\$\s*(?=\d)|\bmex\$\s*(?=\d)/g, ' mxn '],
  [/\bcol\$\s*(?=\d)/g, ' cop '],
  [/\bar\$\s*(?=\d)/g, ' ars '],
  [/\bclp\$\s*(?=\d)/g, ' clp '],
  [/\brm\s?(?=\d)/g, ' myr '],
  [/\brp\.?\s?(?=\d)/g, ' idr '],
];

/** Rewrites the currency symbols above to their codes; text is already lower-cased. */
export function currencySymbolsToCodes(text: string): string {
  if (!/[₩฿₱₦₵₺₽₪₫]|zł|kc\b|\$|\brm\s?\d|\brp\.?\s?\d/.test(text)) return text;
  let t = text;
  for (const [re, code] of SYMBOLS) t = t.replace(re, code);
  return t.replace(/ {2,}/g, ' ');
}

/** The money a bare "pesos" means, from the country the message names; undefined when it names none. */
export function pesoOf(text: string): string | undefined {
  if (/\bcolombi/.test(text)) return 'COP';
  if (/\bargentin/.test(text)) return 'ARS';
  if (/\bchile/.test(text)) return 'CLP';
  if (/\bphilippin|\bfilipin|\bmanila/.test(text)) return 'PHP';
  if (/\bmexic/.test(text)) return 'MXN';
  if (/\burugua/.test(text)) return 'UYU';
  return undefined;
}

/** The code a currency word names (CURRENCY_WORDS), with the message as context for the ambiguous ones. */
export function codeOfWord(word: string, text: string): string | undefined {
  const w = word.trim().replace(/\s+/g, ' ');
  for (const [alt, code] of CURRENCY_WORDS) {
    if (!new RegExp(`^(?:${alt})$`).test(w)) continue;
    if (code === '?') return pesoOf(text) ?? 'XXX';
    if (code === 'NOK' && /\bdan(?:ish|sk|mark)|\bdenmark|\bkobenhavn|\bcopenhagen/.test(text)) return 'DKK';
    if (code === 'AED' && /\bmorocc|\bmaroc/.test(text)) return 'MAD';
    return code;
  }
  return undefined;
}

/** The alternation of every currency word (for the budget reader's suffix pattern). */
export const CURRENCY_WORD_ALT = CURRENCY_WORDS.map(([alt]) => alt).join('|');
