import type { CountryCode, DestinationId, Priority, TripInputsDelta } from '../../domain/trip-inputs';
import { normalize } from './normalize';

/**
 * "Bush and beach": a safari and beach days in one trip, the classic Serengeti-then-Zanzibar. Read on normalized text
 * (French and German words partly translated by the lexicon, the rest matched as said). The rules plan both parts only
 * when the inputs carry both: a safari's own interest beside `beach`, and the beach place beside a park named. A beach
 * mentioned only to turn it down ("we live by the beach", "pas de Zanzibar", „keinen Strand") adds nothing.
 */

const BEACH = String.raw`(?:beach(?:es)?|seaside|(?:indian )?ocean|coast(?:al)?|sea and sand|sun and sand|sand and sea|sun,? sea and sand|snorkel\w*|island time|beach island|zanzibar|sansibar|strand\w*|am meer|ans meer|la mer|sable fin|badeurlaub|baden)`;
const BEACH_WORD = new RegExp(String.raw`\b${BEACH}\b`);

/** A safari asked for: the word, a drive after game, the bush, the animals by name or kind. */
const SAFARI = /\b(?:safaris?|game ?drives?|pirschfahrt\w*|bush(?!baby|babies|buck)|wildlife|animals|tiere|tieren|animaux|faune|big (?:five|5)|lions?|l[oö]wen|elephants?|elefanten|[eé]l[eé]phants?|leopards?|rhinos?|giraffes?|zebras?|cheetahs?|gorillas?|gorilles|chimps?|migration|wildebeest|gnus?)\b/;

/** A safari the traveler has had already, not the one asked for ("we did a safari in Kenya two years ago"). */
const PAST_SAFARI = /\b(?:did|done|had|been on|went on|came back from)\s+(?:a |our |the |my )?(?:\w+ ){0,2}safaris?\b/;

