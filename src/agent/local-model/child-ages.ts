import type { Mention } from './mention';

/**
 * Children's ages said indirectly, the way parents write them: "our son who just turned
 * 11", "a boy of 12", "my niece, 16 next spring", "he's 14 now but will be 15 by the
 * summer", "our baby of 8 months", "an infant". Each reading says which age it yields:
 * the age at the trip when the traveler ties it to the trip ("will be 15 by the summer"),
 * else the age today ("16 next spring" is 15 now: a hard age rule is never passed on a
 * birthday that may fall after the trip).
 */

const SINGLE_CHILD = '(?:son|daughter|boy|girl|grandson|granddaughter|niece|nephew|stepson|stepdaughter|kid|child|teen|teenager|youngest|eldest|oldest|little one|toddler)';
// A number that counts something else, not years of age.
const NOT_AGE = /^\s*(?:-?\s*)?(?:days?|nights?|weeks?|hours?|hrs?|people|persons|pax|adults?|k\b|%|am\b|pm\b|usd|eur|gbp|dollars|euros|pounds|[$€£]|\d)/;
const SEASON = '(?:spring|summer|autumn|fall|winter|year|month|week|january|february|march|april|may|june|july|august|september|october|november|december)';

type Reading = { re: RegExp; age: (n: number) => number; future?: boolean; half?: boolean; /** The match holds its own unit of age ("6 weeks old"). */ unit?: boolean };

