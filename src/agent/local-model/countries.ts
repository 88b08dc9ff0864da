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
  ['oeganda', 'UG'],
  ['rwanda', 'RW'],
  ['ruanda', 'RW'],
  ['tansania', 'TZ'],
  ['sambia', 'ZM'],
  ['simbabwe', 'ZW'],
  ['sudafrica', 'ZA'],
  ['sudafrika', 'ZA'],
  ['suedafrika', 'ZA'],
  ['sudafrique', 'ZA'],
  ['botswana', 'BW'],
  ['botsuana', 'BW'],
  ['zimbabue', 'ZW'],
  ['south africa', 'ZA'],
  ['afrique du sud', 'ZA'],
  ['africa do sul', 'ZA'],
  ['africa del sur', 'ZA'],
  ['namibia', 'NA'],
  ['namibie', 'NA'],
  ['zambia', 'ZM'],
  ['zambie', 'ZM'],
  ['zimbabwe', 'ZW'],
  // Dutch, Italian and Portuguese names the lists above miss, and the travelers' "Zim".
  ['zuid-afrika', 'ZA'],
  ['zuid afrika', 'ZA'],
  ['sud africa', 'ZA'],
  ['quenia', 'KE'],
  ['zim', 'ZW'],
];
/** A country named in any of the languages ("Ruanda", "Kenia", «Tanzanie»), as one alternation. */
export const COUNTRY_NAME = NAMES.map(([n]) => n).join('|');

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
const NOT_A_TRIP_AFTER = /^\s*(?:-?\s*side\b(?! of (?:the )?(?:falls|river|vic(?:toria)? falls))|residents?\b|citizens?\b|nationals?\b|passports?\b|visas?\b|shillings?\b|rands?\b|francs?\b|kwacha\b|pula\b|dollars?\b|currency\b|airways\b|airlines?\b)/;
// "…and maybe Kenya too?": the country is added to those known, not put in their place.
// "Tanzania is fine", "Uganda would be OK", "Zambia works for us", "open to Tanzania": another country accepted, not a move there.
const ACCEPTED = new RegExp(`\\b(?:${words(NAMES)})\\s+(?:is|would be|'s|will be|also|too)?\\s*(?:also\\s+|too\\s+)?(?:fine|ok|okay|good|possible|acceptable|an option|open|no problem|works|would work)\\b(?!\\s+(?:instead|then|now)\\b)|\\b(?:open to|happy with|fine with|ok with|okay with)\\s+(?:${words(NAMES)})\\b`);
const ADDS = /\b(?:too|also|as well|in addition|additionally|plus)\b/;

