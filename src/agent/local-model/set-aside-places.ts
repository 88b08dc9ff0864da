/**
 * Places a message names only to set them aside: someone else's suggestion the traveler is not taking ("our agent keeps
 * pushing Ngorongoro but…", «des amis nous conseillent Zanzibar mais…», „hat uns ein Kollege empfohlen, aber…"),
 * someone else's trip now or soon ("my sister is doing Kruger in May"), a place compared against ("less crowded than the
 * Serengeti"), or one out of reach ("the Okavango's out of our budget", „ist mir zu überlaufen", "can't afford Bwindi").
 * Read on normalized text (French and German half translated). Such a place is no destination of the trip, and the rules
 * are not to choose it: it is ruled out, as the traveler means.
 */

/** A place hit as the place reader locates it: where it is said. */
export interface PlaceMention {
  id: string;
  at: number;
  end: number;
}

// Someone else suggests it, and the message turns away from it: a suggestion word, then a contrast in the same sentence.
const SUGGESTED = /\b(?:keeps? (?:on )?(?:pushing|suggesting|recommending|telling|raving|saying)|(?:pushes|pushing|pushed|suggests?|suggested|recommends?|recommended|raves? about|raving about|swear by|swears by|says? .{0,20}? (?:is )?a must|(?:is|was) the obvious (?:pick|choice)|conseill\w*|recommand\w*|propos\w*|pousse\w*|vante\w*|empfohlen|empfiehlt|empfehlen|schw[aä]rm\w*|verkaufen|vorgeschlagen|schlagen vor))\b/;
const CONTRAST = /\b(?:but|however|though|honestly|mais|pourtant|aber|doch|jedoch)\b/;

// Someone else's trip, now, soon or just back: "my sister is doing Kruger", "our best friend is honeymooning in
// Zanzibar", "her school friend just got back from the Okavango", «ma sœur fait Victoria Falls», „meine Schwägerin war
// gerade in Chobe".
const OTHERS_NOW = /\b(?:my|our|her|his|their|mes|nos|mon|ma|meine|unsere|mein|ihre?)\s+(?:(?:best|school|old|close)\s+)?(?:sister|brother|friends?|mates?|neighbou?rs?|colleagues?|cousins?|parents|ex|boss|in-laws|sister-in-law|brother-in-law|schwagerin|schwager|schwester|bruder|soeur|frere|amis?|amies?|voisins?|nachbarn?|kollegen?|kollegin|freunde|freundin)\s+(?:is|are|was|were|just|has just|have just|fait|font|war|waren|ist|sind|macht|machen|vient|viennent|revient)\b(?:(?!\b(?:we|i|us|our|nous|on|je|wir|ich|uns|unser\w*)\b)[^.;!?]){0,40}$/;

