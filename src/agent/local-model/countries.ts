import type { CountryCode, TripInputs } from '../../domain/trip-inputs';
import { mentionKinds, type PlaceHit } from './destinations';

/** What one message says of countries: where the traveler wants to go, and what they withdrew. */
export interface Countries {
  countries?: CountryCode[];
  clear_fields?: 'countries'[];
}

// Names, French names, common misspellings and adjectives of the countries the pack covers.
const NAMES: ReadonlyArray<readonly [string, CountryCode]> = [
  ['kenya', 'KE'],
  ['kenia', 'KE'],
  ['kenyan', 'KE'],
  ['tanzania', 'TZ'],
  ['tanzanie', 'TZ'],
  ['tanzinia', 'TZ'],
  ['tanzanian', 'TZ'],
  ['uganda', 'UG'],
  ['ouganda', 'UG'],
  ['ugandan', 'UG'],
  ['rwanda', 'RW'],
  ['rwandan', 'RW'],
  ['botswana', 'BW'],
  ['south africa', 'ZA'],
  ['afrique du sud', 'ZA'],
  ['south african', 'ZA'],
  ['namibia', 'NA'],
  ['namibie', 'NA'],
  ['namibian', 'NA'],
  ['zambia', 'ZM'],
  ['zambie', 'ZM'],
  ['zambian', 'ZM'],
  ['zimbabwe', 'ZW'],
  ['zimbabwean', 'ZW'],
];
const PATTERN = new RegExp(`\\b(?:${NAMES.map(([n]) => n.replace(/ /g, '\\s+')).join('|')})\\b`, 'g');
const CODE = new Map(NAMES.map(([n, c]) => [n, c]));

// Where the traveler comes from, or money, is not where they are going: "we live in Kenya",
// "Kenyan residents", "a budget in South African rand", "Zambia-side entry".
const ORIGIN_BEFORE = /\b(?:from|live in|living in|based in|resident(?:s)? (?:of|in)|citizens? of|nationals? of|(?:we|i)(?: a|')re|(?:we|i) am|i'm)\s+(?:the\s+)?$/;
const NOT_A_TRIP_AFTER = /^\s*(?:-?\s*side\b|residents?\b|citizens?\b|nationals?\b|passports?\b|shillings?\b|rands?\b|francs?\b|kwacha\b|pula\b|dollars?\b|currency\b|airways\b|airlines?\b)/;

/**
 * Countries named in one message as places to go ("Tanzania next August", "Kenya or
 * Tanzania?"), in order. `places` are the message's place mentions (they share lists). A country ruled out or dropped ("not Rwanda", "forget Kenya") is
 * not one; when it was the one known before, the message withdraws it.
 */
export function extractCountries(text: string, previous?: TripInputs, places: readonly PlaceHit[] = []): Countries {
  const hits: { id: string; at: number; end: number }[] = places.map((p) => ({ id: `place:${p.id}`, at: p.at, end: p.end }));
  for (const m of text.matchAll(PATTERN)) {
    const at = m.index!;
    const end = at + m[0].length;
    if (ORIGIN_BEFORE.test(text.slice(Math.max(0, at - 30), at)) || NOT_A_TRIP_AFTER.test(text.slice(end, end + 20))) continue;
    hits.push({ id: CODE.get(m[0].replace(/\s+/g, ' '))!, at, end });
  }
  // Places and countries read as one list, so a list shares its verdict across both:
  // "done the Mara twice and Botswana once" rules Botswana out too.
  hits.sort((a, b) => a.at - b.at);
  const kinds = mentionKinds(text, hits);
  const wanted = [...kinds].filter(([id, k]) => k === 'want' && !id.startsWith('place:')).map(([c]) => c as CountryCode);
  if (wanted.length > 0) return { countries: wanted };
  const known = previous?.countries ?? [];
  const left = known.filter((c) => kinds.get(c) === undefined || kinds.get(c) === 'want');
  if (left.length === known.length) return {};
  return left.length > 0 ? { countries: left } : { clear_fields: ['countries'] };
}
