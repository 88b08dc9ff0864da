// A traveler who says any country or place will do, on normalized text: "any country is fine", "open to other
// countries", "open to anywhere", "we'd go anywhere in Africa", "flexible on the country". The named place is then a
// starting point, not a home region: the rules may move them to a clearly better place in another region.
// Not: a bound ("anywhere in Kenya", "any country in southern Africa": countries.ts names those countries), a place
// ruled out ("anywhere but the Mara"), a refusal ("we're not going anywhere else"), or a negation ("not open to…").
const NOT = String.raw`(?<!\b(?:not|never|n't|no|nor|aren'?t|isn'?t|wasn'?t|weren'?t|won'?t|wouldn'?t|don'?t|do not)\s(?:really\s|very\s|that\s)?)`;
// What may follow "anywhere" / "any country" without bounding it: the end of a phrase, a verb of assent, "in Africa".
const FREE = String.raw`(?=\s*(?:$|[.!?,;:)]|(?:is|are|would be|'s|will be)?\s*(?:fine|ok|okay|good|great|perfect|fantastic|amazing|lovely|possible|an option|welcome|works?|would work|no problem)\b|in (?:all of )?africa\b|on the continent\b|really\b|honestly\b|too\b|as well\b|if\b|—|-|and\b|but\b(?!\s+(?:the|not)\b)))`;
// What makes a bare "anywhere" / "elsewhere" about where the trip goes: the start of a phrase, or a verb of going, a
// trip word, or a word of assent just before it (up to two words between: "go just about anywhere").
const WHERE_LEAD = String.raw`(?:(?:^|[.!?,;:(—-]\s*|\b(?:but|and|so|or)\s+)|\b(?:go|goes|going|travel|travelling|traveling|head|heading|fly|flying|send|sending|take|taking|recommend|suggest|consider|considering|look|looking|safari|safaris|trip|trips|holiday|vacation|tour|happy|fine|glad|open|ok|okay)\s+(?:(?:to|just|about|pretty|much|really|almost|literally|else|us|me|them)\s+){0,2})\b`;
const OPEN = new RegExp(
  [
    // "any country is fine", "any country.", "happy with any country", "any other country works"
    String.raw`${NOT}\bany (?:other )?(?:country|countries|place|destination|park|where)${FREE}`,
    // "open to other countries / places", "open to another country", "open to alternatives elsewhere"
    String.raw`${NOT}\bopen to (?:other|another|different|any) (?:countries|country|places|place|destinations|destination|parks|park|options|regions|region)${FREE}`,
    // "open to suggestions" alone may be about food or the lodges; it opens the place only when said of it.
    String.raw`${NOT}\bopen to (?:alternatives|going elsewhere|anywhere|elsewhere|wherever)${FREE}`,
    String.raw`${NOT}\bopen to (?:suggestions|ideas|recommendations) (?:on|about|for|as to) (?:the )?(?:where|country|countries|destination|destinations|place|places|park|parks|location)\b`,
    // "anywhere is fine", "happy anywhere", "we'd go anywhere in Africa", "a safari anywhere": the word is about where
    // the trip goes only after a verb of going or a trip word, or as a phrase of its own ("Anywhere good."); not
    // "we can sleep anywhere", "haven't been anywhere", "no wifi anywhere", "we'll be elsewhere after".
    String.raw`${NOT}${WHERE_LEAD}(?:anywhere|elsewhere)${FREE}`,
    // "flexible on (the) country / where we go / location", "the country doesn't matter", "don't mind where"
    String.raw`${NOT}\bflexible (?:on|about|with|as to|regarding) (?:the )?(?:country|countries|where|destination|destinations|location|place|places|park|parks)\b`,
    String.raw`\b(?:the )?(?:country|destination|location|place) (?:doesn'?t|does not|really doesn'?t) matter\b`,
    String.raw`\b(?:don'?t|do not) (?:really )?(?:mind|care) (?:where|which country|which park|which place)\b`,
    String.raw`\bwherever (?:is|would be|you think is) (?:best|better)\b`,
  ].join('|'),
  'i',
);

// A bound or a refusal said with "anywhere": the traveler set where the trip may go, or that it goes nowhere else.
const BOUNDED = /\b(?:anywhere|any (?:other )?(?:country|place|park)|open to (?:other|another) (?:countries|country|places|parks))\s+(?:in|within|across|around|of)\s+(?!(?:all of\s+)?africa\b)[a-z]|\b(?:not|never|n't|won'?t|wouldn'?t|nowhere)\b[^.!?;]{0,25}\b(?:anywhere|any other|elsewhere) else\b|\banywhere else\b|\banywhere but\b|\bany country but\b|\b(?:(?:east|eastern|southern|south|northern|west|western|central)\s+africa|kenya|tanzania|uganda|rwanda|botswana|namibia|zambia|zimbabwe|mozambique|malawi),?\s+(?:is\s+)?(?:anywhere|any (?:country|place|park))\b/i;

/** True when the traveler says any country or place will do besides the one named; undefined when they say nothing of it. */
export function opensElsewhere(t: string): true | undefined {
  if (!t.split(/(?<=[.!?;])\s+|\n+/).some(saysOpen)) return undefined;
  // A message that bounds "anywhere" to somewhere ("anywhere in Kenya") or refuses elsewhere says the opposite.
  return BOUNDED.test(t) ? undefined : true;
}

// Where one sleeps, eats or stays: "for the lodges, any place is fine as long as it's clean" is about the lodging.
const STAY = /\b(?:lodges?|lodging|camps?|camping|tents?|accommodation|hotels?|rooms?|beds?|sleep|stay(?:s|ing)?|food|eat|meals?|restaurants?|clean|wifi|toilets?|showers?)\b/;

/** Whether one sentence says the trip may go elsewhere: a vague "any place" in a sentence about the stay does not. */
function saysOpen(sentence: string): boolean {
  const hit = OPEN.exec(sentence);
  if (!hit) return false;
  // "we don't want to go anywhere too hot", "we haven't travelled anywhere": a negation a few words before.
  if (/\b(?:not|never|no|cannot|nor)\s+(?:[\w']+\s+){0,3}$|n't\s+(?:[\w']+\s+){0,3}$/.test(sentence.slice(0, hit.index)) && !/\b(?:matter|mind|care)\b/.test(hit[0])) return false;
  if (/\b(?:any ?place|anywhere|elsewhere|any where)\b/.test(hit[0]) && !/\b(?:countr|destination|africa|continent)/.test(sentence.slice(hit.index, hit.index + hit[0].length + 20)) && STAY.test(sentence)) return false;
  return true;
}
