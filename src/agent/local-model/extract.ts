import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import type { CountryCode, DestinationId, TripInputs } from '../../domain/trip-inputs';
import type { Extraction } from '../extraction-schema';
import { basisChange, budgetMentions, currencyChange, permitsApart, permitsInside, permitsOnly } from './budget';
import { returnDay, spanDays, timingMentions, yearMentions } from './dates';
import { isoDay, plusDays } from './calendar';
import { oneChildTwoAges } from './one-child-two-ages';
import { budgetLevelsClash, budgetSaidTwoWays, childNamedWithAge, contradictedFields, partyChangedOnPurpose, rateRestatedAsTotal, saidTwoWaysInMessage } from './contradicts';
import { applyCorrections } from './corrections';
import { correctChildAge } from './age-correction';
import { extractCountries } from './countries';
import { impliedInterests } from './interests';
import { extractPlaces, locatePlaces, type AliasIndex, type PlaceHit } from './destinations';
import { durationMentions, segmentedTripDays } from './durations';
import { correctionCues, pick } from './mention';
import { normalize } from './normalize';
import { opensElsewhere } from './open-elsewhere';
import { openToKind } from './open-kind';
import { extractParty } from './party';
import { resolveParty } from './party-resolver';
import { droppedPriorities } from './dropped-priorities';
import { placesSetAside } from './set-aside-places';
import { flexibleUntil, windowClause, type WindowClause } from './flex-window';
import { extractPreferences } from './preferences';
import { classify, ordersBooking } from './scope';
import { travelAndPhase } from './travel-limits';
import { asksAffordability } from './affordability';
import { agesFromBirthMonths } from './birth-dates';
import { activityOrNothing, activityPlaces, namedActivities } from './activities';
import { statedAges } from './stated-ages';
import { viewedPlaces } from './landmarks';
import { minorsNamed } from './minors-named';
import { rateBudget } from './rate-budget';

/** What the extractor reads besides the text: today, the pack's aliases and what is already known. */
export interface ExtractContext {
  now: Date;
  /** The pack's aliases; with its places (`byId`), a country ruled out rules out its places. */
  pack: AliasIndex & Partial<Pick<PackIndex, 'byId'>>;
  previous?: TripInputs;
}

/**
 * "why no Ngorongoro with the baby?" when the party's one child is a baby or toddler already: that child, not a newborn
 * more. Only a question that names no age and no second child ("and we are bringing a newborn too" adds one).
 */
function babyAlreadyCounted(t: string, out: Extraction, previous: TripInputs | undefined): boolean {
  if (out.child_ages?.length !== 1 || out.child_ages[0] !== 0 || previous?.children !== 1 || (previous.child_ages?.[0] ?? 99) > 2) return false;
  return !/\d/.test(t) && (t.includes('?') || QUESTION_LEAD.test(t)) && !ANOTHER_CHILD.test(t);
}
const QUESTION_LEAD = /^\W*(?:why|wieso|warum|weshalb|pourquoi|pk|how|wie|comment)\b/;
const ANOTHER_CHILD = /\b(?:too|also|another|second|new|newborn|aussi|autre|deuxieme|nouveau-ne|auch|noch|zweite[sn]?|neue[sn]?|neugeboren\w*)\b/;

// Far longer than any traveler message; caps the work a pasted document can cause.
const MAX_CHARS = 4000;

/**
 * The embedded local model: turns one traveler message into the extraction tool's
 * argument (a TripInputs delta plus how to treat the message). Pure and deterministic:
 * the same text, `now`, pack and `previous` always give the same result. It extracts only
 * what the message supports; a message with nothing to extract yields just its kind.
 */
