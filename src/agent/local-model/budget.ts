import type { Mention } from './mention';
import { parseAmount, plainDigits } from './numbers';
import { currencyCode, CURRENCY_WORD_ALT, CURRENCY_WORDS, ISO_CODES, PREFIX_ABBREV_ALT, PREFIX_SYMBOL_ALT, PREFIX_TABLE as PREFIX, SUFFIX_TABLE as SUFFIX, SPOKEN_MONEY_ALT, SUFFIX_WORD_ALT, WORDLIKE_CODES, WORDLIKE_MIN } from './currencies';

/**
 * The budget: amount, ISO currency and whether it is per person or for everyone. A
 * number counts as money only with a currency or a budget word next to it, so ages,
 * group sizes and years never become budgets. A range keeps its upper bound (the most
 * they will spend). A per-night figure is not a trip budget and is left out.
 */
export interface Budget {
  budget_amount?: number;
  budget_currency?: string;
  budget_basis?: 'per_person' | 'total';
}

// Every ISO code the reader knows (currencies.ts), for the patterns below.
const CODE_ALT = ISO_CODES.join('|');

// Local formats: "450 000", "8.500", "10'000", "3.200,50" (a decimal comma after grouped thousands), "3200,50".
const AMOUNT = "(\\d{1,3}(?:[ .']\\d{3})+(?:,\\d{1,2}(?!\\d))?|\\d+,\\d{1,2}(?!\\d)|\\d+(?:\\.\\d+)?)";
const MULT = '(?:\\s*(k|m|mn|grand|thousand|millions?)\\b)?';
const RANGE_LOW = `(?:${AMOUNT}${MULT}\\s*(?:-|to|or|and)\\s*)?`;
const PREFIX_RE = new RegExp(`(${PREFIX_SYMBOL_ALT}|\\b(?:${CODE_ALT}|${PREFIX_ABBREV_ALT})(?![a-z])|\\br(?=\\s?\\d(?:\\d|[ .']\\d{3}))|\\br(?=\\s?\\d+[.,]\\d+\\s*(?:m|mn|million|millions|k)\\b)|\\bp(?=\\s?\\d{3,}))\\s*${RANGE_LOW}(?:\\$|€|£)?${AMOUNT}${MULT}`, 'g');
const SUFFIX_RE = new RegExp(`\\b${RANGE_LOW}${AMOUNT}${MULT}\\s*(?:(?:de|of|in|en)\\s+(?!us\\b))?\\(?(us dollars?|us(?!\\s*(?:all|both|two|and|\\d|of|to|too|in|at|on|as|because))|${SUFFIX_WORD_ALT}|${CURRENCY_WORD_ALT}|${CODE_ALT})\\b`, 'g');
const BARE_RE = new RegExp(`\\b(?:budget(?:\\s+(?:is|of|around|about|approx\\.?|roughly|max|maximum|up to|under|below|=|:))*|spend(?:ing)?(?:\\s+(?:about|around|up to|max|no more than|under|roughly))?|afford(?:\\s+(?:about|around|up to|max))?|max(?:imum)?|up to|no more than|under|below|around|about|roughly|approx\\.?)\\s*:?\\s*${RANGE_LOW}${AMOUNT}${MULT}`, 'g');
// "6000€", "4000 €": the symbol after the amount, as many Europeans write it.
const SYMBOL_AFTER_RE = new RegExp(`\\b${RANGE_LOW}${AMOUNT}${MULT}\\s*(€|£|\\$)(?!\\s*\\d)`, 'g');
// "5500 per person", "4000 total": a bare amount is money when its basis follows it.
const BASIS_AFTER_RE = new RegExp(`\\b${AMOUNT}${MULT}\\s*(?=(?:per person|per head|a head|pp\\b|each\\b|in total|total\\b|all in\\b|for everyone|for all of us|for the lot|for everything|for the whole (?:trip|group|family)))`, 'g');
const GRAND_RE = new RegExp(`\\b${RANGE_LOW}${AMOUNT}\\s*(grand|k)\\b`, 'g');

