import type { Activity } from '../../domain/trip-inputs';

// Activities named on normalized text, each with a season or an age limit in the pack.
// A canoe is the activity, not a word about boats in general ("a boat cruise" is not one). A
// mokoro is the Delta's dugout canoe: the pack's canoe age (12 in the Okavango) binds it too.
const READERS: ReadonlyArray<[Activity, RegExp]> = [
  // Devil's Pool by name in seven languages (the normalizer has made "piscina" a "pool"), or by what it is: a pool or a swim
  // on the lip of the falls, the Livingstone Island swim. A hotel's or lodge's pool is no Devil's Pool.
  ['devils_pool', /\b(?:devil|angel)'?s pool\b|\bpiscine du diable\b|\bteufels ?(?:pool|becken)\b|\b(?:pool|piscine|piscina) (?:del|do|du|della|of the) (?:diablo|diabo|diable|diavolo|devil)\b|\bduivels ?(?:poel|zwembad|bad)\b|\b(?:rock |natural )?pools? (?:right |just )?(?:at|on|over) the (?:very )?(?:edge|lip|brink) of (?:the )?(?:victoria |vic )?falls\b|\b(?:swim\w*|dip|bathe|bathing) (?:right |just )?(?:at|on|over|in a pool on) the (?:very )?(?:edge|lip|brink) of (?:the )?(?:victoria |vic )?falls\b|\blivingstone island (?:swim|pool|dip)\b|\b(?:swim\w*|dip) (?:at|on|off|from) livingstone island\b/],
  // A kayak is the activity, not the flight-search site ("flights on Kayak", "kayak.com").
  ['canoeing', /\b(?:canoe(?:s|ing)?|canoa|kanu(?:tour|fahrt|s)?|(?<!\b(?:on|via|using|through|checked|searched|booked|at) )kayak(?!\.[a-z])(?:s|ing)?|cano[eë]s?|kano(?:s|tocht)?|mokoros?|mekoro|dug-?outs?(?: canoes?)?)\b|\b(?:poled|poling) (?:through|along|around|across|down|among|between)\b/],
  // White-water rafting below the falls (a raft on the Zambezi's gorge rapids), not a float or a boat cruise.
  // A bare "raft" is the activity only as a verb on the river ("raft the Zambezi"); "a raft of questions" is many questions.
  // The rapids taken on ("shoot the rapids", "grade 5 rapids in an inflatable boat") and the Spanish, Portuguese, Italian,
  // French and Dutch names ("descenso de rápidos", "discesa delle rapide", "raften") are the same activity.
  ['rafting', /\b(?:white[- ]?water raft\w*|raft(?:ing|ed)|whitewater|wildwasser\w*|wildwater\w*|raften|aguas bravas|eaux vives)\b|\braft(?:s)?\s+(?:down\s+|on\s+)?(?:the\s+)?(?:zambezi|rapids|river|gorge|batoka)\b|\b(?:shoot|shooting|run|running|ride|riding|tackle|tackling|brave|braving|do|doing) (?:the )?(?:zambezi'?s? |big |wild |white ?water |famous )?(?:(?:grade|class) (?:[1-5]|iv|v)\+? )?rapids\b|\b(?:grade|class) (?:[3-5]|iv|v)\+? rapids\b|\brapids in an? (?:inflatable|rubber|raft)\b|\b(?:descenso|bajada) (?:de|por) (?:los )?rapidos\b|\bdescida (?:de|dos|2|pel[oa]s) (?:rapidos|corredeiras)\b|\bdiscesa (?:delle|sulle|lungo (?:le|the)) rapide\b|\bdescente (?:des|de) rapides\b/],
  // SANParks' multi-day guided wilderness trails in Kruger (with their own ages: 12 to 65), its backpack trails, or a
  // walk of several days with rangers, sleeping in the bush.
  ['wilderness_trail', /\bwilderness trails?\b|\bbackpack(?:ing)? trails?\b|\bmulti-?day (?:walking |hiking |backpacking |guided |wilderness )*(?:trails?|walks?|hikes?|treks?)\b(?=[^.!?]{0,60}\b(?:rangers?|bush|kruger|sanparks|wilderness)\b)|\b(?:walking|hiking) trails? with (?:armed )?rangers\b/],
  // The bungee jump off the Victoria Falls bridge (also "bungy", "saut a l'elastique"), by name or as the leap off the bridge.
  ['bungee', /\b(?:bung(?:ee|y)(?:[- ]?jump\w*)?|saut a l'elastique|puenting|salto con (?:l'|lo )?elastico|elastiekspringen)\b|\bbridge jump(?:s|ing)?\b|\b(?:jump|jumping|leap|leaping) (?:off|from) (?:the )?(?:victoria falls |vic falls |zambezi |falls )?bridge\b/],
  // A hot-air balloon flight over the plains at dawn (the Serengeti's and the Mara's operators fly children from 7 only), by
  // name in English, French, German, Dutch, Spanish, Italian and Portuguese. A party balloon or a balloon payment is no flight.
  ['balloon', /\bhot[- ]?air[- ]?balloon\w*|\bballoon(?:ing)?\b(?=\s+(?:safari|flight|ride|trip|over|above|across|at dawn|at sunrise)\b)|\bballooning\b|\b(?:by|in a|from a) balloon\b|\bmontgolfi[eè]re?s?\b|\bhei(?:ss|ß)luftballon\w*|\bluchtballon\w*|\bglobo aerostatico\b|\bmongolfiera\b|\bbal[aã]o de ar quente\b/],
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

// The Delta's own dugout, said by its name or its poling: a canoe alone may be the Zambezi's too.
const DELTA_CANOE = /\b(?:mokoros?|mekoro|dug-?outs?|(?:poled|poling) (?:through|along|around|across|down|among|between))\b/;

type Offering = { readonly id: string; readonly activities?: ReadonlyArray<{ readonly id: Activity }> };

/**
 * The places a message's activities put the trip in, when it names no place: an activity only one place in the pack offers
 * ("raft the Zambezi", "bungee off the bridge": Victoria Falls; a wilderness trail: Kruger), and the mokoro the Delta. A
 * trip planned elsewhere would drop the point of it, and its age limit with it.
 */
export function activityPlaces(t: string, activities: readonly Activity[], places: Iterable<Offering>): string[] {
  const all = [...places];
  const out = new Set<string>();
  for (const a of activities) {
    const offering = all.filter((d) => d.activities?.some((x) => x.id === a)).map((d) => d.id);
    if (offering.length === 1) out.add(offering[0]!);
    else if (a === 'canoeing' && DELTA_CANOE.test(t) && offering.includes('okavango_delta')) out.add('okavango_delta');
  }
  return [...out];
}