// Regions travelers name instead of countries ("it must be in East Africa").
const REGIONS: ReadonlyArray<readonly [RegExp, readonly CountryCode[]]> = [
  // "East or Southern Africa", "southern and east africa": both regions under one "Africa".
  [/\b(?:east(?:ern)?|e\.)\s*(?:or|and|&|\/)\s*southern africa(?:n)?\b|\bsouthern\s*(?:or|and|&|\/)\s*east(?:ern)? africa(?:n)?\b/g, ['KE', 'TZ', 'UG', 'RW', 'BW', 'ZA', 'NA', 'ZM', 'ZW']],
  [/\b(?:east(?:ern)?|e\.) africa(?:n)?\b|\b(?:afrique (?:de l'est|orientale)|ostafrika|africa (?:del este|oriental|orientale|dell'est)|oost-afrika|africa do leste)\b/g, ['KE', 'TZ', 'UG', 'RW']],
  // Not "Afrique du Sud", "África do Sul": those are South Africa alone.
  [/\bsouthern africa(?:n)?\b|\b(?:afrique australe|sudliche(?:n|s)? afrika|africa (?:australe|austral|meridionale|meridional)|zuidelijk afrika)\b/g, ['BW', 'ZA', 'NA', 'ZM', 'ZW']],
];
const ALL_COUNTRIES: readonly CountryCode[] = ['KE', 'TZ', 'UG', 'RW', 'BW', 'ZA', 'NA', 'ZM', 'ZW'];
// The traveler will go nowhere else: "Botswana or nothing", "only Kenya", "it must be in East Africa".
const ONLY_BEFORE = /\b(?:only|strictly|exclusively|must be|has to be|have to be|needs to be|it'?s only|stay(?:ing)?)\s+(?:(?:want|wanna|go|going|travel|travelling|visit|visiting|consider|considering|do|doing|in|to|within|the)\s+)*$/;
const ONLY_AFTER = /^\s*(?:or nothing|or bust|only|and nowhere else|and nothing else|,? nowhere else|,? no other (?:country|countries|place))\b/;
// For a place, "only" is too often "just" ("only the Mara this time"); the stronger words hold.
const PLACE_ONLY_BEFORE = /\b(?:strictly|exclusively|must be|has to be|have to be|needs to be)\s+(?:(?:in|at|to|the)\s+)*$/;
// "South Luangwa and only South Luangwa", "Nyerere only." (the sentence ends on it): the place is the trip.
const PLACE_ONLY_AFTER = /^\s*(?:or nothing|or bust|and nowhere else|,? nowhere else|,? no other (?:place|park)s?|,? and only\b)/;
const PLACE_ONLY_END = /^\s*only(?=\s*(?:[.!;]|$))/;
// "Last time we did Tarangire only", "we've been to Chobe only", "the flights are for the Mara only": a sentence about
// the past, or what a cost covers ("for the X only"), sets no bound on this trip.
const NOT_THIS_TRIP = /\b(?:did|done|been|went|visited|saw|seen|was|were|had|used to|last (?:time|year|trip)|previously|before|years ago|once)\b|\bfor (?:the )?$|\b(?:flights?|budget|money|cost|costs|price|prices|fee|fees|permits?|tickets?|visa|insurance|transfers?)\b/;
// "only the Mara, only March, or we won't go": the trip happens there or not at all, so "only" is a limit.
const OR_NOT_AT_ALL = /\bor (?:we|i)(?:'ll| will)? (?:won'?t|will not|don'?t|do not|not) (?:go|travel|come|bother)(?: at all)?\b|\bor not at all\b|\bor (?:we|i)(?:'ll| will)? stay (?:at )?home\b/;
const NOWHERE_ELSE = /\bor (?:we|i)(?:'ll| will)? (?:won'?t|will not|don'?t|do not) (?:go|travel)(?: at all)?\b|\b(?:not going anywhere else|won'?t go anywhere else|not (?:go|going|travel|travelling) anywhere else|nowhere else|no other countr(?:y|ies)|or nothing|or bust)\b/;

// "Southern Africa please", "East Africa preferably": a region asked for.
const REGION_ASKED = /^\s*(?:please|pls|plz|preferably|ideally|if possible|for us|is (?:what|where) we want)\b/;

/** Regions named as wanted or ruled out, as their countries. */
function regionHits(text: string): Array<{ countries: readonly CountryCode[]; at: number; end: number; excluded: boolean; only: boolean }> {
  const out: Array<{ countries: readonly CountryCode[]; at: number; end: number; excluded: boolean; only: boolean }> = [];
  for (const [re, countries] of REGIONS) {
    for (const m of text.matchAll(re)) {
      const before = text.slice(Math.max(0, m.index! - 50), m.index!).split(/[.!?;,]|\bbut\b/).at(-1)!;
      const excluded = /\b(?:not|no|never|avoid|don'?t want(?: to)?|won'?t|do not want(?: to)?|rather not)\b[^.]*$/.test(before);
      const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 30);
      // "Southern Africa please": the region asked for is a limit like "it must be in Southern Africa".
      out.push({ countries, at: m.index!, end: m.index! + m[0].length, excluded, only: !excluded && (ONLY_BEFORE.test(before) || ONLY_AFTER.test(after) || REGION_ASKED.test(after)) });
    }
  }
  return out;
}

/**
 * What the traveler set as the limits of the trip: countries they will go nowhere outside of
 * ("Botswana or nothing", "only Kenya", "it must be in East Africa"), and regions ruled out
 * ("we don't want to go to East Africa"). Both become places ruled out, so no switch ever
 * leaves a limit the traveler set.
 */
