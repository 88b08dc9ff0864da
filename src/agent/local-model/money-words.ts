/**
 * Ways of writing money that the budget reader's English forms miss, rewritten before any
 * other reading: the Brazilian real's "R$" (never the rand's bare "R"), the Canadian
 * "CA$" (whose "ca" would otherwise read as "circa"), the Indian lakh and crore, and a
 * thousand said after digits in Romance and German ("25 mil", "7,5 mil euros", "5mila",
 * "3 Tausend"). Text is lower-cased and accent-free.
 */

import { currencySymbolsToCodes } from './currencies';

// "R$ 25 mil", "R$40.000": the real, as its ISO code the budget reader knows.
const REAL = /\br\$\s*(?=\d)/g;
// "CA$7,000", "ca $ 7000": the Canadian dollar's prefix.
const CANADIAN = /\bca\s?\$\s*(?=\d)/g;
// "₹6 lakh", "2.5 lakhs", "1 crore": an Indian multiplier after the figure.
const INDIAN = /(\d+(?:[.,]\d+)?)\s*(lakhs?|lacs?|crores?)\b/g;
// "mila", "mille", "tausend" after digits are a thousand in every language that writes them so.
const THOUSAND = /(\d+(?:,\d{1,2})?)\s*(?:mila|mille|tausend)\b/g;
// "mil" is a thousand in Spanish and Portuguese but a million in English slang ("$1.5 mil"):
// read as a thousand only with a decimal comma, a Romance currency word after it, or the real before it.
const MIL = /(\d+(?:,\d{1,2})?)\s*mil\b(?=\s*(?:de\s+)?(?:euros?|dolares|dollars?|reais|reales|pesos|rands?|libras|francos)\b|\s+(?:por|para|no|en|al|a)\b)/g;
const MIL_AFTER_REAL = /(brl\s*)(\d+(?:,\d{1,2})?)\s*mil\b/g;
const MIL_DECIMAL = /(\d+,\d{1,2})\s*mil\b/g;

function times(figure: string, by: number): string {
  return String(Math.round(Number(figure.replace(',', '.')) * by));
}

/** Rewrites the money forms above as digits and ISO codes the budget reader knows. */
export function moneyWordsToDigits(raw: string): string {
  // "₩3,000,000", "S$6000", "RM 9000": a symbol that names one money becomes its ISO code first.
  const text = currencySymbolsToCodes(raw);
  if (!/\$|lakh|lac|crore|mil|tausend/.test(text)) return text;
  return text
    .replace(REAL, 'brl ')
    .replace(CANADIAN, 'c$')
    .replace(INDIAN, (_m, n: string, unit: string) => times(n, unit.startsWith('crore') ? 10_000_000 : 100_000))
    .replace(THOUSAND, (_m, n: string) => times(n, 1000))
    .replace(MIL_AFTER_REAL, (_m, pre: string, n: string) => `${pre}${times(n, 1000)}`)
    .replace(MIL_DECIMAL, (_m, n: string) => times(n, 1000))
    .replace(MIL, (_m, n: string) => times(n, 1000));
}
