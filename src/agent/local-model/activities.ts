import type { Activity } from '../../domain/trip-inputs';
import { CHILD_NAMED, CHILD_WORDS } from './child-words';

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

/** A grown-up said to be the one who does it: "my husband wants to", "I'll", "the adults will", "just the two of us". */
const ADULT_DOER =
  "(?:i|i'?ll|i'?d|i am|i'?m|my (?:husband|wife|partner|hubby|dad|father|mum|mom|mother|brother|sister|friend|boyfriend|girlfriend|fiance|fiancee)|(?:my )?(?:husband|wife|partner|hubby) and i|the (?:two of us|adults|grown-?ups|parents)|(?:we|us) (?:two|adults|parents|grown-?ups)|only (?:me|i|the adults|my (?:husband|wife|partner))|just (?:me|the adults|us adults|my (?:husband|wife|partner)))";
const INTENT = "(?:wants? to|will|'ll|is going to|am going to|plans? to|would like to|'d like to|fancies|is keen to|am keen to|hopes? to|is dying to|wishes to|intends to|is doing|am doing|does)";
/** A child, by word or by age: the one list the party reader counts (child-words.ts). */
const CHILD = CHILD_NAMED;
/** The children only watching or staying out of it: "the kids and I will just watch", "the kids won't jump". */
const CHILD_WATCHES = new RegExp(
  `\\b${CHILD_WORDS}\\b[^.!?;]{0,30}\\b(?:(?:will|'ll|can|would)\\s+(?:just\\s+|only\\s+)?(?:watch|stay|wait|cheer|look on)|(?:just\\s+|only\\s+)?(?:watch(?:ing)?|stay(?:ing)? (?:behind|on the bridge|at the lodge|with me)|cheer(?:ing)?)|(?:won'?t|will not|aren'?t|are not|can'?t|cannot|don'?t|do not)\\s+(?:be\\s+)?(?:do|doing|jump|jumping|raft|rafting|swim|swimming|join|joining|take part|going)\\w*)\\b`,
);
const CHILD_WATCHES_ALL = new RegExp(CHILD_WATCHES.source, 'g');
/** The rest of the party out of it: "while we stay at the lodge", "the rest of us will watch from the bridge". */
const REST_WATCH = /\b(?:while|and|but)\s+(?:we|the rest of us|the others|everyone else|the rest of the family)\s+(?:will\s+|'ll\s+|can\s+|just\s+)*(?:stay|watch|wait|relax|chill|cheer|look on|sit it out|enjoy)\w*\b/;
/** Only a grown-up, said as such: "only my husband will", "just the adults". */
const ONLY_ADULT = /\b(?:only|just) (?:me|i|the adults|us adults|the grown-?ups|the parents|my (?:husband|wife|partner))\b/;
/** Someone else said to come along: "with them", "with the twins", "together", "so does our boy", "our son too", "wants to join". */
const JOINED = /\b(?:with (?:them|him|her|us|the (?:whole )?(?:family|lot))|together|all of us|the whole family|everyone|so (?:does|do|will|would)|as well|too|also|join(?:s|ing)?|come along|take (?:them|him|her))\b/;

/** "my husband wants to do", "I'll", "the adults will": a grown-up doing the activity named right after. Compiled once. */
const DOER_BEFORE = new RegExp(`\\b${ADULT_DOER}\\s+(?:[a-z']+\\s+){0,2}${INTENT}\\s+(?:[a-z']+\\s+){0,4}$`);

/**
 * The activities whose age limit binds this party: each one named, unless the message says only a grown-up does it
 * ("My husband wants to do the bungee, the kids and I will just watch") and no child is said to join. An age limit
 * binds the people who take part; who does it unclear, the activity stays and the rules hold every traveler to it.
 */
export function namedActivities(t: string): Activity[] | undefined {
  const out = READERS.filter(([, re]) => re.test(t) && !adultsOnly(t, re)).map(([a]) => a);
  return out.length > 0 ? out : undefined;
}

/**
 * Whether only grown-ups do the activity the pattern names: every sentence naming it has a grown-up doing it and no
 * child or "them" beside it, the message says the children (or the rest of the party) stay out of it ("the kids will
 * just watch", "while we stay at the lodge", "only my husband"), and no other sentence has a child joining ("So does
 * our boy!", "our son too"). In doubt who takes part, the activity stays and its limit binds every traveler.
 */
function adultsOnly(t: string, re: RegExp): boolean {
  const sentences = t.split(/(?<=[.!?;])\s+|\s+(?:-|–|—)\s+/);
  const about = sentences.filter((s) => re.test(s));
  if (about.length === 0) return false;
  const staysOut = (s: string) => CHILD_WATCHES.test(s) || REST_WATCH.test(s) || ONLY_ADULT.test(s);
  const said = about.every((s) => {
    const at = s.search(re);
    if (!DOER_BEFORE.test(s.slice(0, at))) return false;
    // A child or "them" in the sentence other than watching ("my husband and our son want to raft") keeps the limit.
    const rest = s.replace(CHILD_WATCHES_ALL, ' ');
    return !CHILD.test(rest) && !JOINED.test(rest);
  });
  if (!said || !sentences.some(staysOut)) return false;
  // Another sentence with a child joining in ("So does our boy!", "Both kids want to join her").
  return !sentences.some((s) => {
    const rest = s.replace(CHILD_WATCHES_ALL, ' ');
    return !about.includes(s) && CHILD.test(rest) && JOINED.test(rest);
  });
}
