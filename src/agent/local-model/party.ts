import type { ChildBirthday, TripInputs } from '../../domain/trip-inputs';
import { CHILD_IN_SIGHT, childrenNamedOneByOne, indirectAges, listedAges, type AgeMention, type SaidBirthday } from './child-ages';
import { CHILD_WORDS } from './child-words';
import { pick, type Mention } from './mention';
import { COUNTRY_NAME } from './countries';

/**
 * Who is travelling. Explicit counts ("4 adults", "5 of us", "a family of five") win;
 * otherwise people are counted from how the traveler names them ("me, my wife and our
 * two kids" is 2 adults and 2 children). Relatives are adults unless they are children
 * by word (son, daughter, kid) or by a stated age under 18. `previous` lets "add grandma"
 * or "my brother can't come" change what was already known.
 */
export interface Party {
  adults?: number;
  children?: number;
  child_ages?: number[];
  child_birthdays?: ChildBirthday[];
  group_size?: number;
}

/** The calendar year of a said birthday: its next occurrence from today, unless the traveler said which year. */
function birthdayOn(b: SaidBirthday, now: Date): ChildBirthday {
  if (b.inDays !== undefined) {
    const at = new Date(now.getTime() + b.inDays * 86_400_000);
    return { age: b.age, year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
  }
  if (b.inMonths !== undefined) {
    const at = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + b.inMonths, 1));
    return { age: b.age, year: at.getUTCFullYear(), month: at.getUTCMonth() + 1 };
  }
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth() + 1;
  let year = b.month < m || (b.month === m && (b.day ?? 31) < now.getUTCDate()) ? y + 1 : y;
  if (b.thisYear) year = y;
  if (b.nextYear && year === y) year = y + 1;
  if (b.year !== undefined) year = b.year;
  return { age: b.age, year, month: b.month, ...(b.day !== undefined ? { day: b.day } : {}) };
}

