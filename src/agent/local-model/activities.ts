import type { Activity } from '../../domain/trip-inputs';

// Activities named on normalized text, each with a season or an age limit in the pack.
// A canoe is the activity, not a word about boats in general ("a boat cruise" is not one). A
// mokoro is the Delta's dugout canoe: the pack's canoe age (12 in the Okavango) binds it too.
const READERS: ReadonlyArray<[Activity, RegExp]> = [
  ['devils_pool', /\b(?:devil|angel)'?s pool\b|\bpiscine du diable\b|\bteufelspool\b/],
  ['canoeing', /\b(?:canoe(?:s|ing)?|canoa|kanu(?:tour|fahrt|s)?|kayak(?:s|ing)?|cano[eë]s?|mokoros?|mekoro)\b/],
  // White-water rafting below the falls (a raft on the Zambezi's gorge rapids), not a float or a boat cruise.
  // A bare "raft" is the activity only as a verb on the river ("raft the Zambezi"); "a raft of questions" is many questions.
  ['rafting', /\b(?:white[- ]?water raft\w*|raft(?:ing|ed)|whitewater|wildwasser\w*|aguas bravas|eaux vives)\b|\braft(?:s)?\s+(?:down\s+|on\s+)?(?:the\s+)?(?:zambezi|rapids|river|gorge|batoka)\b/],
  // SANParks' multi-day guided wilderness trails in Kruger (with their own ages: 12 to 65).
  ['wilderness_trail', /\bwilderness trails?\b/],
  // The bungee jump off the Victoria Falls bridge (also "bungy", "saut a l'elastique").
  ['bungee', /\b(?:bung(?:ee|y)(?:[- ]?jump\w*)?|saut a l'elastique|puenting)\b/],
];

/** Any activity READERS reads, as one alternation: every other reader of "which activity" is built on it. */
const ACTIVITY_WORD = `(?:${READERS.map(([, re]) => re.source).join('|')})`;

// "nothing else", "or nothing", "no alternatives", "only": said of an activity ("a wilderness trail, nothing else", "rafting or
// nothing", "it has to be the trail itself, no substitutes"), the activity is the trip; not "nothing else matters" (a priority).
const ACTIVITY_ONLY_AFTER = new RegExp(
  `${ACTIVITY_WORD}[^.!?;]{0,25}?(?:,|-|:)?\\s*(?:(?:and |but )?nothing else\\b(?! (?:matters|is important|counts|needed|planned))|or nothing\\b|or bust\\b|or we (?:won'?t|will not|don'?t) go\\b|no (?:alternatives?|substitutes?|other (?:option|activity|activities|walks?|trails?))\\b|only\\b(?! (?:if|when|for|a|one|\\d)))`,
);
const ACTIVITY_ONLY_BEFORE = new RegExp(
  `\\b(?:must|has to|have to|needs to)\\s+be\\s+(?:a|an|the)?\\s*(?:real |proper |actual |sanparks |guided )*${ACTIVITY_WORD}[^.!?;]{0,40}?\\b(?:nothing else|or nothing|no alternatives?|no substitutes?)\\b`,
);

/** Whether a message says its named activity is the trip or nothing (a limit the rules keep, never a reason to switch). */
export function activityOrNothing(t: string): boolean {
  return ACTIVITY_ONLY_AFTER.test(t) || ACTIVITY_ONLY_BEFORE.test(t);
}

/**
 * Activities the pack holds no public minimum age for (its `ages_asked` entries: Devil's Pool). A safety question about
 * a child in one has no rule to answer it, so it is refused; with a sourced limit (canoeing 12) the rules check the ages.
 */
export const NO_AGE_FIGURE: readonly Activity[] = ['devils_pool'];

/** Every activity a message mentions, whoever takes part, in the order of READERS; undefined when none. */
export function mentionedActivities(t: string): Activity[] | undefined {
  const out = READERS.filter(([, re]) => re.test(t)).map(([a]) => a);
  return out.length > 0 ? out : undefined;
}

/**
 * The activities whose age limit binds this party: every one named, whoever is said to do it. "Only my husband will
 * jump" is not read as a reason to drop the limit: a child who joins in words no list knows ("with his dad", "her
 * turn next") or in a later turn would be hidden by it, and a book with a child under an age limit is the one outcome
 * that must never happen. The rules then ask the children's ages, or discard, as they do for any family.
 */
export function namedActivities(t: string): Activity[] | undefined {
  return mentionedActivities(t);
}
