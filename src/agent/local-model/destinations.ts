import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import type { DestinationId, TripInputs } from '../../domain/trip-inputs';
import { editDistance } from './edit-distance';

/** What the destination matcher needs of the knowledge-pack index (PackIndex satisfies it). */
export type AliasIndex = Pick<PackIndex, 'aliasToId'>;

/** Places named in one message, sorted into wanted, ruled out and dropped from the plan. */
export interface Places {
  destinations?: DestinationId[];
  excluded_destinations?: DestinationId[];
  remove_destinations?: DestinationId[];
}

// Bare names travelers use that the pack lists only with an article or a qualifier.
const EXTRA_ALIASES: ReadonlyArray<readonly [string, DestinationId]> = [
  ['mara', 'masai_mara'],
  ['maasai', 'masai_mara'],
  ['nyerere', 'nyerere'],
  ['luangwa', 'south_luangwa'],
  ['vic falls', 'victoria_falls'],
  ['ngorongoro crater', 'ngorongoro'],
  ['the crater', 'ngorongoro'],
  ['okavango', 'okavango_delta'],
  // Zanzibar's old trade name, which travel writing still uses.
  ['spice island', 'zanzibar'],
  ['spice islands', 'zanzibar'],
  // The pack's one waterfall: "the falls", "Zimbabwe side of the falls".
  ['the falls', 'victoria_falls'],
  // A landmark that is only at the falls (the rock pool on the lip, Zambian side).
  ["devil's pool", 'victoria_falls'],
  ['devils pool', 'victoria_falls'],
  // The falls and the crater in other languages, and the crater named bare in a list ("Tarangire + Manyara + crater").
  ['chutes victoria', 'victoria_falls'],
  ['chutes de victoria', 'victoria_falls'],
  ['victoriafalle', 'victoria_falls'],
  ['victoria falle', 'victoria_falls'],
  ['cataratas victoria', 'victoria_falls'],
  ['cataratas de victoria', 'victoria_falls'],
  ['cataratas del victoria', 'victoria_falls'],
  ['cascate vittoria', 'victoria_falls'],
  ['cascate victoria', 'victoria_falls'],
  ['victoriawatervallen', 'victoria_falls'],
  ['crater', 'ngorongoro'],
  ['cratere', 'ngorongoro'],
  ['krater', 'ngorongoro'],
];
// Real words that sit one typo away from an alias; never read them as places.
const NOT_PLACES = new Set(['salute', 'several', 'serene', 'sabbath', 'manyana', 'masses']);

const COUNTRY_IN_ALIAS = /\b(?:kenya|tanzania|uganda|rwanda|botswana|namibia|zambia|zimbabwe|south africa)\b/;
const ACTIVITY_IN_ALIAS = /\b(?:gorillas?|trek|trekking|safari|migration|beach)\b/;

interface Matcher {
  readonly exact: ReadonlyMap<string, DestinationId>;
  readonly maxTokens: number;
  /** Aliases long enough to match with a typo, as [alias, id, tokens]. */
  readonly fuzzy: ReadonlyArray<readonly [string, DestinationId, number]>;
}

const matchers = new WeakMap<object, Matcher>();