export function extractTripInputs(text: string, ctx: ExtractContext): Extraction {
  const n = normalize(text.slice(0, MAX_CHARS));
  const t = n.text;
  const cues = correctionCues(t);
  const out: Extraction = {};

  const places = locatePlaces(t, ctx.pack);
  Object.assign(out, extractPlaces(t, ctx.pack, ctx.previous, places));
  // "our agent keeps pushing Ngorongoro but…", "my sister is doing Kruger", "less crowded than the Serengeti", "the Okavango's
  // out of our budget": named only to be set aside, so no destination, and ruled out as the traveler means (set-aside-places.ts).
  const aside = placesSetAside(t, places);
  const unwanted = aside.unwanted as DestinationId[];
  // Out of reach ("the Okavango's over our budget"): no destination beside another one named; alone, the rules weigh it
  // and switch from it, as before.
  const otherNamed = (out.destinations ?? []).some((d) => !aside.outOfReach.includes(d) && !unwanted.includes(d));
  const unreached = otherNamed ? (aside.outOfReach as DestinationId[]) : [];
  if (unwanted.length > 0 || unreached.length > 0) {
    const kept = (out.destinations ?? []).filter((d) => !unwanted.includes(d) && !unreached.includes(d));
    if (kept.length > 0) out.destinations = kept;
    else delete out.destinations;
    if (unwanted.length > 0) out.excluded_destinations = [...new Set([...(out.excluded_destinations ?? []), ...unwanted])];
  }
  const window = windowClause(t, ctx.now);
  Object.assign(out, timing(n, ctx.now, cues, places, ctx.previous, window));
  Object.assign(out, resolveParty(t, extractParty(t, cues, ctx.previous, ctx.now), ctx.previous));
  // "the kids were born in March 2015 and June 2018": ages from birth months, when no age was said.
  const born = out.child_ages === undefined ? agesFromBirthMonths(t, ctx.now) : undefined;
  if (born && (out.children === undefined || out.children === born.child_ages.length)) {
    Object.assign(out, { children: born.child_ages.length, ...born, child_birthdays: [...(out.child_birthdays ?? []), ...born.child_birthdays] });
  }
  if (babyAlreadyCounted(t, out, ctx.previous)) {
    delete out.child_ages;
    delete out.children;
    if (out.group_size !== undefined && out.adults === undefined) delete out.group_size;
  }
  const budgetReadings = budgetMentions(t, out.duration_days ?? ctx.previous?.duration_days);
  const budget = pick(budgetReadings, cues) ?? rateBudget(t, cues);
  if (budget) Object.assign(out, budget);
  else if (ctx.previous?.budget_amount !== undefined) {
    const basis = basisChange(t);
    if (basis) out.budget_basis = basis;
    const currency = currencyChange(t);
    if (currency && currency !== ctx.previous.budget_currency) out.budget_currency = currency;
  }
  // "the budget is per person, not total", "that's in total, not each": the basis said and the one denied; the denied one loses.
  const denied = deniedBasis(t);
  if (denied && out.budget_basis === denied) out.budget_basis = denied === 'total' ? 'per_person' : 'total';
  else if (denied && out.budget_basis === undefined && out.budget_amount === undefined && ctx.previous?.budget_amount !== undefined && ctx.previous.budget_basis === denied) out.budget_basis = denied === 'total' ? 'per_person' : 'total';
  Object.assign(out, extractPreferences(t, cues));
  // "gorillas were just one idea", "forget the walking": withdrawn priorities go, the others are restated.
  // Only a priority already held is withdrawn; "not bothered about the big five" before any is just no interest.
  const withdrawn = droppedPriorities(t);
  // "Etosha then the coast? no, scrap the coast": a priority said and withdrawn in the same message is not wanted.
  if (out.priorities && withdrawn.some((p) => out.priorities!.includes(p) && !ctx.previous?.priorities?.includes(p))) {
    const kept = out.priorities.filter((p) => !withdrawn.includes(p) || ctx.previous?.priorities?.includes(p));
    if (kept.length > 0) out.priorities = kept;
    else delete out.priorities;
  }
  const dropped = withdrawn.filter((p) => ctx.previous?.priorities?.includes(p));
  if (dropped.length > 0) {
    const keep = [...new Set([...(ctx.previous?.priorities ?? []), ...(out.priorities ?? [])])].filter((p) => !dropped.includes(p));
    out.clear_fields = [...new Set([...(out.clear_fields ?? []), 'priorities' as const])];
    if (keep.length > 0) out.priorities = keep;
    else delete out.priorities;
  }
  // "we can push it to October": how far the flexibility reaches (and it is flexibility).
  const until = flexibleUntil(t, ctx.now, { month: out.month ?? ctx.previous?.month, year: out.year ?? ctx.previous?.year }, window);
  // "the school break is also in August, we could do that instead": the month offered is the window, and its reason
  // ("school break") does not fix the dates the traveler has just offered to move.
  const offeredFixes = until !== undefined && window?.also === true && out.flexible_dates === false && extractPreferences(withoutSentence(t, window.at, window.end), cues).flexible_dates !== false;
  if (until && (out.flexible_dates !== false || offeredFixes)) Object.assign(out, { flexible_dates: true, flexible_until: until });
  const interests = impliedInterests(t).filter((p) => !out.priorities?.includes(p));
  if (interests.length > 0) out.priorities = [...(out.priorities ?? []), ...interests];
  const byId = ctx.pack.byId;
  const placesIn = byId ? (c: CountryCode) => [...byId.values()].filter((d) => d.country === c).map((d) => d.id) : undefined;
  const countries = extractCountries(t, ctx.previous, places, placesIn);
  if (countries.countries) out.countries = countries.countries;
  if (countries.excluded_destinations) out.excluded_destinations = [...new Set([...(out.excluded_destinations ?? []), ...countries.excluded_destinations])];
  if (countries.remove_destinations) out.remove_destinations = [...new Set([...(out.remove_destinations ?? []), ...countries.remove_destinations])];
  if (countries.clear_fields) out.clear_fields = [...(out.clear_fields ?? []), ...countries.clear_fields];
  // "to see Kilimanjaro and elephants": a place said by the landmark seen from it, when no place is named
  // (and it lies in the countries named, if any).
  if (places.length === 0 && ctx.previous?.destinations === undefined) {
    const wantedCountries = out.countries ?? ctx.previous?.countries;
    const viewed = viewedPlaces(t).filter((id) => !(out.excluded_destinations ?? []).includes(id) && (!wantedCountries || !byId || wantedCountries.includes(byId.get(id)!.country)));
    if (viewed.length > 0) out.destinations = viewed;
  }
  if (out.traveler_type === undefined) {
    const type = impliedTravelerType(t, out, ctx.previous);
    if (type) out.traveler_type = type;
  }
  if (out.traveler_type === 'family' && out.children === undefined && !/\b(?:kids?|children|sons?|daughters?|family|teens|teenagers|grandkids|grandchildren|little ones|(?:our|my) (?:boys|girls|lads))\b/.test(t) && !minorsNamed(t)) delete out.traveler_type;

  Object.assign(out, travelAndPhase(t));
  // "Any country is fine": the named place sets no home region for a switch (open-elsewhere.ts).
  if (opensElsewhere(t)) out.open_elsewhere = true;
  // "gorillas in Rwanda, but any great wildlife trip would do": the kind said is what the trip is for, the plan's own
  // point (gorillas, the beach) is released with its place, and the place or country is no bound (open-kind.ts).
  const kind = openToKind(t);
  if (kind) {
    out.open_elsewhere = true;
    const points = (['gorillas', 'beach', 'migration'] as const).filter((p) => p !== kind);
    const kept = [...new Set([kind, ...(out.priorities ?? []).filter((p) => !(points as readonly string[]).includes(p))])];
    out.priorities = kept;
    const released = (ctx.previous?.priorities ?? []).filter((p) => (points as readonly string[]).includes(p));
    if (released.length > 0) {
      out.clear_fields = [...new Set([...(out.clear_fields ?? []), 'priorities' as const])];
      out.priorities = [...new Set([...(ctx.previous?.priorities ?? []).filter((p) => !released.includes(p)), ...kept])];
    }
  }
  if (asksAffordability(t, out.budget_amount !== undefined || out.budget_rate !== undefined || ctx.previous?.budget_amount !== undefined || ctx.previous?.budget_rate !== undefined)) out.asks_affordability = true;
  // "permits will be bought by us": the budget stated is for the rest of the trip (rules/budget.ts adds the permits on top).
  if (permitsApart(t)) out.budget_excludes_permits = true;
  // "…$2,600 each, including the permits": a budget said to cover them corrects an earlier "permits apart".
  else if (ctx.previous?.budget_excludes_permits && permitsInside(t)) out.budget_excludes_permits = false;
  // "no more than $1,000 each on the permit": the amount caps the permits alone (rules/budget.ts); a later budget said
  // without it is for the whole trip again.
  if (out.budget_amount !== undefined && permitsOnly(t, out.budget_amount)) out.budget_permits_only = true;
  else if (ctx.previous?.budget_permits_only && (out.budget_amount !== undefined || out.budget_rate !== undefined)) out.budget_permits_only = false;
  const activities = namedActivities(t);
  if (activities) out.activities = activities;
  // "raft the Zambezi and bungee off the bridge", no place said: the activity's own place is where the trip is (activities.ts).
  if (activities && byId && places.length === 0 && !out.destinations?.length && !out.countries?.length && !ctx.previous?.destinations?.length && !ctx.previous?.countries?.length) {
    const home = activityPlaces(t, activities, byId.values()) as NonNullable<typeof out.destinations>;
    if (home.length > 0) out.destinations = home;
  }
  // "Kruger wilderness trail … must be a SANParks wilderness trail, nothing else": the activity at the places named is the
  // whole trip, as "Kruger or nothing" is; every other place is ruled out, so no switch leaves for something else.
  const onlyHere = activities && places.length > 0 && byId ? activityOrNothing(t) : false;
  if (onlyHere) {
    const named = new Set([...places.map((p) => p.id), ...(out.destinations ?? [])]);
    const others = [...byId!.keys()].filter((id) => !named.has(id));
    out.excluded_destinations = [...new Set([...(out.excluded_destinations ?? []), ...others])];
  }
  const contradicts = contradictedFields(t, out, ctx.previous, cues);
  // "No kids, just us two", then "Our youngest (13) is coming after all": a child named with an age after a party of no
  // children is in the party, and its age counts (review 9a #4); said without a change of mind, it is a contradiction instead.
  if (ctx.previous?.children === 0 && out.children === undefined && !contradicts.includes('children') && partyChangedOnPurpose(t, cues)) {
    const named = out.child_ages?.length ? { count: out.child_ages.length, age: undefined } : childNamedWithAge(t);
    if (named) {
      out.children = named.count;
      if (named.age !== undefined) out.child_ages = [named.age];
      if (ctx.previous.adults !== undefined && (out.group_size === undefined || out.group_size === ctx.previous.adults) && out.adults === undefined) out.group_size = ctx.previous.adults + named.count;
    }
  }
  if (contradicts.length > 0) out.contradicts = contradicts;
  // "no children … our daughter is 9", "10–20 July, and it has to be in August": the same message says it two ways.
  const inMessage = saidTwoWaysInMessage(t, timingMentions(n, ctx.now), out, cues, ctx.previous);
  if (inMessage) {
    out.contradicts = [...new Set([...(out.contradicts ?? []), ...inMessage.fields])];
    if (inMessage.later.month !== undefined) {
      delete out.start_date;
      delete out.end_date;
    }
    Object.assign(out, inMessage.later);
    out.contradicted = { ...out.contradicted, ...inMessage.earlier };
  }
  // "$3,000 per person, so $4,000 total for both of us": the same message says the budget two ways.
  const twoWays = budgetSaidTwoWays(t, budgetReadings, out, ctx.previous, cues);
  if (twoWays) {
    out.contradicts = [...new Set([...(out.contradicts ?? []), 'budget_amount' as const])];
    Object.assign(out, twoWays.later);
    out.contradicted = twoWays.earlier;
  }
  // "our budget is tight, money no object": the budget said two ways with no amount to hold either; the rules refuse naming both.
  if (!twoWays && out.budget_amount === undefined && out.budget_rate === undefined && budgetLevelsClash(t, cues)) {
    out.contradicts = [...new Set([...(out.contradicts ?? []), 'budget_amount' as const])];
    out.contradicted = { ...out.contradicted };
  }
  // "$500 per person per night", then "total budget is $2,000 for 10 days": the rate and the total disagree.
  const fromRate = twoWays ? undefined : rateRestatedAsTotal(t, out, ctx.previous, cues);
  if (fromRate) {
    out.contradicts = [...new Set([...(out.contradicts ?? []), 'budget_amount' as const])];
    out.contradicted = { ...out.contradicted, ...fromRate };
  }
  applyCorrections(t, out, ctx.previous);
  correctChildAge(t, out, ctx.previous);
  statedAges(t, out, ctx.previous, ctx.now);
  // "our daughter just turned 11, and since she's 15 …": one child, two ages, and the age decides a permit.
  const twoAges = oneChildTwoAges(t, out);
  if (twoAges) {
    out.contradicts = [...new Set([...(out.contradicts ?? []), 'child_ages' as const])];
    out.contradicted = { ...out.contradicted, child_ages: [twoAges.earlier] };
    out.children = 1;
    out.child_ages = [twoAges.kept];
  }

  const hasContent = Object.keys(out).length > 0;
  const scope = classify(t, hasContent, ctx.previous);
  out.message_kind = scope.message_kind;
  if (scope.out_of_scope_topic) out.out_of_scope_topic = scope.out_of_scope_topic;
  if (scope.message_kind === 'out_of_scope' || scope.message_kind === 'unsafe') dropIncidental(out);
  // An injection ordering a free or confirmed booking: its place and budget are the order, not trip facts (the guard then refuses it).
  if (scope.message_kind === 'injection' && ordersBooking(t)) return { message_kind: 'injection' };
  return out;
}

