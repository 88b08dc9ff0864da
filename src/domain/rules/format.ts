import type { LodgingTier } from '../entities';
import type { Animal, MigrationPhase, Priority } from '../trip-inputs';

/** Plain-English names of priorities, for the copy. */
export const PRIORITY_LABEL: Record<Priority, string> = {
  wildlife_density: 'dense game viewing',
  migration: 'the migration',
  privacy: 'privacy',
  photography: 'photography',
  comfort: 'comfort',
  value: 'value for money',
  beach: 'beach time',
  gorillas: 'gorillas',
  walking: 'walking safaris',
  birding: 'birding',
  big_five: 'the big five',
};

/** Animals as the copy names them, in the plural. */
export const ANIMAL_LABEL: Record<Animal, string> = {
  lion: 'lions', leopard: 'leopards', cheetah: 'cheetahs', wild_dog: 'wild dogs', elephant: 'elephants',
  buffalo: 'buffalo', rhino: 'rhinos', hippo: 'hippos', giraffe: 'giraffes',
  tiger: 'tigers', polar_bear: 'polar bears', jaguar: 'jaguars', kangaroo: 'kangaroos', koala: 'koalas', panda: 'giant pandas', orangutan: 'orangutans', snow_leopard: 'snow leopards',
};

const PHASE_LABEL: Record<MigrationPhase, string> = { calving: 'the calving', river_crossings: 'the river crossings' };

/** A priority's name for the copy; the migration by the part the traveler asked for, when they said. */
export function priorityLabel(p: Priority, phase?: MigrationPhase): string {
  return p === 'migration' && phase ? PHASE_LABEL[phase] : PRIORITY_LABEL[p];
}

export const TIER_LABEL: Record<LodgingTier, string> = { budget: 'budget', fair_value: 'fair-value', premium: 'premium' };

/** "$1,250": US dollars rounded to the nearest 10 (the pack's floors are estimates, not quotes); small amounts to the dollar. */
export function usd(amount: number): string {
  return `$${groupThousands(amount < 100 ? Math.round(amount) : Math.round(amount / 10) * 10)}`;
}

/** An amount in its own currency as stated: "EUR 3,000". */
export function money(amount: number, currency: string): string {
  return currency === 'USD' ? `$${groupThousands(Math.round(amount))}` : `${currency} ${groupThousands(Math.round(amount))}`;
}

/** "5.5 h" / "3 h"; under an hour in minutes to the nearest five ("20 min", not "0.3 h"): the pack's times are approximate. */
export function hours(h: number): string {
  if (h > 0 && h < 1) return `${Math.max(5, Math.round((h * 60) / 5) * 5)} min`;
  return `${Math.round(h * 10) / 10} h`;
}

/** "a, b and c". */
export function joinAnd(parts: readonly string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}

/** "1 night" / "3 nights". */
export function nightsText(n: number): string {
  return n === 1 ? '1 night' : `${n} nights`;
}

function groupThousands(n: number): string {
  const s = String(Math.abs(n));
  let out = '';
  for (let k = 0; k < s.length; k++) {
    if (k > 0 && (s.length - k) % 3 === 0) out += ',';
    out += s[k];
  }
  return n < 0 ? `-${out}` : out;
}

// Place names that take "the" in running text: a delta, a plateau, a crater ("the Okavango Delta").
const WITH_ARTICLE = /\b(?:Delta|Plateau|Crater)$/;

/** A place's name as it reads mid-sentence: "the Okavango Delta", "Serengeti National Park". */
export function placeName(d: { name: string }): string {
  return WITH_ARTICLE.test(d.name) ? `the ${d.name}` : d.name;
}

/** Where, in running text: "in the Okavango Delta", "in Volcanoes National Park", "on Zanzibar", "at Victoria Falls". */
export function inPlace(d: { name: string; kind: string }): string {
  const prep = d.kind === 'beach' ? 'on' : d.kind === 'waterfall' ? 'at' : 'in';
  return `${prep} ${placeName(d)}`;
}

/**
 * A pack note placed after a colon or in brackets: its first letter lower-cased unless the
 * note starts with a name ("Mara River crossings", "Devil's Pool season": two capitalised
 * words, or a word of the place's own name), so "Summer rains" reads "summer rains" and
 * "Mara River crossings" keeps its capitals.
 */
export function noteMidSentence(note: string, place: { name: string }): string {
  const text = note.replace(/\.$/, '');
  const [first = '', second = ''] = text.split(' ');
  const name = /^[A-Z]/.test(second) || place.name.split(' ').includes(first.replace(/[^A-Za-z']/g, ''));
  return name || text.length === 0 ? text : text[0]!.toLowerCase() + text.slice(1);
}

/**
 * A month note set inside the verdict's own parentheses: its own brackets become commas,
 * so the sentence never nests them ("… corridor, late May to early July, before …").
 */
export function noteInBrackets(note: string, place: { name: string }): string {
  return noteMidSentence(note, place)
    .replace(/\s*\(([^()]*)\)/g, ', $1')
    .replace(/,\s*([,;])/g, '$1')
    .replace(/^,\s*/, '');
}

const COUNTRY_NAME: Record<string, string> = { KE: 'Kenya', TZ: 'Tanzania', UG: 'Uganda', RW: 'Rwanda', BW: 'Botswana', ZA: 'South Africa', NA: 'Namibia', ZM: 'Zambia', ZW: 'Zimbabwe' };

/** What the traveler asked for, by name: the places named, else the countries, else a plain phrase (never an empty name). */
export function askedFor(named: readonly { name: string }[], countries: readonly string[] | undefined, join = ' or '): string {
  if (named.length > 0) return named.map((d) => placeName(d)).join(join);
  if (countries && countries.length > 0) return countries.map((c) => COUNTRY_NAME[c] ?? c).join(join);
  return 'the trip you described';
}
