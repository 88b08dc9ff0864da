import type { ChildBirthday } from '../../domain/trip-inputs';
import { MONTH_SOURCE, monthNumber } from './months';

/**
 * Children's ages said as birth months: "the kids were born in March 2015 and June 2018",
 * "our son (born May 2016)". A month and a year give today's age exactly, except in the
 * birth month itself, where the day decides: there the lower age is taken, so a minimum-age
 * rule never passes on a birthday that may not have come yet. Each child's next birthday is
 * kept too, so the rules age the child at the trip's date (counted from the month after, as
 * for any birthday said without its day). A year alone is no age: the ages are then asked.
 */
const CHILD = String.raw`(?:kids|children|boys|girls|twins|sons?|daughters?|grandsons?|granddaughters?|grandkids|grandchildren|child|kid|little one|youngest|eldest|oldest|our \d{1,2}|(?:he|she|they))`;
const BIRTH = new RegExp(String.raw`\b(?:${MONTH_SOURCE})\.?\s+(20[01]\d)\b`, 'g');
const BORN = new RegExp(String.raw`\b${CHILD}\b[^.!?;]{0,25}?\bborn\s+(?:in\s+|on\s+)?((?:${MONTH_SOURCE})\.?\s+20[01]\d(?:\s*(?:,|and|&|\/)\s*(?:in\s+)?(?:${MONTH_SOURCE})\.?\s+20[01]\d)*)`, 'g');

export interface BornChildren {
  child_ages: number[];
  child_birthdays: ChildBirthday[];
}

/** The children's ages from their birth months, oldest first as said; undefined when none is said. */
export function agesFromBirthMonths(text: string, now: Date): BornChildren | undefined {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + 1;
  const ages: number[] = [];
  const birthdays: ChildBirthday[] = [];
  for (const said of text.matchAll(BORN)) {
    for (const b of said[1]!.matchAll(BIRTH)) {
      const month = monthNumber(b[0]);
      const year = Number(b[1]);
      // In the birth month the day is unknown: the birthday may still be ahead.
      const age = y - year - (month >= m ? 1 : 0);
      if (age < 0 || age > 17) return undefined;
      ages.push(age);
      const next = month >= m ? y : y + 1;
      birthdays.push({ age: next - year, year: next, month });
    }
  }
  return ages.length > 0 ? { child_ages: ages, child_birthdays: birthdays } : undefined;
}