// Whether the named activity is the trip or nothing: activities.ts reads it with the same activity words it names activities by.

// What places a question about a trip: where, when exactly, how long, for how much.
const TRIP_CORE = ['destinations', 'countries', 'excluded_destinations', 'start_date', 'end_date', 'duration_days', 'budget_amount'] as const;
const INCIDENTAL = ['adults', 'children', 'child_ages', 'child_birthdays', 'group_size', 'priorities', 'traveler_type', 'pace', 'month', 'year'] as const;

/**
 * A question the agent does not answer ("malaria tablets for a 6-year-old?", "will the
 * price be the same in six months?", "is my insurance valid on a walking safari?") names
 * people, interests or a time only as part of the question: with no place, dates or
 * budget beside them, they are not trip facts.
 */
function dropIncidental(out: Extraction): void {
  if (TRIP_CORE.some((f) => out[f] !== undefined)) return;
  for (const f of INCIDENTAL) delete out[f];
}

/**
 * A traveler type the message implies without naming it: a place ruled out because it was
 * visited makes a repeat visitor ("we've done Kruger"). Children alone do not make a
 * "family" type: the traveler says so ("a family trip"), and the children are counted.
 */
function impliedTravelerType(t: string, out: Extraction, previous?: TripInputs): Extraction['traveler_type'] {
  // Children in sight but not counted ("over Easter with the kids"): the type is all that tells the rules they come.
  if (out.children === undefined && previous?.children === undefined && /(?:\b(?:with|and|plus|take|taking|bring|bringing)|[+&]) ?(?:the |our |my )?(?:kids|children|teens|teenagers|grandkids|grandchildren|little ones)\b|(?:\b(?:with|and|plus|take|taking|bring|bringing)|[+&]) ?(?:our|my) (?:boys|girls|sons|daughters|lads)\b(?!'|\s+(?:trip|weekend|holiday|night|from|at work|at the office))|\b(?:the|our) (?:kids|children) (?:are|will|have|get|love|want)\b/.test(t) && !/\b(?:kids|children) (?:are|will be) \d/.test(t)) return 'family';
  // "for my grandkids", "a school group": children or a likely-minor group named, nobody counted (minors-named.ts).
  if (out.children === undefined && previous?.children === undefined && minorsNamed(t)) return 'family';
  if (out.excluded_destinations?.length) {
    const visits = t.replace(SEEN_IN_MEDIA, ' ');
    if (/\b(?:done|did|been to|been there|visited|went to|was in|were in)\b/.test(visits) || VISITED_BEFORE.test(visits)) return 'repeat';
  }
  return undefined;
}

// A place ruled out because the traveler knows it already: "we were there last year", "tried it", "saw the gorillas in Bwindi
// already", "not doing Kruger again", «nous y sommes déjà allés», „da waren wir schon", «ya estuvimos», „daar zijn we al geweest",
// «ci siamo già stati», «já fomos». Read only when a place is ruled out in the same message. Seen on television, in a film or
// in photos is no visit ("we've seen it on TV"), and "again" counts only of going or doing ("not doing Kruger again"), never of
// anything else ("not the Mara, I don't want to get sick again") (review 9b, finding 11).
// A clause about seeing a place on a screen or in print: "we've seen it on TV", "saw it in a documentary", "seen enough photos of it".
const SEEN_IN_MEDIA = /[^.!?;,]*\b(?:on (?:the )?(?:tv|telly|television|netflix|youtube|instagram|tiktok|screen|news|internet)|online|(?:in|from) (?:a |the |some |many |all )?(?:films?|movies?|documentar\w*|photos?|pictures?|magazines?|books?|videos?)|documentar\w*|(?:photos?|pictures?|videos?) of)\b[^.!?;,]*/g;
const VISITED_BEFORE = /\b(?:(?:was|were|been) (?:there|here)|tried (?:it|that|them|there)\b|(?:seen|saw) (?:it|that|them|there)\b|(?:saw|seen|did|done|visited|tried)\b[^.!?;]{0,40}\b(?:already|before|last (?:year|time|trip)|(?:\d|a|two|three|few) years? ago)|already (?:saw|seen|did|done|visited|tried|went|been)|(?:not|never|no|\w+n'?t)\b[^.!?;]{0,20}\b(?:go|going|do|doing|visit|visiting|return|returning|back|be|repeat|repeating|there)\b[^.!?;]{0,15}\bagain|\bnever again\b|last (?:year|time|trip)\b[^.!?;]{0,25}\b(?:was|were|went|did)|deja (?:alles?|ete|fait|vu|visite)|(?:sommes|suis) deja|y (?:sommes|suis|etions|etait) (?:deja )?(?:alles?|ete)|waren (?:wir |we )?(?:schon|bereits)|schon (?:dort|da) gewesen|(?:ya )?(?:estuvimos|estuve|fuimos|visitamos|conocemos)\b|(?:al|ook al) (?:geweest|gezien|gedaan)|(?:siamo|sono) (?:gia )?stat[ie]|ja (?:fomos|estivemos|visitamos|fizemos|conhecemos))/;

type TimingFields = Pick<Extraction, 'month' | 'year' | 'start_date' | 'end_date' | 'duration_days' | 'clear_fields'>;

// A birthday's date is not the trip's ("birthday is 2 June", "turns 15 on the 3rd of October", "he'll be 15 by October").
const DAY_MONTH = '(?:the\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)?(?:\\s+of)?\\s+[a-z]{3,9}|[a-z]{3,9}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\d{1,2}[/.]\\d{1,2}(?:[/.]\\d{2,4})?)';
const BIRTHDAY = new RegExp(`\\b(?:birthday|bday|born)(?:\\s+(?:is|was|on|falls on))*\\s+${DAY_MONTH}|\\b(?:(?:birthday|bday)(?:'s|\\s+is|\\s+was|\\s+falls)(?:\\s+in)?|(?<!\\b(?:for|celebrat\\w*|on|over|around|during|at|mark\\w*|spend\\w*)\\s+(?:(?:my|his|her|our|their|the|a|your)\\s+)?(?:\\d{1,2}(?:st|nd|rd|th)\\s+|special\\s+|big\\s+)?)(?:birthday|bday)(?:\\s+in|:)|born in)\\s+(?:early |mid |late )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b|\\b(?:turns?|turned|turning|will be|'ll be|will turn|'ll turn)\\s+\\d{1,2}\\s+(?:on\\s+${DAY_MONTH}|(?:in|by|next|this coming)\\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\\b|(?:next|this|this coming)\\s+(?:month|year|week|weekend)\\b|in\\s+(?:a|\\d{1,2})\\s+(?:days?|weeks?|fortnight)\\b|tomorrow\\b)|\\b(?:who'?s|who is|he'?s|she'?s|he is|she is|is)\\s+\\d{1,2}\\s+(?:(?:next|this coming)\\s+(?:month|week|weekend)\\b|in\\s+(?:a|\\d{1,2})\\s+(?:days?|weeks?|fortnight)\\b|tomorrow\\b)`, 'g');

// An event with its own date, said just before a time: a wedding, exams, a graduation, a conference, a due date.
const EVENT_BEFORE = /\b(?:wedding|weddings|married|marry|marrying|graduation|graduates?|graduating|exams?|finals|conference|due date|(?:baby|she) is due|due to give birth|retire|retires|retiring|retirement|starts? (?:school|uni|university|college|work|a new job)|(?:back|return|returning|be) (?:at|to) work|surgery|operation|(?:schools?|term|uni|university|college) (?:breaks? up|ends?|finish(?:es)?|closes?|is out)|breaks? up)\b(?:\s+(?:is|are|was|will be|'s|falls?|takes? place|happens?|ends?|finish(?:es)?|starts?|begins?|on|in|at|during|around|early|mid|late|the|of|this|next|,))*\s*$/;

// "X is also in August": a month given to something else being also then ("the trip is" would not need "also").
const ALSO_DATED = /\b(?:is|are|'s|'re|was|were|falls?|happens?|takes? place)\s+also\s+(?:in|during)\s+(?:early\s+|mid-?\s*|late\s+|the end of\s+)?$/;

/** The text with the sentence around a span blanked (same length). */
function withoutSentence(t: string, at: number, end: number): string {
  const from = Math.max(...['.', '!', '?', ';'].map((c) => t.lastIndexOf(c, at - 1))) + 1;
  const stops = ['.', '!', '?', ';'].map((c) => t.indexOf(c, end)).filter((i) => i >= 0);
  const to = stops.length > 0 ? Math.min(...stops) : t.length;
  return t.slice(0, from) + ' '.repeat(to - from) + t.slice(to);
}

// Said of the timing: not decided yet. "haven't decided (which|when|between)", "not sure (yet) (which|whether|if)", "undecided", "can't decide".
const UNDECIDED = /\b(?:(?:have ?n'?t|have not|not|not yet|yet to|still to|still haven'?t) (?:yet )?(?:decided|chosen|picked|settled on|made up our minds?)|(?:not|un) ?sure (?:yet )?(?:which|whether|if|between)|undecided|can'?t decide|cannot decide|torn between|don'?t know (?:yet )?(?:which|whether))\b/;

/** Timing mentions in the sentence of an "undecided" cue that name two or more months without dates; undefined otherwise. */
function undecidedMonths<T extends { at: number; value: { month?: number; start_date?: string } }>(t: string, mentions: readonly T[]): T[] | undefined {
  const cue = UNDECIDED.exec(t);
  if (!cue) return undefined;
  const from = Math.max(...['.', '!', '?', ';'].map((c) => t.lastIndexOf(c, cue.index - 1))) + 1;
  const stops = ['.', '!', '?', ';'].map((c) => t.indexOf(c, cue.index)).filter((i) => i >= 0);
  const to = stops.length > 0 ? Math.min(...stops) : t.length;
  const inside = mentions.filter((m) => m.at >= from && m.at < to && m.value.start_date === undefined && m.value.month !== undefined);
  return new Set(inside.map((m) => m.value.month)).size >= 2 ? inside : undefined;
}

// A basis said and denied beside the other: "per person, not total", "not per person but total", "total, not each".
const PER_WORDS = String.raw`(?:per person|per head|each|pp|a head|apiece|per pax)`;
const TOTAL_WORDS = String.raw`(?:total|in total|overall|all together|altogether|for (?:all of us|the group|the whole group|everyone))`;
const DENIED_TOTAL = new RegExp(String.raw`\b${PER_WORDS}\s*,?\s*(?:and\s+)?not\s+(?:a\s+|the\s+|in\s+)?${TOTAL_WORDS}\b|\bnot\s+(?:a\s+|the\s+|in\s+)?${TOTAL_WORDS}\s*(?:,|but|;|-)\s*(?:it'?s\s+|it is\s+)?${PER_WORDS}\b`);
const DENIED_PER = new RegExp(String.raw`\b${TOTAL_WORDS}\s*,?\s*(?:and\s+)?not\s+${PER_WORDS}\b|\bnot\s+${PER_WORDS}\s*(?:,|but|;|-)\s*(?:it'?s\s+|it is\s+)?(?:in\s+)?${TOTAL_WORDS}\b`);

/** The budget basis the message denies beside the other one, if any. */
function deniedBasis(t: string): 'total' | 'per_person' | undefined {
  if (DENIED_TOTAL.test(t)) return 'total';
  if (DENIED_PER.test(t)) return 'per_person';
  return undefined;
}

/** The text with birthday dates blanked (same length, so offsets still line up). */
function withoutBirthdays(n: { text: string; original: string }): { text: string; original: string } {
  if (!/birthday|bday|born|turn|will be|'ll be|\d (?:next|this coming|in a|in \d|tomorrow)/.test(n.text)) return n;
  const blank = (m: string) => ' '.repeat(m.length);
  return { text: n.text.replace(BIRTHDAY, blank), original: n.original.length === n.text.length ? n.original.replace(BIRTHDAY, blank) : n.original };
}

// "on the beach", "at the coast", "on safari", "in the bush": where a chained stay is spent when no place is named.
const STAY_KIND = /\b(?:on|at|by)\s+(?:the\s+)?(beach|coast|sea|island|lake)\b|\b(?:on|in)\s+(?:the\s+)?(safari|bush)\b/g;

/** The text with a span blanked (same length, so offsets still line up). */
function blank(n: { text: string; original: string }, at: number, end: number): { text: string; original: string } {
  const cut = (s: string) => s.slice(0, at) + ' '.repeat(end - at) + s.slice(end);
  return { text: cut(n.text), original: n.original.length === n.text.length ? cut(n.original) : n.original };
}

function timing(raw: { text: string; original: string }, now: Date, cues: number[], places: readonly PlaceHit[], previous?: TripInputs, window?: WindowClause): TimingFields {
  let n = withoutBirthdays(raw);
  const out: TimingFields = {};
  let mentions = timingMentions(n, now);
  // "Samburu in April; we could push it to July or August": the window's months are how far the trip can move,
  // not the trip's month, whenever the trip's own timing is said outside it or already known.
  if (window) {
    const outside = blank(n, window.at, window.end);
    const rest = timingMentions(outside, now);
    if (rest.length > 0 || previous?.month !== undefined || previous?.start_date !== undefined) {
      n = outside;
      mentions = rest;
    }
  }
  // "the wedding is in June, we travel in August", "exams end in May; we'd go in July": an event's month is
  // not the trip's when the trip's timing is said beside it (alone, "straight after the wedding in May", it is).
  const besideEvent = mentions.filter((m) => !EVENT_BEFORE.test(n.text.slice(Math.max(0, m.at - 45), m.at)));
  if (besideEvent.length > 0 && besideEvent.length < mentions.length) mentions = besideEvent;
  // "our anniversary is also in August", "the school holidays are also in August": something else's month, said by
  // the way; it replaces no trip timing already known, nor one said beside it.
  const alsoDated = mentions.filter((m) => ALSO_DATED.test(n.text.slice(Math.max(0, m.at - 30), m.at)));
  if (alsoDated.length > 0 && (alsoDated.length < mentions.length || previous?.month !== undefined || previous?.start_date !== undefined)) mentions = mentions.filter((m) => !alsoDated.includes(m));
  // "we'll go in the holidays but haven't decided which: Easter, summer or Christmas", "not sure yet whether July or
  // December": periods listed as still undecided give no month (the rules ask which, when it matters).
  const undecided = undecidedMonths(n.text, mentions);
  if (undecided) mentions = mentions.filter((m) => !undecided.includes(m));
  let when = pick(mentions, cues);
  // "over New Year, 7 nights from 29 Dec": the month said first, then its exact date; the date says more.
  if (when && when.start_date === undefined) {
    const month = when.month;
    const dated = mentions.find((m) => m.value.start_date !== undefined && (month === undefined || m.value.month === month));
    if (dated) when = dated.value;
  }
  if (when) Object.assign(out, when);
  // "Serengeti in February, back home by the 12th": a latest return said beside the trip's timing is its end.
  const returnBy = mentions.find((m) => m.value.end_date !== undefined && m.value.start_date === undefined && m.value.month === undefined);
  if (returnBy && out.end_date === undefined) out.end_date = returnBy.value.end_date;
  // "Serengeti in February, back home by the 12th": a bare day ends the trip in the month said.
  const day = out.end_date === undefined && out.month !== undefined ? returnDay(n.text) : undefined;
  if (day !== undefined) {
    const year = out.year ?? (out.month! >= now.getUTCMonth() + 1 ? now.getUTCFullYear() : now.getUTCFullYear() + 1);
    const end = isoDay(year, out.month!, day);
    if (end && (!out.start_date || end >= out.start_date)) out.end_date = end;
  }
  if (out.year === undefined) {
    const y = pick(yearMentions(n.text, now), cues);
    if (y !== undefined) out.year = y;
    // "any time in 2027 … we were thinking of May": the month is in the year the whole window spans.
    else if (window?.wholeYear !== undefined && out.month !== undefined && out.start_date === undefined) out.year = window.wholeYear;
  }
  // A kind of stay stands for a place when stays are chained ("a week in the Mara and 5 nights on the beach").
  const stays = [...n.text.matchAll(STAY_KIND)].map((m) => ({ at: m.index! + m[0].length - (m[1] ?? m[2]!).length, end: m.index! + m[0].length }));
  const segmented = segmentedTripDays(n.text, stays.length > 0 && places.length > 0 ? [...places, ...stays].sort((a, b) => a.at - b.at) : places, cues);
  const duration = segmented === undefined ? pick(durationMentions(n.text), cues) : (segmented ?? undefined);
  // Both ends given: the range is the trip, and a shorter length is a part of it ("10–20 July, a couple
  // of nights at the lake"); a longer one stays, for the rules to see both ("1–5 August for two weeks").
  // A start and a length give the end ("7 nights from 29 Dec" ends on 5 Jan: N nights span N + 1 days).
  // An end before the start is left for the rules to refuse; it gives no length.
  if (out.start_date && out.end_date && out.end_date < out.start_date) {
    if (duration !== undefined) out.duration_days = duration;
  } else if (out.start_date && out.end_date) out.duration_days = duration !== undefined && duration > spanDays(out.start_date, out.end_date) ? duration : spanDays(out.start_date, out.end_date);
  else if (duration !== undefined) {
    out.duration_days = duration;
    if (out.start_date && Number.isInteger(duration)) out.end_date = plusDays(new Date(`${out.start_date}T00:00:00Z`), duration - 1);
  }
  // A new month or year that contradicts dates already given makes those dates stale.
  if (previous?.start_date && !out.start_date && (out.month !== undefined || out.year !== undefined)) {
    const prevMonth = Number(previous.start_date.slice(5, 7));
    const prevYear = Number(previous.start_date.slice(0, 4));
    if ((out.month !== undefined && out.month !== prevMonth) || (out.year !== undefined && out.year !== prevYear)) {
      out.clear_fields = previous.end_date ? ['start_date', 'end_date'] : ['start_date'];
    }
  }
  return out;
}
