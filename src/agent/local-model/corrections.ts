import type { ClearableField, TripInputField, TripInputs } from '../../domain/trip-inputs';
import type { Extraction } from '../extraction-schema';
import { mentionedActivities } from './activities';
import { spanDays } from './dates';

/**
 * What a message changes relative to what is already known, as the extraction delta says
 * it: fields the traveler withdraws ("forget the budget", "we don't know when yet", "the
 * kids aren't coming", "forget the walking") go into `clear_fields`, only those that were
 * known; and a correction that restates a value unchanged ("our son is 12, not 13" after
 * one son was counted; "make that 7k per person" when it already was) does not repeat it,
 * so the delta holds what changed.
 */

const WITHDRAW = '(?:forget(?: about)?|scratch|scrap|drop|ignore|disregard|never ?mind|remove|delete|ditch|lose|cancel|skip|no more|no longer)\\s+(?:(?:the|that|this|my|our|your|those|these|all|any|previous|earlier|old|what (?:i|we) (?:said|told you|wrote) (?:about|on|re)|about)\\s+)*';
const BUDGET_FIELDS: readonly TripInputField[] = ['budget_amount', 'budget_currency', 'budget_basis'];
const TIMING_FIELDS: readonly TripInputField[] = ['month', 'year', 'start_date', 'end_date'];
const CHILD_FIELDS: readonly TripInputField[] = ['child_ages'];