const PER_PERSON = /^(?:[^.!?;]{0,30}?)\b(?:pppn|pp ?pn|pp per night|per person|per persons|per head|a head|per pax|pp|p\.p\.?|pps|each|a person|per adult|\/person|\/pp|per traveller|per traveler|per person sharing|a pop|per pop)\b/;
const TOTAL = /^(?:[^.!?;]{0,40}?)\b(?:total|in total|in totaal|all in|all-in|altogether|all together|combined|for (?:all|both|the both) of us|for everything|everything included|all[ -]inclusive|all told|for (?:(?:the|all) )?\d+ of (?:us|them)|for all \d+\b|for us (?:all|both)|for us\b|for the (?:whole )?(?:family|group|lot|trip|party)|for our (?:whole )?(?:family|group|party)|voor ons (?:allebei|beiden|allen|allemaal)|voor (?:de )?(?:hele )?(?:familie|groep)|jumla|for everyone|for the couple|per couple|for the pair|for 2|for (?:the )?two of us|for (?:us )?both|for everybody|whole trip|entire trip|overall|all told|in all)\b/;
const TOTAL_BEFORE = /\b(?:total|overall|combined|family|group|joint)\s+(?:budget|spend)\b[^.!?]{0,20}$|(?<!\b(?:nights?|days?|weeks?|nts)\s)\btotal(?: budget)?(?: (?:is|=|of|comes to|would be)|:|,)?\s*(?:about |around |roughly |max |up to )?$|\bfor (?:the |all )?(?:\d+ of us|both of us|us (?:all|both)|everyone|everybody|the (?:whole )?(?:group|family|party))\s*[,:-]?\s*$|\b(?:in total|all in|altogether)\b[^.!?\d]{0,40}$|\b(?:(?:two|three|four|five|six|\d+) of us|(?:the )?(?:two|three|four|five|six) of us|we(?:'re| are) (?:two|three|four|\d+|a couple|a family of \w+)|a couple)\s*[,;:-]\s*(?:(?:our|the|a|with a|on a)\s+)?budget(?:\s+(?:is|of|around|about|approx\.?|roughly|max|up to|=))*\s*:?\s*$/;
const PER_PERSON_BEFORE = /\b(?:per person|each|pp)\s+(?:budget\s+)?(?:is\s+|of\s+)?(?:(?:about|around|roughly|approx\.?|etwa|ungefähr|ungefahr|circa|ca\.|environ|aprox\.?)\s+)?$|\bbudget per person\b[^.!?]{0,15}$/;
// A basis that is a whole sentence of its own right after the amount ("3000 dollars. Per person."), nothing else in it.
const BASIS_ALONE = /^\s*[.;]\s*(per person|per head|pp|each|in total|total|all in)\s*(?:[.!;\n]|$)/;
const PER_NIGHT = /^\s*(?:[a-z]{1,6}\s+)?(?:pp\s*|per person\s*|each\s*)?(?:per night|a night|\/night|pppn|per day|a day|\/day|nightly|daily)\b/;
const NOT_BASIS = /\b(?:not|rather than|instead of|and not)\s+(?:the\s+)?(?:per person|pp|per head|each|total|in total|all in)\b/g;
const BUDGET_CONTEXT = /\b(?:budget|spend|spending|afford|cost|price|money|cash|total|each|per person|pp|max|maximum|tops|at most|up to|under|below|around|about|roughly|grand|quid|bucks)\b/;

function amountOf(raw: string, mult?: string): number | undefined {
  return parseAmount(plainDigits(raw), mult);
}

/** A word-like code ("try", "cop") is money only for a sizeable amount: "try 2 nights" is no budget. */
function tooSmallForCode(token: string, amount: number): boolean {
  return WORDLIKE_CODES.has(token.trim()) && amount < WORDLIKE_MIN;
}

interface Hit {
  at: number;
  end: number;
  amount: number;
  currency?: string;
}

function hitsOf(text: string): Hit[] {
  const hits: Hit[] = [];
  const push = (h: Hit) => {
    if (!(h.amount > 0) || h.amount > 1e10) return;
    const clash = hits.findIndex((x) => h.at < x.end && h.end > x.at);
    if (clash >= 0) {
      if (!hits[clash]!.currency && h.currency) hits[clash] = h;
      return;
    }
    hits.push(h);
  };
  for (const m of text.matchAll(PREFIX_RE)) {
    const amount = amountOf(m[4]!, m[5]);
    const currency = currencyCode(PREFIX, m[1]!, text);
    // "P30,000" is pula only where the message speaks of Botswana's money.
    if (m[1] === 'p' && currency === undefined) continue;
    if (amount !== undefined && tooSmallForCode(m[1]!, amount)) continue;
    if (amount !== undefined) push({ at: m.index!, end: m.index! + m[0].length, amount, currency });
  }
  for (const m of text.matchAll(SUFFIX_RE)) {
    // "US" alone names the money only after a multiplier ("20 grand US"), never after a bare number ("2027 (US dates)").
    if (m[5] === 'us' && !m[4]) continue;
    const amount = amountOf(m[3]!, m[4]);
    if (amount !== undefined && tooSmallForCode(m[5]!, amount)) continue;
    if (amount !== undefined) push({ at: m.index!, end: m.index! + m[0].length, amount, currency: currencyCode(SUFFIX, m[5]!, text) });
  }
  for (const m of text.matchAll(SYMBOL_AFTER_RE)) {
    const amount = amountOf(m[3]!, m[4]);
    if (amount !== undefined) push({ at: m.index!, end: m.index! + m[0].length, amount, currency: currencyCode(PREFIX, m[5]!, text) });
  }
  for (const m of text.matchAll(GRAND_RE)) {
    const amount = amountOf(m[3]!, m[4]);
    const line = text.slice(Math.max(0, m.index! - 60), m.index! + m[0].length + 40);
    if (amount !== undefined && (m[4] === 'grand' || BUDGET_CONTEXT.test(line))) push({ at: m.index!, end: m.index! + m[0].length, amount });
  }
  for (const m of text.matchAll(BASIS_AFTER_RE)) {
    const amount = amountOf(m[1]!, m[2]);
    if (amount !== undefined && amount >= 100) push({ at: m.index!, end: m.index! + m[0].length, amount });
  }
  for (const m of text.matchAll(BARE_RE)) {
    const amount = amountOf(m[3]!, m[4]);
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 16);
    // "around 10 days", "under 3 hours", "about 5 of us" are not money.
    if (/^\s*(?:days?|nights?|weeks?|months?|hours?|hrs?|h\b|people|persons?|adults?|kids?|children|of us|years?|km|miles?|%|am|pm|o'?clock|th|st|nd|rd)/.test(after)) continue;
    if (!/\bbudget|spend|afford|max|up to|no more than|under|below/.test(m[0]) && amount !== undefined && amount < 100) continue;
    if (amount !== undefined && amount >= 100) push({ at: m.index!, end: m.index! + m[0].length, amount });
    else if (amount !== undefined && m[4]) push({ at: m.index!, end: m.index! + m[0].length, amount });
  }
  return hits.sort((a, b) => a.at - b.at);
}

// "make that per person, not total": the basis of a budget already given, changed alone.
const BASIS_CHANGE = /\b(?:make (?:it|that)|change (?:it|that) to|switch(?: it)? to|that'?s|it'?s|that was|it was|i meant|meant|budget is|budget'?s)\s+(?:the\s+)?(?:budget\s+)?(?:(?:\$|€|£)?\d[\d.,]*\s*(?:k\b)?\s*)?(per person|pp|per head|each|total|in total|for everyone|all in|for the (?:whole )?(?:group|family))\b/;

// "budget is euros, not dollars", "make that pounds": the currency alone, the amount unchanged.
// Any other code or currency name may be the money changed too ("sorry, that's in yen"), except codes that are everyday words ("it's mad").
const CHANGE_ALT = [...CURRENCY_WORDS.map(([alt]) => alt).filter((alt) => alt !== 'won' && alt !== 'pesos?'), ...ISO_CODES.filter((c) => !WORDLIKE_CODES.has(c))].join('|');
const CURRENCY_CHANGE = new RegExp(`\\b(?:budget(?:'s| is)|it'?s|that'?s|make (?:it|that)|in|meant|i meant|should be|was)\\s+(?:in\\s+)?(${SPOKEN_MONEY_ALT}|${CHANGE_ALT})\\b(?!\\s*\\d)`);
const NOT_CURRENCY = new RegExp(`\\b(?:not|rather than|instead of)\\s+(?:in\\s+)?(?:${SPOKEN_MONEY_ALT}|${CHANGE_ALT})\\b`, 'g');

/** The currency alone when the message changes only that ("budget is euros, not dollars"). */
export function currencyChange(text: string): string | undefined {
  const m = CURRENCY_CHANGE.exec(text.replace(NOT_CURRENCY, ' '));
  return m ? currencyCode(SUFFIX, m[1]!, text) : undefined;
}

/** The basis alone when the message changes only that ("make it per person"). */
export function basisChange(text: string): Budget['budget_basis'] {
  const m = BASIS_CHANGE.exec(text);
  if (!m) {
    // "actually per person, not total": a correction that names one basis and denies the other.
    const said = text.replace(NOT_BASIS, ' ');
    const pp = /\b(?:per person|per head|pp|each)\b/.test(said);
    const total = /\b(?:total|in total|all in|for everyone|for all of us)\b/.test(said);
    if (pp === total || !(said !== text || /\b(?:actually|sorry|i meant|correction|oops)\b/.test(text))) return undefined;
    return pp ? 'per_person' : 'total';
  }
  return /^(?:per person|pp|per head|each)$/.test(m[1]!) ? 'per_person' : 'total';
}

// The price of one thing the traveler quotes ("Rwanda's $1,500 permit", "permits $1500", "the flights cost $900"), not what they will spend.
const PRICE_AFTER = /^\s*(?:(?:gorilla|chimp|trekking|park|entry|conservation|park entry)\s+)?(?:permits?|fees?|tickets?|airfares?|flights?)\b(?!\s+(?:included|inclusive|incl|and|&))/;
// Also the permit's name and link in French, Spanish, Italian and German, which normalize.ts leaves
// ("das Permit für 1.500 $" reads "the permit for 1.500 $", «le permis à 1 500 $», «el permiso de 1.500 USD»).
const PRICE_BEFORE = /\b(?:permits?|permis|permisos?|permess[oi]|genehmigung(?:en)?|fees?|tickets?|airfares?|flights?|costs?|priced at|charges?|prices?)\s*(?:alone\s+)?(?:are|is|cost|costs|of|at|for|run|a|de|di|da|von|zu|kostet|coute|cuesta|costa|:|=|—|–|-|,)?\s*(?:about|around|only|just|now|already|a whopping|roughly)?\s*(?:us)?$/;

// "…a head, pounds", "10 grand in total (dollars)": a money named later in the clause.
const NAMED_LATER = new RegExp(`^[^.!?;\\d]{0,25}?(?:,|\\()\\s*(?:in\\s+)?(${SPOKEN_MONEY_ALT})\\b`);

/** Budget mentions (amount, currency and basis) in text order; a nightly or daily rate counts over `tripDays` when the trip's length is known. */
export function budgetMentions(text: string, tripDays?: number): Array<Mention<Budget>> {
  const all = budgetMentionsWithPrices(text, tripDays);
  // A quoted price is no budget when the message also says what they will spend ("Rwanda's $1,500 permit is too steep … $2,500 pp").
  const spend = all.filter((m) => !m.price);
  return (spend.length > 0 ? spend : all).map(({ at, value }) => ({ at, value }));
}

function budgetMentionsWithPrices(text: string, tripDays?: number): Array<Mention<Budget> & { price: boolean }> {
  const out: Array<Mention<Budget> & { price: boolean }> = [];
  const hits = hitsOf(text);
  for (const h of hits) {
    const after = text.slice(h.end, h.end + 60);
    const before = text.slice(Math.max(0, h.at - 40), h.at);
    const rate = PER_NIGHT.exec(after);
    let amount = h.amount;
    if (rate) {
      // "$250 per person per night", "£100 a day between us": a rate is a budget only over the trip's length.
      if (tripDays === undefined) continue;
      amount = h.amount * (/night|pppn/.test(rate[0]) ? Math.max(1, tripDays - 1) : tripDays);
    }
    const b: Budget = { budget_amount: amount };
    // "around 3 grand a head, pounds", "10 grand in total (dollars)": a currency word later in the same clause names the amount's money.
    const named = h.currency ?? (NAMED_LATER.exec(after)?.[1]);
    const currency = h.currency ?? (named ? currencyCode(SUFFIX, named, text) : undefined);
    if (currency) b.budget_currency = currency;
    // "total, not per person": a basis said and one denied; the denied one is not read.
    // "USD 6000 for both of us, so 4000 each": the basis after the next amount is that amount's, not this one's.
    const said = after.replace(/(?:[$€£]\s?)?\d[\d.,' ]{2,}[\s\S]*$|\d+k\b[\s\S]*$/, '').replace(NOT_BASIS, ' ');
    // "3000 dollars. Per person.": the basis said alone as the next sentence is this amount's.
    const alone = BASIS_ALONE.exec(after);
    if (PER_PERSON.test(said) || PER_PERSON_BEFORE.test(before)) b.budget_basis = 'per_person';
    else if (TOTAL.test(said) || TOTAL_BEFORE.test(before)) b.budget_basis = 'total';
    else if (alone) b.budget_basis = /total|all in/.test(alone[1]!) ? 'total' : 'per_person';
    const price = (PRICE_AFTER.test(after) || PRICE_BEFORE.test(before)) && !/\b(?:budget|spend|afford)\w*\b[^.!?\d]*$/.test(before);
    out.push({ at: h.at, value: b, price });
  }
  return out;
}

// The permits bought apart from the stated budget: "permits will be bought by us", "we've already got our permits",
// "permits not included", "excluding permits", "$1,000 each for lodging and transport" (a budget named for the rest of the trip).
const PERMITS_APART = [
  /\bpermits?\b[^.!?]{0,25}\b(?:bought|booked|paid|purchased|sorted|secured|covered|arranged)\b[^.!?]{0,12}\b(?:by us|by me|ourselves|myself|separately|already|apart)\b/,
  /\b(?:we|i)(?:'ve| have)?\s+(?:already\s+)?(?:got|have|bought|booked|paid for|secured|purchased)\s+(?:(?:our|my|the|two|2|both)\s+)?(?:gorilla\s+|trekking\s+|chimp\s+)?permits?\b/,
  /\b(?:we'?ll|we will|i'?ll|i will)\s+(?:buy|book|pay for|sort|get|arrange)\s+(?:the\s+|our\s+|my\s+)?(?:gorilla\s+|trekking\s+)?permits?\s+(?:ourselves|myself|separately|apart|on our own)\b/,
  /\b(?:excluding|excl\.?|without|not including|plus|on top of)\s+(?:the\s+)?(?:gorilla\s+|trekking\s+)?permits?\b|\bpermits?\s+(?:not included|excluded|extra|on top|separate(?:ly)?|aside)\b/,
  // The list must end there: "covering lodging and transport and the permits" names the permits inside the budget.
  /\b(?:for|on|covers?|covering)\s+(?:the\s+)?(?:lodging|lodges?|accommodation|hotels?|rooms?)(?:\s*(?:,|and|&|\+)\s*(?:the\s+)?(?:transport|transfers?|meals?|food|drivers?|guides?|vehicles?))+\b(?![^.!?;]{0,40}\b(?:permits?|park fees|everything)\b)/,
];

// The permits said to be inside the budget: "including permits", "permits included", "covering lodging, transport and the permits",
// "all in", "all-inclusive". Against these only a plain statement that the permits are bought apart counts, never a budget named for the lodging.
const PERMITS_INSIDE = /\b(?:including|incl\.?|inclusive of|covering|covers?|with)\b[^.!?;]{0,50}\bpermits?\b(?!\s+(?:not|excluded|extra|on top|separate|aside|bought|booked|paid|we|i)\b)|\bpermits?\s+(?:included|inclusive|incl\b)|\ball[ -]in(?:clusive)?\b|\beverything included\b/;

// The permits named inside the budget, not merely an "all in" (which may be said of the rest once the permits are held).
const PERMITS_NAMED_INSIDE = /\b(?:including|incl\.?|inclusive of|covering|covers?)\b[^.!?;]{0,50}\bpermits?\b(?!\s+(?:not|excluded|extra|on top|separate|aside|bought|booked|paid|we|i)\b)|\bpermits?\s+(?:included|inclusive|incl\b)/;

/** True when the message says (not asks) that its budget covers the permits and says nothing of buying them apart: a correction of an earlier "permits apart". */
export function permitsInside(text: string): boolean {
  const said = statements(text);
  return PERMITS_NAMED_INSIDE.test(said) && !PERMITS_APART.slice(0, -1).some((re) => re.test(said));
}

/** The statements of a message, without its questions: "are permits paid separately?" says nothing about the budget. */
function statements(text: string): string {
  return text
    .split(/(?<=[.!?\n])(?!\d)\s*/)
    .filter((s) => !/\?\s*$/.test(s))
    .join(' ');
}

/** True when the message says (not asks) that the permits are bought apart from the budget it states (the rules add them on top). */
export function permitsApart(text: string): boolean {
  const said = statements(text);
  const strong = PERMITS_APART.slice(0, -1).some((re) => re.test(said));
  if (strong) return true;
  // A budget named for the lodging and transport leaves the permits out only when nothing puts them in.
  return PERMITS_APART[PERMITS_APART.length - 1]!.test(said) && !PERMITS_INSIDE.test(said);
}

// The amount aimed at the permits alone: "we can't spend more than $1,000 each on the permit", "the most we can pay for the
// permit is about $1,000", "we have $1,200 per person for the trek part", "our permit budget is $900". The amount must be
// in the same sentence: "we'll pay for the permits ourselves" says who pays, not how much (PERMITS_APART).
const PERMIT_TARGET = String.raw`(?:the\s+|a\s+|our\s+|each\s+|one\s+)?(?:gorilla\s+|trekking\s+|tracking\s+|chimp\s+)?(?:permits?|trek(?:king)?\s+(?:part|itself|permits?))`;
// What follows the permit when the amount covers more than it: "the permit, lodges and everything", "the permit and the rest".
const WITH_REST = String.raw`\s*(?:and|&|\+|plus|,|et|und|y|e)\s*(?:the\s+|les\s+|le\s+|die\s+|das\s+)?(?:lodg|accommodation|hotel|transport|everything|all\b|the rest|food|flights?|h[ée]bergement|tout|unterkunft|alles|hoteles|todo|alloggi|tutto)`;
const PERMITS_ONLY = [
  new RegExp(String.raw`\b(?:spend|spending|pay|paying|afford|budget(?:ed)?|have|got|put|allow|set aside|at most|no more than|not more than|max(?:imum)?|up to|tops)\b[^.!?;]{0,40}?\b(?:on|for|towards?)\s+${PERMIT_TARGET}\b(?!${WITH_REST})`),
  /\bpermit budget\b|\bbudget (?:for|on) (?:the |our )?(?:gorilla |trekking )?permits?\b/,
  // French, Spanish, Italian, German: "pas plus de 1 000 € chacun pour le permis", "le maximum que nous pouvons payer pour le
  // permis", "höchstens 1.000 € pro Person für das Permit / die Genehmigung", "Für das Permit können wir höchstens … ausgeben".
  new RegExp(String.raw`\b(?:dépenser|depenser|payer|mettre|consacrer|maximum|max|plus de|jusqu'à|jusqu'a|gastar|pagar|máximo|maximo|spendere|pagare|massimo|ausgeben|zahlen|bezahlen|höchstens|hochstens|maximal|bis zu|at most)\b(?:[^.!?;]|\.(?=\d)){0,50}?\b(?:pour|sur|para|en|per|für|fur)\s+(?:the\s+|le\s+|les\s+|el\s+|los\s+|il\s+|i\s+|das\s+|die\s+|den\s+)?(?:permis|permisos?|permessi|permesso|permits?|genehmigung(?:en)?|trekking-?genehmigung(?:en)?|gorilla-?permits?|gorilla-?genehmigung(?:en)?)\b(?!${WITH_REST})`, 'i'),
  new RegExp(String.raw`\b(?:für|fur|pour|para|per)\s+(?:the|das|die|den|le|les|el|los|il|i)\s+(?:permits?|genehmigung(?:en)?|permis|permisos?|permessi|permesso)\b(?!${WITH_REST})[^.!?;]{0,50}?\b(?:höchstens|hochstens|at most|maximal|bis zu|ausgeben|zahlen|dépenser|depenser|payer|gastar|pagar|spendere|pagare)\b`, 'i'),
];
const REST_CAPPED = /\b(?:lodg\w*|accommodation|hotels?|the rest|left for|h[ée]bergement|unterkunft|alloggi\w*|alojamiento)\b/i;
const AMOUNT_SAID = /(?:[$€£]\s?\d|\d[\d.,' ]*\s?[$€£]|\d[\d.,' ]*\s?(?:k\b|usd|eur|gbp|dollars?|euros?|pounds?)|\b(?:usd|eur|gbp|us\$)\s?\d)/;

/**
 * True when the message says (not asks) that `amount`, the budget read from it, caps only the permits ("no more than
 * $1,000 each on the permit"): the rules then weigh the permits against it and leave the rest of the trip unpriced by it.
 * The amount must be the one said of the permits: "$3,000 each for the trip, but at most $1,000 on the permit" keeps
 * $3,000 a trip budget. Never together with permits bought apart from the budget (permitsApart), the other way round.
 */
export function permitsOnly(text: string, amount: number): boolean {
  if (permitsApart(text)) return false;
  // A second amount said for the lodges or the rest ("only about $300 each left for them"): the stated amount is not the
  // only cap, and the rest is not unlimited, so the amount is not read as a permit-only cap.
  if (REST_CAPPED.test(text) && hitsOf(text).some((h) => h.amount !== amount)) return false;
  // Not inside a number: "1.000 €" is one amount, not the end of a sentence.
  for (const s of statements(text).split(/(?<=[.!?;\n])(?!\d)\s*/)) {
    if (!AMOUNT_SAID.test(s)) continue;
    for (const re of PERMITS_ONLY) {
      const m = re.exec(s);
      if (!m) continue;
      // The permit clause: the words matched, and what follows them up to the next clause ("… on the permit is about $1,000 each").
      const clause = s.slice(m.index, m.index + m[0].length) + s.slice(m.index + m[0].length).split(/[,;]|\b(?:but|and|while|whereas)\b/)[0];
      if (hitsOf(clause).some((h) => h.amount === amount)) return true;
    }
  }
  return false;
}