/** No safari this time ("pas de safari cette fois", „Safari brauchen wir diesmal nicht", "not animal people"). */
const SAFARI_REFUSED = /\b(?:no|not|without|skip(?:ping)?|n't want|don'?t want|don'?t need|no need for|ohne|kein\w*|pas de|sans)\s+(?:\w+\s+){0,2}?(?:safaris?|game drives?|animals?)\b|\bsafaris?\s+(?:brauchen wir|wollen wir|m[oö]chten wir|do (?:i|we) need|do (?:i|we) want)\s+(?:\w+\s+){0,2}?(?:nicht|not)\b|\bnot (?:\w+ )?animal (?:people|lovers|fans)\b/;

/** Only the beach this time ("this time we only want the beach", "just beach", „nur Strand"). */
const ONLY_BEACH = new RegExp(String.raw`\b(?:only|just|purely|pure|nur|reine[nrs]?|uniquement)\s+(?:want\s+|fancy\s+)?(?:the\s+|some\s+|a\s+)?${BEACH}|\b${BEACH}\s+(?:only|and nothing else)\b`);

/** The beach turned down: ruled out, not needed, boring, or home already. */
const BEACH_REFUSED = [
  new RegExp(String.raw`\b(?:no|not|without|skip(?:ping)?|minus|drop|forget|n't want|don'?t want|do not want|don'?t need|no need for|not interested in|not into|(?:don'?t|do not) care (?:about|for)|not (?:bothered|fussed) (?:about|by)|no interest in|ohne|kein\w*|pas de|sans|sauf|pas la|pas à|pas a)\s+(?:\w+\s+){0,3}?${BEACH}`),
  new RegExp(String.raw`\b${BEACH}[^.!?;]{0,40}?\b(?:bores?|boring|nothing special|not for us|isn'?t for us|not our thing|no thanks|peu pour|n'est pas pour|nicht unser|brauchen wir nicht|interessiert uns nicht|langweil\w*|(?:haben wir|have we) (?:\w+ ){0,3}?genug|(?:we )?have (?:\w+ ){0,3}?enough)\b`),
  // Enough of it at home or already ("we've had enough of beaches").
  new RegExp(String.raw`\b(?:enough|genug|assez)\s+(?:of\s+)?(?:the\s+|von\s+|de\s+)?${BEACH}`),
  new RegExp(String.raw`\b(?:hate|hates|detest\w*|d[eé]test\w*|hassen|mag keinen|m[oö]gen keinen)\s+(?:the\s+|la\s+|den\s+)?${BEACH}`),
  // Home is by the sea: the beach is nothing they travel for.
  /\b(?:live|living|lives|wohnen|habitons|habite)\s+(?:\w+\s+){0,5}?(?:beach|sea|coast|strand|meer|mer|ostsee|nordsee|see|c[oô]te|biarritz)\b/,
  // A beach trip had before ("last year we did Mauritius for the beach").
  /\b(?:did|went to|been to|had)\s+[^.!?,;]{0,25}\bfor (?:the )?beach\b/,
];

/** The beach put after or beside the safari: "then", "after", "followed by", "finish on", "+", „danach", «puis». */
const THEN_BEACH = new RegExp(String.raw`\b(?:then|after(?:wards)?|followed by|finish(?:ing)?|end(?:ing)? (?:with|on|at)|to finish|to end|plus|and (?:then|some|a few|a week|a couple|also)|combined? with|danach|dann|zum schluss|anschlie\w*|apr[eè]s|puis|ensuite|terminer|finir)\b[^.!?;]{0,60}?\b${BEACH}|\+\s*(?:\w+\s+){0,2}?${BEACH}|\b${BEACH}[^.!?;]{0,30}?\b(?:after|afterwards|danach|apr[eè]s|to finish|at the end)\b`);

/** A safari said first and the beach after it, joined: "safari + Zanzibar", "safari und Strand", "safari, then a week on Zanzibar". */
const SAFARI_THEN_BEACH = new RegExp(String.raw`\b(?:safaris?|game ?drives?|bush|wildlife|animals|tiere|big (?:five|5))\b[^.!?;]{0,40}?(?:\+|&|\b(?:and|then|und|et|puis|plus|followed by|dann|danach|ensuite)\b)[^.!?;]{0,60}?\b${BEACH}`);

/** Interests that make a trip a safari: any of them beside `beach` lets the rules plan the safari part. */
const SAFARI_INTERESTS: readonly Priority[] = ['wildlife_density', 'migration', 'big_five', 'gorillas', 'walking', 'birding'];

export interface BeachPlaces {
  /** Whether a place is a beach place (the pack's `kind`). */
  isBeach: (id: DestinationId) => boolean;
  /** The pack's beach places, with their countries. */
  beaches: ReadonlyArray<{ id: DestinationId; country: CountryCode }>;
  /** The country a place is in. */
  countryOf: (id: DestinationId) => CountryCode | undefined;
}

/** Whether the message turns the beach down. */
function beachRefused(t: string): boolean {
  return BEACH_REFUSED.some((re) => re.test(t));
}

/**
 * Shapes one message's extraction for a safari and a beach asked together, or a beach turned down. Mutates `out`.
 * Only what the message says: a beach named with no safari stays a beach trip, a safari with no beach a safari.
 */
export function bushAndBeach(t: string, out: Pick<TripInputsDelta, 'destinations' | 'priorities' | 'countries'>, pack: BeachPlaces): void {
  if (beachRefused(t) && !ONLY_BEACH.test(t)) {
    if (out.priorities?.includes('beach')) {
      const kept = out.priorities.filter((p) => p !== 'beach');
      if (kept.length > 0) out.priorities = kept;
      else delete out.priorities;
    }
    if (out.destinations?.some(pack.isBeach)) {
      const kept = out.destinations.filter((d) => !pack.isBeach(d));
      if (kept.length > 0) out.destinations = kept;
      else delete out.destinations;
    }
    return;
  }
  // A beach place named keeps the trip as said: beside a park the rules plan both; alone it is a beach trip, or a
  // safari asked of the island ("lions on Zanzibar"), which the rules answer with the park that has them. Only a
  // safari said first and the beach after it ("safari + Zanzibar", "Tanzania safari, then Zanzibar") asks for both
  // with no park named: the beach goes to the interest (the rules plan named places only) and the park is theirs.
  if (out.destinations?.some(pack.isBeach)) {
    const parksNamed = out.destinations.some((d) => !pack.isBeach(d));
    if (parksNamed || !SAFARI_THEN_BEACH.test(t) || SAFARI_REFUSED.test(t) || ONLY_BEACH.test(t)) return;
    const beachCountries = out.destinations.filter(pack.isBeach).map((d) => pack.countryOf(d)).filter((c): c is CountryCode => c !== undefined);
    delete out.destinations;
    const interests = (out.priorities ?? []).some((p) => SAFARI_INTERESTS.includes(p));
    out.priorities = [...new Set([...(out.priorities ?? []), 'beach' as const, ...(interests ? [] : ['wildlife_density' as const])])];
    if (out.countries?.length) out.countries = [...new Set([...out.countries, ...beachCountries])];
    return;
  }
  const wantsBeach = (out.priorities?.includes('beach') ?? false) || BEACH_WORD.test(t);
  if (!wantsBeach || ONLY_BEACH.test(t) || SAFARI_REFUSED.test(t)) return;
  const parks = (out.destinations ?? []).filter((d) => !pack.isBeach(d));
  const interests = (out.priorities ?? []).some((p) => SAFARI_INTERESTS.includes(p));
  const safariSaid = SAFARI.test(t.replace(PAST_SAFARI, ' '));
  if (!safariSaid && parks.length === 0 && !interests) return;
  if (parks.length > 0) {
    // A park named, then the beach ("Ruaha then beach", "Mara, followed by a few days on the coast"): the pack's one beach
    // joins the places, so the plan goes on to it. A beach asked of the park itself ("a beach week in the Okavango")
    // is the rules' to answer: no beach place is added without a word that puts the beach after or beside the safari.
    if (pack.beaches.length === 1 && THEN_BEACH.test(t)) out.destinations = [...(out.destinations ?? []), pack.beaches[0]!.id];
    return;
  }
  // "Bush and beach", no place named: the beach and the safari's own interest, so the rules plan a park and the beach.
  out.priorities = [...new Set([...(out.priorities ?? []), 'beach' as const, ...(interests ? [] : ['wildlife_density' as const])])];
  // Countries named with no beach in them ("safari in Kenya and then the beach"): the beach's country joins them.
  const beach = pack.beaches.length === 1 ? pack.beaches[0]! : undefined;
  if (beach && out.countries?.length && !out.countries.includes(beach.country)) out.countries = [...out.countries, beach.country];
}

/** The pack's places as bushAndBeach reads them. */
export function beachPlaces(byId: ReadonlyMap<DestinationId, { readonly id: DestinationId; readonly kind: string; readonly country: string }>): BeachPlaces {
  const beaches = [...byId.values()].filter((d) => d.kind === 'beach').map((d) => ({ id: d.id, country: d.country as CountryCode }));
  return {
    isBeach: (id) => byId.get(id)?.kind === 'beach',
    beaches,
    countryOf: (id) => byId.get(id)?.country as CountryCode | undefined,
  };
}

/**
 * A message's trip delta shaped for "bush and beach" before the rules decide on it (dialogue-step.ts): the extraction
 * stays what the message says; what the rules need to plan both parts is added here, from the same words.
 */
export function shapedForBushAndBeach<D extends Pick<TripInputsDelta, 'destinations' | 'priorities' | 'countries'>>(text: string, delta: D, byId: Parameters<typeof beachPlaces>[0]): D {
  const out = { ...delta };
  bushAndBeach(normalize(text).text, out, beachPlaces(byId));
  return out;
}
