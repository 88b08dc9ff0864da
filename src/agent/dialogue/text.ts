/**
 * Text as the act cues read it: lower case, accents dropped ("günstiger" → "gunstiger",
 * "à" → "a"), ß as ss, œ as oe, typographic apostrophes plain, pictographs and punctuation kept
 * apart from words. The cues are written in English, French and German on this form.
 */
export function cueText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[\u2018\u2019\u201b\u2032`´]/g, "'")
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Text-message shorthand and common slips, spelled out for the cues ("wat" → "what", "u" →
 * "you", "whyd" → "why did"): travelers on SMS and WhatsApp write them, and one cue list in
 * full words then reads both. Whole words only, so "pk"-style French forms stay as they are.
 */
const SHORTHAND: Record<string, string> = {
  wat: 'what', wot: 'what', wut: 'what', wht: 'what', whta: 'what', wats: "what's", whats: "what's",
  wy: 'why', whyd: 'why did', wyd: 'why did', whys: "why's", howd: 'how did', hw: 'how',
  u: 'you', ya: 'you', yu: 'you', ur: 'your', r: 'are', pls: 'please', plz: 'please', plse: 'please',
  tho: 'though', thru: 'through', abt: 'about', bc: 'because', cuz: 'because', coz: 'because',
  gd: 'good', gr8: 'great', l8r: 'later', ppl: 'people', tmrw: 'tomorrow', tmr: 'tomorrow', '2moro': 'tomorrow',
  recomend: 'recommend', reccomend: 'recommend', reccommend: 'recommend', sugest: 'suggest',
  thnx: 'thanks', thanx: 'thanks', tnx: 'thanks', thks: 'thanks', thz: 'thanks', tks: 'thanks', tku: 'thank you',
  nen: 'einen', grad: 'gerade', smth: 'something', sth: 'something', smthg: 'something',
  // Scots and Irish spellings of the same words.
  whit: 'what', aboot: 'about', ye: 'you', yer: 'your', youse: 'you', yous: 'you',
  bcp: 'beaucoup', cb: 'combien', slt: 'salut', stp: "s'il te plait", svp: "s'il vous plait", dsl: 'desole', pr: 'pour', qd: 'quand',
};

/** `cueText` with text-message shorthand spelled out. */
export function cueWords(text: string): string {
  // A leading "y" is "why" unless French ("y a", "y aller").
  return cueText(text)
    // A letter drawn out at a word's end ("whyyy", "byeee", "hiii") is the word.
    .replace(/(\p{L})\1{2,}(?!\p{L})/gu, '$1')
    .replace(/[\p{L}\p{N}_]+/gu, (w) => (Object.hasOwn(SHORTHAND, w) ? SHORTHAND[w]! : w))
    .replace(/^y (?!a\b|en\b|aller\b|va\b|vont\b|allons\b)(?=\p{L})/u, 'why ');
}

/** ASCII emoticons alone (":)", ":-D", "<3", "^^", "xD"): the same as an emoji. */
const EMOTICONS = /^(?:\s*(?:[:;=8][-'^o]?[)(\]\[dDpPoO3|/\\*]+|<3+|\^\^|\^_\^|x-?D+|XD+|:'\())+[\s!.]*$/;

const PICTOGRAPH = /[\p{Extended_Pictographic}\u{1F3FB}-\u{1F3FF}\u{FE0F}\u{200D}\u{20E3}]/gu;

/** True when the message is only pictographs (and spaces or punctuation): "🦁", "👍🏼", "🐘❤️". */
export function isEmojiOnly(text: string): boolean {
  if (EMOTICONS.test(text.trim())) return true;
  if (!PICTOGRAPH.test(text)) return false;
  PICTOGRAPH.lastIndex = 0;
  return text.replace(PICTOGRAPH, '').replace(/[\s\p{P}\p{S}]/gu, '') === '';
}

/** The text with pictographs removed, for cue matching. */
export function withoutPictographs(text: string): string {
  return text.replace(PICTOGRAPH, ' ').replace(/\s+/g, ' ').trim();
}

const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, un: 1, une: 1, ein: 1, eine: 1, einen: 1, einem: 1,
  two: 2, deux: 2, zwei: 2, three: 3, trois: 3, drei: 3, four: 4, quatre: 4, vier: 4,
  five: 5, cinq: 5, funf: 5, six: 6, sechs: 6, seven: 7, sept: 7, sieben: 7,
  couple: 2, few: 3, quelques: 3, paar: 3,
};

/**
 * Days a message asks to add ("3 more nights", "une journée", "noch drei Tage", "a few
 * days"), when it counts them; a week is 7. Undefined when it gives no count.
 */
export function daysToAdd(text: string): number | undefined {
  const t = cueText(text);
  if (/\b(?:a|one|une|eine) (?:week|semaine|woche)\b/.test(t)) return 7;
  const m = /\b(\d{1,2}|a|an|one|un|une|ein|eine|einen|einem|two|deux|zwei|three|trois|drei|four|quatre|vier|five|cinq|funf|six|sechs|seven|sept|sieben|(?:a )?couple(?: of)?|(?:a )?few|quelques|(?:ein )?paar)\s+(?:(?:more|extra|further|additional|de plus|supplementaires?|weitere|zusatzliche|more)\s+)?(days?|nights?|jours?|journees?|nuits?|tage?n?|nachte?|nacht)\b/.exec(t);
  if (!m) return undefined;
  const word = m[1]!.replace(/^(?:a |ein )/, '').replace(/ of$/, '');
  const n = /^\d+$/.test(word) ? Number(word) : WORD_NUMBERS[word];
  return n !== undefined && n > 0 && n <= 30 ? n : undefined;
}
