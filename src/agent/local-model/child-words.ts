// The words that name a child, one list for every reader that asks "is a child meant here?": the party reader
// (party.ts counts them), who takes part in an activity (activities.ts) and a safety question about a child
// (scope.ts). Two lists drift apart: a word one reader knows and the other does not ("the twins", "the grandkids")
// is a child counted in the party and missed beside the bungee jump.

/** A child named by a word, as a regular-expression alternation (no word boundaries): the party reader's own list. */
export const CHILD_WORDS =
  '(?:kids?|kiddos?|children|child|childs|triplets|pupils|schoolchildren|schoolkids|sons?|daughters?|boys|girls|twins|teens?|teenagers?|toddlers?|babies|baby|infants?|little ones|grandkids|grandchildren|grandsons?|granddaughters?|nephews?|nieces?)';

/** One child said in the singular or by standing ("our boy", "the little one", "the youngest"), which the party reader counts elsewhere. */
const ONE_CHILD_WORDS = '(?:boy|girl|little (?:one|1)|baby of the family|youngsters?|youngest|eldest|stepsons?|stepdaughters?)';

/** A child named by an age: "our 12-year-old", "a 9 yo", "aged 10". */
export const CHILD_BY_AGE = "(?:\\d{1,2}[- ]?(?:year|yr)s?[- ]?olds?|\\d{1,2}[- ]?y\\/?o|(?:aged?|ages) \\d{1,2})";

/** Any child named in a text, by word or by age. */
export const CHILD_NAMED = new RegExp(`\\b(?:${CHILD_WORDS}|${ONE_CHILD_WORDS}|${CHILD_BY_AGE})\\b`);
