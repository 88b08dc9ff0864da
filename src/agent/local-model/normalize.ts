import { comingBirthdaysToEnglish } from './birthday-forms';
import { rewriteDateRanges } from './date-forms';
import { foreignAgesToDigits, foreignAmountsToDigits } from './foreign-numbers';
import { foreignToEnglish } from './foreign-words';
import { toEnglishWords } from './lexicon';
import { moneyWordsToDigits } from './money-words';
import { halves, wordsToDigits } from './numbers';

/**
 * Text prepared once for every concept matcher: lower case, accents and emoji gone,
 * typographic quotes and dashes made plain, foreign, SMS and misspelt words read as
 * English (lexicon.ts), number words turned into digits and whitespace collapsed. Matchers work on `text`; `original` keeps the traveler's casing
 * for the few cues that need it (a capitalised "May" is a month, "may" is a verb).
 */
export interface Normalized {
  readonly original: string;
  readonly text: string;
}

const DASHES = /[\u2010-\u2015\u2212]/g;
const QUOTES = /[\u2018\u2019\u201b\u2032`´]/g;
const DQUOTES = /[\u201c\u201d\u201e\u2033]/g;
// Pictographs carry no trip facts; dropping them keeps word boundaries clean ("mara🦁").
const PICTOGRAPHS = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{FE0F}\u{200D}]/gu;
const COMBINING = /[\u0300-\u036f]/g;

/** Normalises one traveler message for matching (deterministic, linear time). */
export function normalize(original: string): Normalized {
  // Ligatures NFKD keeps ("sœur", "Æ") are written out, as travelers without them type the words.
  let t = original.normalize('NFKD').replace(COMBINING, '').replace(/œ/g, 'oe').replace(/Œ/g, 'Oe').replace(/æ/g, 'ae').replace(/Æ/g, 'Ae');
  t = t.replace(PICTOGRAPHS, ' ').replace(DASHES, '-').replace(QUOTES, "'").replace(DQUOTES, '"');
  // "~5000", "≈ €4k": an approximate amount reads as "about" it.
  t = t.toLowerCase().replace(/[~≈]\s*/g, ' about ').replace(/\s+/g, ' ').trim();
  // Thousands separators ("8,000", "1 500 000" is rare enough to leave) become plain digits.
  t = t.replace(/(\d),(\d{3})(?!\d)/g, '$1$2').replace(/(\d),(\d{3})(?!\d)/g, '$1$2');
  // Dutch "onze dochter" is "our daughter", not the French eleven, before the numbers are read.
  t = t.replace(/\bonze (?=(?:dochter|zoon|kinderen|kinders|kleinkinderen|jongen|meisje|tweeling)\b)/g, 'our ');
  t = rewriteDateRanges(halves(wordsToDigits(toEnglishWords(foreignToEnglish(foreignAgesToDigits(foreignAmountsToDigits(moneyWordsToDigits(t))))))));
  // "she's 15 in October": a child's birthday month, never the trip's.
  t = comingBirthdaysToEnglish(t);
  return { original, text: t };
}