function tokens(s: string): string[] {
  return s.toLowerCase().split(/[^a-z0-9']+/).filter(Boolean);
}

function matcherFor(index: AliasIndex): Matcher {
  const cached = matchers.get(index.aliasToId);
  if (cached) return cached;
  const exact = new Map<string, DestinationId>();
  const add = (alias: string, id: DestinationId) => {
    const key = tokens(alias.replace(/_/g, ' ').normalize('NFKD').replace(/[\u0300-\u036f]/g, '')).join(' ');
    if (key && !exact.has(key)) exact.set(key, id);
  };
  // An alias that is a country with an activity ("gorillas in uganda", "rwanda gorilla trek") names
  // the country, not a park: the country reader keeps it and the rules pick the park. The contract's
  // destinations are places named, and the three latest blind writers label it so.
  for (const [alias, id] of index.aliasToId) if (!(COUNTRY_IN_ALIAS.test(alias) && ACTIVITY_IN_ALIAS.test(alias))) add(alias, id);
  for (const [alias, id] of EXTRA_ALIASES) add(alias, id);
  let maxTokens = 1;
  const fuzzy: Array<readonly [string, DestinationId, number]> = [];
  for (const [key, id] of exact) {
    const n = key.split(' ').length;
    maxTokens = Math.max(maxTokens, n);
    if (n <= 2 && key.replace(/ /g, '').length >= 6 && !key.startsWith('the ')) fuzzy.push([key, id, n]);
  }
  const m: Matcher = { exact, maxTokens, fuzzy };
  matchers.set(index.aliasToId, m);
  return m;
}

interface Token {
  word: string;
  at: number;
  end: number;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  // Quotes around a name are not part of it ("the 'Samburu special five'"); "devil's" keeps its apostrophe.
  // An elided article or preposition is not part of the name either: «l'Okavango», «d'Etosha», «dell'Amboseli».
  for (const m of text.matchAll(/(?:\b(?:l|d|qu|dell|dall|nell|sull|all)'(?=[a-z]))?([a-z0-9]+(?:'[a-z0-9]+)*)/g)) {
    const at = m.index! + m[0].length - m[1]!.length;
    out.push({ word: m[1]!.replace(/'s$/, ''), at, end: at + m[1]!.length });
  }
  return out;
}

function allowedTypos(len: number): number {
  if (len >= 9) return 2;
  if (len >= 6) return 1;
  return 0;
}

function fuzzyMatch(m: Matcher, phrase: string, n: number): DestinationId | undefined {
  const len = phrase.replace(/ /g, '').length;
  // "krugr", "etsha": a five-letter word one letter short of a six-letter name, its first two letters kept, is that name.
  if (len === 5 && !phrase.includes(' ') && !NOT_PLACES.has(phrase)) {
    for (const [alias, id, tn] of m.fuzzy) {
      if (tn === n && alias.length === 6 && !alias.includes(' ') && alias.slice(0, 2) === phrase.slice(0, 2) && editDistance(phrase, alias, 1) === 1) return id;
    }
  }
  const k = allowedTypos(len);
  if (k === 0 || NOT_PLACES.has(phrase)) return undefined;
  let best: DestinationId | undefined;
  let bestD = k + 1;
  for (const [alias, id, tn] of m.fuzzy) {
    if (tn !== n || alias[0] !== phrase[0]) continue;
    const max = Math.min(k, allowedTypos(alias.replace(/ /g, '').length));
    const d = editDistance(phrase, alias, max);
    if (d <= max && d < bestD) {
      bestD = d;
      best = id;
    }
  }
  return best;
}

interface Hit {
  id: DestinationId;
  at: number;
  end: number;
}

// "Okavangodelta", "Krugerpark", "Serengetinationalpark", "Viktoriafälle", "Ngorongorokrater", "Victoriafallene": Dutch,
// German and Scandinavian write a place and its kind as one word (with a definite ending in Scandinavian). The kind
// suffixes, longest first, each with the English kind the pack's aliases use ("lake" goes before the name).
const COMPOUND_KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/(?:nationalpark|nationaalpark|nasjonalpark|nationalpark(?:en|et|s)|nasjonalparken|parco nazionale)$/, 'national park'],
  [/(?:wildreservat|naturreservat|wildreservaat|natuurreservaat|reservat|reservaat|reservatet)$/, 'reserve'],
  [/(?:schutzgebiet|naturschutzgebiet)$/, 'conservation area'],
  [/(?:delta(?:et|t|s)?)$/, 'delta'],
  [/(?:park(?:en|et|s)?)$/, 'park'],
  [/(?:krater(?:et|n|s)?)$/, 'crater'],
  [/(?:wasserfalle|watervallen|waterval|vattenfallen|vattenfall|fossene|fossen|falle(?:n|ne)?|fallen)$/, 'falls'],
  [/(?:pfanne|pan(?:nen)?)$/, 'pan'],
  [/(?:insel|eiland|oen|oya)$/, 'island'],
  [/(?:wald|woud|skogen|skog)$/, 'forest'],
  [/(?:see|meer|sjon|sjoen)$/, 'lake'],
];

/** A one-word compound of a place and its kind ("okavangodelta"), read as the place. */
const GENERIC_STEM = /^(?:krater|crater|kratere|wild|wildlife|tier|natur|nature|national|nationaal|nasjonal|safari|berg|vulkan|vulkaan|fluss|rivier|elefanten|loewen|lowen|stadt|dorf|haus|garten|zoo|busch|savanne|gross|grosse|klein|kleine|schoen|alt|neu|see|lake|park|delta|insel|wald|meer)$/;

function compoundPlace(m: Matcher, word: string): DestinationId | undefined {
  if (word.length < 8) return undefined;
  for (const [kind, english] of COMPOUND_KINDS) {
    const hit = kind.exec(word);
    if (!hit) continue;
    // A linking "s" or "-" between the parts ("Krugersnationalpark") is not part of the name.
    for (const stem of [word.slice(0, hit.index), word.slice(0, hit.index).replace(/s$/, '')]) {
      // "Kratersee", "Kraterpark", "Wildpark": a stem that is itself a kind or a generic word names no place of its own.
      if (stem.length < 4 || GENERIC_STEM.test(stem) || COMPOUND_KINDS.some(([k]) => k.test(stem) && k.exec(stem)!.index === 0)) continue;
      const tries = english === 'lake' ? [`lake ${stem}`, stem] : [`${stem} ${english}`, stem];
      for (const phrase of tries) {
        const n = phrase.split(' ').length;
        const id = m.exact.get(phrase) ?? fuzzyMatch(m, phrase, n);
        if (id) return id;
      }
    }
  }
  return undefined;
}

function findPlaces(text: string, m: Matcher): Hit[] {
  const toks = tokenize(text);
  const hits: Hit[] = [];
  for (let i = 0; i < toks.length; ) {
    let matched = 0;
    for (let n = Math.min(m.maxTokens, toks.length - i); n >= 1 && !matched; n--) {
      const phrase = toks.slice(i, i + n).map((t) => t.word).join(' ');
      const id = m.exact.get(phrase) ?? (n <= 2 ? fuzzyMatch(m, phrase, n) : undefined);
      if (id) {
        hits.push({ id, at: toks[i]!.at, end: toks[i + n - 1]!.end });
        matched = n;
      }
    }
    if (!matched) {
      const id = compoundPlace(m, toks[i]!.word);
      if (id) hits.push({ id, at: toks[i]!.at, end: toks[i]!.end });
    }
    i += matched || 1;
  }
  return hits;
}

const REMOVE_BEFORE = /\b(?:forget(?: about)?|drop(?:ping)?|scratch|remove|swap(?: out)?|replace|switch out|exchange|scrap|cut(?: out)?|take out|no longer|no more|instead of|rather than|skip(?:ping)?|leave out|lose|ditch|cancel|changed? (?:our|my) minds? (?:about|on)|gone off|went off)\s+(?:(?:the|a|on|visiting|going to|doing|le|la|les|l'|el|los|las|den|die|das)\s+)*$/;
const EXCLUDE_BEFORE = /(?:\b(?:anything|everything|all|anywhere|anyplace|somewhere)(?: (?:in|of|else in) [a-z]+)? but|\bnot|\bno|\bnever|\bavoid(?:ing)?|\bexcept|\bexcluding|\bwithout|\bother than|\bhate[ds]?|\bdislike[ds]?|\bnot interested in|\bn't want(?: to (?:go to|visit|do))?|\bdon'?t want(?: to (?:go to|visit|do))?|\bdo not want(?: to (?:go to|visit|do))?|\bnot keen on|\bdid|\bdone|\bbeen to|\bwent to|\bvisited|\bsaw|\balready (?:did|done|been to|visited|seen|saw)|\bhave been to|'ve been to|'ve done|'ve seen|\bnothing in|\bnot going to|\bnot to|\bexclude|\bpass on|\bwon'?t (?:go|travel|fly)(?: to| into)?|\bwill not (?:go|travel|fly)(?: to| into)?|\bwouldn'?t (?:go|travel)(?: to)?|\bnot (?:go|travel)(?:ing)? (?:to|into))\s+(?:(?:the|a|to|in|at|on|with|going to|go to|visit|visiting|doing|do|really|again|any more|anymore)\s+)*$/;
const EXCLUDE_AFTER = /^(?:\s+(?:np|national park|reserve|park))?(?:\s*(?:'s|is|was|are|were)\s+(?:out|off the (?:list|table)|not for us|a no|too (?:crowded|busy|expensive|far|remote|much)|not an option)\b|[^.!?]{0,30}\b(?:take|cross|strike|knock) (?:it|that|them) (?:off|out)\b|\s+(?:last time|last year|already|previously|years ago|back in 20[01]\d|in 20[01]\d|(?:once |twice |3 times )?before\s*(?:[.!?,;]|$|and\b|but\b|so\b))|\s+(?:is\s+)?out\b(?! of)|\s+off the (?:list|table)|\s+twice\b|\s+once\b(?! (?:in a lifetime|more|again))\s*(?:[.!?,;]|$|and\b|but\b|so\b|now\b))/;
const JOINED = /^\s*(?:,|and|&|or|\/|nor|as well as|plus)\s*(?:(?:the|also|even)\s+)?$/;

/** A place named in the text: its id and character span. */
export type PlaceHit = Hit;

// "the Mara River crossings", "wildebeest crossing the Mara River": the river names the migration's crossing, which the
// northern Serengeti has too, not a reserve the traveler chose (the reserve is named as such: "the Masai Mara").
const CROSSING_BEFORE = /\bcross(?:es|ed|ing)?\s+(?:the\s+)?$/;

/** Every place named in the text, in order; matched once per message and shared by readers. */
export function locatePlaces(text: string, index: AliasIndex): PlaceHit[] {
  return findPlaces(text, matcherFor(index)).filter((h) => {
    if (h.id !== 'masai_mara' || !/^(?:the )?mara$/.test(text.slice(h.at, h.end))) return true;
    const after = text.slice(h.end, h.end + 30);
    if (!/^\s+river\b/.test(after)) return true;
    return !(/^\s+river\s+cross/.test(after) || CROSSING_BEFORE.test(text.slice(Math.max(0, h.at - 20), h.at)));
  });
}

/** How a message speaks of something it names: wanted, ruled out, or dropped from the plan. */
export type MentionKind = 'want' | 'exclude' | 'remove';

/**
 * What the text says of each thing it names (places, countries), the last word winning:
 * "not the Mara... actually yes, the Mara". A list shares its verdict: "we did the Mara and
 * Amboseli last time" rules out both.
 */
export function mentionKinds<T>(text: string, hits: readonly { id: T; at: number; end: number }[]): Map<T, MentionKind> {
  const verdict = new Map<T, MentionKind>();
  let prevHit: { id: T; at: number; end: number } | undefined;
  let prevKind: MentionKind = 'want';
  for (const h of hits) {
    const before = text.slice(Math.max(0, h.at - 50), h.at).split(/[.!?;]|(?<!\b(?:anything|everything|all|anywhere|anyplace|somewhere)(?: (?:in|of|else in) [a-z]+)? )\bbut\b/).at(-1)!;
    const after = text.slice(h.end, h.end + 40);
    const joined = prevHit !== undefined && JOINED.test(text.slice(prevHit.end, h.at));
    let kind: MentionKind = 'want';
    if (REMOVE_BEFORE.test(before)) kind = 'remove';
    else if (EXCLUDE_BEFORE.test(before) || EXCLUDE_AFTER.test(after)) kind = 'exclude';
    // "scratch Tarangire, Ruaha instead": the place said as the replacement is wanted, whatever the list before it.
    else if (joined && prevKind !== 'want' && !/^\s*(?:instead|it is|it'?ll be|then)\b/.test(after)) kind = prevKind;
    if (kind === 'exclude' && joined && prevKind === 'want' && EXCLUDE_AFTER.test(after)) verdict.set(prevHit!.id, 'exclude');
    verdict.set(h.id, kind);
    prevHit = h;
    prevKind = kind;
  }
  return verdict;
}

// Words that take back what was just said: "I meant", "sorry, X", "make that X", "correction", "typo", "wrong park".
// An apology alone is no correction ("sorry for the slow reply, we'd love to finish on Zanzibar", "oops, forgot: …"):
// only one that stands right beside a bare name ("sorry, the Okavango", "Chobe, my bad") takes the place back (review 1, finding 8).
// The one to three words are whitespace-separated runs, never `(?:\S+\s*){1,3}`: that splits one long word three ways and
// took 10 s on a 2,000-character message (the probe's frame fuzz).
const PLACE_CORRECTION = /\b(?:(?:i|we) )?meant\b|\bi mean\b|\bmake (?:it|that)\b|\bcorrection\b|\b(?:sorry|oops|my bad)\b[\s,.:;!-]*\S+(?:\s+\S+){0,2}\s*$|^\s*\S+(?:\s+\S+){0,2}?[\s,.:;!-]*\b(?:sorry|oops|my bad)\b[\s.!]*$|\btypo\b|\bmis-?typed\b|\bwrong (?:place|park|one|name)\b|\bshould (?:have|'ve) (?:said|written)\b/;
// A reason that refuses the place itself, said after it: "we hate the crowds", "don't like it", "too touristy", "not a fan".
const REFUSAL_REASON = /\b(?:(?:we|i) (?:hate|hated|dislike|disliked|can'?t stand|detest|loathe)|(?:we|i) (?:don'?t|do not|didn'?t|did not) (?:like|enjoy|want)|not (?:a fan|for us|for me)|too (?:crowded|busy|touristy|commercial)|hate (?:the|it|that))\b/;
// Words that add to the plan rather than correct it.
const PLACE_ADDED = /\b(?:also|too|as well|add|adding|plus|both|combine|combined|combining|on top|extend|extra|another|in addition)\b/;

/** Destinations in one message: wanted, ruled out ("we did the Mara last time") and dropped. */
export function extractPlaces(text: string, index: AliasIndex, previous?: TripInputs, hits: readonly PlaceHit[] = locatePlaces(text, index)): Places {
  const verdict = mentionKinds(text, hits);
  const out: Places = {};
  const of = (k: (kind: MentionKind, id: DestinationId) => boolean) => [...verdict].filter(([id, kind]) => k(kind, id)).map(([id]) => id);
  const want = of((k) => k === 'want');
  // A place taken back from the plan ("drop Zanzibar", "not Kruger, make it the Okavango") is removed;
  // only a place refused outright ("anywhere but the Mara", "we've done Amboseli") is ruled out.
  const wasWanted = (id: DestinationId) => previous?.destinations?.includes(id) === true;
  // "Drop Zanzibar from the plan", "remove it from the itinerary", "change of plan: remove Amboseli": said of a plan, the place is taken out of it, not refused for good.
  // The plan is checked per place (review 9b, finding 5): "drop the Mara from our list, we hate the crowds" said of a Mara that
  // was never in the plan is a refusal, so it is ruled out; only a place the plan held is taken out of it without being refused.
  // A place the plan held but refused with a reason ("drop the Mara, we hate the crowds") is ruled out as well.
  const refusedWithReason = (id: DestinationId) => hits.some((h) => h.id === id && REFUSAL_REASON.test(text.slice(h.end, h.end + 60).split(/[.!?;]/)[0]!));
  // "Drop Zanzibar from the plan" with no plan known to us (a message read on its own) speaks of the traveler's plan, so
  // it removes; with a plan known, only a place in it is taken out of it. "From our list" is the traveler's wish list, not a plan.
  const ofThePlan = /\b(?:from|off|out of) (?:the|our|my|this) (?:plan|itinerary|route|trip|programme|program)\b|\bchange of plans?\b/.test(text);
  const noPlanKnown = !previous?.destinations?.length;
  const takenOut = (k: MentionKind, id: DestinationId) => (wasWanted(id) || (k === 'remove' && ofThePlan && noPlanKnown)) && !(k === 'remove' && refusedWithReason(id));
  const excluded = of((k, id) => k !== 'want' && !takenOut(k, id));
  const removed = of((k, id) => k !== 'want' && (k === 'remove' || wasWanted(id)));
  // "let's do the Serengeti instead": a place wanted instead takes the place of the plan's places not named again.
  // "Serengeti… sorry, meant Okavango", "make that the Delta", "correction: Kruger": a place said as a correction of
  // the one before replaces it too, unless the message adds ("also", "as well", "add", "too").
  const replaces = /\binstead\b(?! of)/.test(text) || (PLACE_CORRECTION.test(text) && !PLACE_ADDED.test(text) && want.every((id) => !wasWanted(id)));
  if (want.length && replaces) {
    for (const id of previous?.destinations ?? []) if (!verdict.has(id) && !removed.includes(id)) removed.push(id);
  }
  if (want.length) out.destinations = want;
  if (excluded.length) out.excluded_destinations = excluded;
  if (removed.length) out.remove_destinations = removed;
  return out;
}
