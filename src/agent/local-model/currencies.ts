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

/** CURRENCY_WORDS compiled once, each anchored to a whole token. */
const CURRENCY_WORD_RES: ReadonlyArray<readonly [RegExp, string]> = CURRENCY_WORDS.map(([alt, code]) => [new RegExp(`^(?:${alt})$`), code] as const);

/** The code a currency word names (CURRENCY_WORDS), with the message as context for the ambiguous ones. */
export function codeOfWord(word: string, text: string): string | undefined {
  const w = word.trim().replace(/\s+/g, ' ');
  for (const [re, code] of CURRENCY_WORD_RES) {
    if (!re.test(w)) continue;
    if (code === '?') return pesoOf(text) ?? 'XXX';
    if (code === 'NOK' && /\bdan(?:ish|sk|mark)|\bdenmark|\bkobenhavn|\bcopenhagen/.test(text)) return 'DKK';
    if (code === 'AED' && /\bmorocc|\bmaroc/.test(text)) return 'MAD';
    return code;
  }
  return undefined;
}

/** The alternation of every currency word (for the budget reader's suffix pattern). */
export const CURRENCY_WORD_ALT = CURRENCY_WORDS.map(([alt]) => alt).join('|');

/**
 * The one currency table every reader of money shares (budget.ts, party-after-amount.ts, party-resolver.ts):
 * how a money is written before an amount (`PREFIX_TABLE`, symbols and codes) and after it (`SUFFIX_TABLE`,
 * names and codes), each with its ISO code. A reader that needs only "is this money?" uses `MONEY_ALT`, built
 * from the same entries plus ISO_CODES and CURRENCY_WORDS, so a currency one reader knows every reader knows.
 */
export const PREFIX_TABLE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:us\$|usd|us dollars?)$/, 'USD'],
  [/^(?:a\$|au\$|aud)$/, 'AUD'],
  [/^(?:n\$|nad)$/, 'NAD'],
  [/^(?:c\$|cad)$/, 'CAD'],
  [/^(?:nz\$|nzd)$/, 'NZD'],
  [/^\$$/, 'USD'],
  [/^(?:€|eur)$/, 'EUR'],
  [/^(?:£|gbp)$/, 'GBP'],
  [/^(?:ksh\.?|kshs\.?|kes)$/, 'KES'],
  [/^(?:tsh\.?|tshs\.?|tzs)$/, 'TZS'],
  [/^(?:ush|ushs|ugx)$/, 'UGX'],
  [/^(?:r|zar)$/, 'ZAR'],
  [/^chf$/, 'CHF'],
  [/^(?:inr|rs\.?|₹)$/, 'INR'],
  [/^(?:rwf)$/, 'RWF'],
  [/^(?:bwp|pula|p)$/, 'BWP'],
  [/^(?:jpy|¥)$/, 'JPY'],
  [/^mxn$/, 'MXN'],
  [/^rmb$/, 'CNY'],
];
export const SUFFIX_TABLE: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:us|usd|us dollars?|american dollars?|dollars?|bucks|dollar)$/, 'USD'],
  [/^(?:australian dollars?|aud)$/, 'AUD'],
  [/^(?:canadian dollars?|cad)$/, 'CAD'],
  [/^(?:eur|euros?|euro)$/, 'EUR'],
  [/^(?:gbp|pounds?(?: sterling)?|quid|sterling|british pounds?)$/, 'GBP'],
  [/^(?:kes|ksh|kshs|kenyan shillings?|kenya shillings?|shillings?|bob)$/, 'KES'],
  [/^(?:tzs|tsh|tshs|tanzanian shillings?)$/, 'TZS'],
  [/^(?:ugx|ush|ushs|ugandan shillings?)$/, 'UGX'],
  [/^(?:zar|rand|rands|south african rands?)$/, 'ZAR'],
  [/^(?:chf|swiss francs?|francs?)$/, 'CHF'],
  [/^(?:inr|rupees?)$/, 'INR'],
  [/^(?:pula|bwp)$/, 'BWP'],
  [/^(?:mxn|mexican pesos?|pesos? mexicanos?)$/, 'MXN'],
  [/^rmb$/, 'CNY'],
];

/** Symbols and abbreviations written before an amount, beyond the ISO codes (for the prefix pattern; regex source). */
export const PREFIX_SYMBOL_ALT = 'us\\$|au\\$|a\\$|c\\$|nz\\$|n\\$|\\$|€|£|¥|₹';
export const PREFIX_ABBREV_ALT = 'kshs?\\.?|tshs?\\.?|ushs?|rs\\.?';
/** Names and abbreviations written after an amount, beyond CURRENCY_WORDS and the ISO codes (regex source, longest first). */
export const SUFFIX_WORD_ALT =
  'us dollars?|usd|american dollars?|australian dollars?|canadian dollars?|dollars?|bucks|eur|euros?|gbp|pounds?(?: sterling)?|british pounds?|quid|sterling|kes|kshs?|kenyan? shillings?|tanzanian shillings?|ugandan shillings?|shillings?|bob|tzs|tshs?|ushs?|ugx|zar|(?:south african )?rands?|chf|swiss francs?|francs?|inr|rupees?|pula|mexican pesos?|pesos? mexicanos?';

/** Any way of naming a money, before or after an amount (regex source, no groups that capture). */
export const MONEY_ALT = `${PREFIX_SYMBOL_ALT}|\\b(?:${PREFIX_ABBREV_ALT}|${SUFFIX_WORD_ALT}|${CURRENCY_WORDS.map(([alt]) => alt).join('|')}|${ISO_CODES.join('|')})\\b`;

/** The ISO code a currency token names, from `table` (PREFIX_TABLE or SUFFIX_TABLE), then any ISO code or currency word; the message settles the ambiguous ones. */
export function currencyCode(table: ReadonlyArray<readonly [RegExp, string]>, token: string, text: string): string | undefined {
  const t = token.trim().replace(/\s+/g, ' ');
  for (const [re, code] of table) {
    if (re.test(t)) {
      // "¥" is the yuan where the message speaks of China's money.
      if (code === 'JPY' && t === '¥' && /\b(?:yuan|rmb|renminbi|cny|china|chinese)\b/.test(text)) return 'CNY';
      if (code === 'USD' && /^\$$|^dollars?$/.test(t)) {
        if (/\baustralian\b|\baud\b/.test(text)) return 'AUD';
        if (/\bcanadian\b|\bcad\b/.test(text)) return 'CAD';
      }
      // Francs alone are Swiss unless the message is about Rwanda's money.
      if (code === 'CHF' && /^francs?$/.test(t) && /\brwand|\brwf\b/.test(text)) return 'RWF';
      if (code === 'BWP' && t === 'p' && !/\b(?:pula|bwp|botswana)\b/.test(text)) return undefined;
      if (code === 'KES' && /^shillings?$/.test(t) && /\btanzani/.test(text) && !/\bkenya/.test(text)) return 'TZS';
      return code;
    }
  }
  // Any other ISO code as written, or a currency's name ("yen", "Colombian pesos").
  if (ISO_CODES.includes(t)) return t.toUpperCase();
  return codeOfWord(t, text);
}

/** The everyday names of a money said with no figure beside it ("make that euros", "…a head, pounds"), with their code through SUFFIX_TABLE (regex source). */
export const SPOKEN_MONEY_ALT = 'us dollars?|dollars?|euros?|pounds?(?: sterling)?|rand|quid|shillings?|francs?';
