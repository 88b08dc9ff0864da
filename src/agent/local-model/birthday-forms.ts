/**
 * A child's coming birthday said with its month the way parents write it in seven
 * languages ("she's 15 in October", "15 as of October",
 * «elle a 15 ans en octobre», „sie ist im Oktober 15", "tiene 15 en octubre", "compie 15
 * anni a ottobre", "faz 15 anos em outubro", "ze is 15 in oktober"), rewritten as the one
 * English form the readers already take as a birthday: "turns 15 in October". The month
 * is then never the trip's (a gorilla permit's 15 would otherwise pass on a birthday
 * month read as the travel month) and the child is counted at the age she has today.
 * ("will be 15 by October" keeps its words: the readers take it as a birthday before October.)
 * Runs on normalized text: lower case, foreign month names already English.
 */

const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december)';
// The pronouns of one child in the seven languages, as normalize() leaves them (Spanish "él" comes out as "the").
const PRONOUN = '(?:she|he|elle|il|sie|er|ze|zij|hij|ela|ele|lei|ella|el|the(?= is \\d))';
// The verb that says an age: English, French (read "is"), German, Spanish, Italian, Portuguese, Dutch.
const AGE_VERB = "(?:'s| is| ist| tiene| ha| tem| faz| compie| completa| cumple| wordt| fete ses| feiert)";
const YEARS = '(?: (?:years?|anni|anos|ans|jahre|jaar|anos de edad))?(?: old)?';
const AT_MONTH = `(?:in|a|ad|em|en|im|by|as of|from|come) ${MONTH}`;
const CHILD = '(?:daughter|son|kid|child|girl|boy|grandson|granddaughter|niece|nephew|stepson|stepdaughter|teen|teenager)';

// Between the age to come and "birthday": a month (the age's own), a possessive ("dad's", "my", "our"), or a person
// other than the child — the birthday then belongs to someone else.
const OTHER_PERSON_SPAN = new RegExp(`${MONTH}|'s\\b|s'(?:\\s|$)|\\b(?:my|our|your|mine|ours|i|we|me|us|for|of|whose)\\b|\\b(?:dad|mum|mom|mother|father|wife|husband|partner|sister|brother|grand\\w*|uncle|aunt|cousin|friend|son|daughter|niece|nephew)\\b`);

type Replacer = string | ((whole: string, ...groups: string[]) => string);
const FORMS: ReadonlyArray<readonly [RegExp, Replacer]> = [
  // "she's 15 in october", "elle is 15 in october", "ela tem 15 years em october".
  [new RegExp(`\\b(${PRONOUN})${AGE_VERB} (\\d{1,2})${YEARS} ${AT_MONTH}\\b`, 'g'), '$1 turns $2 in $3'],
  // „sie is in october 15", "ze wordt in october 15": the month said before the age.
  [new RegExp(`\\b(${PRONOUN})${AGE_VERB} (?:in|im|en|a|em) ${MONTH} (\\d{1,2})\\b`, 'g'), '$1 turns $3 in $2'],
  // "daughter, tiene 15 in october", "figlia, compie 15 years a october", "our son - he's …" (the pronoun dropped).
  [new RegExp(`\\b(${CHILD})(,| -| who| that|,? who| che| que| die| qui)?${AGE_VERB} (\\d{1,2})${YEARS} ${AT_MONTH}\\b`, 'g'), '$1$2 turns $3 in $4'],
  [new RegExp(`\\b(${CHILD})(,| -)? (?:tiene|ha|tem|faz|compie|completa|cumple|wordt|ist|is) (?:in|im|en|a|em) ${MONTH} (\\d{1,2})\\b`, 'g'), '$1$2 turns $4 in $3'],
  // "daughter, 15 as of october", "(in october 15)", "(15 by october)": the bare age beside a child.
  [new RegExp(`([,(-] ?)(\\d{1,2})${YEARS} (?:as of|by|from) ${MONTH}\\b`, 'g'), '$1turns $2 in $3'],
  [new RegExp(`\\((\\d{1,2})${YEARS} (?:in|a|em|en|im) ${MONTH}\\)`, 'g'), '(turns $1 in $2)'],
  [new RegExp(`\\((?:in|im|en|a|em) ${MONTH} (\\d{1,2})\\)`, 'g'), '(turns $2 in $1)'],
  // "he'll be 15 soon (birthday in October)", "she will be 15 by the summer - her birthday is in May": the age to come and the
  // birthday's month said apart, one birthday (the age now is one less; a vague "soon" or "by the summer" must not stand for it).
  // The birthday is the child's only when nothing between says whose else it is: "her dad's birthday", "my birthday", "his
  // sister's bday" and "the birthday is in May for my wife" are another person's, and "she'll be 15 in November, …" has
  // its month already (review 9a #1, 9b #2).
  [new RegExp(`(?:\\s(?:will be|will turn|is turning|turns)|'ll be|'ll turn)\\s+(\\d{1,2})\\b([^.!?()]{0,30}?)\\s*[(,;-]?\\s*(?:(?:his|her|their|the)\\s+)?(?:birthday|bday)(?:'s|\\s+is)?\\s+in\\s+(?:early |mid |late )?${MONTH}\\b\\)?(?!\\s*,?\\s*(?:for|of|like|as|and (?:his|her|my|our|their|your))\\b)`, 'g'), (whole: string, age: string, span: string, month: string) => (OTHER_PERSON_SPAN.test(span) ? whole : ` turns ${age} in ${month}`)],
];

const ANY_MONTH = new RegExp(MONTH);

/** The text with every coming birthday said with its month in the one English form. */
export function comingBirthdaysToEnglish(text: string): string {
  if (!ANY_MONTH.test(text)) return text;
  let t = text;
  for (const [re, to] of FORMS) t = typeof to === 'string' ? t.replace(re, to) : t.replace(re, to as (s: string, ...g: string[]) => string);
  return t;
}