// The one child-word list, shared with the activity and safety readers (child-words.ts).
const CHILD_WORD = CHILD_WORDS;
const NUM = '(\\d{1,2})';
const AGE_LIST = '(\\d{1,2}(?:\\s*(?:,|and|&)\\s*\\d{1,2})*)';
const AGES_ARE = new RegExp(`${CHILD_WORD}\\s+(?:who\\s+|that\\s+)?(?:are|is|will be|turn|turning|'s|'re)\\s+${AGE_LIST}\\b(?!\\s*(?:days?|nights?|weeks?|people))`, 'g');
// The bracket may close, or the list end in an aside ("kids (6, 9 and 15 - the eldest will complain)").
const AGES_IN_BRACKETS = new RegExp(`${CHILD_WORD}\\s*\\((?:aged?\\s+)?${AGE_LIST}(?:\\s*(?:years?(?: old)?|yrs?(?: old)?|y\\/?o))?\\s*(?:\\)|[-;:]\\s+(?=[a-z]))`, 'g');
// "family of 4, kids 9 and 12": ages straight after a plural child word, no "aged".
const AGES_AFTER_KIDS = new RegExp(`\\b(?:kids|children)\\s*(?:,|:|-)?\\s*${AGE_LIST}\\b(?!\\s*(?:days?|nights?|weeks?|months?|people|adults?|hours?|hrs?|k\\b|%|\\d|years?\\s+(?!old)))`, 'g');
// "my 2 nieces, 12 and 15", "3 kids: 4, 9, 13": a count, then exactly that many ages.
const COUNTED_AGES = new RegExp(`\\b(\\d)\\s+(?:young\\s+|little\\s+)?${CHILD_WORD}\\s*(?:,|:|-)\\s*(?:aged?\\s+)?${AGE_LIST}\\b(?!\\s*(?:days?|nights?|weeks?|months?|people|adults?|hours?|hrs?|k\\b|%))`, 'g');
const SHARED_AGE = new RegExp(`\\b([2-6])\\s+(?:young\\s+|little\\s+)?${CHILD_WORD}\\s+(?:who\\s+)?(?:are|'re)\\s+(?:both|all)\\s+(\\d{1,2})\\b(?!\\s*(?:days?|nights?|weeks?|people|adults?))`, 'g');
// "our 6 and 8 year old", "my 12- and 14-year-olds", "the 7yo and 9yo": ages said before "year old", one list or one by one.
// A prefix straight after a number is the list's own joint ("they are 7 and 11 years old"), not the start of one.
const AGED_BY_YEARS = /(?<!\d[\s,-]*)\b(?:our|my|the|his|her|their|with|and|plus|\+|a|an)\s+\d{1,2}-?(?:\s*(?:,|and|&)\s*(?:an?\s+|the\s+)?\d{1,2}-?)*\s*-?\s*(?:y\/?o|yos|yrs?[\s-]+olds?|years?[\s-]+olds?|year-olds?)\b/g;
const AGED_BY_YEARS_ANY = new RegExp(AGED_BY_YEARS.source);
const NOT_AN_AGE_AFTER = /^\s*(?:days?|nights?|weeks?|months?|people|persons|pax|adults?|hours?|hrs?|k\b|%|of (?:us|them)\b)/;
const CHILD_NAMED = new RegExp(`\\b${CHILD_WORD}\\b`);
const ONE_CHILD = /\b(?:our|my|the)\s+(?:little|wee|tiny)\s+(?:one|1)\b(?!s|\s+(?:of|thing|night|day|week)\b)|\bthe baby of the family\b|\b(?:a|our|my|1)\s+(?:young\s+|little\s+|eldest\s+|youngest\s+|oldest\s+|teenage\s+|teen\s+)?(?:foster\s+|step-?\s*)?(?:son|daughter|kid|child|baby|toddler|teen|teenager|boy|girl|grandson|granddaughter|stepson|stepdaughter|step-son|step-daughter|niece|nephew)\b|\b(?:plus|with|and|\+)\s+(?:our|my)\s+(?:youngest|eldest|oldest)\b(?!'s|\s+(?:is|was|turns|will|son|daughter|one|kid|child|of)\b)|\b(?:brother|sister|cousin|friend|sister-in-law|brother-in-law|partner|wife|husband|spouse|girlfriend|boyfriend|fiancee?|hubby)'s\s+(?:young\s+|little\s+)?(?:son|daughter|kid|child|boy|girl|baby|toddler|teen|teenager)\b|\b(?:the|their|his|her)\s+(?:young\s+|little\s+|teenage\s+)?(?:kid|child|teen|teenager|toddler)\b(?![-']|\s+(?:rates?|prices?|pricing|fees?|discounts?|polic(?:y|ies)|ages?|limits?|tickets?|menus?|seats?|beds?|friendly|minimum|supplement|in (?:me|us|him|her|you))\b)|\b(?:their|his|her)\s+(?:young\s+|little\s+)?(?:son|daughter|boy|girl)\b(?!'s)|\b(?:the|their|his|her)\s+(?:young\s+|little\s+)?(?:(?:foster|step)[-\s]?(?:son|daughter|child|kid)|step(?:son|daughter|child|kid)|grand(?:son|daughter|child|kid))\b(?!'s)/;
// ONE_CHILD: also "the stepson", "our foster son", "plus the grandson": a child by a kin word that only a child's family uses.
// ONE_CHILD: also "the grandkid" (foreign-words.ts reads "grandkid" as "kid"), "their teenager", "his boy" ("his lad"): one
// child named by a third person's or the definite article, so an age rule asks the age (never a party of adults only).
// ONE_CHILD: also "plus our youngest", a child named by birth order alone (never "our youngest is 9").
// "we're two adults and him", "plus her": a person named by pronoun in the party; a child when a pronoun's age under 18 is said.
const PRONOUN_IN_PARTY = /\b(?:and|plus|with|\+)\s+(?:him|her)\b/;
const PRONOUN_CHILD_AGE = /\b(?:he|she)(?:'s| is| will be|'ll be| turns| turned| just turned)\s+(?:only\s+|just\s+|now\s+)?(\d{1,2})\b(?!\s*(?:days?|nights?|weeks?|months?|hours?|hrs?|km|miles|%|k\b|[$€£]))/;
// "she'll stay with her grandparents", "they're staying home": the children known are not coming.
const CHILD_STAYS = /\b(she|he|they)(?:'ll| will| is| are|'s|'re)? (?:stay(?:s|ing)?|be staying|remain(?:s|ing)?) (?:at )?(?:home|behind|with)\b/;
const KIDS_LEFT = /\b(?:kids?|children|sons?|daughters?|they|boys|girls)\b[^.!?]{0,30}?\b(?:stay(?:s|ing)?|remain(?:s|ing)?) (?:at )?(?:home|behind|with)\b/;
const PRONOUN_AT_TRIP = /\b(?:he|she)(?: will be|'ll be| will turn|'ll turn)\s+\d{1,2}\s+(?:by|when|for|before|in time)\b/;
// "the kids are coming too, they're 10 and 12": ages said by pronoun right after the children.
const THEY_ARE_AGES = new RegExp(`\\b(?:kids|children|boys|girls|twins|teens|grandkids|grandchildren|nephews|nieces|sons|daughters)\\b[^.!?]{0,40}?(?:\\bthey(?:'re| are)|,\\s*are)\\s+(\\d{1,2}(?:\\s*(?:,|and|&)\\s*\\d{1,2})+)\\b(?!\\s*(?:days?|nights?|weeks?|months?|hours?|people|%))`, 'g');
// "the kids are coming too, 7 and 10": a list of ages closing the clause that names the children.
const KIDS_THEN_AGES = /\b(?:kids|children|boys|girls|twins|teens|grandkids|grandchildren|nephews|nieces|sons|daughters)\b[^.!?\d]{0,40}?,\s*(\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})+)(?:\s*(?:years?(?: old)?|yrs?|y\/?o))?\s*(?=$|[.!?;])/g;
// "my two kids, in their late teens now (17 and 19)": ages in brackets a few words after a child word; 18 and over are grown up.
const BRACKET_AGES_NEAR = new RegExp(`\\b${CHILD_WORD}\\b[^.!?()]{0,40}\\((?:aged?\\s+)?(\\d{1,2}(?:\\s*(?:,|and|&)\\s*\\d{1,2})*)(?:\\s*(?:years?(?: old)?|yrs?|y\\/?o))?\\s*\\)`, 'g');
// "the 2 of us and our kids", "us 2 with our sons", "our kids … and the 2 of us": a count of the parents beside their children.
const US_BESIDE_KIDS = /\b(\d) of us\s*(?:\+|plus|and|with|,)\s*(?:our |my |the )?(?:\d+ )?(?:kids|children|sons|daughters|teens|boys|girls)\b|\b(?:kids|children|sons|daughters|teens)\b[^.!?;]{0,30}(?:\band|\bplus|\bwith|\+)\s*(?:the )?(\d) of us\b|\bus (\d)\s*(?:\+|plus|and|with)\s*(?:our |my |the )?(?:\d+ )?(?:kids|children|sons|daughters|teens|boys|girls)\b/;
// "two of us" that already counts the child named ("taking my niece ... two of us"), unless more are added to it.
const OF_US_TOTAL = /\b(?:just |only )?(?:the )?(\d) of us\b(?!\s*(?:\+|plus|and|with|,\s*(?:and|plus)|adults|grown))/;

// "2 adult sons" are companions by kin, counted below, not the party's adults.
const ADULTS = new RegExp(`\\b${NUM}\\s*(?:x\\s*)?(?:adults?|grown-?ups|adult travell?ers)\\b(?!\\s+(?:sons|daughters|children|kids|offspring|nephews|nieces|grandchildren|grandkids))`, 'g');
// "12 Year-9 pupils", "20 grade 7 kids": a school year between the count and the children.
const CHILDREN = new RegExp(`\\b${NUM}\\s+(?:young\\s+|small\\s+|little\\s+|(?:year|grade|class)[- ]?\\d{1,2}\\s+)?${CHILD_WORD}\\b`, 'g');
const CHILD_COUNT = new RegExp(CHILDREN.source);
const GROUP = [
  new RegExp(`\\b${NUM}\\s*(?:people|persons?|pax|travell?ers|guests|of us|of them|ppl|in (?:our|the|my) (?:group|party|family)|of (?:our|my) (?:members|friends|group|club|team|colleagues|family))\\b(?!\\s*(?:each|per (?:vehicle|car|jeep|room|tent|cabin)|a (?:vehicle|car|jeep|room)))`, 'g'),
  // "a group of 4 adults + 1 teen": the number counts the adults, not the group.
  new RegExp(`\\b(?:family|group|party|team) of ${NUM}\\b(?!\\s*(?:adults?|grown-?ups)\\b)`, 'g'),
  new RegExp(`\\b(?:budget|trip|safari|holiday|honeymoon|quote|price|permits?|tickets?|camps?|lodges?|package|tour|trek|getaway|vacation|flights?)\\s+for\\s+${NUM}\\b(?!\\s*(?:days?|nights?|weeks?|months?|hours?|hrs?|years?|\\d|k\\b|%|grand))`, 'g'),
  new RegExp(`\\b(?:we(?:'re| are| will be|'ll be|re)|there(?:'re| are| will be|'ll be|'s| is))\\s+(?:now\\s+)?${NUM}\\b(?!\\s*(?:days?|nights?|weeks?|adults?|couples|${CHILD_WORD}|years?|hours?|famil\\w*|k\\b|%)|\\s*(?:and|&|,)\\s*\\d{2}\\b)`, 'g'),
  new RegExp(`\\b(?:make it|now|it'?s)\\s+${NUM}(?:\\s+(?:with|including|incl\\.?|inc\\.?)\\b|\\s*(?:$|[.!,;:-]))`, 'g'),
  // "4 with me", "3 including myself": the count with the one writing.
  new RegExp(`\\b${NUM}\\s+(?:with|including|incl\\.?)\\s+(?:me|myself)\\b(?!\\s+(?:and|\\+|plus)\\b)`, 'g'),
  new RegExp(`\\b${NUM}\\s+(?:with|including)\\s+(?:my\\s+|our\\s+|the\\s+)?(?:grandma|granny|grandpa|grandmother|grandfather|nan|nana|mum|mom|dad|mother|father|sister|brother|friend|aunt|uncle|in-laws?|grandparents|parents)\\b`, 'g'),
];
// Nouns that describe everyone in the party ("2 birders", "two retired teachers").
const ADULT_NOUNS = /\b(\d{1,2})\s+(?:[a-z]+\s+)?(?:birders|photographers|grandparents|retirees|pensioners|teachers|students|seniors|ladies|guys|men|women|doctors|nurses|lads|girlfriends|backpackers|hikers|climbers|adventurers|honeymooners|travell?ing companions|walkers|trekkers|(?:1[89]|[2-9]\d)[- ]?(?:year[- ]?olds|y\/?os))\b/g;
// "for both of us", "us both", "us two": two people, whoever they are.
const BOTH_OF_US = /\b(?:both of us|us both|us 2|the 2 of us)\b/g;
// "3 friends, cheapest options": friends counted alone describe the whole party (not "with 3 friends", "a group of 8 friends").
const FRIENDS_PARTY = /(?<!\b(?:of|with|my|our|and|plus|me|\+)\s+)\b(\d{1,2})\s+(?:friends|mates|buddies|pals|colleagues)\b/g;
// "we're both 60+", "we are both in our 70s": an age that makes the pair grown-ups.
const GROWN_PAIR = /\bwe(?:'re| are)\s+both\s+(?:in our\s+|over\s+|aged?\s+)?(\d{2})(?:'?s|\+)?(?!\s*(?:days?|nights?|%|k\b))/;
const GROWN_BY_AGES = /\b(\d)\s+(?:girls|boys|guys|lads|ladies|women|men|friends|mates)\s*(?:,|\(|aged?|of)?\s*(\d{2}(?:\s*(?:,|and|&)\s*\d{2})+)\b(?!\s*(?:days?|nights?|%|k\b))/;
const COUPLES = /\b(\d)\s+couples\b/g;
// The grown-ups said in parts, each with its count in brackets: "grandparents (2), us (2) and three kids", "adults (2) + friends (3)".
const ADULT_PARTS = /\b(?:(?:my |our |the )?(?:grand)?parents|in-laws|us|we|adults|friends|couple|aunts|uncles)\s*\((\d)\)/g;
// A new count that replaces the one said before it: "there were 2 of us but my brother is joining, so 3 now", "which makes 5 now".
const RECOUNT_NOW = /\b(?:so|which makes|that makes|making(?: it| us)?)\s+(?:it'?s\s+|we'?re\s+|we are\s+|us\s+)?(\d{1,2})(?:\s+(?:of us|people|in total))?\s+now\b|\bso\s+(?:it'?s\s+|we'?re\s+|we are\s+)?now\s+(\d{1,2})\b(?!\s*(?:days?|nights?|weeks?|months?|k\b|%|[$€£]))/;
const ACTIVITY_PARTY = /\b(\d{1,2})\s+(?:[a-z]+\s+)?(?:birders|photographers|backpackers|hikers|climbers|adventurers|walkers|trekkers|travell?ing companions)\b/;
const RECOUNT_CAUSE = /\b(?:joining|joins?|coming|comes|tagging along|bring(?:ing)?|add(?:ing|ed)?|invited|can'?t come|cannot come|not coming|won'?t come|dropped out|pulled out|backed out|staying (?:home|behind))\b/;
const PAIR_THEN_CHILD = new RegExp(`\\b(?:(?:the )?(?:two|2) of us|both of us|us (?:two|2)|us both|(?:for )?2 people)\\s*,?\\s*(?:and|plus|\\+|&|with)\\s+(?:our|my|the|a|an)\\s+(?:[a-z]+\\s+)?(?:${CHILD_WORD}|stepsons?|stepdaughters?|stepchild|stepkids?)\\b(?!'s)`);
const PAIR = /\b(?:we(?:'re| are)\s+(?:a|just a)\s+couple|as a couple|a couple travell?ing|couple'?s trip|my (?:wife|husband|partner|spouse|girlfriend|boyfriend|fiancee?|hubby|bf|gf) and (?:i|me|myself)\b|(?:i|me) and my (?:wife|husband|partner|spouse|girlfriend|boyfriend|fiancee?|hubby|bf|gf)\b|honeymoon(?:ers?|ing)?)\b|(?<!\b(?:another|other|\d|of|per)\s+(?:[a-z]+\s+)?)\bcouple\b(?!s|\s+(?:of|days?|nights?|weeks?|hours?|more|extra|times|friends)\b)/;
const OUR_PAIR = /\b(?:(?:just |only )?(?:the )?(?:two|2) of us|(?:just |only )?both of us|us (?:two|2)|us both)\b(?!\s*(?:\+|plus|and|with|,\s*(?:and|plus|my|our)|adults|grown|(?:grand)?parents|(?:grand)?(?:mums?|moms?|dads?)|oldies|old folks|seniors|retirees))/;
const SOLO = /\b(?:solo|by myself|on my own|alone|just me|only me|single travell?er|1 person|1 (?:pax|travell?er|adult only)|just myself)\b|\b(?:all[ -]in|in total|total|budget|\d(?:k\b)?|[$€£]\s?\d[\d.,]*k?)\s+for (?:just )?me\b(?!\s*(?:and|\+|&|plus|,|with)\b)/;
// "Solo Ruanda, nada más", "solo il Kenya", "solo Kenia y nada más": the Spanish, Italian and Portuguese "only"
// before a country or a restriction, not a party of one ("solo Kenya trip", "solo, Kenya in March" stay one traveler).
const SOLO_AS_ONLY = new RegExp(`(?<!\\b(?:viajo|voy|vou|viaggio|vado|reise|go|going|went|travel\\w*|fly\\w*|i|me|yo|io|eu|da|de)\\s+)\\bsolo\\s+(?:(?:en|em|el|il|la|lo|nel|nella|no|na)\\s+)?(?:${COUNTRY_NAME})\\b(?!\\s+(?:trip|safari|adventure|travel\\w*|holiday|vacation|tour|journey|getaway)\\b)|\\bsolo\\b(?=[^.!?]{0,40}\\b(?:nada mas|y ya|y punto|niente altro|e basta|e nient'altro|e mais nada|mais nada)\\b)`, 'g');
const NO_KIDS = /\b(?:(?:scratch|forget|drop|minus|leave out|without) (?:the |our )?(?:kids|children)|no (?:kids|children)|without (?:the )?(?:kids|children)|(?:kids?|children) (?:are |is |will )?(?:staying|stay|stays) (?:home|behind|with|at)|(?:kids?|children) (?:aren'?t|are not|won'?t|will not|can'?t|cannot|isn'?t|is not|don'?t|do not) (?:be )?(?:coming|come|joining|join|travell?ing|travel)|adults only|(?:kids?|children|sons|daughters|teens|grandkids|grandchildren)\b[^.!?;]{0,60}?,\s*they(?:'re| are) (?:not|no longer) (?:coming|joining|travell?ing)(?: (?:after all|anymore|any more|with us))?)\b/;

// Someone who drops out: the verbs, and a child as their subject ("our son won't make it", "the little one stays home").
const DROPS_OUT = "(?:can'?t come|cannot come|can'?t make it|cannot make it|won'?t (?:come|join(?: us)?|make it)|(?:is|are)(?:n'?t| not) coming|not coming|(?:has|have) (?:pulled|dropped|backed) out|drop(?:s|ped)? out|(?:is |are )?stay(?:s|ing)? (?:home|behind))";
const CHILD_LEAVES = new RegExp(`\\b(?:(?:our|my|the)\\s+)?(?:daughter|son|kid|child|boy|girl|niece|nephew|grandson|granddaughter|teen|teenager|little one|youngest|eldest)\\b(?:\\s+[a-z']+){0,2}?\\s+${DROPS_OUT}`);
const COUNT_AFTER_LEAVING = /\b(?:so|then|which makes|that makes|meaning|i\.e\.|also|donc|alors|asi que|entonces|quindi|dunque|dus|entao|portanto)\b[^.!?\d]{0,20}?\b(?:just|only|seulement|plus que|solo|solamente|nur|alleen|apenas|so)\s+(\d{1,2})\b(?!\s*(?:days?|nights?|weeks?|months?|k\b|%|[$€£]))/;

// Companions named one by one; the number is how many people the word stands for.
const ADULT_RELATIONS: ReadonlyArray<readonly [RegExp, number]> = [
  [/\b(?:wife|husband|partner|spouse|girlfriend|boyfriend|fiancee?|hubby|bf|gf|mum|mom|mother|dad|father|grandma|granny|grandpa|grandmother|grandfather|nan|nana|grandad|granddad|sister|brother|best friend|aunt|auntie|uncle|mother-in-law|father-in-law|colleague|boss|sister-in-law|brother-in-law)\b/g, 1],
  [/\b(?:parents|grandparents|in-laws|inlaws)\b/g, 2],
  [/\banother couple\b/g, 2],
  // "both sets of grandparents": the word counts two, the sets say twice that.
  [/\b(?:both|2) sets of (?=(?:grand)?parents\b|in-laws\b)/g, 2],
  // "a friend is joining", "with my mate": one friend named (counts of friends are read below).
  [/\b(?:a|my|one|our)\s+(?:good\s+|old\s+|close\s+)?(?:friend|mate|buddy|pal)\b(?!s)/g, 1],
];
const NUMBERED_ADULT = /\b(\d{1,2})\s+(?:adult (?:sons|daughters|children|kids|nephews|nieces|grandchildren|grandkids)|(?:grown[- ]up|grown) (?:sons|daughters|children|kids)|(?:more\s+|extra\s+|other\s+)?(?:friends|mates|buddies|pals|colleagues|coworkers|co-workers|sisters|brothers|cousins|couples))\b/g;

function ages(text: string): Array<Mention<number>> {
  const out: Array<Mention<number>> = [];
  const seen = new Set<number>();
  const add = (at: number, a: number) => {
    if (a <= 17 && !seen.has(at)) {
      seen.add(at);
      out.push({ at, value: a });
    }
  };
  /** Each number of a list ("8, 10 and 12") found at `start` in the text, at its own position. */
  const addList = (list: string, start: number) => {
    let offset = start;
    for (const part of list.split(/(\s*(?:,|and|&)\s*)/)) {
      if (/^\d+$/.test(part)) add(offset, Number(part));
      offset += part.length;
    }
  };
  for (const m of text.matchAll(/\b(?:aged?|ages(?: of)?|age)\s+(\d{1,2}(?:\s*(?:,|and|&|\/)\s*\d{1,2})*)/g)) {
    const list = m[1]!;
    let offset = m.index! + m[0].indexOf(list);
    for (const part of list.split(/(\s*(?:,|and|&|\/)\s*)/)) {
      // "aged 8 and 11, 10 days": the list ends where a number counts something else.
      if (/^\d+$/.test(part) && NOT_AN_AGE_AFTER.test(text.slice(offset + part.length, offset + part.length + 12))) break;
      if (/^\d+$/.test(part)) add(offset, Number(part));
      offset += part.length;
    }
  }
  for (const m of text.matchAll(AGES_ARE)) {
    const list = m[1]!;
    let offset = m.index! + m[0].indexOf(list);
    const parts = list.split(/(\s*(?:,|and|&)\s*)/);
    for (const part of parts) {
      if (/^\d+$/.test(part)) add(offset, Number(part));
      offset += part.length;
    }
    // "our twins who are 7": one age, two children.
    if (/^twins\b/.test(m[0]) && parts.length === 1 && /^\d+$/.test(list)) add(offset, Number(list));
  }
  // "our two girls are both 11", "the 3 boys are all 9": one age for every child counted.
  for (const m of text.matchAll(SHARED_AGE)) {
    const at = m.index! + m[0].lastIndexOf(m[2]!);
    for (let k = 0; k < Number(m[1]); k++) add(at + k, Number(m[2]));
  }
  for (const m of text.matchAll(COUNTED_AGES)) {
    const list = m[2]!;
    const parts = list.split(/(\s*(?:,|and|&)\s*)/);
    if (parts.filter((p) => /^\d+$/.test(p)).length !== Number(m[1])) continue;
    let offset = m.index! + m[0].indexOf(list, m[1]!.length);
    for (const part of parts) {
      if (/^\d+$/.test(part)) add(offset, Number(part));
      offset += part.length;
    }
  }
  // "(6, 9 and 15 - the 15 year old is a teenager)": "the" points back at a child already counted, added only if not.
  const pointedBack: Array<[number, number]> = [];
  for (const m of text.matchAll(/\b(\d{1,2})\s*(?:-|\s)?\s*(?:y\/?o|yrs?(?:\s+old)?|years?[\s-]+old|year-olds?|years?(?=\s*,|\s+and\b))\b/g)) {
    if (/\bthe\s+$/.test(text.slice(Math.max(0, m.index! - 4), m.index!))) pointedBack.push([m.index!, Number(m[1])]);
    else add(m.index!, Number(m[1]));
  }
  for (const m of text.matchAll(AGES_AFTER_KIDS)) {
    // A single number straight after "kids" is a count or something else ("kids 2 rooms"), not an age list.
    if (/(?:,|and|&)/.test(m[1]!)) addList(m[1]!, m.index! + m[0].indexOf(m[1]!));
  }
  for (const re of [THEY_ARE_AGES, BRACKET_AGES_NEAR, KIDS_THEN_AGES]) {
    for (const m of text.matchAll(re)) addList(m[1]!, m.index! + m[0].lastIndexOf(m[1]!));
  }
  // "(8 and 11)" or "(12)" straight after a child word.
  for (const m of text.matchAll(AGES_IN_BRACKETS)) addList(m[1]!, m.index! + m[0].indexOf(m[1]!));
  for (const [at, age] of pointedBack) if (!out.some((a) => a.value === age)) add(at, age);
  // "the 13 year old" after "7 and 13" points back at a child already counted, as above.
  for (const m of text.matchAll(AGED_BY_YEARS)) {
    const back = /^(?:the|his|her|their)\b/.test(m[0]);
    for (const n of m[0].matchAll(/\d{1,2}/g)) if (!back || !out.some((a) => a.value === Number(n[0]))) add(m.index! + n.index!, Number(n[0]));
  }
  for (const m of text.matchAll(ONE_OF_COUNTED)) add(m.index! + m[0].lastIndexOf(m[2]!), Number(m[2]));
  return out.sort((a, b) => a.at - b.at);
}

// "the youngest of our 3 is 14", "our eldest of the 2, 12": one child's age, and how many children there are.
const ONE_OF_COUNTED = new RegExp(`\\b(?:youngest|eldest|oldest)(?:\\s+one)?\\s+of\\s+(?:our|my|the)\\s+([2-9])(?:\\s+${CHILD_WORD})?\\s*(?:is|'s|,)\\s*(?:now\\s+|only\\s+|just\\s+)?(\\d{1,2})\\b(?!\\s*(?:days?|nights?|weeks?|months?|hours?|people|adults?|%|k\\b|\\d))`, 'g');

/** Children by word who are grown up by their stated age ("my two kids (17 and 19)"): they travel as adults. */
function grownChildren(text: string): number {
  let n = 0;
  for (const m of text.matchAll(BRACKET_AGES_NEAR)) {
    // "our kids 15 and 17 and grandma (78)": the bracket is the adult's named between, not a child's.
    if (adultCompanions(m[0].slice(0, m[0].lastIndexOf('('))) > 0) continue;
    for (const a of m[1]!.split(/\s*(?:,|and|&)\s*/)) if (Number(a) >= 18 && Number(a) < 100) n += 1;
  }
  // "our three kids aged 15, 17 and 19": an age of 18 or more in the list said after the children.
  for (const m of text.matchAll(KIDS_AGED_LIST)) for (const a of m[1]!.split(/\s*(?:,|and|&)\s*/)) if (Number(a) >= 18 && Number(a) < 100) n += 1;
  // "my daughter (she's 19)", "our son, who is 22", "my son - he's 20": a child by word, grown up by age.
  if (n === 0) for (const m of text.matchAll(GROWN_ONE)) if (Number(m[1]) >= 18 && Number(m[1]) < 100) n += 1;
  return n;
}
const KIDS_AGED_LIST = new RegExp(`\\b${CHILD_WORD}\\s*,?\\s*(?:aged?|ages)\\s+(\\d{1,2}(?:\\s*(?:,|and|&)\\s*\\d{1,2})+)\\b(?!\\s*(?:days?|nights?|weeks?|months?|hours?|people|adults?|%|k\\b))`, 'g');
const GROWN_ONE = /\b(?:son|daughter|stepson|stepdaughter|nephew|niece|boy|girl)\b(?:\s*(?:\(|,|-)\s*(?:who(?:'s| is)\s+|(?:he|she)(?:'s| is)\s+|aged?\s+)?|\s+(?:who(?:'s| is)|aged?)\s+)(\d{2})\b(?!\s*(?:days?|nights?|%|k\b))/g;

/** Ages of 18 and over in a list of the children's ages ("ages 16 and 18", "they are 15 and 19"). */
function grownInAgeList(text: string): number {
  let n = 0;
  for (const m of text.matchAll(/\b(?:aged?|ages(?: of)?|they(?:'re| are)|(?:kids|children|boys|girls|sons|daughters) are)\s+(\d{1,2}(?:\s*(?:,|and|&|\/)\s*\d{1,2})+)\b(?!\s*(?:days?|nights?|weeks?|months?|hours?|people|%))/g)) {
    for (const a of m[1]!.split(/\s*(?:,|and|&|\/)\s*/)) if (Number(a) >= 18 && Number(a) <= 30) n += 1;
  }
  return n;
}

function mentions(re: RegExp, text: string, max = 60, min = 1): Array<Mention<number>> {
  const out: Array<Mention<number>> = [];
  for (const m of text.matchAll(re)) {
    const n = Number(m[1]);
    if (n >= min && n <= max) out.push({ at: m.index!, value: n });
  }
  return out;
}

// "my partner's parents": the possessive names whose relatives come, not a traveler.
const RELATION_NEXT = /^'s\s+(?:[a-z]+\s+)?(?:wife|husband|partner|mum|mom|mother|dad|father|parents|grandparents|sister|brother|aunt|uncle|family|kids|children|son|daughter|friends?|cousins?)\b/;
// "grandma stays home": a relative named, but not travelling.
const STAYS_BEHIND = /\b[a-z-]+\s+(?:is |will |'s |'ll )?(?:stay(?:s|ing)? (?:at )?(?:home|behind)|not coming|isn'?t coming|can'?t come|cannot come|won'?t come)\b/g;
// "pretend you're my grandma": a role asked of the bot, not a companion.
// "ever since her sister came back": someone else's relative, unless named in the party ("my wife and her sister").
const ROLE_BEFORE = /(?<!\b(?:and|with|plus|&|\+|,|me|us)\s*)\b(?:her|his|their)\s+$|\b(?:you'?re|you are|be|as|like)\s+(?:my|our|a)\s+$|\b(?:us|we)(?:\s+(?:\d|both|all))?\s+$|\b(?:stay(?:s|ing)?|left|leave|staying) (?:at home |behind )?with (?:his|her|their|my|our|the)\s+$|\b(?:solo|single|lone)\s+$/;

export function adultCompanions(text: string): number {
  let n = 0;
  for (const [re, k] of ADULT_RELATIONS) {
    for (const m of text.matchAll(re)) {
      const end = m.index! + m[0].length;
      if (RELATION_NEXT.test(text.slice(end, end + 40)) || ROLE_BEFORE.test(text.slice(Math.max(0, m.index! - 16), m.index!))) continue;
      n += k;
    }
  }
  for (const m of text.matchAll(NUMBERED_ADULT)) n += Number(m[1]) * (m[0].endsWith('couples') ? 2 : 1);
  return n;
}

/** Adults named after a counted party and joined to it: "2 adults + my mum", "3 adults plus my parents". */
function addedRelatives(text: string): number {
  const m = /\b\d{1,2}\s*(?:x\s*)?(?:adults?|grown-?ups)\b\s*(\+|plus|and|with|as well as|,)\s*(?=(?:my|our)\b)([^.!?;]*)/.exec(text);
  // "make that 3 adults, my sister is in": after a comma, a relative with a verb explains the count, it does not add to it.
  if (m && m[1] === ',' && /\b(?:is|are|'s|joins?|joining|coming|comes|can|will)\b/.test(m[2]!)) return 0;
  // "2 adults and our kids, grandma stays home": a relative named as staying behind is not added.
  return m ? adultCompanions(m[2]!.replace(STAYS_BEHIND, ' ')) : 0;
}

// "with our two (7 and 9)", "our three - 6, 10 and 12": the writer's own counted, then as many ages.
const OUR_COUNT_AGES = /\b(?:our|my) ([2-6])(?=\s*(?:\(\s*|[-:,]\s*|\s(?=aged?\s))(?:aged?\s+|ages\s+)?(\d{1,2}(?:\s*(?:,|and|&)\s*\d{1,2})*)(?:\s*\)|\s*(?:years?(?: old)?|yrs?|y\/?o)\b|\s*(?:$|[.;!?]|,\s*[a-z])))/g;

/** "our 2 (7 and 9)" read as "our 2 kids (7 and 9)" when the ages are as many as the count and all a child's; cues move with the text. */
function countedAsChildren(text: string, cues: readonly number[]): { text: string; cues: number[] } {
  let out = text;
  let moved = [...cues];
  const found = [...text.matchAll(OUR_COUNT_AGES)].reverse();
  for (const m of found) {
    const said = m[2]!.split(/\s*(?:,|and|&)\s*/).map(Number);
    if (said.length !== Number(m[1]) || said.some((a) => a > 17)) continue;
    const at = m.index! + m[0].length;
    out = `${out.slice(0, at)} kids${out.slice(at)}`;
    moved = moved.map((c) => (c >= at ? c + 5 : c));
  }
  return { text: out, cues: moved };
}

/** Group composition from one message. */
export function extractParty(said: string, saidCues: readonly number[], previous?: TripInputs, now?: Date): Party {
  const counted = countedAsChildren(said, saidCues);
  const cues = counted.cues;
  // "our daughter can't come after all": the child who drops out is not read as travelling (blanked, offsets kept).
  const childLeft = previous?.children !== undefined && previous.children > 0 && CHILD_LEAVES.test(counted.text);
  const text = childLeft ? counted.text.replace(CHILD_LEAVES, (m) => ' '.repeat(m.length)) : counted.text;
  const out: Party = {};
  const pronounAge = PRONOUN_CHILD_AGE.exec(text);
  // A pronoun's age under 18 is a child's when the pronoun is in the party ("two adults and him") or the
  // age is tied to the trip ("he'll be 15 by the summer"); "she is 16 by the way" alone says nobody travels.
  const ageList: AgeMention[] = ages(text);
  // Only when no other age was said: beside "my 12 year old", "he's 15" is the same child (or a lie told about them).
  const pronounChild = pronounAge !== null && Number(pronounAge[1]) <= 17 && ageList.length === 0 && (PRONOUN_IN_PARTY.test(text) || (PRONOUN_AT_TRIP.test(text) && previous?.children === undefined));
  const childContext = CHILD_NAMED.test(text) || CHILD_IN_SIGHT.test(text) || pronounChild || (previous?.children ?? 0) > 0 || previous?.traveler_type === 'family';
  // Ages said indirectly ("just turned 11", "a boy of 12", "16 next spring") count as stated, with a child in sight.
  if (childContext) {
    const said: AgeMention[] = [...listedAges(text), ...indirectAges(text)];
    for (const a of said) {
      // The same number read twice; "4, 7 y 10" are three ages a few characters apart.
      const k = ageList.findIndex((b) => b.at === a.at || (Math.abs(b.at - a.at) < 4 && b.value === a.value));
      // "will be 15 by June": the same number read with its birthday is today's age plus when it changes.
      if (k >= 0) {
        if (a.birthday) ageList[k] = a;
        continue;
      }
      // "our twins are 14 and turn 15 on 3 October": a birthday for children already aged, not another child.
      const same = a.birthday ? ageList.filter((b) => b.value === a.value && b.at < a.at && a.at - b.at < 80 && !b.birthday) : [];
      if (same.length === 0) ageList.push(a);
      else for (const b of /\b(?:twins|both|they)\b/.test(text) ? same : same.slice(-1)) b.birthday = a.birthday;
    }
    ageList.sort((a, b) => a.at - b.at);
  }
  // "our son is 12, 3 of us", "our daughter who is sixteen, 3 of us": a number that counts the party is no child's age.
  for (let i = ageList.length - 1; i >= 0; i--) {
    const a = ageList[i]!;
    if (new RegExp(`^\\D{0,12}?\\b${a.value}\\s+(?:of (?:us|them)|people|persons|adults|travell?ers)\\b`).test(text.slice(a.at, a.at + 30))) ageList.splice(i, 1);
  }
  const childAges = ageList.map((a) => a.value);
  // "we are 3 trekkers: me, my wife and our son (11)": a noun for what the party does counts everyone in it, children too.
  const childInParty = CHILD_NAMED.test(text) || ONE_CHILD.test(text) || ages(text).length > 0;
  // "4 photographers and our daughter" adds her on top: only a noun not followed by another part counts the child in.
  const byActivity = (at: number) => {
    const m = childInParty ? ACTIVITY_PARTY.exec(text.slice(at, at + 40)) : null;
    return m !== null && m.index === 0 && !/^\s*(?:and|plus|\+|&|with)\b/.test(text.slice(at + m[0].length));
  };
  let adults = pick(mentions(ADULTS, text), cues) ?? pick(mentions(ADULT_NOUNS, text).filter((m) => !byActivity(m.at)), cues);
  // "we r 2 girls 20 & 21", "3 lads aged 19, 22 and 23": grown-ups counted with their ages.
  if (adults === undefined) {
    const m = GROWN_BY_AGES.exec(text);
    const said = m ? m[2]!.split(/\s*(?:,|and|&)\s*/).map(Number) : [];
    if (m && said.length === Number(m[1]) && said.every((a) => a >= 18 && a < 100)) adults = said.length;
  }
  // Precedence: a counted party, then relatives added to it by name ("2 adults + my mum").
  if (adults !== undefined) adults += addedRelatives(text);
  const couples = mentions(COUPLES, text, 30);
  if (adults === undefined && couples.length) adults = pick(couples, cues)! * 2;
  if (adults === undefined) {
    const parts = [...text.matchAll(ADULT_PARTS)].map((m) => Number(m[1]));
    if (parts.length >= 2) adults = parts.reduce((a, b) => a + b, 0);
  }
  // "a group of 4 girls", "6 of us lads": grown-up friends, not children.
  let children = pick(
    mentions(CHILDREN, text).filter(
      (m) =>
        // "a group of 4 girls", "6 of us lads": grown-up friends, not children.
        (!/^\d+\s+(?:girls|boys)\b/.test(text.slice(m.at)) || !/\b(?:group of|of us|we(?:'re| are))\s*$/.test(text.slice(Math.max(0, m.at - 12), m.at))) &&
        // "family of 4 kids 9 and 12": the 4 is the whole family, not the children.
        !/\b(?:family|party) of\s*$/.test(text.slice(Math.max(0, m.at - 12), m.at)),
    ),
    cues,
  );
  // "one of us is vegetarian" is not a party of one; solo travel is read separately.
  // "10 days in the Serengeti, 3 of them on safari": days counted, not people.
  const ofDays = (m: Mention<number>) => /^\d+ of them\b/.test(text.slice(m.at)) && /\b(?:days?|nights?|weeks?)\b[^.!?]{0,25}$/.test(text.slice(Math.max(0, m.at - 40), m.at));
  // "he was 14 when I first asked, so now 15": a child's age said again, not a head count.
  const ageNow = (at: number) => /\b(?:he|she|son|daughter|kid|child|boy|girl)\b/.test(text) && /\b(?:was|turned|aged?)\s+\d{1,2}\b[^.!?]{0,40}\b(?:so|and|but)?\s*(?:now|it'?s)\s*$/.test(text.slice(Math.max(0, at - 60), at + 4).replace(/\d{1,2}\s*$/, ''));
  let group = pick([...GROUP.flatMap((re) => mentions(re, text, 60, 2)).filter((m) => !ofDays(m) && !ageNow(m.at)), ...[...text.matchAll(BOTH_OF_US)].map((m) => ({ at: m.index!, value: 2 }))], cues);
  if ((group === undefined || (children !== undefined && group <= children)) && childInParty) {
    const activity = ACTIVITY_PARTY.exec(text);
    if (activity && byActivity(activity.index)) group = Number(activity[1]);
  }
  // "the 2 of us and our kid", "us both plus the stepson": the pair is the grown-ups, and the child named after it comes on top.
  if (adults === undefined && PAIR_THEN_CHILD.test(text)) {
    adults = 2;
    if (group === 2) group = undefined;
  }
  // "2 of us but my brother is joining, so 3 now": the count said last is the party; who is adult is left unsaid.
  // A recount needs people in it ("so 3 of us now", "we're 5 now") or someone joining or leaving: "he was 14 when I asked, so
  // now 15" is an age, "3 nights and 2, which makes 5 now" a count of nights.
  const recountSeen = RECOUNT_NOW.exec(text);
  const recountNow =
    recountSeen &&
    (/\b(?:of us|people|persons|in total|we'?re|we are|us)\b/.test(recountSeen[0]) || RECOUNT_CAUSE.test(text)) &&
    !(/\b(?:he|she|son|daughter|kid|child|boy|girl)\b/.test(text) && /\b(?:was|turned|aged?)\s+\d{1,2}\b[^.!?]{0,40}$/.test(text.slice(Math.max(0, recountSeen.index - 60), recountSeen.index))) &&
    !/\b(?:nights?|days?|weeks?)\b[^.!?]{0,40}$/.test(text.slice(Math.max(0, recountSeen.index - 60), recountSeen.index))
      ? recountSeen
      : null;
  const nowCount = recountNow ? Number(recountNow[1] ?? recountNow[2]) : undefined;
  if (nowCount !== undefined && nowCount >= 2 && group !== undefined && group !== nowCount && adults === undefined) group = nowCount;
  const recountedNow = nowCount !== undefined && group === nowCount;
  const childNamed = CHILD_NAMED.test(text.replace(/\b(?:group of|of us|we(?:'re| are)) \d+ (?:girls|boys)\b|\b(?:girls|boys|lads)'? (?:trip|weekend|holiday|getaway)\b|\b(?:adult|grown[- ]up|grown) (?:sons|daughters|children|kids|nephews|nieces|grandchildren|grandkids)\b/g, ''));
  const noKids = NO_KIDS.test(text);

  // Companions named one by one ("me, my wife and our two kids").
  const companions = adultCompanions(text);
  // "for my parents, just the two of them": the writer books for others and stays home.
  const selfAway = /\b(?:(?:just |only )?the \d+ of them|both of them|just them|on (?:their|his|her) own|on behalf of|for (?:my|our) (?:parents|grandparents|in-laws|kids|children)|for (?:my|our) (?:mum|mom|dad|mother|father|son|daughter)\b(?=[^.!?]*\b(?:he|she|him|her|his)\b))\b/.test(text) && !/\b(?:me|i|myself|we|us)\b/.test(text.replace(/\bi (?:am|'m) (?:writing|asking|enquiring|inquiring|planning|booking|organi[sz]ing)\b/g, ''));
  // "my husband hates beaches" names him without saying he travels; "my wife and kids", "with my sister" do.
  const selfNamed = !selfAway && (/\b(?:me|i|myself)\b/.test(text) || (/\bmy\b/.test(text) && /\b(?:with|and|plus|joining|join|coming|come|travel\w*|bring\w*|tak(?:e|ing))\b|\+/.test(text)));
  const joining = /\b(?:add|adding|plus|bring(?:ing)?|also|too|as well|joining|join us|coming|comes|tagging along)\b/.test(text);
  const leaving = /\b(?:can'?t come|cannot come|not coming|won'?t come|can'?t make it|cannot make it|won'?t make it|(?:pulled|backed) out|dropped out|drop(?:ping)? out|staying (?:home|behind)|minus|without)\b/.test(text);
  // "my brother is coming too" changes the known party; it does not describe a new one.
  const relative = previous !== undefined && (joining || leaving) && (previous.group_size !== undefined || previous.adults !== undefined);
  // "she'll stay with her grandparents": a child known before stays behind (one by he/she, all by they).
  const stays = previous?.children !== undefined && previous.children > 0 ? CHILD_STAYS.exec(text) : null;
  if (stays && children === undefined) children = stays[1] === 'they' ? 0 : Math.max(0, previous!.children! - 1);
  // "I said 4 of us but it's 5, I forgot my father-in-law": with a count and a known party, the named are the change.
  const recount = previous !== undefined && group !== undefined && previous.adults !== undefined && (previous.group_size ?? previous.adults) !== group;
  if (adults === undefined && companions > 0 && selfNamed && !(relative && group === undefined) && !recount && !recountedNow) adults = 1 + companions;
  // "grandparents + 4 grandkids", "my parents, just the two of them": the named adults are all.
  // "twins aged 8 plus mum and dad": with no first person at all, the named adults are all the adults.
  const noFirstPerson = !/\b(?:i|me|my|myself|mine|we|us|our|ours|i'm|we're|we'll|i'll|we've|i've)\b/.test(text);
  if (adults === undefined && companions > 0 && !selfNamed && !relative && (selfAway || (noFirstPerson && (childNamed || ONE_CHILD.test(text)) && (!/\bwith\b/.test(text) || /\b(?:his|her|their) (?:mum|mom|dad|mother|father|parents|grandparents|grandma|grandpa|granny|aunt|uncle)\b/.test(text)) && /\b(?:mum|mom|dad|mother|father|parents|grandparents|grandma|grandpa|granny|nan|nana|aunt|auntie|uncle)\b/.test(text)) || /^\W*(?:my |our |the )?(?:grand)?parents\b/.test(text))) adults = companions;
  const childByAge = /\b(?:a|an|my|1)\s+\d{1,2}[\s-]*(?:y\/?o|years?[\s-]+old|year-old)\b/.test(text);
  // "me + grandkids", "just me and the kids": the writer alone with children.
  const meWithKids = new RegExp(`\\bme\\s*(?:\\+|&|and|plus|with)\\s*(?:the\\s+|my\\s+|\\d\\s+)?${CHILD_WORD}\\b`).test(text);
  if (adults === undefined && (childNamed || childByAge) && companions === 0 && !/\b(?:we|our|us)\b/.test(text) && (/\bmy\b/.test(text) || meWithKids) && /\b(?:i|me|i'm|myself)\b/.test(text)) {
    adults = 1; // "I'm taking my 2 kids": a parent on their own.
  }
  // Ages alone after the children were counted ("the kids are 5 and 8") add ages, not a recount.
  const agesOnly = previous?.children !== undefined && !CHILD_COUNT.test(text) && !/\b(?:a|an|our|my|1)\s+(?:young\s+|little\s+)?(?:son|daughter|kid|child|baby|toddler)\b/.test(text);
  if (children === undefined && childAges.length > 0 && (childNamed || CHILD_IN_SIGHT.test(text) || pronounChild) && !agesOnly) children = childAges.length;
  if (children === undefined && childAges.length > 0 && (/\b(?:a|an|our|my|1)\s+\d{1,2}[\s-]*(?:y\/?o|years?[\s-]+old|year-old)\b/.test(text) || AGED_BY_YEARS_ANY.test(text))) children = childAges.length;
  // "our son and daughter": children named one by one.
  const oneByOne = childrenNamedOneByOne(text);
  if (oneByOne !== undefined && !agesOnly && !CHILD_COUNT.test(text) && !/\b(?:sons|daughters|kids|children)\b/.test(text) && (children === undefined || children === childAges.length)) {
    children = Math.max(oneByOne, childAges.length);
  }
  if (children === undefined && !agesOnly && ONE_CHILD.test(text) && !/\b(?:sons|daughters|kids|children)\b/.test(text)) {
    children = 1;
  }
  // "the youngest of our 3 is 14": three children, one age known. With fewer ages than children the list is
  // incomplete, not contradictory: the count stands and the ages are asked for where a limit needs them (review s6 P2-4).
  let agesIncomplete = false;
  for (const m of text.matchAll(ONE_OF_COUNTED)) {
    if (Number(m[2]) > 17) continue;
    if ((children ?? 0) < Number(m[1])) children = Number(m[1]);
    if (children === Number(m[1]) && childAges.length < children) agesIncomplete = true;
  }
  if (noKids && children === undefined) children = 0;
  // "adults only, our kids (8 and 10) stay with grandma": the children named are the ones left at home.
  const left = noKids && KIDS_LEFT.test(text);
  if (left) children = 0;
  const grown = grownChildren(text);
  if (grown > 0 && children !== undefined && children >= grown) {
    // "children aged 10, 14 and 18" may have been counted from the young ages alone: the grown child is then not among them.
    const young = childAges.filter((a) => a <= 17).length;
    children -= Math.min(grown, Math.max(0, children - young));
    if (adults !== undefined) adults += grown;
    // "the 2 of us and our kids aged 10 and 19": the pair counts the parents alone, so the grown child joins them (review s6b F8).
    else if (group !== undefined && Number(US_BESIDE_KIDS.exec(text)?.slice(1).find(Boolean)) === group) {
      adults = group + grown;
      group = adults + children;
    }
    // Every child named is grown up: no count of children was said.
    if (children === 0 && !noKids && !CHILD_COUNT.test(text)) {
      children = undefined;
      if (group === undefined && adults !== undefined) group = adults;
    }
  }

  if (adults === undefined && group === undefined && !selfNamed && !childNamed) {
    const friends = pick(mentions(FRIENDS_PARTY, text, 60, 2), cues);
    if (friends !== undefined) adults = group = friends;
  }
  const pair = GROWN_PAIR.exec(text);
  if (pair && Number(pair[1]) >= 18 && adults === undefined && (group === undefined || group === 2) && !childNamed) adults = group = 2;
  // "solo dad with two daughters", "single mum of three": one adult, whatever children are counted.
  if (adults === undefined && /\b(?:solo|single|lone)\s+(?:dad|mum|mom|mother|father|parent|grandma|grandpa|granny)\b/.test(text)) adults = 1;
  if (SOLO.test(text.replace(SOLO_AS_ONLY, 'only')) && adults === undefined && group === undefined && !childNamed && companions === 0) {
    adults = 1;
    group = 1;
  }
  if (PAIR.test(text) && adults === undefined && (group === undefined || group === 2) && companions <= 1) {
    adults = 2;
    if (!childNamed || noKids) group = 2;
  }
  // "the two of us", "both of us", "2 people", "somos 2" with nobody else in the party: two adults, as the label spec reads it.
  // A child named, counted or added anywhere in the message keeps the adults unsaid (the pair may count the child).
  if (adults === undefined && (group === undefined || group === 2) && !childNamed && (children ?? 0) === 0 && companions === 0 && previous?.children === undefined && previous?.child_ages === undefined && previous?.traveler_type !== 'family' && childAges.length === 0 && (OUR_PAIR.test(text) || group === 2)) {
    adults = 2;
    group = 2;
  }

  // "Taking my niece ... two of us": the stated total already counts the child.
  if (group !== undefined && adults === group && (children ?? 0) > 0 && children! < group && OF_US_TOTAL.exec(text)?.[1] === String(group)) adults = group - children!;

  // A known child drops out: one child fewer; a recount said with it ("so just the two of us") is the party.
  if (childLeft && children === undefined) {
    children = previous!.children! - 1;
    if (adults !== undefined && group !== undefined && adults + children !== group) adults = undefined;
    const base = previous!.group_size ?? (previous!.adults !== undefined ? previous!.adults + previous!.children! : undefined);
    if (group === undefined && base !== undefined) group = base - 1;
  }
  // "one of us can't come after all, so just 2": the count said after a drop-out is the party's.
  // Spanish and Italian "solo 2" is "only 2", not a party of one.
  const recounted = previous && leaving && (group === undefined || group === 1) ? COUNT_AFTER_LEAVING.exec(text) : null;
  if (recounted && Number(recounted[1]) !== group) {
    if (group === 1 && adults === 1) adults = undefined;
    group = Number(recounted[1]);
  }

  // Relative changes against what is already known.
  if (previous && group === undefined && adults === undefined) {
    const base = previous.group_size ?? (previous.adults !== undefined ? previous.adults + (previous.children ?? 0) : undefined);
    if (companions > 0 && (joining || leaving)) {
      const k = leaving ? -companions : companions;
      if (previous.adults !== undefined) adults = previous.adults + k;
      if (base !== undefined) group = base + k;
    } else if (base !== undefined && leaving && /\b(?:1|one) of (?:us|them)\b/.test(text)) {
      // "one of us dropped out": one fewer; an adult fewer only when everyone known was an adult.
      group = base - 1;
      if (previous.adults !== undefined && previous.adults === base) adults = previous.adults - 1;
    } else if (base !== undefined) {
      // "another person", "2 more adults are coming".
      const more = /\b(\d{1,2}|another|one more)\s+(?:more\s+|extra\s+)?(?:person|people|adults?|travell?ers?|friends?|guests?)\b/.exec(text);
      if (more && (joining || /\bmore\b|\banother\b|\bextra\b/.test(more[0]))) {
        const k = /^\d+$/.test(more[1]!) ? Number(more[1]) : 1;
        group = base + k;
        if (/\badult|friend/.test(more[0]) && previous.adults !== undefined) adults = previous.adults + k;
      }
    }
  }

  // Fill what the others imply.
  const prevChildren = previous?.children;
  // A known party of adults only ("4 adults") has no children to leave out of a recount.
  const knownChildren = prevChildren ?? (previous?.adults !== undefined && previous.adults === (previous.group_size ?? previous.adults) ? 0 : undefined);
  // "three of us (all adults)": everyone counted is grown up.
  if (group !== undefined && adults === undefined && children === undefined && /\ball (?:adults|grown[ -]?ups)\b/.test(text)) adults = group;
  if (group !== undefined && adults === undefined && children !== undefined && group > children) adults = group - children;
  else if (group !== undefined && adults === undefined && children === undefined && companions > 0 && knownChildren !== undefined && group > knownChildren) {
    adults = group - knownChildren; // "no wait, 5 with grandma" after "2 adults and 2 kids".
  }
  if (group !== undefined && children === undefined && adults !== undefined && group > adults && !noKids && (childNamed || /\bfamily\b/.test(text))) children = group - adults;
  if (group === undefined && adults !== undefined && children !== undefined) group = adults + children;
  // "2 adults" after the children were already counted: the party is both.
  if (group === undefined && adults !== undefined && !childNamed && !noKids && prevChildren !== undefined && prevChildren > 0) group = adults + prevChildren;
  if (group === undefined && adults !== undefined && (!childNamed || noKids)) group = adults;

  // "ages 16 and 18" for the two children counted before: the 18-year-old is grown up and travels as an adult.
  const grownListed = children === undefined && adults === undefined ? grownInAgeList(text) : 0;
  if (grownListed > 0 && childAges.length > 0 && prevChildren !== undefined && prevChildren === childAges.length + grownListed) {
    children = childAges.length;
    // The adults counted before, one more each; with none counted, the rules still assume the adults.
    if (previous?.adults !== undefined) adults = previous.adults + grownListed;
  }
  if (adults !== undefined) out.adults = adults;
  if (children !== undefined) out.children = children;
  if (childAges.length > 0 && !left && !agesIncomplete && (childNamed || children !== undefined || childContext)) {
    out.child_ages = childAges;
    const birthdays = ageList.flatMap((a) => (a.birthday && now ? [birthdayOn(a.birthday, now)] : []));
    if (birthdays.length > 0) out.child_birthdays = birthdays;
  }
  // "2 adults, our kids aged 15 and 19": the parents counted themselves; the grown child joins the adults, and the
  // younger children are on top, not inside a total the adults' count made (review s6 P2-7).
  const young = children ?? out.child_ages?.length ?? 0;
  if (grown > 0 && group !== undefined && group === adults && young > 0 && !OF_US_TOTAL.test(text)) group = adults + young;
  if (group !== undefined) out.group_size = group;
  return out;
}

