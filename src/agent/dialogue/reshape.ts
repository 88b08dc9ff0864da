import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import type { CountryCode, DestinationId, Priority, TripInputs, TripInputsDelta } from '../../domain/trip-inputs';
import { cueText, daysToAdd } from './text';

type Merge = (previous: TripInputs, delta: TripInputsDelta) => TripInputs;

/** A typical added stop when the traveler names none: the median ideal stay of the pack's places. */
export function typicalStay(pack: PackIndex): number {
  const ideals = [...pack.byId.values()].map((d) => d.nights.ideal).sort((a, b) => a - b);
  return ideals[Math.floor(ideals.length / 2)] ?? 3;
}

/** Themes an added stop may be for when it names no place ("somewhere by the sea", "chimps and savanna"). */
const THEMES: ReadonlyArray<readonly [Priority, RegExp]> = [
  ['beach', /\b(?:beach|sea|seaside|coast|ocean|plage|mer|strand\w*|meer|kuste)\b/],
  ['wildlife_density', /\b(?:safari|savann?a|game drives?|pirsch\w*)\b/],
  ['gorillas', /\b(?:gorillas?|gorilles?)\b/],
];

/** A place the stop is set against ("before the beach", «avant la plage», „vor dem Strand"), not what it is for. */
const RELATIVE_TO = /\b(?:before|after|until|till|avant|apres|jusqu'a|vor|nach|bis)\s+(?:the\s+|our\s+|la\s+|le\s+|l'|les\s+|notre\s+|dem\s+|der\s+|den\s+|die\s+|zum\s+|unserem\s+)?[\p{L}']+/gu;

/** Whether the traveler fixed the trip's length: both dates given. */
function lengthFixed(known: TripInputs): boolean {
  return known.start_date !== undefined && known.end_date !== undefined;
}

export interface Reshaped {
  inputs: TripInputs;
  /** Days the trip grew by (add/extend), for the reply. */
  addedDays?: number;
  /** The place added, when the message or the turn before named one. */
  added?: DestinationId;
  /** The addition named what it is for (the beach, a safari, gorillas) rather than a place. */
  themed?: boolean;
}

/** A length the trip is taken to, not days added: "to 9 days", "à 8 jours", "auf 8 Tage". */
const TO_LENGTH = /\b(?:to|up to|make it|a|jusqu'a|sur|auf|bis (?:auf|zu)?|insgesamt)\s+\d{1,2}\s+(?:days?|nights?|jours?|nuits?|tage?n?|nachte?n?)\b/;

/**
 * Add or extend: the new place joins the trip and the trip grows by the days the traveler
 * counted, else by the place's typical stay (or a typical stop), unless they fixed the
 * length. A day count in the message is an increment, never the new length: "tack on 3
 * nights in Zanzibar" lengthens a 7-day trip to 10, it does not shorten it to 3.
 * `baseDays` is the standing plan's length when the traveler never gave one.
 */
export function addOrExtend(text: string, known: TripInputs, delta: TripInputsDelta, about: DestinationId | undefined, pack: PackIndex, merge: Merge, opts: { baseDays?: number; placeOnly?: boolean; planned?: readonly DestinationId[]; parkToCome?: boolean } = {}): Reshaped {
  const { duration_days: _d, start_date: _s, end_date: _e, month: _m, ...rest } = delta;
  const t = cueText(text);
  const place = about ? pack.byId.get(about) : undefined;
  // "One more stop before the beach": the beach says where the stop goes, not what it is for.
  const themed = t.replace(RELATIVE_TO, ' ');
  // A safari whose park is still to come, asked beside a beach or falls plan without a word of adding ("and a safari nearby",
  // „vorher noch auf Safari"), is no interest of the whole trip: that plan stays, the days are added, the park named next
  // joins it. (An addition asked outright, "add a safari", keeps its theme for the rules, as before.)
  const priorities = THEMES.filter(([p, re]) => re.test(themed) && !(opts.parkToCome && p === 'wildlife_density')).map(([p]) => p);
  const patch: TripInputsDelta = { ...rest };
  // Added to the plan that stands: its places stay in it, in its order, whether the traveler named them or the rules picked
  // them (a suggested plan, or a park chosen for a country: "Zambia + Vic Falls" planned South Luangwa beside the Falls).
  const base = [...new Set([...(opts.planned ?? []), ...(known.destinations ?? [])])];
  if (place) patch.destinations = [...new Set([...base, ...(rest.destinations ?? []), place.id])];
  if (priorities.length) patch.priorities = [...new Set([...(rest.priorities ?? []), ...priorities])];
  let inputs = merge(known, patch);
  // The turn before already lengthened the trip for this stop ("add one more stop" → "Victoria Falls?").
  const named = { ...(place ? { added: place.id } : {}), ...(priorities.length ? { themed: true } : {}) };
  if (opts.placeOnly || lengthFixed(known)) return { inputs, ...named };
  const length = known.duration_days ?? opts.baseDays;
  // "Stretch it to 9 days", "rallonger à 8 jours", "auf 8 Tage verlängern": the length the trip grows to.
  const total = TO_LENGTH.test(t) && delta.duration_days !== undefined && length !== undefined && delta.duration_days > length ? delta.duration_days : undefined;
  const days = total !== undefined && length !== undefined ? total - length : (daysToAdd(text) ?? place?.nights.ideal ?? typicalStay(pack));
  if (length !== undefined) inputs = merge(inputs, { duration_days: Math.min(120, length + days) });
  return { inputs, addedDays: days, ...named };
}

/**
 * Change of mind: the places named now replace every place and country before; the rest
 * of the trip (party, dates, budget) stands unless restated. A place or country the
 * message names that the trip already had is the one being dropped ("forget Kenya, we go
 * to Tanzania"), and so is one named right after a dropping word (`dropped`), even when
 * only a suggested plan had it. Priorities restated replace the old ones rather than adding to them.
 */
export function replacePlaces(known: TripInputs, delta: TripInputsDelta, merge: Merge, dropped: { destinations: readonly DestinationId[]; countries: readonly CountryCode[] } = { destinations: [], countries: [] }): TripInputs {
  const clear = new Set([...(delta.clear_fields ?? []), 'destinations', 'countries'] as const);
  if (delta.priorities?.length) clear.add('priorities');
  const { remove_destinations: _r, destinations, countries, ...rest } = delta;
  // Places named again in the new plan stay in it ("scrap that, Ruaha + Zanzibar" keeps Zanzibar); only when the message brings
  // at least one new place, so a plain restatement of the old plan is not read as the new one.
  const named = (destinations ?? []).filter((d) => !dropped.destinations.includes(d) && !delta.remove_destinations?.includes(d));
  const fresh = named.some((d) => !known.destinations?.includes(d)) ? named : named.filter((d) => !known.destinations?.includes(d));
  const freshCountries = (countries ?? []).filter((c) => !known.countries?.includes(c) && !dropped.countries.includes(c));
  // "Change of plan: drop the Masai Mara": nothing new to go to, so nothing is replaced; the places named go, the rest stays.
  // A place the traveler never named (the agent's own pick) cannot be taken out of their inputs: it is ruled out instead.
  if (fresh.length === 0 && freshCountries.length === 0 && (delta.remove_destinations?.length ?? 0) > 0) {
    const picked = delta.remove_destinations!.filter((d) => !known.destinations?.includes(d));
    return merge(known, picked.length ? { ...delta, excluded_destinations: [...new Set([...(delta.excluded_destinations ?? []), ...picked])] } : delta);
  }
  return merge(known, {
    ...rest,
    ...(fresh.length ? { destinations: fresh } : {}),
    ...(freshCountries.length ? { countries: freshCountries } : {}),
    clear_fields: [...clear],
  });
}

/**
 * A request for a suggestion with no place and no interest named reads as a safari for
 * the best game viewing, so the rules can recommend rather than ask where to go.
 */
export function suggestionInputs(known: TripInputs, delta: TripInputsDelta, merge: Merge): TripInputs {
  const merged = merge(known, delta);
  const focus = (merged.destinations?.length ?? 0) > 0 || (merged.countries?.length ?? 0) > 0 || (merged.priorities?.length ?? 0) > 0;
  return focus ? merged : merge(merged, { priorities: ['wildlife_density'] });
}
