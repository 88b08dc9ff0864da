import type { TripInputs } from '../../domain/trip-inputs';
import type { Extraction } from '../extraction-schema';
import { extractParty } from './party';
import { resolveParty } from './party-resolver';

/**
 * Ages said in ways the party readers leave out, where an activity's age limit may turn on them:
 * - a child's coming birthday named by its ordinal ("for my son's 10th birthday"): the child is one year
 *   younger until that birthday, so today's age is taken as N − 1 (a minimum age is never passed early),
 *   and with the trip's month known the birthday is dated to it (the rules then ask the day when it decides);
 * - a grown-up counted as a child ("me and my daughter", later "she's 19"): an age of 18 or more said of the
 *   one child not yet aged makes that traveler an adult, so no child's age is asked for them.
 * Runs on normalized text.
 */
const KID = '(?:son|daughter|grandson|granddaughter|niece|nephew|stepson|stepdaughter|boy|girl|kid|child)';
const CHILD_BIRTHDAY = new RegExp(`\\b(?:our|my|the|his|her)\\s+(?:(?:little|young|youngest|eldest|oldest)\\s+)?${KID}'s\\s+(\\d{1,2})(?:st|nd|rd|th)\\s+(?:birthday|bday)\\b`);
const GROWN = /\b(?:she|he)(?:'s| is)\s+(?:now\s+|already\s+|actually\s+)?(1[89]|[2-9]\d)\b(?!\s*(?:days?|nights?|weeks?|months?|minutes?|mins?|hours?|hrs?|km|miles?|%|people|k\b|usd|dollars|euros?|pounds?))/;

/** Not an age: a length, a distance, money or a count. */
const NOT_AGE = '(?!\\s*(?:days?|nights?|weeks?|months?|minutes?|mins?|hours?|hrs?|km|miles?|%|people|of us|k\\b|usd|dollars|euros?|pounds?|rand|each|pp|per)\\b)';
const ADULT = '(1[89]|[2-9]\\d|1[01]\\d)';
/** A grown-up companion by kin or tie (never a child's word). */
const GROWN_UP = 'mum|mom|mother|mama|dad|father|papa|daddy|wife|husband|partner|spouse|grandma|grandpa|granny|grandad|granddad|grandmother|grandfather|nan|nana|uncle|aunt|auntie|brother|sister|friend|cousin|father-in-law|mother-in-law|in-laws?|parents?|boyfriend|girlfriend|fianc[e]e?|hubby|old man|old lady';
/** An adult's own age: "my 70th birthday", "I'm 70", "both 40", "we're 72 and 75", "me (45) and my mum (60)". */
const ADULT_AGES: readonly RegExp[] = [
  new RegExp(`\\b(?:my|our|his|her|(?:mum|mom|mother|dad|father|wife|husband|partner)'s) ${ADULT}(?:st|nd|rd|th) (?:birthday|bday)\\b`, 'gi'),
  new RegExp(`\\b(?:i'?m|i am|i turn|i'?ll be|i will be|she'?s|he'?s|she is|he is|both|we'?re both|we are both|we'?re|we are|aged?)\\s+${ADULT}\\b${NOT_AGE}(?:\\s*(?:and|&)\\s*(?:(?:she|he)(?:'s| is)\\s+)?${ADULT}\\b${NOT_AGE})?`, 'gi'),
  new RegExp(`\\b(?:me|myself|mum|mom|mother|dad|father|wife|husband|partner|grandma|grandpa|granny)\\s*\\(${ADULT}\\)`, 'gi'),
  // "my dad who is 70", "my mother, who's 68", "my father-in-law aged 71", "my uncle (69)": a grown-up named, then the age.
  new RegExp(`\\b(?:my|our|his|her|their|the)\\s+(?:${GROWN_UP})\\s*(?:,\\s*)?(?:\\(\\s*${ADULT}\\s*\\)|who(?:'s| is| will be|'ll be| turns| will turn| just turned)\\s+(?:now\\s+|already\\s+|nearly\\s+|almost\\s+)?${ADULT}\\b${NOT_AGE})`, 'gi'),
  // The same said in French, German, Spanish, Italian, Dutch or Portuguese, as the normalizer leaves it:
  // "pour mes 70 ans" / "para mis 70 años" (→ "my 70 years"), "mon 70e anniversaire", "zu meinem 70. Geburtstag",
  // "mi cumpleaños 70", "j'ai 70 ans", "ich bin 70", "tengo 70 años", "nous avons 70 et 72 ans".
  new RegExp(`\\b(?:my|our|meinem|meinen|mein|unserem|zum)\\s+${ADULT}(?:e|eme|er|o|th|\\.)?\\s*(?:years|anniversaire|geburtstag|cumpleanos|compleanno|verjaardag|aniversario)\\b(?!\\s+(?:of|de|d'|di|van)\\b)`, 'gi'),
  new RegExp(`\\b(?:cumpleanos|anniversaire|geburtstag|compleanno|verjaardag|aniversario)\\s+(?:de\\s+)?${ADULT}\\b${NOT_AGE}`, 'gi'),
  new RegExp(`\\b(?:ich bin|ich werde|ik ben|ik word|wir sind|we are beide)\\s+${ADULT}\\b${NOT_AGE}(?:\\s*(?:and|&)\\s*${ADULT}\\b)?`, 'gi'),
  new RegExp(`\\b(?:j'ai|je vais avoir|we avons|tengo|cumplo|tenemos|ho|abbiamo|tenho|temos)\\s+${ADULT}(?:\\s*(?:and|&)\\s*${ADULT})?\\s+(?:years|jaar)\\b(?!\\s+(?:of|de|d'|di|van)\\b)`, 'gi'),
];
/** Two travelers of one age said in another language ("wir sind beide 70", "nous avons tous les deux 68 ans"): the age counts twice. */
const BOTH_FOREIGN = new RegExp(`\\b(?:beide|tous the (?:2|two)|toutes the (?:2|two)|los dos|ambos|entrambi|allebei)\\s+${ADULT}\\b${NOT_AGE}`, 'gi');

/** The adults' ages said in the message, oldest last; undefined when none. */
export function adultAges(t: string): number[] | undefined {
  const out: number[] = [];
  // One age said once, whichever patterns read it ("my mum (60)" is both a kin word with a bracket and a named grown-up).
  const seen = new Set<number>();
  for (const re of ADULT_AGES) {
    for (const m of t.matchAll(re)) {
      let from = 0;
      for (const g of m.slice(1)) {
        if (g === undefined) continue;
        const at = m.index! + m[0].indexOf(g, from);
        from = m[0].indexOf(g, from) + g.length;
        if (seen.has(at)) continue;
        seen.add(at);
        out.push(Number(g));
      }
      if (/\bboth\b/.test(m[0]) && m[2] === undefined) out.push(Number(m[1]));
    }
  }
  for (const m of t.matchAll(BOTH_FOREIGN)) {
    // "wir sind beide 70": the second of the pair when the pattern above took one already.
    const age = Number(m[1]);
    out.push(age);
    if (out.filter((x) => x === age).length < 2) out.push(age);
  }
  return out.length > 0 ? out.sort((a, b) => a - b) : undefined;
}

/**
 * Someone other than the child the pronoun could stand for: a grown-up companion named in the same message
 * ("my mum is joining us too, she's 68", "my partner comes too, he's 45"). With one named, "he's/she's N"
 * is that person's age, never a sign that the child counted earlier is an adult.
 */
const OTHER_PERSON =
  /\b(?:mum|mom|mother|mama|mummy|dad|father|papa|daddy|wife|husband|partner|spouse|boyfriend|girlfriend|fianc[ee]e?|friend|mate|brother|sister|sibling|uncle|aunt|auntie|grandma|grandpa|granny|grandad|granddad|grandmother|grandfather|nan|nana|cousin|colleague|boss|in-laws?|\w+-in-law|guest|companion|neighbou?r|godfather|godmother)s?\b/;
/** Someone joining the party in this message: the age said is the newcomer's. */
const NEWCOMER = /\b(?:join(?:s|ing)?|com(?:es|ing) (?:too|along|with us)|tag(?:s|ging) along|also coming|will come|is coming|are coming)\b/;
/** An age said only in jest or as a feeling ("20 in spirit", "feels 30", "acts 25"): not the traveler's age. */
const NOT_REAL_AGE = /\b(?:in spirit|at heart|going on|feels?(?: like)?|acts?(?: like)?|thinks? (?:he|she)(?:'s| is))\b|\b(?:actually|really|truly|in fact|but)\s+(?:only\s+|just\s+)?(?:1[0-7]|[1-9])\b/;

/** The trip's year for a month said without one: this year while the month is still ahead (or now), else the next. */
function yearOf(month: number, now: Date): number {
  return month >= now.getUTCMonth() + 1 ? now.getUTCFullYear() : now.getUTCFullYear() + 1;
}

export function statedAges(t: string, out: Extraction, previous: TripInputs | undefined, now?: Date): void {
  ownAndStatedAges(t, out, previous, now);
  childSibling(t, out, previous, now);
  childJoins(t, out, previous);
}

// "Our daughter is coming too", "and our niece joins us as well": one more child, said after the party's children were counted.
const CHILD_JOINS = /\b(?:our|my|the)\s+(?:(?:little|young|youngest|eldest|teenage)\s+)?(son|daughter|grandson|granddaughter|niece|nephew|stepson|stepdaughter|boy|girl|kid|child|toddler|baby)\b(?!'s)[^.!?;]{0,30}?\b(?:(?:is|will be|'s)\s+)?(?:coming|comes|joining|joins|tagging along|coming along|wants? to come)\b[^.!?;]{0,20}?\b(?:too|also|as well)\b|\b(?:also|too|and)\s+(?:our|my)\s+(?:(?:little|young|youngest|eldest|teenage)\s+)?(son|daughter|grandson|granddaughter|niece|nephew|stepson|stepdaughter|boy|girl|kid|child|toddler|baby)\b(?!'s)[^.!?;]{0,20}?\b(?:is coming|comes|joins|will come|coming along)\b/;

/**
 * A child who joins in a later message, beside children already counted ("2 adults and our son aged 15", then "our daughter is
 * coming too"): the party reader takes the one child named for the count restated; the words of joining say it is one more.
 * No age is said for the newcomer (an age said is read as usual), so the rules ask the children's ages again, and a limit is
 * never passed on the ages known before.
 */
function childJoins(t: string, out: Extraction, previous: TripInputs | undefined): void {
  const before = previous?.children ?? previous?.child_ages?.length ?? 0;
  if (before < 1 || (out.children !== undefined && out.children !== 1) || out.child_ages !== undefined || !CHILD_JOINS.test(t)) return;
  out.children = before + 1;
  if (previous?.adults !== undefined && out.adults === undefined) out.group_size = previous.adults + out.children;
  else if (out.adults !== undefined) out.group_size = out.adults + out.children;
  else if (out.group_size !== undefined) delete out.group_size;
  delete out.child_birthdays;
  if ((previous?.child_ages?.length ?? 0) > 0) out.clear_fields = [...new Set([...(out.clear_fields ?? []), 'child_ages' as const])];
}

// "with his younger sister too", "and her little brother", "their baby brother comes as well": a sibling of a child.
const SIBLING = /\b(his|her|their)\s+((?:(?:younger|little|baby|kid|twin|small|wee|older|big|elder|teenage|half|step)[- ]?)*)(sister|brother|sibling)(s)?\b(?!'s|-in-law)/g;
// The last person named before the pronoun, a child or a grown-up: "our son ... his sister" is the son's.
const CHILD_BEFORE = /\b(?:son|daughter|boy|girl|grandson|granddaughter|nephew|niece|kid|child|teen|teenager|stepson|stepdaughter|youngest|eldest|kids|children|twins|grandkids|boys|girls|\d{1,2}[- ]?(?:year|yr)s?[- ]?olds?|aged? \d{1,2})\b/g;
const ADULT_BEFORE = /\b(?:husband|wife|partner|spouse|dad|father|mum|mom|mother|friend|colleague|boss|uncle|aunt|auntie|grandma|grandpa|granny|boyfriend|girlfriend|fiancee?|hubby|i|me|myself|adults?|parents|mate)\b/g;
// The sibling said to stay behind (not a traveler), or named with an age (the party reader has it: a child's or a grown-up's).
const SIBLING_AWAY_BEFORE = /\b(?:without|minus|except|not|no|but not|leaving)\s+$/;
const SIBLING_AWAY_AFTER = /^\s*(?:(?:is|are|will)\s+)?(?:not|isn'?t|aren'?t|won'?t|doesn'?t|don'?t|can'?t|cannot|stays?|staying|stopped)\b|^\s*(?:,\s*)?(?:\(|is|who is|who's|aged?|of|is only|is just)?\s*\d{1,2}\b(?!\s*(?:days?|nights?|weeks?|months?|years? (?:younger|older)))/;

/**
 * A second child of unknown age named as the sibling of a child ("our son's 16th birthday, with his younger sister too";
 * later "his little brother comes as well"): one child more, never a grown-up companion, and no age for them all is taken
 * from the ages said, so an age rule asks them. Only beside one child counted, and when the pronoun is a child's (the last person named before it is a
 * child, or, in a later message naming nobody, a child already known).
 */
function childSibling(t: string, out: Extraction, previous: TripInputs | undefined, now?: Date): void {
  if (!/\b(?:sister|brother|sibling)s?\b/.test(t)) return;
  let added = 0;
  let blanked = t;
  for (const m of t.matchAll(SIBLING)) {
    const at = m.index!;
    const before = t.slice(Math.max(0, at - 140), at);
    const after = t.slice(at + m[0].length, at + m[0].length + 30);
    if (SIBLING_AWAY_BEFORE.test(before) || SIBLING_AWAY_AFTER.test(after)) continue;
    const lastChild = Math.max(-1, ...[...before.matchAll(CHILD_BEFORE)].map((c) => c.index!));
    const lastAdult = Math.max(-1, ...[...before.matchAll(ADULT_BEFORE)].map((c) => c.index!));
    const childOwns = lastChild >= 0 ? lastChild > lastAdult : lastAdult < 0 && (previous?.children ?? 0) > 0;
    if (!childOwns) continue;
    added += m[4] ? 2 : 1;
    blanked = blanked.slice(0, at) + ' '.repeat(m[0].length) + blanked.slice(at + m[0].length);
  }
  if (added === 0) return;
  // The party read again without the sibling: a brother or sister the party reader took for a grown-up companion (or a
  // "baby brother" for a baby) is not one; the children named without the sibling are the ones the sibling joins.
  const without = resolveParty(blanked, extractParty(blanked, [], previous, now), previous);
  const counted = without.children ?? without.child_ages?.length ?? previous?.children ?? previous?.child_ages?.length ?? 0;
  // With two children or more, "the younger one travels with her sister" may name a child already counted.
  if (counted !== 1) return;
  if (out.adults !== undefined && without.adults !== out.adults) {
    if (without.adults !== undefined) out.adults = without.adults;
    else delete out.adults;
  }
  const children = counted + added;
  out.children = children;
  if (out.adults !== undefined) out.group_size = out.adults + children;
  else if (out.group_size !== undefined && previous?.adults !== undefined) out.group_size = previous.adults + children;
  else if (out.group_size !== undefined) delete out.group_size;
  // The one age said is not the pair's: both are asked (a limit is never passed on one child's age).
  delete out.child_ages;
  delete out.child_birthdays;
  if ((previous?.child_ages?.length ?? 0) > 0) out.clear_fields = [...new Set([...(out.clear_fields ?? []), 'child_ages' as const])];
  out.traveler_type = 'family';
}

function ownAndStatedAges(t: string, out: Extraction, previous: TripInputs | undefined, now?: Date): void {
  const adults = adultAges(t);
  if (adults) out.adult_ages = adults;
  const known = (out.child_ages?.length ?? 0) + (previous?.child_ages?.length ?? 0);
  const birthday = CHILD_BIRTHDAY.exec(t);
  if (birthday && known === 0) {
    const turns = Number(birthday[1]);
    if (turns >= 1 && turns <= 18) {
      // The birthday names one child; it does not restate the party ("our two kids", then "our daughter's 16th"):
      // the other children stay, their ages still unknown, so a limit is never passed on the one age said.
      // With more than one child, the one age is not taken alone (the rules would read it as the party's ages): all are asked.
      const before = previous?.children ?? 0;
      if (before > 1 && (out.children === undefined || out.children < before)) out.children = before;
      if (before <= 1) out.child_ages = [turns - 1];
      if (out.children === undefined && previous?.children === undefined) out.children = 1;
      const month = out.month ?? previous?.month;
      const year = out.year ?? previous?.year ?? (month !== undefined && now !== undefined ? yearOf(month, now) : undefined);
      // The year unsaid is the trip's own: the birthday is dated, and the rules ask its day when the limit turns on it.
      if (month !== undefined && year !== undefined && out.child_birthdays === undefined) out.child_birthdays = [{ age: turns, year, month }];
    }
    return;
  }
  jestAge(t, out, previous);
  const grown = GROWN.exec(t);
  const kids = previous?.children ?? 0;
  // Only when the pronoun can stand for nobody but the child: no other person named, nobody joining, no jest.
  const aboutChild = !OTHER_PERSON.test(t) && !NEWCOMER.test(t) && !NOT_REAL_AGE.test(t);
  // "He's 20 in spirit but actually 13": the real age said beside the jest is the one child's age.
  const real = /\b(?:actually|really|truly|in fact)\s+(?:only\s+|just\s+)?(1[0-7]|[1-9])\b(?!\s*(?:days?|nights?|weeks?|months?|people|of us|%))/.exec(t);
  if (grown && real && kids === 1 && out.child_ages === undefined && (previous?.child_ages?.length ?? 0) === 0) out.child_ages = [Number(real[1])];
  if (grown && aboutChild && kids > 0 && out.children === undefined && out.child_ages === undefined && (previous?.child_ages?.length ?? 0) < kids) {
    out.children = kids - 1;
    if (previous?.adults !== undefined && out.adults === undefined) out.adults = previous.adults + 1;
  }
}

/** An age said as a feeling: "15 in spirit", "12 at heart", "feels like 16", "acts like 20". Never the traveler's age. */
const JEST_AGE = /\b(\d{1,2})\s+(?:years?\s+old\s+|y\/?o\s+)?(?:in spirit|at heart|in her head|in his head|mentally)\b|\b(?:feels?|acts?)\s+(?:like\s+)?(?:(?:she|he)(?:'s| is)\s+)?(?:a\s+)?(\d{1,2})\b(?!\s*(?:days?|nights?|weeks?|months?|hours?|degrees|%|people|adults?|kids|children|km|miles?|of us)\b)/;
/** The real age said beside the jest: "but really 11", "actually 11", "in fact only 9". */
const REAL_AGE = /\b(?:actually|really|truly|in fact|in reality)\s+(?:only\s+|just\s+)?(\d{1,2})\b(?!\s*(?:days?|nights?|weeks?|months?|hours?|people|of us|%|adults?|kids|children|travell?ers|k\b|usd|dollars|euros?|pounds?))/;

/**
 * "She's 15 in spirit but really 11": the jest age is dropped from the children's ages the party reader took, and the
 * real age said beside it is the age, whatever the number (18 or more: that traveler is a grown-up). With no real age,
 * the age stays unknown and the rules ask it: a felt age never passes a minimum age.
 */
function jestAge(t: string, out: Extraction, previous: TripInputs | undefined): void {
  const jest = JEST_AGE.exec(t);
  if (!jest) return;
  const said = Number(jest[1] ?? jest[2]);
  if (out.child_ages) {
    const k = out.child_ages.indexOf(said);
    if (k >= 0) {
      const left = out.child_ages.filter((_, i) => i !== k);
      if (left.length > 0) out.child_ages = left;
      else delete out.child_ages;
    }
  }
  if (out.adult_ages) {
    const k = out.adult_ages.indexOf(said);
    if (k >= 0) {
      const left = out.adult_ages.filter((_, i) => i !== k);
      if (left.length > 0) out.adult_ages = left;
      else delete out.adult_ages;
    }
  }
  const real = REAL_AGE.exec(t);
  if (!real) return;
  const age = Number(real[1]);
  if (age < 18) {
    if (!(out.child_ages ?? []).includes(age)) out.child_ages = [...(out.child_ages ?? []), age];
  } else {
    const kids = out.children ?? previous?.children ?? 0;
    const aged = (out.child_ages?.length ?? 0) + (out.child_ages === undefined ? previous?.child_ages?.length ?? 0 : 0);
    if (kids === 1 && aged === 0) {
      out.children = 0;
      if (out.adults === undefined && previous?.adults !== undefined) out.adults = previous.adults + 1;
    }
  }
}