const READINGS: readonly Reading[] = [
  // "fourteen and a half": 14 today, 15 within six months (the latest the birthday can be, so a permit's age is not passed early).
  // Only beside an age word ("is/'s/aged/turns 14 and a half", "14 and a half years old", "our son, 14 and a half"): "15 and a half grand" is money.
  { re: new RegExp(`(?:\\b(?:is|are|aged?|turns|turned|turning|of)\\s+|'s\\s+|\\b${SINGLE_CHILD},\\s*)(\\d{1,2}) and a half\\b(?!\\s*(?:thousand|grand|k\\b|hundred|million|mil\\b|usd|eur|gbp|dollars?|euros?|pounds?|bucks|[$€£%]|per ?cent|km|kg|kilos?|miles?|days?|nights?|weeks?|hours?|months?|years? (?:ago|since)))`, 'g'), age: (n) => n, half: true },
  { re: /\b(\d{1,2}) and a half(?: years?)?[- ]old\b/g, age: (n) => n, half: true },
  // "who just turned 11", "she turned 9 last month".
  { re: /\b(?:just |recently )?turned (\d{1,2})\b/g, age: (n) => n },
  // "will be 15 by the summer", "he'll be 12 when we go": the age at the trip, as the traveler ties it.
  { re: /\b(?:will be|will turn|'ll be|'ll turn|be) (\d{1,2})\b(?= (?:by|when|for|before|on|at|in time|in (?:early |mid |late )?(?:january|february|march|april|may|june|july|august|september|october|november|december))\b)/g, age: (n) => n, future: true },
  // "16 next spring", "turns 12 in may", "turning 15 this year": the birthday may fall after the trip.
  { re: new RegExp(`(?:\\bturns |\\bturning |\\bwill be |'ll be |, |\\()(\\d{1,2}) (?:next|this|in|by) (?:the )?${SEASON}\\b`, 'g'), age: (n) => Math.max(0, n - 1), future: true },
  // "my boy is 16 next spring": the age named is the coming one.
  { re: new RegExp(`(?:\\bis |'s )(\\d{1,2}) next ${SEASON}\\b`, 'g'), age: (n) => Math.max(0, n - 1), future: true },
  { re: /\b(?:turns|turning|turn) (\d{1,2})\b/g, age: (n) => Math.max(0, n - 1), future: true },
  // "just had her 14th birthday", "celebrated his 12th": the age reached.
  { re: /\b(?:had|celebrated|just had|just celebrated)\s+(?:his|her|their)\s+(\d{1,2})(?:st|nd|rd|th)\b/g, age: (n) => n },
  // "her 15th birthday is in May": the age coming, so one less today.
  { re: /\b(?:his|her|their|[a-z]+'s)\s+(\d{1,2})(?:st|nd|rd|th)\s+(?:birthday|bday)\s+(?:is|falls|will be|comes)\b/g, age: (n) => Math.max(0, n - 1) },
  // "who is almost 15", "she's nearly 12": the birthday has not come yet.
  { re: /\b(?:is|'s|are|'re)\s+(?:almost|nearly|not quite|about to turn|soon)\s+(\d{1,2})\b/g, age: (n) => Math.max(0, n - 1) },
  // "a boy of 12", "our daughter of 9", «ma fille de 14 ans» (the foreign "of" left as said).
  { re: new RegExp(`\\b${SINGLE_CHILD} (?:of|de|di|van|von|da|do) (\\d{1,2})\\b`, 'g'), age: (n) => n },
  // "my nephew, who is 14", "our son, 9".
  { re: new RegExp(`\\b${SINGLE_CHILD}(?:, | who(?:'s| is) |, who(?:'s| is) | is )(\\d{1,2})\\b`, 'g'), age: (n) => n },
  // School years: "in 8th grade", "grade 7", "in Year 9" (UK). The youngest age of the year, so a minimum age is never passed early.
  // "going into 10th grade", "starting year 11": the grade of the next school year, so one year younger now.
  { re: /\b(?:starts?|starting|entering|going into|moving (?:up )?into)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+grade\b/g, age: (n) => n + 4 },
  { re: /\b(?:starts?|starting|entering|going into|moving (?:up )?into)\s+grade\s+(\d{1,2})\b/g, age: (n) => n + 4 },
  { re: /\b(?:starts?|starting|entering|going into|moving (?:up )?into)\s+year\s+(\d{1,2})\b(?! (?:of|at) )/g, age: (n) => n + 3 },
  { re: /\b(?:in|finishing)\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\s+grade\b/g, age: (n) => n + 5 },
  { re: /\b(?:in|finishing)\s+grade\s+(\d{1,2})\b/g, age: (n) => n + 5 },
  { re: /\b(?:in|finishing)\s+year\s+(\d{1,2})\b(?! (?:of|at) )/g, age: (n) => n + 4 },
  // "he's 14", "she is only 7", «elle a 13 ans» (read "elle is 13"; not Spanish "ella", also a name): a pronoun's age, counted only with a child in sight (the caller checks).
  { re: /\b(?:he|she|elle|il|lei|sie|er|zij|ze|hij|ela|ele)(?:'s| is)(?: (?:only|just|now|already))? (\d{1,2})\b/g, age: (n) => n },
  // "an 8-month-old", "baby of 8 months", "18 months old": the whole years of it (18 months is 1).
  { re: /\b(\d{1,2})[- ]?(?:months?|mo)(?:[- ]old)?\b/g, age: (n) => Math.floor(n / 12) },
  // "6 weeks old", "a 3-week-old": a newborn.
  { re: /\b(\d{1,2})[- ]?weeks?[- ]old\b/g, age: () => 0, unit: true },
];
// "an infant", "our newborn", "with the baby": under a year, no number needed.
const INFANT = /\b(?:an?|our|my|the|with|plus|and|\+|1) (?:infant|newborn|baby)\b(?! (?:is|who|aged?|of|de) ?\d)/g;

// "kids of 9 and 12 years", "niños de 10 y 13 años", "3 teens of 13, 15 and 17", "kids 4 n 6": a list after a plural child word.
const PLURAL_CHILD = '(?:kids|children|teens|teenagers|twins|boys|girls|sons|daughters|grandkids|grandchildren|little ones)';
// "grandkids di 9 e 12 anni", "netos de 9 e 12 anos", "kleinkinderen van 9 en 11": the Italian, Portuguese and Dutch "of" and "and" too.
const AGE_LIST = new RegExp(`\\b${PLURAL_CHILD}\\s*(?:of|de|di|da|van|von|aged?|:|,|-)?\\s*(\\d{1,2}(?:\\s*(?:,|and|&|y|n|et|und|e|en)\\s*\\d{1,2})+)(\\s*(?:years?|yrs?|y\\/?o|anni|anos|jaar)\\b)?`, 'g');

// «ils ont 9 et 13 ans», "they're 9 and 13 years old": the children's pronoun, then the ages with their unit (the caller has a child in sight).
// "They're 7 and 10." said on its own after the grandkids were named: the list ending the sentence is their ages too.
const THEY_ARE_LIST = /\bthey(?:'re| are) (\d{1,2}(?:\s*(?:,|and|&|y|et|und|e|en)\s*\d{1,2})+)()(?:\s*(?:years?|yrs?|y\/?o)\b|(?=\s*(?:[.!;]|,\s*(?:and|but|so)\b|$)))/g;

/** Ages listed after a plural child word, with where each was said. */
export function listedAges(text: string): Array<Mention<number>> {
  const out: Array<Mention<number>> = [];
  for (const m of [...text.matchAll(AGE_LIST), ...text.matchAll(THEY_ARE_LIST)]) {
    let list = m[1]!;
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 12);
    if (!m[2] && NOT_AGE.test(after)) {
      // "grandkids of 9 and 11, 7 days": the number after the last comma counts the days, the ages before it stand.
      const cut = /^(.*\d)\s*,\s*\d{1,2}$/.exec(list);
      if (!cut || !/\d\s*(?:,|and|&|y|n|et|und|e|en)\s*\d/.test(cut[1]!)) continue;
      list = cut[1]!;
    }
    let offset = m.index! + m[0].indexOf(list);
    for (const part of list.split(/(\s*(?:,|and|&|y|n|et|und|e|en)\s*)/)) {
      // "kids aged 13 and 16, 4 of us": the list ends where a number counts the party.
      if (/^\d+$/.test(part) && /^\s*of (?:us|them)\b/.test(text.slice(offset + part.length, offset + part.length + 9))) break;
      if (/^\d+$/.test(part) && Number(part) <= 17) out.push({ at: offset, value: Number(part) });
      offset += part.length;
    }
  }
  return out;
}

/** A child in sight: a word for one, or an age in months ("our 10-month-old"). */
export const CHILD_IN_SIGHT = new RegExp(`\\b(?:${SINGLE_CHILD}|baby|infant|newborn|toddler)\\b|\\d{1,2}[- ]?months?[- ]old`);

/** A coming birthday as said: the age turned, the month from which it counts (a day when given), and whether it is next year's. */
export type SaidBirthday = { age: number; month: number; day?: number; nextYear?: boolean; thisYear?: boolean; year?: number; /** "14 and a half": the birthday at the latest this many months from today (month then unused). */ inMonths?: number; /** "next week", "in 10 days": the birthday at the latest this many days from today (month then unused). */ inDays?: number };
export type AgeMention = Mention<number> & { future?: boolean; birthday?: SaidBirthday };

const MONTH_WORD = '(january|february|march|april|may|june|july|august|september|october|november|december)';
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
// A season's first and last month (the northern seasons, as the travelers who write them mean).
const SEASONS: Record<string, readonly [number, number]> = { spring: [3, 5], summer: [6, 8], autumn: [9, 11], fall: [9, 11], winter: [12, 2] };
const ON_DAY = new RegExp(String.raw`^(?: years?(?: old)?)?,? (?:on )?(?:the )?(\d{1,2})(?:st|nd|rd|th)? (?:of )?${MONTH_WORD}\b`);
const ON_MONTH_DAY = new RegExp(String.raw`^(?: years?(?: old)?)?,? on ${MONTH_WORD} (\d{1,2})(?:st|nd|rd|th)?\b`);
const IN_MONTH = new RegExp(String.raw`^(?: years?(?: old)?)?,? (in|by|before|next|this|at the end of|in early|in mid|in late|early|late|mid) ${MONTH_WORD}\b`);
const IN_SEASON = /^(?: years?(?: old)?)?,? (?:(by|before)|in|next|this|in next|in the|during|over) (?:the )?(spring|summer|autumn|fall|winter)\b/;
const IN_YEAR = /^(?: years?(?: old)?)?,? (?:(next|this) year|in (\d{4}))\b/;
// "turning 15 next week", "turns 12 in ten days", "tomorrow": a birthday close at hand, read at the latest day it can be.
const SOON = /^(?: years?(?: old)?)?,? (?:(tomorrow)|(?:next|this coming|the following) (week|weekend|month)|this (week|weekend|month)|in (a|\d{1,2}) (days?|weeks?|fortnight))\b/;

/**
 * When a child turns an age, from the words after the number: "on 10 January", "in
 * October", "by July" (before it: counts from July), "next spring" (by its last month),
 * "by the summer" (before it), "this year" (by December). The latest reading is taken, so
 * a permit's age is never passed on a birthday that may come later.
 */
export function birthdayAfter(after: string, age: number): SaidBirthday | undefined {
  let m = ON_DAY.exec(after);
  if (m) return { age, month: MONTHS.indexOf(m[2]!) + 1, day: Number(m[1]) };
  m = ON_MONTH_DAY.exec(after);
  if (m) return { age, month: MONTHS.indexOf(m[1]!) + 1, day: Number(m[2]) };
  m = IN_MONTH.exec(after);
  if (m) {
    const month = MONTHS.indexOf(m[2]!) + 1;
    // "in December 2027": the year said wins over the nearest December.
    const said = /^,? (\d{4})\b/.exec(after.slice(m[0].length));
    const year = said ? { year: Number(said[1]) } : {};
    if (m[1] === 'by' || m[1] === 'before') return month === 1 ? { age, month: 12, ...(said ? { year: Number(said[1]) - 1 } : {}) } : { age, month: month - 1, ...year };
    return { age, month, ...year };
  }
  m = IN_SEASON.exec(after);
  if (m) {
    const [first, last] = SEASONS[m[2]!]!;
    const next = /\bnext\b/.test(m[0]);
    if (m[1]) return { age, month: first === 1 ? 12 : first - 1, ...(next ? { nextYear: true } : {}) };
    return { age, month: last };
  }
  m = SOON.exec(after);
  if (m) {
    if (m[1]) return { age, month: 0, inDays: 1 };
    if (m[2]) return { age, month: 0, inDays: m[2] === 'month' ? 62 : 14 };
    if (m[3]) return { age, month: 0, inDays: m[3] === 'month' ? 31 : 7 };
    const n = m[4] === 'a' ? 1 : Number(m[4]);
    return { age, month: 0, inDays: m[5]!.startsWith('week') ? n * 7 + 6 : m[5] === 'fortnight' ? 14 : n };
  }
  m = IN_YEAR.exec(after);
  if (m) return m[1] === 'this' ? { age, month: 12, thisYear: true } : m[1] === 'next' ? { age, month: 12, nextYear: true } : { age, month: 12 };
  return undefined;
}

/** Ages (0–17) said indirectly, with where each was said; a later tie to the trip replaces today's age of the same child. */
export function indirectAges(text: string): AgeMention[] {
  const found: AgeMention[] = [];
  const taken = new Set<number>();
  for (const r of READINGS) {
    for (const m of text.matchAll(r.re)) {
      const at = m.index! + m[0].lastIndexOf(m[1]!);
      if (taken.has(at)) continue;
      const n = Number(m[1]);
      const after = text.slice(at + m[1]!.length, at + m[1]!.length + 10);
      if (!r.unit && NOT_AGE.test(after)) continue;
      // "our toddler is 18 months": the months reading gives its years, not "18".
      if (!/month|\bmo\b/.test(m[0]) && /^\s*(?:months?|mo)\b/.test(after)) continue;
      if (/month/.test(m[0]) && !/\b(?:old|baby|infant|toddler|de|of)\b/.test(text.slice(Math.max(0, at - 12), at + m[0].length + 6))) continue;
      taken.add(at);
      // A birthday with its date ("turns 15 on 10 January", "will be 15 by the summer"): today's age, and when it changes.
      const birthday = r.half ? { age: n + 1, month: 0, inMonths: 6 } : r.future ? birthdayAfter(text.slice(at + m[1]!.length, at + m[1]!.length + 40), n) : undefined;
      const age = birthday && !r.half ? n - 1 : r.age(n);
      if (age <= 17) found.push(birthday ? { at, value: age, future: true, birthday } : r.future ? { at, value: age, future: true } : { at, value: age });
    }
  }
  for (const m of text.matchAll(INFANT)) {
    // "an infant of 8 months" is one child; "an infant and a toddler of 2" two.
    const same = (f: AgeMention) => Math.abs(f.at - m.index!) < 30 && !/\b(?:and|plus)\b|[&+]/.test(text.slice(Math.min(f.at, m.index! + m[0].length), Math.max(f.at, m.index!)));
    // "with an infant … stays at the lodge with the baby": the definite article points back at the baby already counted.
    const pointsBack = /^the\b/.test(m[0]) && found.some((f) => f.value === 0 && f.at < m.index!);
    if (!found.some(same) && !pointsBack) found.push({ at: m.index!, value: 0 });
  }
  found.sort((a, b) => a.at - b.at);
  // "he's 14 now but he will be 15 by the summer": one child, the age tied to the trip wins.
  const out: typeof found = [];
  for (const f of found) {
    const prev = out[out.length - 1];
    if (prev && (f.future || prev.future) && f.at - prev.at < 70 && Math.abs(f.value - prev.value) <= 1) {
      const tied = /\b(?:will|'ll) (?:be|turn) \d+ (?:by|when|for|before|on|at|in time)\b/;
      const future = f.future ? f : prev;
      const today = f.future ? prev : f;
      if (future.birthday) out[out.length - 1] = { ...today, value: future.value, birthday: future.birthday };
      else out[out.length - 1] = tied.test(text.slice(Math.max(0, future.at - 12), future.at + 30)) ? future : today;
      continue;
    }
    out.push(f);
  }
  return out;
}

const SINGULAR = /\b(?:our|my|a|an|the|and|with|plus|\+|her|his) (?:little |young |baby |teenage |eldest |youngest |oldest )?(son|daughter|grandson|granddaughter|niece|nephew|stepson|stepdaughter|baby|infant|toddler|newborn)\b(?!'s)/g;

/** Children named one by one ("our son and daughter" is two); undefined under two. */
export function childrenNamedOneByOne(text: string): number | undefined {
  const kinds = new Set<string>();
  for (const m of text.matchAll(SINGULAR)) kinds.add(m[1] === 'infant' || m[1] === 'newborn' ? 'baby' : m[1]!);
  return kinds.size >= 2 ? kinds.size : undefined;
}
