import { comingBirthdaysToEnglish } from './birthday-forms';
import { rewriteDateRanges } from './date-forms';
import { foreignAgesToDigits, foreignAmountsToDigits } from './foreign-numbers';
import { foreignToEnglish } from './foreign-words';
import { toEnglishWords } from './lexicon';
import { moneyWordsToDigits } from './money-words';
import { halves, wordsToDigits } from './numbers';
import { partyAfterAmount } from './party-after-amount';
import { MONTH_SOURCE } from './months';

/** "entre febrero y noviembre", „zwischen Februar und November": a span of months, built once. */
const MONTH_SPAN = new RegExp(`\\b(?:entre|zwischen|tra|fra|tussen) (${MONTH_SOURCE}) (?:y|e|et|und|en|and) (${MONTH_SOURCE})\\b`, 'g');

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
  // The agent's own words quoted back ("you said 'crossings tailing off'", "u said 2 nites safari only, why so short",
  // «vous avez dit 4 nuits au Masai Mara», „Sie haben 4 Nächte geschrieben"): the reply's facts, not the traveler's.
  t = t.replace(QUOTED_BACK, (m: string, lead: string) => lead + ' '.repeat(m.length - lead.length)).replace(QUOTED_ALONE, (m: string) => ' '.repeat(m.length)).replace(REPORTED_DE, (_m: string, lead: string, said: string) => lead + ' '.repeat(said.length));
  // Thousands separators ("8,000", "1 500 000" is rare enough to leave) become plain digits.
  t = t.replace(/(\d),(\d{3})(?!\d)/g, '$1$2').replace(/(\d),(\d{3})(?!\d)/g, '$1$2');
  // Dutch "onze dochter" is "our daughter", not the French eleven, before the numbers are read.
  // Shorthand: "10d" ten days, "7n" seven nights, "2pax", "4ppl" (not an amount: no currency or decimal before it).
  t = t.replace(/(?<![\d$€£.,'])\b(\d{1,2})(d|n)\b(?!['’])/g, (_m, n: string, u: string) => `${n} ${u === 'd' ? 'days' : 'nights'}`).replace(/\b(\d{1,2})(pax|ppl)\b/g, '$1 $2');
  // "8.500 € zu zweit", "6 000 € à deux": the party said after an amount, before any word is read on its own.
  t = partyAfterAmount(t);
  t = t.replace(/\bonze (?=(?:dochter|zoon|kinderen|kinders|kleinkinderen|jongen|meisje|tweeling)\b)/g, 'our ');
  t = rewriteDateRanges(halves(wordsToDigits(toEnglishWords(foreignToEnglish(foreignAgesToDigits(foreignAmountsToDigits(moneyWordsToDigits(t))))))));
  // "wir drei" read as "we 3", "for all four", "for all 4 of us": the party's count.
  t = t.replace(/(^|[,.;:!?(]\s*|\band\s+|\bjust\s+)we ([2-9])(?=\s*(?:[,.;:!?)]|$))/g, '$1we are $2').replace(/\bfor (?:all|the whole) ([2-9])(?: of us)?(?=\s*(?:[,.;:!?)]|$|\b(?:in total|total|together|and)\b))/g, 'for the $1 of us');
  // "value matters more than luxury", "value over luxury": the comfort given up is not a priority.
  t = t.replace(/\b(more than|rather than|over|instead of) (?:the )?(?:luxury|luxurious lodges|comfort|fancy lodges)\b/g, '$1 frills');
  // "my 18-month-old and I", "our 9 month old daughter": a baby's age in months, as the party readers take it.
  t = t.replace(/\b(my|our|a|an|the|with|and) (\d{1,2})[- ]months?[- ]old(?: (son|daughter|boy|girl|baby|twins|grandson|granddaughter))?\b/g, (_m, det: string, n: string, who?: string) => `${det} ${who ?? 'baby'} (${n} months)`);
  // "we are a family: dad, mum and a kid of 10", «papá, mamá y un niño»: the two parents counted, after the family is announced.
  t = t.replace(/(\b(?:family|we are|we're|somos|nous sommes|wir sind)\b[^.!?;]{0,12}?[:,-]?\s*)(?:dad|papa|father),? (?:and |y |e |et |und |en |& )?(?:mum|mom|mama|mother)\b|(\b(?:family|we are|we're|somos|nous sommes|wir sind)\b[^.!?;]{0,12}?[:,-]?\s*)(?:mum|mom|mama|mother),? (?:and |y |e |et |und |en |& )?(?:dad|papa|father)\b/g, (_m, a?: string, b?: string) => `${a ?? b}2 adults`);
  // "a kid de 10 years", "un niño de 10 años": the age after "of" in Spanish, Portuguese, French and Italian.
  t = t.replace(/\b(kid|son|daughter|child|boy|girl|baby) (?:de|di|d') ?(\d{1,2}) (?:years|ans|anos|anni)\b/g, '$1 aged $2');
  // "2 Erw.", "2 erwachsene": adults in German shorthand.
  t = t.replace(/\b(\d{1,2}) erw\b\.?/g, '$1 adults');
  // "bis zu 3 Monate später", "hasta tres meses después", "fino a tre mesi dopo": how much later the trip can go.
  t = t.replace(/\b(?:(?:bis zu|until|fino a|up to|ate|tot|jusqu'a) )?(\d{1,2}) (?:months|mesi|mois|monate|maanden) (?:spater|despues|mas tarde|dopo|piu tardi|plus tard|depois|mais tarde|later)\b/g, (m, n: string) => `up to ${n} months later`);
  // "entre febrero y noviembre", „zwischen Februar und November": a span of months.
  t = t.replace(MONTH_SPAN, 'between $1 and $2');
  // "she's 17, and my son is 2 years younger": an age said relative to the child named before it.
  t = relativeAges(t);
  // "baby on board", "toddler in tow": a young child travels with the party.
  t = t.replace(/\b(baby|toddler|infant)s? (?:on board|in tow|along)\b/g, 'with our $1');
  // "kids 5+8", "boys 7 + 10": two children's ages joined by a plus.
  t = t.replace(/\b(kids|children|boys|girls|sons|daughters|teens|grandkids)\s+(?:aged?\s+)?(\d{1,2})\s*\+\s*(\d{1,2})\b(?!\s*(?:adults?|people|pax|ppl|of us)\b)/g, '$1 aged $2 and $3');
  // "we're three generations", "a 3-generation family": how many generations, not how many travel.
  t = t.replace(/\b[2-5](?:\s+|-)generations?\b/g, 'several generations');
  // "a boy of 12 and his sister, 9", "her brother (7)": a child's sibling given a child's age is another child of the party
  // ("his sister, 12 years younger than him" gives an age gap, not an age).
  t = t.replace(/\b(?:his|her|their) (?:little |younger |baby |big |older |kid )?(?:sister|brother)(?:,\s*|\s*\(\s*|\s+aged?\s+|\s+who is\s+)(\d{1,2})\b(?!\s*(?:adults?|people|of us|days?|nights?|weeks?|months?)\b|\s*(?:years?|yrs?|y\.?o\.?)?\s*(?:younger|older|apart|junior|senior|(?:his|her|their|my|our) (?:junior|senior))\b)(\s*\))?/g, (m, age: string, close?: string) => (Number(age) <= 17 ? `a kid aged ${age}${close ? '' : ''}` : m));
  // "she's 15 in October": a child's birthday month, never the trip's.
  t = comingBirthdaysToEnglish(t);
  // "my parents went to Ngorongoro in February 20 years ago", «nos amis ont fini à Zanzibar», „unsere Freunde haben noch
  // Sansibar gemacht": someone else's trip, up to the clause's end, says nothing of this one (no place ruled out, no month,
  // no party, no repeat visit).
  t = t.replace(OTHERS_TRIP, (m) => ' '.repeat(m.length));
  return { original, text: t };
}

// What the agent said, quoted or reported ("you said …", "your reply says …", «vous avez écrit …», „Sie schreiben …"), to the
// closing quote or the end of the clause. Lower case, accents dropped, curly quotes plain.
const QUOTED_BACK =
  /(\b(?:(?<!\b(?:can|could|would|will|please|pls|plz|did|do|if|as|like) |\b(?:the|that|this|a|an|what) [\w$]+ )(?:you|u|ya) (?:said|wrote|put|quoted|gave us)|(?:your|ur|the) (?:answer|reply|verdict|message|response|assumptions?|plan) (?:says?|said|mentions?)|it says|vous (?:avez|aviez) (?:dit|ecrit|mis|indique|parle de|propose)|(?<!\b(?:pouvez|pourriez|voulez)[- ])vous (?:dites|indiquez)|tu (?:as|avais) (?:dit|ecrit|mis|propose)|la reponse (?:dit|indique)|in der antwort steht|da steht)\b\s*:?\s*)(?:'[^']{1,80}'|"[^"]{1,80}"|«[^»]{1,80}»|(?:(?!\b(?:but|and|so|because|though|however|then|mais|et|donc|car|alors|aber|und|also|doch|dann|we|i|us|our|my|nous|notre|nos|on|je|mon|ma|mes|wir|ich|uns|unser\w*|mein\w*)\b)[^.,;!?«"\-]){1,60})/g;
// German puts the verb last: „Sie haben 4 Nächte in der Masai Mara geschrieben", „du hast 'sehr heiß' gesagt".
const REPORTED_DE = /\b((?:sie|ihr|du) (?:haben|habt|hast|hattet|hatten|hatte) )((?:(?!\b(?:aber|und|wir|ich|uns|unser\w*|mein\w*)\b)[^.,;!?]){1,60}?)(?= (?:geschrieben|gesagt|angegeben|vorgeschlagen|gemeint)\b)/g;
// A short quotation set apart and asked about ("'crossings tailing off' — what does that mean for us"): the agent's words.
const QUOTED_ALONE = /^\s*(?:'[^']{2,60}'|"[^"]{2,60}"|«[^»]{2,60}»)(?=\s*[-\u2013\u2014:,?]\s*(?:what|why|how|que|qu'est|pourquoi|comment|was|warum|wie)\b)/;

// Someone else's past trip, on the normalised text (French and German half translated: «mes parents ont fait» reads "my
// parents ont fait", „unsere Freunde haben“ reads "our friends have"), to the end of its clause.
const OTHERS_TRIP_SOURCE =
  String.raw`\b(?:my|our|mes|nos|mon|ma|meine|unsere|mein)\s+(?:parents|friends?|amis?|amies?|potes?|eltern|freunde|freundin|neighbou?rs?|voisins?|voisines?|nachbarn?|nachbarin|colleagues?|collegues?|kollegen|kollegin|sister|brother|soeur|frere|schwester|bruder|cousins?|cousines?|boss|in-laws|mates|bekannten|aunt|uncle|tante|onkel|oncle)\s+(?:(?:also|too|once|aussi|auch|both|beide)\s+)?(?:went|did|visited|spent|stayed|were|was|saw|travell?ed|came back|waren|war|etaient|(?:have|has|had|haben|hatten|hat|ont|avaient|sont|a|est)\b[^.,;!?]{0,40}?\b(?:done|been|gone|visited|gemacht|besucht|gesehen|gewesen|fait|ete|alles?|allees?|visite|vu|termine|fini))\b(?:(?!\b(?:and|so|but|because|then|donc|mais|alors|car|et|aber|also|dann|und|doch|we|i|us|our|my|nous|notre|nos|on|je|wir|ich|uns|unser\w*|mein\w*)\b)[^.,;!?()\-])*`;
const OTHERS_TRIP = new RegExp(OTHERS_TRIP_SOURCE, 'g');
const TELLS_OTHERS_TRIP = new RegExp(OTHERS_TRIP_SOURCE);

/** Whether a message tells someone else's past trip (on lower-case text without accents, translated or not). */
export function tellsOthersTrip(text: string): boolean {
  return TELLS_OTHERS_TRIP.test(text);
}

// "…(is|'s|aged) 17 …, and my son is 2 years younger (than her)": the younger or older child's own age.
const RELATIVE_AGE = /\b(is|'s|are) (\d{1,2}) years? (younger|older)(?: than (?:him|her|them|his (?:brother|sister)|her (?:brother|sister)))?\b/g;
const AGE_SAID = /\b(?:is|'s|aged?|turned|just turned)\s+(\d{1,2})\b(?!\s*(?:years? (?:younger|older)|days?|nights?|weeks?|months?|adults?|people|of us))/g;

function relativeAges(t: string): string {
  if (!/ years? (?:younger|older)\b/.test(t)) return t;
  return t.replace(RELATIVE_AGE, (m, verb: string, gap: string, way: string, at: number) => {
    const before = t.slice(Math.max(0, at - 100), at);
    const said = [...before.matchAll(AGE_SAID)].at(-1);
    if (!said) return m;
    const age = Number(said[1]) + (way === 'older' ? 1 : -1) * Number(gap);
    return age >= 0 && age <= 17 ? `${verb} ${age}` : m;
  });
}