export function countryLimits(text: string, wanted: readonly CountryCode[], hits: readonly { id: string; at: number; end: number }[], placesIn?: PlacesIn): { countries: CountryCode[]; excluded: DestinationId[] } {
  const countries: CountryCode[] = [];
  const excluded = new Set<DestinationId>();
  if (!placesIn) return { countries, excluded: [] };
  let only = NOWHERE_ELSE.test(text) && wanted.length > 0;
  for (const h of hits) {
    if (h.id.startsWith('place:') || !wanted.includes(h.id as CountryCode)) continue;
    const before = text.slice(Math.max(0, h.at - 30), h.at).split(/[.!?;,]/).at(-1)!;
    if (ONLY_BEFORE.test(before) || ONLY_AFTER.test(text.slice(h.end, h.end + 30))) only = true;
  }
  const inside = new Set<CountryCode>(only ? wanted : []);
  for (const r of regionHits(text)) {
    if (r.excluded) for (const c of r.countries) for (const d of placesIn(c)) excluded.add(d);
    else {
      for (const c of r.countries) if (!countries.includes(c)) countries.push(c);
      if (r.only) for (const c of r.countries) inside.add(c);
    }
  }
  if (inside.size > 0) for (const c of ALL_COUNTRIES) if (!inside.has(c)) for (const d of placesIn(c)) excluded.add(d);
  // "Kruger or nothing", "it has to be the Delta": a place the traveler will not leave; every other one is ruled out.
  const onlyPlaces = new Set<string>();
  for (const h of hits) {
    if (!h.id.startsWith('place:')) continue;
    const before = text.slice(Math.max(0, h.at - 30), h.at).split(/[.!?;,]/).at(-1)!;
    const sentence = text.slice(0, h.at).split(/[.!?;]/).at(-1)!;
    const endsOnIt = PLACE_ONLY_END.test(text.slice(h.end, h.end + 30)) && !NOT_THIS_TRIP.test(sentence);
    if (PLACE_ONLY_BEFORE.test(before) || PLACE_ONLY_AFTER.test(text.slice(h.end, h.end + 30)) || endsOnIt || (OR_NOT_AT_ALL.test(text) && /\bonly\s+(?:the\s+)?$/.test(before))) onlyPlaces.add(h.id.slice('place:'.length));
  }
  if (onlyPlaces.size > 0 && inside.size === 0) for (const c of ALL_COUNTRIES) for (const d of placesIn(c)) if (!onlyPlaces.has(d)) excluded.add(d);
  return { countries, excluded: [...excluded] };
}

const PREFERRED_OVER = /\b(?:prefer(?:s|red|ably)?|would rather|'d rather|favou?r)\b[^.!?;]{1,40}\bover\s+(?:the\s+)?$/;

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
    // "prefer Tanzania over Kenya": the country after "over" is the one weighed against, neither wanted nor ruled out.
    if (PREFERRED_OVER.test(text.slice(Math.max(0, at - 60), at))) continue;
    hits.push({ id: CODE.get(name)!, at, end });
  }
  if (hits.every((h) => h.id.startsWith('place:'))) {
    // A region alone ("it must be in East Africa", "not East Africa") still sets the trip's limits.
    const limits = countryLimits(text, [], hits, placesIn);
    const out: Countries = {};
    if (limits.excluded.length > 0) out.excluded_destinations = limits.excluded;
    if (limits.countries.length > 0 && !places.some(() => true)) out.countries = limits.countries;
    return out;
  }
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

  // "Forget Rwanda": the places already planned there go with it.
  // A country the plan held and now taken back ("doch nicht Sambia") is withdrawn like a place, not ruled out.
  const takenBack = (c: CountryCode, k: string) => k === 'remove' || (k === 'exclude' && (previous?.countries ?? []).includes(c));
  const left = placesIn ? (previous?.destinations ?? []).filter((d) => countryKinds.some(([c, k]) => takenBack(c, k) && placesIn(c).includes(d))) : [];
  if (left.length > 0) out.remove_destinations = left;
  const limits = countryLimits(text, wanted, hits, placesIn);
  const excluded = [...countryKinds.filter(([c, k]) => k === 'exclude' && !takenBack(c, k)).flatMap(([c]) => placesIn?.(c) ?? []), ...limits.excluded];
  if (excluded.length > 0) out.excluded_destinations = [...new Set(excluded)];

  if (wanted.length > 0) {
    // "Tanzania is fine", "Uganda works too": a country accepted beside the plan widens it, as "too" does.
    const adds = ADDS.test(text) || ACCEPTED.test(text);
    // Widening a plan held only by places: the places' own countries stay wanted beside the one added.
    const held = known.length === 0 && placesIn ? ALL_COUNTRIES.filter((c) => (previous?.destinations ?? []).some((d) => placesIn(c).includes(d))) : [];
    out.countries = adds ? [...new Set([...known.filter((c) => !dropped.includes(c)), ...(ACCEPTED.test(text) ? held : []), ...wanted])] : wanted;
    // A move to another country: the places named before, none of them there, are left behind.
    const before = previous?.destinations ?? [];
    if (!adds && !wantsPlaces && placesIn && before.length > 0) {
      const there = new Set(wanted.flatMap((c) => placesIn(c)));
      if (!before.some((d) => there.has(d))) out.remove_destinations = [...new Set([...(out.remove_destinations ?? []), ...before])];
    }
    return out;
  }
  const kept = known.filter((c) => !dropped.includes(c));
  if (kept.length < known.length) {
    if (kept.length > 0) out.countries = kept;
    else out.clear_fields = ['countries'];
  }
  return out;
}