// Compared against, or instead of: "less crowded than the Serengeti", "something like Laikipia but cheaper",
// „ruhiger als die Mara", «moins fréquenté qu'Amboseli», "instead of Chobe".
const COMPARED_BEFORE = /\b(?:(?:less|more|quieter|cheaper|calmer|wilder|smaller|busier|easier|closer)\b[^.;!?]{0,25}?\b(?:than|que|qu'|als)|similar to)\s*(?:the |la |le |l'|die |der |den |das )?$/;
const LIKE_BUT = /^(?:[^.;!?]{0,25}?)\bbut\s+(?:cheaper|quieter|less|without)\b/;

// Out of reach or turned down for what it is: its price, its crowds, its effort ("the Okavango's out of our budget",
// "Ngorongoro crater fees are crazy, skip it", „die Serengeti ist mir zu überlaufen", "the hike in Bwindi would be too
// much for grandma").
const REFUSED_AFTER = /^[^.;!?]{0,40}?\b(?:(?:is|are|'s|was|were|depasse|ist|sind|waren)\s+)?(?:(?:way |far |well |much |a bit |bit |also |just |simply |mir |uns )?(?:out of|over|above|beyond|au-dessus de|au dessus de|depasse|uber)\s+(?:our|my|the|notre|mon|unser\w*|mein\w*)\s+(?:budget|price range|means)|(?:way |far |much |a bit |just |mir |uns )?too (?:expensive|pricey|dear|crowded|busy|touristy|packed|strenuous|hard|much|far|hot)|zu (?:teuer|voll|anstrengend|uberlaufen|touristisch|weit)|trop (?:cher|chers|chere|cheres|loin|fatigant\w*|frequente\w*)|(?:is|are) crazy|skip (?:it|that)|not for us|nicht fur uns|pas pour nous|overrun|a (?:safari )?theme park|wall to wall)/;
const REFUSED_BEFORE = /\b(?:can'?t|cannot|can not|couldn'?t|won'?t be able to|unable to)\s+(?:afford|do|manage)\s+(?:the |a )?$|\bno way\b[^.;!?]{0,20}$/;

function sentenceAround(t: string, at: number, end: number): { before: string; after: string; sentence: string } {
  const start = Math.max(t.lastIndexOf('.', at - 1), t.lastIndexOf('!', at - 1), t.lastIndexOf('?', at - 1), t.lastIndexOf(';', at - 1)) + 1;
  const stops = ['.', '!', '?', ';'].map((c) => t.indexOf(c, end)).filter((i) => i >= 0);
  const stop = stops.length ? Math.min(...stops) : t.length;
  return { before: t.slice(start, at), after: t.slice(end, stop), sentence: t.slice(start, stop) };
}

/** How a mention sets its place aside: not wanted at all, or out of reach (its price, crowds, effort), or not. */
type Aside = 'unwanted' | 'out_of_reach' | undefined;

/** Whether this mention sets its place aside, and how. */
function setAside(t: string, m: PlaceMention): Aside {
  const { before, after, sentence } = sentenceAround(t, m.at, m.end);
  // The clause the place is in, up to a contrast: "friends suggest X but we want Y" sets X aside, not Y.
  const clauseBefore = before.split(CONTRAST_SPLIT).at(-1) ?? before;
  if (SUGGESTED.test(sentence) && CONTRAST.test(sentence)) {
    const turn = sentence.search(CONTRAST);
    // The place is said before the turn (in the suggestion), not after it (in what the traveler wants instead).
    if (before.length < turn) return 'unwanted';
  }
  if (OTHERS_NOW.test(clauseBefore)) return 'unwanted';
  if (COMPARED_BEFORE.test(before.slice(-40))) return 'unwanted';
  if (/\blike\s+(?:the\s+)?$/.test(before.slice(-12)) && LIKE_BUT.test(after)) return 'unwanted';
  // Done already, every place of the list: "I did Etosha and the Okavango years ago", "we did serengeti + ngorongoro on
  // honeymoon", „Kruger kennen wir schon", „Etosha hatten wir schon".
  const doneClause = before.split(NOW_SPLIT).at(-1) ?? before;
  if (DONE_BEFORE.test(doneClause) && PAST_MARK.test(sentence)) return 'unwanted';
  if (DONE_AFTER.test(after)) return 'unwanted';
  // A question is no refusal ("Is Chobe good in November or too hot?").
  const asked = t.charAt(m.end + after.length) === '?';
  if (!asked && REFUSED_AFTER.test(after.split(CONTRAST_SPLIT)[0] ?? after)) return 'out_of_reach';
  if (REFUSED_BEFORE.test(before.slice(-40))) return 'out_of_reach';
  return undefined;
}

const DONE_BEFORE = /\b(?:we|i)\s+(?:(?:have|'ve)\s+)?(?:did|done|visited|been to|were in|was in)\s+[^.;!?]{0,40}$/;
const PAST_MARK = /\b(?:ago|before|already|years?|in (?:19|20)\d\d|on (?:our )?honeymoon|last (?:year|time|trip)|overland)\b/;
const NOW_SPLIT = /\b(?:now|this time|but|however|so|then|dieses mal|diesmal|cette fois|maintenant|jetzt)\b/;
const DONE_AFTER = /^\s*(?:kennen|hatten|haben|sahen|besuchten|kannten)\s+wir\s+(?:\w+\s+)?schon\b/;

const CONTRAST_SPLIT = /\b(?:but|however|mais|aber|doch|so|donc|deshalb|also|alors)\b/;

/**
 * The places a message names only to set aside: `unwanted` (a suggestion not taken, someone else's trip, a comparison, a
 * place done already) and `outOfReach` (its price, crowds or effort). Every mention of a place must set it aside.
 */
export function placesSetAside(t: string, mentions: readonly PlaceMention[]): { unwanted: string[]; outOfReach: string[] } {
  const byId = new Map<string, Aside>();
  for (const m of mentions) {
    const how = setAside(t, m);
    byId.set(m.id, byId.has(m.id) ? (byId.get(m.id) && how ? byId.get(m.id) : undefined) : how);
  }
  const of = (kind: Aside) => [...byId].filter(([, how]) => how === kind).map(([id]) => id);
  return { unwanted: of('unwanted'), outOfReach: of('out_of_reach') };
}
