import type { TripInputs } from '../../domain/trip-inputs';
import type { Party } from './party';
import { adultCompanions } from './party';
import { MONEY_ALT } from './currencies';

/**
 * The second pass over who is travelling, after party.ts has read counts and ages. It
 * settles what one reading alone gets wrong, in this order of precedence:
 *
 * 1. Ages: an age in months is under a year ("3, 5 and 11 months" is 3, 5 and 0); a
 *    child's age in the possessive ("our daughter's 9 going on 10") or after "de"/"of"
 *    ("a teen of 14 years"); a sibling or cousin with an age under 18 is a child ("her
 *    brother, 10"); twins and triplets count as two and three of the same age.
 * 2. Parts of a party named together add up: "my parents, the two of us and our
 *    daughter" is 2 + 2 adults and a child; "grandma + grandpa + us two + the twins" 4 + 2.
 * 3. A change to the known party: "one more joining" adds one to the group; a child
 *    brought along ("we'll bring our daughter") adds the children to it.
 *
 * It only fills or corrects fields the text supports; counts it cannot settle stay as read.
 */

const MONTHS_OLD = /\b(\d{1,2})[- ]?months?\b/g;
const POSSESSIVE_AGE = /\b(?:son|daughter|boy|girl|kid|child|baby|little one|youngest|eldest|oldest)'s (\d{1,2})\b(?!\s*(?:days?|nights?|weeks?|months?|%))/g;
const AGE_AFTER_DE = /\b(?:teen|teenager|kid|child|boy|girl|son|daughter|nephew|niece) (?:de|of|von|van|aged?) (\d{1,2})(?: years?(?: old)?)?\b(?!\s*(?:days?|nights?|weeks?|months?|people|adults?))/g;
const SIBLING_AGE = /\b(?:brother|sister|cousin)s?,? (?:is |who is |aged? )?(\d{1,2})\b(?!\s*(?:days?|nights?|weeks?|months?|hours?|people|adults?|%|k\b|\d)|\s*(?:years?|yrs?)?\s*(?:younger|older|apart|junior|senior|(?:his|her|their|my|our) (?:junior|senior))\b)/g;
const ROLE_AGE = /\b(?:son|daughter|boy|girl|eldest|youngest|oldest|middle one|older one|younger one)(?:,| is|'s)? (\d{1,2})\b(?!\s*(?:days?|nights?|weeks?|months?|hours?|hrs?|people|adults?|%|k\b|\d|-|years? (?!old)))/g;
const UNDER_AGE = /\b(\d{1,2}) (?:of them |kids |children )?(?:under|below|younger than|aged under) (\d{1,2})\b(?!\s*(?:days?|nights?|weeks?|months?|hours?|k\b|%|usd|eur|gbp|dollars|euros|pounds))/;
// Any money the shared currency table knows (currencies.ts), before or after the figure.
const AMOUNT_FOR = new RegExp(`(?:(?:${MONEY_ALT})\\s?\\d[\\d,. ']*(?:k\\b)?|\\b\\d[\\d,. ']*(?:k\\b)?\\s*(?:${MONEY_ALT}))\\s+(?:in total\\s+|total\\s+)?for (?:the )?(\\d{1,2})\\b(?!\\s*(?:days?|nights?|weeks?|months?|hours?|of us|people|persons|adults|pax))`);
const MULTIPLES = /\b(twin|triplet)(?:s|\s+(?:daughters|sons|boys|girls|kids|children|babies|brothers|sisters|grandkids|grandchildren|nephews|nieces))\b(?:,?\s*(?:who are|are|aged?|of)?\s*(\d{1,2})\b(?!\s*(?:days?|nights?|weeks?|months?)))?/;
// "the two of us", "us two", "both of us" beside other people named: the writer's own pair.
// "grandparents, us, and the kids": a bare "us" between two items of a list is the writer's pair.
const US_COUNT = /\b(?:the )?(\d) of us\b|\bus (\d)\b|\b(?:both of us|us both)\b|(?<=(?:,|\+|\band|\bplus)\s*)\bus(?=\s*(?:,|\+|and\b|plus\b))/;
// The pair is one item of a list: "my parents, the two of us and our daughter", "+ us two +".
// A comma alone lists the pair only after another person ("my parents, the two of us"); after a clause about someone
// ("my father (81) can barely walk and wants elephants, 2 of us") or after "I" ("my wife and I, 3 of us") the count is the whole party.
const LIST_BEFORE = /(?:\+|\band|\bplus)\s*(?:just\s+)?$|\b(?:parents|grandparents|in-?laws|mum|mom|mother|dad|father|grandma|grandpa|granny|grandmother|grandfather|nan|nana|sisters?|brothers?|aunt|auntie|uncle|cousins?|friends?|wife|husband|partner|fiancee?|boyfriend|girlfriend|kids|children|daughters?|sons?|twins|grandkids|grandchildren|nieces?|nephews?|colleagues?)(?:\s*\([^()]{0,20}\))?\s*,\s*(?:just\s+)?$/;
// After the pair, a comma starts a list only when another item follows it ("3 of us, my sister's coming" explains).
const LIST_AFTER = /^\s*(?:(?:\+|and\b|plus\b)\s*(?:my|our|the|his|her|grand\w*|mum|mom|dad|\d)\b|,\s*(?:my|our|the)\s+[a-z-]+(?:\s+[a-z-]+)?\s*(?:,|\+|and\b|plus\b))/;
const JOINING = /\b(?:joining|join us|coming(?: too| along| with us)?|comes? (?:along|with us|too)|tagging along|bring(?:ing)?|add(?:ing)?|is in|are in)\b/;

// "Sam is 13, Jo is 17", "Mia's 11 and Leo's 17": a name, then its age, one name per child.
const NAMED_AGE = /(?:^|[,;:.!?\u2013-]\s*|\b(?:and|&|but|while|whereas|whilst)\s+)([a-z]{2,12})(?:'s| is| is now| just turned| turned| tiene| has| hat|,| ?\()\s*(\d{1,2})\b(?!\s*(?:days?|nights?|weeks?|months?|hours?|hrs?|minutes?|mins?|km|miles|people|adults?|%|k\b|\d|[$\u20ac\u00a3]|(?:st|nd|rd|th)\b))/g;
const NAMED_AGE_ELIDED = /\b(?:and|&|y|et|und)\s+([a-z]{2,12})\s+(\d{1,2})\b(?!\s*(?:days?|nights?|weeks?|months?|hours?|hrs?|years?\s+(?!old)|people|adults?|%|k\b|\d))/g;
// "sorry, they are 13 and 17": the known children's ages said again by pronoun.
const THEY_AGES = /\b(?:they|the (?:kids|children|boys|girls|twins|grandkids|little ones))(?:'re| are| will be|'ll be)\s+(?:actually\s+|really\s+|now\s+)?(\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})+)\b(?!\s*(?:days?|nights?|weeks?|months?|hours?|hrs?|people|adults?|%|k\b|star|stars|\d))/;
// Words that can stand where a name does but are not a child's name.
const NOT_A_NAME = new Set(['he', 'she', 'it', 'that', 'this', 'there', 'here', 'which', 'who', 'what', 'one', 'budget', 'total', 'trip', 'price', 'cost', 'rate', 'lodge', 'camp', 'park', 'flight', 'drive', 'stay', 'safari', 'son', 'daughter', 'boy', 'girl', 'kid', 'child', 'baby', 'eldest', 'youngest', 'oldest', 'other', 'mine', 'ours', 'wife', 'husband', 'partner', 'mum', 'mom', 'dad', 'age', 'number', 'group', 'party', 'family', 'day', 'date', 'month', 'year', 'everything', 'nothing', 'all', 'limit', 'max', 'min', 'minimum', 'maximum', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december', 'days', 'nights', 'weeks', 'adults', 'kids', 'children', 'us', 'we', 'them', 'people', 'and', 'or', 'but', 'so', 'about', 'around', 'under', 'over', 'only', 'just', 'actually', 'sorry', 'wait', 'no', 'yes', 'ok', 'okay']);

/** Ages put to names, in the order said, when every one is a distinct name and a child's age; else undefined. */
function namedAges(text: string): number[] | undefined {
  const names = new Set<string>();
  const out: number[] = [];
  const found = [...text.matchAll(NAMED_AGE)];
  // "Jo is 17 and Sam 13": after a name with its verb, the next name may drop the verb.
  if (found.length > 0) for (const m of text.slice(found[0]!.index!).matchAll(NAMED_AGE_ELIDED)) found.push({ ...m, index: m.index! + found[0]!.index! } as RegExpExecArray);
  for (const m of found.sort((a, b) => a.index! - b.index!)) {
    if (NOT_A_NAME.has(m[1]!) || names.has(m[1]!) || Number(m[2]) > 17) return undefined;
    names.add(m[1]!);
    out.push(Number(m[2]));
  }
  return out.length > 0 ? out : undefined;
}

function agesOf(re: RegExp, text: string): Array<{ at: number; value: number }> {
  const out: Array<{ at: number; value: number }> = [];
  for (const m of text.matchAll(re)) {
    const n = Number(m[1]);
    if (n <= 17) out.push({ at: m.index!, value: n });
  }
  return out;
}

/** Settles the party read by party.ts; returns the corrected fields (the others unchanged). */
export function resolveParty(text: string, party: Party, previous?: TripInputs): Party {
  const out: Party = { ...party };
  // "Sorry, I mixed them up - Sam is 13, Jo is 17": one age per known child, by name, replaces the ages known.
  const known = previous?.children ?? previous?.child_ages?.length ?? 0;
  const byName = known >= 2 && out.child_ages === undefined ? namedAges(text) : undefined;
  const byPronoun = known >= 2 && out.child_ages === undefined && !byName ? THEY_AGES.exec(text)?.[1]!.split(/\s*(?:,|and|&)\s*/).map(Number) : undefined;
  const said = byName ?? byPronoun;
  if (said && said.length === known && said.every((a) => a <= 17)) {
    out.child_ages = said;
    out.children = known;
  }
  let ages = out.child_ages ? [...out.child_ages] : [];
  const childAges = ages.length > 0;

  // 1. Ages in months are under a year: the number read is the months.
  for (const m of text.matchAll(MONTHS_OLD)) {
    const n = Number(m[1]);
    const k = ages.lastIndexOf(n);
    if (k >= 0 && n > 0 && !/\b(?:in|within|for|next|after)\s+$/.test(text.slice(Math.max(0, m.index! - 8), m.index!))) ages[k] = 0;
  }
  // "son 13, daughter 10", "our eldest is 16, the youngest 11": a child named by role, then the age.
  const roles = agesOf(ROLE_AGE, text);
  if (roles.length > ages.length) {
    const missing = [...roles.map((r) => r.value)];
    for (const a of ages) {
      const k = missing.indexOf(a);
      if (k >= 0) missing.splice(k, 1);
    }
    ages = [...ages, ...missing];
  }
  // Ages said in forms party.ts does not read, counted only when it found none of them.
  const extra = [...agesOf(POSSESSIVE_AGE, text), ...agesOf(AGE_AFTER_DE, text)];
  const siblings = agesOf(SIBLING_AGE, text);
  if (!childAges && extra.length + siblings.length > 0) {
    ages = [...extra, ...siblings].sort((a, b) => a.at - b.at).map((a) => a.value);
    if (siblings.length > 0 && out.children !== undefined) out.children += siblings.length;
  } else if (childAges && siblings.length > 0 && out.children !== undefined && out.children === ages.length) {
    for (const s of siblings) if (!ages.includes(s.value)) ages.push(s.value);
    out.children = ages.length;
  }
  // Twins and triplets: that many children, one age for all.
  const multiple = MULTIPLES.exec(text);
  if (multiple && !/\b\d+\s+(?:sets? of )?(?:twins|triplets)\b/.test(text)) {
    const k = multiple[1] === 'twin' ? 2 : 3;
    // "twins turn 15 in May" read once as 15 and once as today's 14: twins share an age, today's (the lower).
    if (ages.length === k && Math.max(...ages) - Math.min(...ages) === 1 && out.child_birthdays?.some((b) => b.age === Math.max(...ages))) ages = ages.map(() => Math.min(...ages));
    const age = multiple[2] !== undefined ? Number(multiple[2]) : new Set(ages).size === 1 ? ages[0] : undefined;
    if ((out.children ?? 0) < k) {
      if (out.group_size !== undefined && out.children !== undefined) out.group_size += k - out.children;
      out.children = k;
    }
    if (age !== undefined && age <= 17 && ages.filter((a) => a === age).length < k && ages.length < k + 1) {
      ages = [...ages.filter((a) => a !== age), ...Array<number>(k).fill(age)];
    }
  }
  // Twins share a birthday: each birthday ages one child, so the one said is every twin's.
  if (multiple && out.child_birthdays?.length === 1 && ages.length === (multiple[1] === 'twin' ? 2 : 3) && ages.every((a) => a === out.child_birthdays![0]!.age - 1)) {
    out.child_birthdays = ages.map(() => out.child_birthdays![0]!);
  }
  if (ages.length > 0) {
    out.child_ages = ages;
    // Ages alone after the children were counted ("the kids are 5 and 8") add ages, not a recount.
    if (previous?.children === undefined && (out.children === undefined || out.children < ages.length)) out.children = ages.length;
  }

  // "the 4 of us, 2 under 12": children counted by an age limit.
  const under = UNDER_AGE.exec(text);
  if (under && out.children === undefined && Number(under[2]) <= 18) {
    out.children = Number(under[1]);
    if (out.group_size !== undefined && out.group_size > out.children && out.adults === undefined) out.adults = out.group_size - out.children;
  }

  // "just me and my 12-year-old": alone with a child is not a party of one.
  if (out.group_size === 1 && out.adults === 1 && (out.children ?? 0) > 0) out.group_size = 1 + out.children!;
  // "$12,000 for two": the people an amount is for.
  const forN = AMOUNT_FOR.exec(text);
  if (forN && out.group_size === undefined && out.adults === undefined && out.children === undefined) {
    out.group_size = Number(forN[1]);
    // "$6,000 total for 2" with nobody else named: a pair of adults, as "2 people" is (the OUR_PAIR convention in party.ts).
    if (out.group_size === 2 && !previous && !/\b(?:step-?|foster\s+)?(?:kids?|child|children|sons?|daughters?|bab(?:y|ies)|toddlers?|teens?|teenagers?|boys?|girls?|grand\w+|nephews?|nieces?|famil\w*)\b|\bstep\w+/.test(text)) out.adults = 2;
  }

  // 2. Parts named together: the writer's pair plus the adults named with it.
  const us = US_COUNT.exec(text);
  const inList = us !== null && (LIST_BEFORE.test(text.slice(Math.max(0, us.index - 40), us.index)) || LIST_AFTER.test(text.slice(us.index + us[0].length)));
  const named = inList ? adultCompanions(text) : 0;
  // "plus us two parents": the writer's pair beside children named is the grown-ups.
  if (us && inList && (named > 0 || ((out.children ?? 0) > 0 && party.adults === undefined))) {
    const pair = Number(us[1] ?? us[2] ?? 2);
    out.adults = pair + named;
    out.group_size = out.adults + (out.children ?? 0);
  } else if (out.adults === undefined && out.children !== undefined && out.group_size !== undefined && out.group_size > out.children && (out.children > 0 || ages.length > 0)) {
    // Otherwise the grown-ups are whoever the count leaves after the children.
    out.adults = out.group_size - out.children;
  }

  // 3. A change to the party already known: children no longer coming leave the adults.
  if (previous && out.children === 0 && (previous.children ?? 0) > 0 && out.group_size === undefined && previous.group_size !== undefined) {
    out.group_size = previous.group_size - previous.children!;
  }
  // "my husband can't make it, so just me and the kids": new adults beside the children already counted.
  if (previous && out.adults !== undefined && out.children === undefined && out.group_size === undefined && (previous.children ?? 0) > 0) {
    out.group_size = out.adults + previous.children!;
  }
  if (previous && out.group_size === undefined && JOINING.test(text)) {
    const base = previous.group_size ?? (previous.adults !== undefined ? previous.adults + (previous.children ?? 0) : undefined);
    const more = /\b(\d{1,2}|one|another|1) more\b/.exec(text);
    if (base !== undefined && more && out.adults === undefined) out.group_size = base + (/^\d+$/.test(more[1]!) ? Number(more[1]) : 1);
    else if (base !== undefined && out.children !== undefined && out.children > 0 && (previous.children ?? 0) === 0 && out.adults === undefined) out.group_size = base + out.children;
  }
  return out;
}
