// A traveler who says any country or place will do, on normalized text: "any country is fine", "open to other
// countries", "open to anywhere", "we'd go anywhere in Africa", "flexible on the country". The named place is then a
// starting point, not a home region: the rules may move them to a clearly better place in another region.
// Not: a bound ("anywhere in Kenya", "any country in southern Africa": countries.ts names those countries), a place
// ruled out ("anywhere but the Mara"), a refusal ("we're not going anywhere else"), or a negation ("not open to…").
const NOT = String.raw`(?<!\b(?:not|never|n't|no|nor|aren'?t|isn'?t|wasn'?t|weren'?t|won'?t|wouldn'?t|don'?t|do not)\s(?:really\s|very\s|that\s)?)`;
// What may follow "anywhere" / "any country" without bounding it: the end of a phrase, a verb of assent, "in Africa".
const FREE = String.raw`(?=\s*(?:$|[.!?,;:)]|(?:is|are|would be|'s|will be)?\s*(?:fine|ok|okay|good|great|possible|an option|welcome|works?|would work|no problem)\b|in (?:all of )?africa\b|on the continent\b|really\b|honestly\b|too\b|as well\b|if (?:it|that)\b|—|-|and\b|but\b(?!\s+(?:the|not)\b)))`;
const OPEN = new RegExp(
  [
    // "any country is fine", "any country.", "happy with any country", "any other country works"
    String.raw`${NOT}\bany (?:other )?(?:country|countries|place|destination|park|where)${FREE}`,
    // "open to other countries / places", "open to another country", "open to alternatives elsewhere"
    String.raw`${NOT}\bopen to (?:other|another|different|any) (?:countries|country|places|place|destinations|destination|parks|park|options|regions|region)${FREE}`,
    String.raw`${NOT}\bopen to (?:alternatives|suggestions|going elsewhere|anywhere|elsewhere|wherever)${FREE}`,
    // "anywhere is fine", "happy anywhere", "we'd go anywhere in Africa", "open anywhere"
    String.raw`${NOT}\b(?:anywhere|elsewhere)${FREE}`,
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
  if (!OPEN.test(t)) return undefined;
  // A message that bounds "anywhere" to somewhere ("anywhere in Kenya") or refuses elsewhere says the opposite.
  return BOUNDED.test(t) ? undefined : true;
}
