import type { TripInputs } from '../../domain/trip-inputs';
import type { Extraction } from '../extraction-schema';

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
/** An adult's own age: "my 70th birthday", "I'm 70", "both 40", "we're 72 and 75", "me (45) and my mum (60)". */
const ADULT_AGES: readonly RegExp[] = [
  new RegExp(`\\b(?:my|our|his|her|(?:mum|mom|mother|dad|father|wife|husband|partner)'s) ${ADULT}(?:st|nd|rd|th) (?:birthday|bday)\\b`, 'gi'),
  new RegExp(`\\b(?:i'?m|i am|i turn|i'?ll be|i will be|she'?s|he'?s|she is|he is|both|we'?re both|we are both|we'?re|we are|aged?)\\s+${ADULT}\\b${NOT_AGE}(?:\\s*(?:and|&)\\s*(?:(?:she|he)(?:'s| is)\\s+)?${ADULT}\\b${NOT_AGE})?`, 'gi'),
  new RegExp(`\\b(?:me|myself|mum|mom|mother|dad|father|wife|husband|partner|grandma|grandpa|granny)\\s*\\(${ADULT}\\)`, 'gi'),
];

/** The adults' ages said in the message, oldest last; undefined when none. */
export function adultAges(t: string): number[] | undefined {
  const out: number[] = [];
  for (const re of ADULT_AGES) {
    for (const m of t.matchAll(re)) {
      for (const g of m.slice(1)) if (g !== undefined) out.push(Number(g));
      if (/\bboth\b/.test(m[0]) && m[2] === undefined) out.push(Number(m[1]));
    }
  }
  return out.length > 0 ? out.sort((a, b) => a - b) : undefined;
}

export function statedAges(t: string, out: Extraction, previous: TripInputs | undefined): void {
  const adults = adultAges(t);
  if (adults) out.adult_ages = adults;
  const known = (out.child_ages?.length ?? 0) + (previous?.child_ages?.length ?? 0);
  const birthday = CHILD_BIRTHDAY.exec(t);
  if (birthday && known === 0) {
    const turns = Number(birthday[1]);
    if (turns >= 1 && turns <= 18) {
      out.child_ages = [turns - 1];
      if (out.children === undefined && previous?.children === undefined) out.children = 1;
      const month = out.month ?? previous?.month;
      const year = out.year ?? previous?.year;
      if (month !== undefined && year !== undefined && out.child_birthdays === undefined) out.child_birthdays = [{ age: turns, year, month }];
    }
    return;
  }
  const grown = GROWN.exec(t);
  const kids = previous?.children ?? 0;
  if (grown && kids > 0 && out.children === undefined && out.child_ages === undefined && (previous?.child_ages?.length ?? 0) < kids) {
    out.children = kids - 1;
    if (previous?.adults !== undefined && out.adults === undefined) out.adults = previous.adults + 1;
  }
}