const BUDGET_GONE = new RegExp(
  `\\b${WITHDRAW}(?:budget|money|amount|price limit|spending limit)\\b|\\bmoney(?:'s| is) no object\\b|\\bno (?:fixed |set )?budget\\b|\\bbudget (?:is |'s )?(?:open|unlimited|flexible|no object|not (?:an )?(?:issue|problem|decided))\\b|\\b(?:haven'?t|have not|not yet) (?:decided|settled|fixed) (?:on )?(?:the |a |our )?budget\\b`,
);
const TIMING_GONE = new RegExp(
  `\\b${WITHDRAW}(?:dates?|timing|month|when)\\b|\\b(?:don'?t|do not|no longer) know (?:when|(?:the |our )?(?:month|dates?)(?: any ?more| yet)?)\\b|\\bno idea (?:yet )?(?:when|about (?:the )?dates)\\b|\\b(?:dates|timing) (?:are|is) (?:open|undecided|not (?:decided|set|fixed) (?:yet|anymore))\\b|\\b(?:haven'?t|have not|not yet) (?:decided|picked|chosen|settled on) (?:the |a |our )?(?:dates|month|when)\\b`,
);
// "no dates fixed anymore", "the dates are no longer fixed", "dates aren't set any more": the exact days are released.
export const DATES_RELEASED = /\b(?:no (?:dates?|timing) (?:are |is )?(?:fixed|set|locked)|(?:dates?|timing) (?:are|is) no longer (?:fixed|set|locked|firm)|(?:dates?|timing) (?:are |is )?(?:not|no longer|aren'?t|isn'?t) (?:fixed|set|locked|firm) any ?more)\b/;
const WHEN_UNKNOWN = /\b(?:don'?t|do not|no longer) know\b[^.!?]{0,12}\bwhen\b|\b(?:not sure|unsure|no idea) (?:yet )?when\b/;
// The earlier plan withdrawn as a whole: "scrap that", "forget all that", "new plan", "change of plans".
const PLAN_GONE = /\b(?:scrap|scratch|forget|ditch|drop|bin|cancel|never ?mind)\s+(?:all\s+)?(?:that|this|it|everything|the (?:whole )?(?:plan|idea))\b|\b(?:new plan|change of plans?|different plan|completely different idea)\b/;
const PLAN_FIELDS: readonly TripInputField[] = ['destinations', 'countries', 'priorities'];
const DATES_GONE = new RegExp(`\\b${WITHDRAW}dates?\\b`, 'g');
// A priority withdrawn by its own word: "forget the walking", "drop the beach bit".
const PRIORITY_WORDS: ReadonlyArray<readonly [NonNullable<TripInputs['priorities']>[number], string]> = [
  ['walking', 'walk(?:ing|s)?(?: safari)?'],
  ['beach', 'beach(?:es)?'],
  ['birding', 'bird(?:s|ing|watching)?'],
  ['gorillas', 'gorillas?(?: trek(?:king)?)?'],
  ['photography', 'photo(?:graphy|s)?'],
  ['migration', 'migration|river crossings?'],
  ['big_five', 'big (?:5|five)'],
  ['comfort', 'luxury|comfort'],
  ['privacy', 'privacy'],
];

// An activity withdrawn by its own name: "forget Devil's Pool then", "no rafting after all", "we'll go without the bungee".
// Its age limit goes with it, so a refusal for a child in Devil's Pool can be lifted. Only the activity's own name
// counts (a bare "pool", "swim", "jump" or "canoe" is as often the lodge's pool or a river cruise), only in a statement
// that ends the clause ("no rafting for us parents" withdraws nothing for the son), never beside words that keep it
// ("Ditch Devil's Pool? No way, keep it") and never when the rest of the message names it again. Safe over clever: a
// withdrawal missed keeps a refusal; one misread would book a child under an age limit.
const ACTIVITY_WORDS: ReadonlyArray<readonly [NonNullable<TripInputs['activities']>[number], string]> = [
  ['devils_pool', "(?:devil|angel)'?s pool(?: swim| trip| tour)?|livingstone island(?: swim| trip| tour)?"],
  ['canoeing', 'mokoro(?: trip| ride| excursion)?|canoeing(?: safari| trip)?|canoe safari'],
  ['rafting', '(?:white[- ]?water )?rafting(?: trip)?'],
  ['bungee', 'bung(?:ee|y)(?: jump(?:ing)?)?'],
  ['wilderness_trail', 'wilderness trails?'],
];
// The place an activity's own words name ("Devil's Pool" is at the falls), and the words that name the place itself.
const FALLS = /\b(?:victoria|vic falls|the falls|livingstone|mosi)\b/;
const ACTIVITY_PLACE: Partial<Record<NonNullable<TripInputs['activities']>[number], ReadonlyArray<readonly [string, RegExp]>>> = {
  devils_pool: [['victoria_falls', FALLS]],
  rafting: [['victoria_falls', FALLS]],
  bungee: [['victoria_falls', FALLS]],
  wilderness_trail: [['kruger', /\bkruger\b/]],
};
// The clause ends there: a full stop, or a comma not followed by who it is for or a condition ("forget Devil's Pool, for
// me", "no rafting then, unless the guide agrees", "the bungee is off for me, but she jumps").
const CLAUSE_END = String.raw`(?=\s*(?:then|after all|altogether|entirely|completely|please|for now|for all of us|for everyone|for the whole (?:family|group))?\s*(?:[.;!)]|$|[,:\-](?!\s*(?:for|unless|except|but|if|apart|(?:just|only) for)\b)))`;
const ACTIVITY_GONE: ReadonlyArray<readonly [NonNullable<TripInputs['activities']>[number], RegExp]> = ACTIVITY_WORDS.map(([a, words]) => [
  a,
  new RegExp(`\\b${WITHDRAW}(?:${words})${CLAUSE_END}|\\bno (?:more )?(?:${words})${CLAUSE_END}|\\b(?:go|do it|travel|come) without (?:the |a )?(?:${words})${CLAUSE_END}|\\b(?:the )?(?:${words}) is (?:off|out|cancelled|canceled)${CLAUSE_END}`, 'g'),
]);
const ACTIVITY_NAMES: ReadonlyArray<readonly [NonNullable<TripInputs['activities']>[number], RegExp]> = ACTIVITY_WORDS.map(([a, words]) => [a, new RegExp(`\\b(?:${words})\\b`, 'g')]);
// Words that keep an activity, anywhere in the message: no withdrawal is read beside them.
const KEEPS_ACTIVITY = /\b(?:keep|keeping|no way|back on|back in|still (?:on|want|wants|a must|planned|happening|going)|stays?|(?:is|are) a must)\b/;

// An activity put back by a short word after it was withdrawn ("the jump is back on", "put the pool back in"): read
// back, since adding an age limit on a misreading only asks or refuses, never books a child.
const PUT_BACK_WORDS: ReadonlyArray<readonly [NonNullable<TripInputs['activities']>[number], string]> = [
  ['devils_pool', "(?:(?:devil|angel)'?s )?pool(?: swim)?|swim"],
  ['canoeing', 'mokoro|canoe(?:ing| trip)?'],
  ['rafting', 'raft(?:ing)?'],
  ['bungee', 'bung(?:ee|y)|jump'],
  ['wilderness_trail', '(?:wilderness )?trail'],
];
const PUT_BACK: ReadonlyArray<readonly [NonNullable<TripInputs['activities']>[number], RegExp]> = PUT_BACK_WORDS.map(([a, w]) => [
  a,
  new RegExp(`\\b(?:put|bring|add|pop)\\s+(?:the\\s+)?(?:${w})\\s+back\\b|\\b(?:the\\s+)?(?:${w})\\s+(?:is|are|'s)\\s+back(?:\\s+(?:on|in))?\\b|\\blet (?:him|her|them|the (?:kids?|boy|girl|children)|our (?:son|daughter|kids?)) (?:do the |go )?(?:${w})\\b`),
]);

/** Activities a message puts back by a short word, among those not known. */
function putBackActivities(text: string, had: readonly string[]): Array<NonNullable<TripInputs['activities']>[number]> {
  return PUT_BACK.filter(([a, re]) => !had.includes(a) && re.test(text)).map(([a]) => a);
}

/** The activities a message withdraws by name, among those known; none when it keeps one or names it again. */
function withdrawnActivities(text: string, had: readonly string[]): Array<NonNullable<TripInputs['activities']>[number]> {
  if (had.length === 0 || KEEPS_ACTIVITY.test(text)) return [];
  // Statements only: "ditch Devil's Pool?" asks.
  const said = text.split(/(?<=[.!?\n])\s*/).filter((x) => !/\?\s*$/.test(x)).join(' ');
  const gone = ACTIVITY_GONE.filter(([a, re]) => had.includes(a) && said.search(re) >= 0).map(([a]) => a);
  if (gone.length === 0) return [];
  const rest = ACTIVITY_GONE.reduce((t, [, re]) => t.replace(re, ' '), said);
  const again = mentionedActivities(rest) ?? [];
  return gone.filter((a) => !again.includes(a));
}

const CORRECTION = /\b(?:actually|sorry|oops|correction|i mean|i meant|make (?:it|that)|not \d+|rather|my bad|scratch that|wait)\b/;
const SCALARS = ['adults', 'children', 'group_size', 'budget_amount', 'budget_currency', 'budget_basis', 'month', 'year', 'duration_days', 'pace', 'traveler_type'] as const;

/** Adds to `out` what the message withdraws, and drops what a correction restates unchanged. */
export function applyCorrections(text: string, out: Extraction, previous?: TripInputs): void {
  if (!previous) return;
  const clear = new Set<ClearableField>(out.clear_fields ?? []);
  const known = (fields: readonly TripInputField[]) => fields.filter((f) => previous[f] !== undefined && out[f] === undefined);
  if (out.budget_amount === undefined && BUDGET_GONE.test(text)) for (const f of known(BUDGET_FIELDS)) clear.add(f);
  if (out.month === undefined && out.start_date === undefined && TIMING_GONE.test(text)) {
    // "we don't know the month any more": the month and any dates in it go; a year said stays.
    const monthOnly = /\bmonth\b/.test(text) && !/\b(?:dates?|timing|when|year)\b/.test(text);
    // "forget the dates, we're flexible": exact days known go, the month they were in stays (unless "when" goes too).
    const datesOnly = !monthOnly && previous.start_date !== undefined && !TIMING_GONE.test(text.replace(DATES_GONE, ' ')) && !WHEN_UNKNOWN.test(text);
    for (const f of known(monthOnly ? ['month', 'start_date', 'end_date'] : datesOnly ? ['start_date', 'end_date'] : TIMING_FIELDS)) clear.add(f);
  }
  // "no dates fixed anymore, we can go whenever": the days go (and they are flexible now), the month they were in stays.
  if (out.start_date === undefined && DATES_RELEASED.test(text)) {
    for (const f of known(['start_date', 'end_date'])) clear.add(f);
    out.flexible_dates = true;
  }
  // "dates are open now", "we don't know when" after 10–20 July: the whole timing goes, and a length that was only
  // those dates' span goes with it; "forget the dates, we're flexible" keeps the month, and the length with it.
  if (clear.has('month') && clear.has('start_date') && clear.has('end_date') && out.duration_days === undefined && previous.duration_days !== undefined && previous.start_date && previous.end_date && spanDays(previous.start_date, previous.end_date) === previous.duration_days) clear.add('duration_days');
  // "scrap that, we'd rather do the Okavango": a new place replaces the whole earlier plan of where and what for.
  if ((out.destinations !== undefined || out.countries !== undefined) && PLAN_GONE.test(text)) for (const f of known(PLAN_FIELDS)) clear.add(f);
  // The children are no longer coming: their ages go with them.
  if (out.children === 0 && (previous.children ?? 0) > 0) for (const f of known(CHILD_FIELDS)) clear.add(f);
  const had = previous.priorities ?? [];
  const dropped = PRIORITY_WORDS.filter(([p, words]) => had.includes(p) && new RegExp(`\\b${WITHDRAW}(?:${words})\\b`).test(text)).map(([p]) => p);
  if (dropped.length > 0) {
    const kept = had.filter((p) => !dropped.includes(p));
    clear.add('priorities');
    const wanted = (out.priorities ?? []).filter((p) => !dropped.includes(p));
    if (kept.length + wanted.length > 0) out.priorities = [...new Set([...kept, ...wanted])];
    else delete out.priorities;
  }
  const hadActivities = previous.activities ?? [];
  const putBack = putBackActivities(text, hadActivities);
  if (putBack.length > 0) out.activities = [...new Set([...(out.activities ?? []), ...putBack])];
  const droppedActivities = withdrawnActivities(text, hadActivities);
  if (droppedActivities.length > 0) {
    const kept = [...new Set([...hadActivities, ...(out.activities ?? [])])].filter((a) => !droppedActivities.includes(a));
    clear.add('activities');
    if (kept.length > 0) out.activities = kept;
    else delete out.activities;
  }
  // "forget Devil's Pool" (withdrawn or not: "forget Devil's Pool, for me"): the pool's words also name the falls it is
  // at, and the falls stay unless said by their own name.
  if (out.remove_destinations?.length) {
    const named = ACTIVITY_NAMES.filter(([, re]) => text.search(re) >= 0).map(([a]) => a);
    const beside = ACTIVITY_NAMES.reduce((t, [, re]) => t.replace(re, ' '), text);
    const namedBy = named.flatMap((a) => ACTIVITY_PLACE[a] ?? []).filter(([, said]) => !said.test(beside)).map(([id]) => id);
    out.remove_destinations = out.remove_destinations.filter((d) => !namedBy.includes(d));
    if (out.remove_destinations.length === 0) delete out.remove_destinations;
  }
  if (clear.size > 0) out.clear_fields = [...clear];
  // "drop the Serengeti and just do the Mara": the place kept was already there; the delta holds what changed.
  if (out.destinations && (out.remove_destinations?.length ?? 0) > 0 && out.destinations.every((d) => previous.destinations?.includes(d))) delete out.destinations;

  // A correction restating a known value unchanged, beside what it does change.
  if (!CORRECTION.test(text)) return;
  const same = SCALARS.filter((f) => out[f] !== undefined && out[f] === previous[f]);
  const changed = SCALARS.some((f) => out[f] !== undefined && out[f] !== previous[f]) || (out.child_ages !== undefined && JSON.stringify(out.child_ages) !== JSON.stringify(previous.child_ages)) || clear.size > 0 || (out.remove_destinations?.length ?? 0) > 0;
  if (!changed) return;
  // "actually it's 2 adults + 3 kids": a party said whole is the party, its unchanged counts included.
  const partyChanged = PARTY_FIELDS.some((f) => out[f] !== undefined && out[f] !== previous[f]);
  for (const f of same) if (!(partyChanged && PARTY_FIELDS.includes(f))) delete out[f];
}
const PARTY_FIELDS: readonly TripInputField[] = ['adults', 'children', 'group_size'];
