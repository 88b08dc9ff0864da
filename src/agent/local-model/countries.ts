import type { CountryCode, DestinationId, TripInputs } from '../../domain/trip-inputs';
import { mentionKinds, type PlaceHit } from './destinations';

/** What one message says of countries: where the traveler wants to go, and what they ruled out or withdrew. */
export interface Countries {
  countries?: CountryCode[];
  /** The places of a country ruled out ("anything but Kenya"). */
  excluded_destinations?: DestinationId[];
  /** Places named before that a move to another country leaves behind ("…let's look at Tanzania instead"). */
  remove_destinations?: DestinationId[];
  clear_fields?: 'countries'[];
}

/** The knowledge pack's places in a country (absent: countries ruled out exclude nothing). */
export type PlacesIn = (country: CountryCode) => readonly DestinationId[];

// Names, French names and common misspellings of the countries the pack covers.
const NAMES: ReadonlyArray<readonly [string, CountryCode]> = [
  ['kenya', 'KE'],
  ['kenia', 'KE'],
  ['tanzania', 'TZ'],
  ['tanzanie', 'TZ'],
  ['tanzinia', 'TZ'],
  ['uganda', 'UG'],
  ['ouganda', 'UG'],
  ['rwanda', 'RW'],
  ['botswana', 'BW'],
  ['south africa', 'ZA'],
  ['afrique du sud', 'ZA'],
  ['namibia', 'NA'],
  ['namibie', 'NA'],
  ['zambia', 'ZM'],
  ['zambie', 'ZM'],
  ['zimbabwe', 'ZW'],
];
// Adjectives name a destination only before what a trip is made of: "a Tanzanian safari",
// never "my wife is Kenyan" or "our guide was Tanzanian".
const ADJECTIVES: ReadonlyArray<readonly [string, CountryCode]> = [
  ['kenyan', 'KE'],
  ['tanzanian', 'TZ'],
  ['ugandan', 'UG'],
  ['rwandan', 'RW'],
  ['south african', 'ZA'],
  ['namibian', 'NA'],
  ['zambian', 'ZM'],
  ['zimbabwean', 'ZW'],
];
const TRIP_NOUN = /^\s+(?:safari|trip|holiday|vacation|adventure|bush|coast|parks?|reserves?|wildlife|itinerary|lodges?|camps?|circuit|honeymoon|getaway|tour)\b/;
const words = (list: ReadonlyArray<readonly [string, CountryCode]>) => list.map(([n]) => n.replace(/ /g, '\\s+')).join('|');
const PATTERN = new RegExp(`\\b(?:${words(NAMES)}|${words(ADJECTIVES)})\\b`, 'g');
const CODE = new Map([...NAMES, ...ADJECTIVES]);
const ADJECTIVE = new Set(ADJECTIVES.map(([n]) => n));

// Where someone lives or works, where the traveler passes through, or pays in is not where
// they are going: "we live in Nairobi, Kenya", "our son works in Uganda", "we fly into Kenya
// first", "a budget in South African rand".
const NOT_A_TRIP_BEFORE = /\b(?:from|(?:lives?|living|works?|working|stud(?:y|ies|ying)|based|is|are|'s) in|moved to|resident(?:s)? (?:of|in)|citizens? of|nationals? of|fly(?:ing)? (?:into|via|through)|via|connecting (?:in|through)|layover in|stopover in|transit(?:ing)? (?:in|through))\s+(?:the\s+)?(?:[a-z]+,\s*)?$/;
const NOT_A_TRIP_AFTER = /^\s*(?:-?\s*side\b|residents?\b|citizens?\b|nationals?\b|passports?\b|visas?\b|shillings?\b|rands?\b|francs?\b|kwacha\b|pula\b|dollars?\b|currency\b|airways\b|airlines?\b)/;
// "…and maybe Kenya too?": the country is added to those known, not put in their place.
const ADDS = /\b(?:too|also|as well|in addition|additionally|plus)\b/;

/**
 * Countries named in one message as places to go ("Tanzania next August", "Kenya or
 * Tanzania?"), in order; `places` are the message's place mentions (a list may mix both).
 * A country ruled out ("anything but Kenya") rules out its places. A country named in
 * place of the places known before ("…let's look at Tanzania instead") leaves those
 * behind; "Kenya too" adds to the countries known. A known country dropped ("forget
 * Tanzania") is withdrawn.
 */
export function extractCountries(text: string, previous?: TripInputs, places: readonly PlaceHit[] = [], placesIn?: PlacesIn): Countries {
  const hits: { id: string; at: number; end: number }[] = places.map((p) => ({ id: `place:${p.id}`, at: p.at, end: p.end }));
  for (const m of text.matchAll(PATTERN)) {
    const at = m.index!;
    const end = at + m[0].length;
    const name = m[0].replace(/\s+/g, ' ');
    const after = text.slice(end, end + 24);
    if (ADJECTIVE.has(name) && !TRIP_NOUN.test(after)) continue;
    if (NOT_A_TRIP_BEFORE.test(text.slice(Math.max(0, at - 40), at)) || NOT_A_TRIP_AFTER.test(after)) continue;
    hits.push({ id: CODE.get(name)!, at, end });
  }
  if (hits.every((h) => h.id.startsWith('place:'))) return {};
  // Places and countries read as one list, so a list shares its verdict across both:
  // "done the Mara twice and Botswana once" rules Botswana out too.
  hits.sort((a, b) => a.at - b.at);
  const kinds = mentionKinds(text, hits);
  const countryKinds = [...kinds].filter(([id]) => !id.startsWith('place:')) as [CountryCode, string][];
  const wanted = countryKinds.filter(([, k]) => k === 'want').map(([c]) => c);
  const dropped = countryKinds.filter(([, k]) => k !== 'want').map(([c]) => c);
  const wantsPlaces = [...kinds].some(([id, k]) => id.startsWith('place:') && k === 'want');
  const known = previous?.countries ?? [];
  const out: Countries = {};

  const excluded = countryKinds.filter(([, k]) => k === 'exclude').flatMap(([c]) => placesIn?.(c) ?? []);
  if (excluded.length > 0) out.excluded_destinations = [...new Set(excluded)];

  if (wanted.length > 0) {
    const adds = ADDS.test(text);
    out.countries = adds ? [...new Set([...known.filter((c) => !dropped.includes(c)), ...wanted])] : wanted;
    // A move to another country: the places named before, none of them there, are left behind.
    const before = previous?.destinations ?? [];
    if (!adds && !wantsPlaces && placesIn && before.length > 0) {
      const there = new Set(wanted.flatMap((c) => placesIn(c)));
      if (!before.some((d) => there.has(d))) out.remove_destinations = [...before];
    }
    return out;
  }
  const left = known.filter((c) => !dropped.includes(c));
  if (left.length < known.length) {
    if (left.length > 0) out.countries = left;
    else out.clear_fields = ['countries'];
  }
  return out;
}
