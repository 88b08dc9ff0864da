import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import type { CountryCode, DestinationId } from '../../domain/trip-inputs';
import { placesNamed } from './places';
import { cueText } from './text';

// The words that drop what follows them, up to the clause's end or a dash ("forget Kenya, …", "scrap that - Kruger instead",
// "on oublie la Tanzanie et …", "vergiss Kenia, …", "Botswana streichen").
const DROP = /\b(?:forget(?: about)?|scrap|ditch|drop|cancel|skip|no more|oubli(?:ez|ons|e|er)|laiss(?:ez|ons|e|er) tomber|on annule|annul(?:ez|ons)|abandonn\w*|plus de|vergiss|vergesst|vergessen (?:sie|wir)|streich\w*|ohne|kein(?:e|en)? )\s*([^,;:.!?]*?)(?=\s+(?:and|et|und|but|mais|aber|then|alors|dann|we|on|wir|nous)\b|\s+-\s|[,;:.!?]|$)/g;

// German puts the verb last: "Kenia streichen", "die Serengeti ist raus", "Botswana fällt weg".
const DROP_AFTER = /(?:^|[,;:.!?]\s*|\b(?:und|aber|also|ok|okay)\s+)([^,;:.!?]*?)\s+(?:streichen|gestrichen|vergessen|weglassen|lassen wir weg|fallt weg|ist raus|sind raus|ist vom tisch|abhaken)\b/g;

const COUNTRIES: readonly CountryCode[] = ['BW', 'KE', 'NA', 'RW', 'TZ', 'UG', 'ZA', 'ZM', 'ZW'];

/** Country names as travelers write them in the three languages (from `Intl`), on `cueText`. */
const COUNTRY_NAMES: ReadonlyArray<readonly [CountryCode, string]> = COUNTRIES.flatMap((code) =>
  [...new Set(['en', 'fr', 'de'].map((l) => cueText(new Intl.DisplayNames([l], { type: 'region' }).of(code) ?? code)))].map((name) => [code, name] as const),
);

/**
 * The places and countries a change of mind drops: those named in the clause after a
 * dropping word ("forget Kenya, we'll do Namibia" drops Kenya), whether or not the
 * traveler's own inputs held them (a suggested plan's country counts too).
 */
export function droppedPlaces(text: string, pack: PackIndex): { destinations: DestinationId[]; countries: CountryCode[] } {
  const destinations: DestinationId[] = [];
  const countries: CountryCode[] = [];
  for (const m of [...cueText(text).matchAll(DROP), ...cueText(text).matchAll(DROP_AFTER)]) {
    const clause = m[1] ?? '';
    for (const id of placesNamed(clause, pack)) if (!destinations.includes(id)) destinations.push(id);
    for (const [code, name] of COUNTRY_NAMES) if (new RegExp(`\\b${name}\\b`).test(clause) && !countries.includes(code)) countries.push(code);
  }
  return { destinations, countries };
}

/** The pack's countries a piece of text names, in any of the three languages (on `cueText`). */
export function countriesNamed(text: string): CountryCode[] {
  const t = cueText(text);
  const out: CountryCode[] = [];
  for (const [code, name] of COUNTRY_NAMES) if (new RegExp(`\\b${name}\\b`).test(t) && !out.includes(code)) out.push(code);
  return out;
}
