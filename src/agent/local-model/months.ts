/** Month names, abbreviations and the misspellings travelers type, as one regex source. */
export const MONTH_SOURCE =
  '(?:jan(?:uary|urary|uray)?|feb(?:ruary|uary|ruray)?|mar(?:ch)?|apr(?:il|l)?|may|june?|july?|juli|aug(?:ust|st)?|agust|augst|sep(?:t(?:ember|emeber|mber)?)?|setember|oct(?:ober|ober)?|nov(?:ember|emeber)?|dec(?:ember|emeber|mber)?)';

const MONTH_PREFIX: ReadonlyArray<readonly [RegExp, number]> = [
  [/^jan/, 1], [/^feb/, 2], [/^mar/, 3], [/^apr/, 4], [/^may/, 5], [/^jun/, 6], [/^jul/, 7],
  [/^(?:aug|agu)/, 8], [/^(?:sep|set)/, 9], [/^oct/, 10], [/^nov/, 11], [/^dec/, 12],
];

/** 1–12 for a month word matched by MONTH_SOURCE. */
export function monthNumber(word: string): number {
  for (const [re, n] of MONTH_PREFIX) if (re.test(word)) return n;
  throw new Error(`not a month: ${word}`);
}
