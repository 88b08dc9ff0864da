import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import type { DestinationId, TripInputs, TripInputsDelta } from '../../domain/trip-inputs';
import type { Extraction } from '../extraction-schema';
import type { GuardVerdict } from '../turn/guard';
import { HELD_REFUSAL_RELEASED } from '../turn/held-refusal';
import { DialogueActSchema, QUESTION_ACTS, SOCIAL_ACTS, type DialogueAct } from './acts';
import { MALARIA_FREE, newOnly, recogniseAct, type ActReading } from './recognise';
import { droppedPlaces } from './dropped';
import { addOrExtend, replacePlaces, suggestionInputs } from './reshape';
import type { Proposal } from '../../domain/dialogue';
import { acceptsProposal, proposalDelta } from './hypothetical';
import { cueText } from './text';
import { ADD_EXTEND, ADDS_PERSON, NO_SAFARI, SAFARI_BESIDE, WHY_NOT } from './cues';
import { placesNamed } from './places';
import { restatedBudget } from './budget-restated';
import { shapedForBushAndBeach } from '../local-model/bush-and-beach';
import { asksSomething, statesTripFacts } from './topics';
import { childrenNamed, heldQuestion, partyStated } from './held-question';
import { placesPricedOut, preferenceStated } from './stated-preference';

/** What the previous reply recorded of its act (read from the transcript). */
export interface LastAct {
  act: DialogueAct;
  about?: DestinationId;
  /** An add/extend that named no place: the next place named fills it. */
  pending_add?: boolean;
  /** A hypothetical it answered ("what if we went in March?"): what "ok, let's do that then" takes. */
  proposal?: Proposal;
}

export interface DialogueStepInput {
  text: string;
  extraction: Extraction;
  guard: GuardVerdict;
  /** The accumulated inputs before this message. */
  known: TripInputs;
  /** Whether a trip decision stands, its places and its plan's length. */
  standing?: { places: readonly DestinationId[]; days?: number; month?: number; /** The standing decision is a refusal: no trip decision to keep. */ refused?: boolean };
  last?: LastAct;
  pack: PackIndex;
  merge: (previous: TripInputs, delta: TripInputsDelta) => TripInputs;
}

export interface DialogueStep {
  reading: ActReading;
  /** The inputs the turn decides on (the known ones when the act changes nothing). */
  inputs: TripInputs;
  /**
   * The turn answers the message without making a standing trip decision: a welcome, or a
   * question asked before any decision (the stored decision is the bounded refusal).
   */
  answerOnly: boolean;
  /** Days an add/extend lengthened the trip by, and the place it added. */
  addedDays?: number;
  added?: DestinationId;
  /** This add named no place: the next message's place fills it. */
  pendingAdd?: boolean;
}

function tripDelta(e: Extraction): TripInputsDelta {
  const { message_kind: _k, out_of_scope_topic: _t, dialogue_act: _a, ...delta } = e;
  return delta;
}

/**
 * The dialogue step of a turn, between the guard and the rules: which act the message is
 * (the model's `dialogue_act` when it gave one, read again here only where the turn's
 * context decides: a place named after "add one more stop"), and what it does to the
 * inputs. Questions (why, why not, price, greetings, thanks, goodbyes, emoji, out of
 * scope) change nothing; a suggestion, an addition and a change of mind reshape them.
 * Pure: the same message and context always give the same step.
 */
/** Questions that would otherwise leave the inputs as they were. */
/** The party fields a suggestion request may state beside it; a safety rule may turn on any of them. */
const PARTY_SAID = ['children', 'child_ages', 'child_birthdays', 'adults', 'group_size'] as const;
const PARTY_QUESTION: ReadonlySet<string> = new Set(['why', 'why_not', 'price']);

export function dialogueStep(p: DialogueStepInput): DialogueStep {
  const recognised = recogniseAct(p.text, {
    extraction: p.extraction,
    known: p.known,
    pack: p.pack,
    merge: p.merge,
    ...(p.standing ? { planned: p.standing.places } : {}),
    ...(p.last?.pending_add ? { pendingAdd: true } : {}),
    ...(p.standing?.days !== undefined ? { days: p.standing.days } : {}),
    ...(p.standing?.month !== undefined ? { month: p.standing.month } : {}),
    ...(p.last ? { lastAct: p.last.act } : {}),
  });
  const proposed = DialogueActSchema.safeParse(p.extraction.dialogue_act).data;
  // "The budget can go up to 18 000" on a trip budgeted in dollars: dollars (the extractor needs a currency beside a figure).
  const readDelta = p.guard.useInputs ? restatedBudget(p.text, tripDelta(p.extraction), p.known) : tripDelta(p.extraction);
  // "Safari and beach", "Mara, then a few days on the beach", "we live by the sea, just a safari": before a trip decision
  // stands, the delta carries what the rules need to plan both parts, or neither (local-model/bush-and-beach.ts).
  const said = p.guard.useInputs && !p.standing ? shapedForBushAndBeach(p.text, readDelta, p.pack.byId) : readDelta;
  // "Ok, let's do March then" right after "what if we went in March?": the change tried on is taken.
  const taken = p.standing && p.last?.proposal && acceptsProposal(p.text, said, p.last.proposal) ? p.last.proposal : undefined;
  const stated: TripInputsDelta = taken ? { ...proposalDelta(taken), ...withoutNoise(said, taken) } : said;
  // The model's act stands, except where only the conversation can tell (a follow-up to an unnamed add, taking a hypothetical).
  const read: ActReading = taken ? takenReading(recognised, taken, p.standing!.places) : proposed && !(recognised.act === 'add_extend' && p.last?.pending_add) ? { ...recognised, act: proposed } : recognised;
  // Once a decision stands, a question that commits to nothing is answered and changes no input (held-question.ts).
  const held = p.standing && !taken && !p.last?.pending_add ? heldQuestion(p.text, read, { extraction: p.extraction, delta: said, known: p.known, planned: p.standing.places, ...(p.standing.month !== undefined ? { month: p.standing.month } : {}), pack: p.pack }) : undefined;
  // A question about the plan that names someone new ("what if my 10yo joins the mokoro day?") is a change of who travels: decided on, never only answered (safety review, finding 1).
  const partyAsked = p.standing && !held && PARTY_QUESTION.has(read.act) && partyStated(p.text, said, p.known);
  // A why or price reading of a message that asks nothing and states the trip's facts ("Only reason we go: a crossing. Our
  // only dates are 8-16 March"), or that states them beside its question ("short rains, right? we could also do jan or
  // feb"): the facts change the trip.
  // A change tried on with no question word ("et si on faisait 5 jours", „und wenn wir nur 5 Tage machen") states no fact
  // beyond its trial: the length or month it tries on is not said as the trip's.
  const onlyTried = read.proposal !== undefined && !statesTripFacts(beyond(said, read.proposal));
  const factsBeside = PARTY_QUESTION.has(read.act) && p.guard.useInputs && !onlyTried && statesTripFacts(said) && ((!asksSomething(cueText(p.text)) && statesTripFacts(withoutMonth(said))) || ALSO_STATED.test(cueText(p.text)));
  // A child named in a question ("will the lodge have activities for our 7-year-old?") after the traveler said no children
  // travel: the party contradicts itself, which the rules must see (never only answered).
  const childAfterNone = p.known.children === 0 && p.guard.useInputs && ((said.children ?? 0) > 0 || (said.child_ages?.length ?? 0) > 0);
  // A why or price reading of a message that states a preference beside or instead of its question: a country allowed
  // ("X is fine too, whatever is cheaper"), the price as a constraint ("that's too expensive"), the trip's main reason
  // ("the Big Five is the main reason"): the preference changes the trip (stated-preference.ts).
  const prefBeside = p.standing !== undefined && !p.standing.refused && PARTY_QUESTION.has(read.act) && p.guard.useInputs && preferenceStated(p.text, said, p.known);
  // Turned down on price, with a country to look in ("too expensive, something better value in Botswana?"): a change of plan.
  const pricedOut = prefBeside && placesPricedOut(p.text, said);
  // A question said more precisely ("I mean for both of us" after a price) restates what is known: no fact beside it.
  const readAs: ActReading = read.continued && !taken ? read : pricedOut ? { act: 'change_mind' } : factsBeside || prefBeside || (childAfterNone && (held !== undefined || QUESTION_ACTS.has(read.act))) ? { ...read, act: 'trip' } : (held ?? (partyAsked ? { act: 'trip' } : read));
  // Before any trip decision there is no trip to add to or lengthen: "2 of us, August, 10 days, and we'd like to end on a
  // beach" describes the trip (an addition asked alone, "could we add the Falls at the end?", keeps its act; see below).
  const shaped: ActReading = readAs.act === 'add_extend' && !p.standing && statesTripFacts(withoutLength(said)) ? { ...readAs, act: 'trip' } : readAs;
  // A held refusal let go in words ("OK, forget the promise", "yes, go ahead and decide"): the traveler asks for the decision
  // the refusal offered, so a thank-you, greeting or goodbye reading of the same words decides the trip instead.
  const reading: ActReading = p.guard.flags.includes(HELD_REFUSAL_RELEASED) && SOCIAL_ACTS.has(shaped.act) ? { act: 'trip' } : shaped;
  // Children named with no number ("say our kids come along", "with the kids, right"): a family joins, so the age rules ask
  // their ages (second safety review, F2, F5, F13).
  const delta: TripInputsDelta = p.standing && !held && childrenNamed(p.text, said, p.known) ? { ...stated, traveler_type: 'family' } : stated;
  // A country allowed beside the plan ("Kenya is fine too", «le Kenya nous va aussi»): it joins the countries the plan's places are in.
  const merged = p.guard.useInputs ? p.merge(p.known, prefBeside && !pricedOut ? widened(delta, p.known, p.standing?.places ?? [], p.pack) : delta) : p.known;
  const standing = p.standing !== undefined;
  const act = reading.act;

  // "I mean the luxury lodges" after a price question: the question said again, nothing of the trip taken from it.
  if (reading.continued && QUESTION_ACTS.has(act)) return { reading, inputs: p.known, answerOnly: !standing || Boolean(p.standing?.refused) };
  if (act === 'out_of_scope') {
    // Before any decision, a country the question names is kept (guard.ts); after, nothing moves.
    return { reading, inputs: standing ? p.known : merged, answerOnly: !standing };
  }
  // Before any trip decision (none, or a refusal stands), what a question states ("Is the crater worth it in April? Two
  // adults, $5k each", "How about Samburu?") is the trip asked about: the facts are kept, and the answer is decided on them
  // (it still makes no standing decision). A hypothetical ("what if we went in June?") only tries its change on, unless it
  // states more of the trip ("Ruaha maybe? September, 8 nights, $7,000 pp").
  if (PARTY_QUESTION.has(act) && (!standing || p.standing?.refused) && p.guard.useInputs && (!reading.proposal || statesTripFacts(beyond(said, reading.proposal)))) {
    // "Why not Etosha?" asks about Etosha: the extractor's "not X" is no exclusion there. A place ruled out beside the
    // question ("How much is Volcanoes in July? Not Uganda, we've been") stays ruled out (review 1, finding 5).
    return { reading, inputs: p.merge(p.known, withoutAsked(delta, askedPlaces(p.text, reading, p.pack))), answerOnly: true };
  }
  // A hello before any decision keeps who travels, if it says so ("Hello, I'm travelling solo"): the welcome answers it.
  if (QUESTION_ACTS.has(act)) return { reading, inputs: act === 'greeting' && !standing ? merged : p.known, answerOnly: !standing };
  switch (act) {
    case 'suggest': {
      // Once a decision with places stands, its places are the suggestion: asking for one adds no default focus, and what
      // the request is for ("for a beach extension", "if we can only go in March") is asked about, not set. Facts stated
      // beside it ("we could also go in September actually, what would you do?") are taken.
      // Who travels is always taken: a child said beside the request ("recommend a lodge, our 11-year-old joins us") may bar the plan.
      const partySaid = PARTY_SAID.some((k) => delta[k] !== undefined);
      if (p.standing?.places.length) return { reading, inputs: p.guard.useInputs && (partySaid || STATED_BESIDE.test(cueText(p.text))) ? merged : p.known, answerOnly: false };
      // Without a month the rules ask for it, and where to go beside it: no default focus is picked then.
      const inputs = !p.guard.useInputs ? p.known : merged.month !== undefined || merged.start_date !== undefined ? suggestionInputs(p.known, delta, p.merge) : merged;
      // Before any decision, a country and no month ("heading to Kenya next summer, no idea where"): the suggestion answers
      // and asks for the month; the first standing decision waits for it.
      const countryOnly = !standing && inputs.month === undefined && inputs.start_date === undefined && (said.countries?.length ?? 0) > 0 && !statesTripFacts(withoutYear(said));
      // Before any decision, a request for a suggestion that says nothing of the trip ("where would you go in our place?",
      // «vous nous conseillez quoi ?»): answered with a recommendation whose focus is an assumption, and one question; no
      // input is invented and no decision stands until the traveler states their trip (ARCHITECTURE.md, TripInputs).
      // Before any decision, the agent asked what it would do in a situation put to it ("if you had one week, where would you
      // go?", «quel serait votre conseil pour une semaine en Afrique ?», „was wäre dein Tipp für eine Woche Afrika?"), with
      // only a length or a budget and no month: the same (dialogue-20's and dialogue-24's writers: a suggestion, nothing
      // changed; the length and budget are kept for the trip the traveler states next).
      const putToAgent = !standing && inputs.month === undefined && inputs.start_date === undefined && PUT_TO_AGENT.test(cueText(p.text)) && Object.keys(said).every((k) => LENGTH_OR_MONEY.has(k));
      // A refusal standing for want of a place, the month known, and a request that adds nothing ("where would you go?" after
      // "2 adults, August"): the recommendation is answered, recorded on the reply as the change the traveler may take ("let's
      // do that"), and the standing decision stays (the spec: a bare request for a suggestion changes nothing).
      const bareAfterRefusal = Boolean(p.standing?.refused) && inputs.month !== undefined && !statesTripFacts(newOnly(said, p.known)) && !said.destinations?.length && !said.countries?.length && !said.priorities?.length;
      return { reading, inputs, answerOnly: countryOnly || putToAgent || bareAfterRefusal || (!standing && nothingStated(inputs)) };
    }
    case 'change_mind':
      // Priced out: the standing places give way to the country named (they are not ruled out: a cheaper stay there may do).
      if (pricedOut) return { reading, inputs: replacePlaces(p.known, { ...delta, priorities: [...new Set([...(p.known.priorities ?? []), ...(delta.priorities ?? [])])] }, p.merge, { destinations: p.standing?.places ?? [], countries: [] }), answerOnly: false };
      return { reading, inputs: p.guard.useInputs ? replacePlaces(p.known, delta, p.merge, droppedPlaces(p.text, p.pack)) : p.known, answerOnly: false };
    case 'add_extend': {
      if (!p.guard.useInputs) return { reading, inputs: p.known, answerOnly: false };
      // No decision to add to yet: what it names is taken as the trip, its days and month kept.
      if (!standing) return { reading, inputs: merged, answerOnly: false, ...(safariAwaited(p.text, said, p.pack) ? { pendingAdd: true } : {}) };
      // The addition before already lengthened the trip for this stop; a safari asked for beside the first trip did not.
      const placeOnly = Boolean(p.last?.pending_add && p.last.act === 'add_extend' && reading.about);
      // "Hang 3 days of Rwanda on": a country the plan lacks, no park named: its park that best fits the trip's interests.
      const about = countryStop(reading.about, p.standing?.places ?? [], said, p.known, p.pack) ?? reading.about;
      // "One more stop", "another night": the count is of stops or nights, not of people (the extractor may read a person).
      const stopDelta = STOP_COUNTED.test(cueText(p.text)) && !ADDS_PERSON.test(cueText(p.text)) ? withoutParty(delta) : delta;
      const shaped = addOrExtend(p.text, p.known, stopDelta, about, p.pack, p.merge, { ...(p.standing?.days !== undefined ? { baseDays: p.standing.days } : {}), placeOnly, ...(p.standing ? { planned: p.standing.places } : {}), ...(!about && SAFARI_WORD.test(cueText(p.text)) && !ADD_EXTEND.some((re) => re.test(cueText(p.text))) ? { parkToCome: true } : {}) });
      return {
        reading: about ? { ...reading, about } : reading,
        inputs: shaped.inputs,
        answerOnly: false,
        ...(shaped.addedDays !== undefined ? { addedDays: shaped.addedDays } : {}),
        ...(shaped.added ? { added: shaped.added } : {}),
        // A stop for the beach or gorillas is the rules' to place; a safari asked for with no park still waits for its park.
        ...(!reading.about && (!shaped.themed || SAFARI_WORD.test(cueText(p.text))) && !shaped.added ? { pendingAdd: true } : {}),
      };
    }
    default: {
      // "Zanzibar in June, and we'd like to add a safari before": the safari's place is still to come; the next place named fills it.
      const awaited = !standing && p.guard.useInputs && safariAwaited(p.text, said, p.pack) ? { pendingAdd: true } : {};
      // A first trip that names no place ("we want a quiet safari in May") is answered with a recommendation, not "where?".
      // Without a month the rules ask for it anyway, and where to go is asked beside it: no default focus is picked then.
      // Nor when the place must meet a wish the inputs cannot carry ("malaria-free if possible"): a default pick would ignore it.
      // So is the trip stated right after a suggestion was asked for and answered with no decision ("where would you go?" →
      // "2 adults, October, 10 days"): the place is still left to the agent.
      const inputs = (reading.open || p.last?.act === 'suggest') && p.guard.useInputs && !standing && (merged.month !== undefined || merged.start_date !== undefined) && !MALARIA_FREE.test(cueText(p.text)) ? suggestionInputs(p.known, delta, p.merge) : merged;
      // A first message that states nothing of a trip ("safari ideas?", "what's the weather like in Nairobi?"): answered with what
      // the agent needs, and no decision stands on nothing (the spec: "new" is the first turn that gives trip facts).
      return { reading, inputs, answerOnly: !standing && Object.keys(inputs).length === 0, ...awaited };
    }
  }
}

/** A stop or a night counted ("one more stop", "another night", «une étape de plus», „noch einen Stopp"), not a person. */
const STOP_COUNTED =
  /\b(?:one|another|1|an extra|one extra|une?|ein(?:en|e)?|noch (?:einen|eine|ein))\s+(?:(?:more|extra|additional|further|other|autre|weitere[nrs]?|zusatzliche[nrs]?)\s+)?(?:stops?|places?|parks?|destinations?|legs?|nights?|days?|etapes?|arrets?|endroits?|parcs?|nuits?|jours?|stopps?|halts?|orte?|nachte?|tage?)\b/;

/** A delta without who travels. */
function withoutParty(delta: TripInputsDelta): TripInputsDelta {
  const { adults: _a, group_size: _g, ...rest } = delta;
  return rest;
}

const SAFARI_WORD = /\b(?:safari|game drives?|pirsch\w*)\b/;

/**
 * Whether a trip message asks for a safari beside its other places without naming the safari's: every place it names is a
 * beach or a waterfall, and no country is named for the safari. The next place the traveler names is that safari's stop.
 */
function safariAwaited(text: string, said: TripInputsDelta, pack: PackIndex): boolean {
  const t = cueText(text);
  if (!SAFARI_BESIDE.test(t) || NO_SAFARI.test(t) || said.countries?.length) return false;
  const places = placesNamed(text, pack);
  return places.length > 0 && places.every((id) => { const kind = pack.byId.get(id)?.kind; return kind === 'beach' || kind === 'waterfall'; });
}

/**
 * The act of taking a hypothetical: an addition when it asked about adding a place, a change
 * of plan when it named places the plan does not have, else a trip change (another month,
 * other ages). The recogniser's own addition or change of plan stands.
 */
function takenReading(recognised: ActReading, taken: Proposal, planned: readonly DestinationId[]): ActReading {
  const place = taken.destinations?.[0];
  if (taken.add && place) return { act: 'add_extend', about: place };
  // "Ok, 5 nights then" after "what if we did 5 nights?": the length tried on, not days added.
  if (taken.duration_days !== undefined && !place && !taken.countries?.length) return { act: 'trip' };
  if (recognised.act === 'change_mind' || recognised.act === 'add_extend') return recognised;
  if (place && !planned.includes(place)) return { act: 'change_mind', about: place };
  if (taken.countries?.length) return { act: 'change_mind' };
  return { act: 'trip' };
}

/** The pack place an addition of a country brings, when it names no place of that country and the plan has none there. */
function countryStop(about: DestinationId | undefined, planned: readonly DestinationId[], said: TripInputsDelta, known: TripInputs, pack: PackIndex): DestinationId | undefined {
  const inPlan = new Set(planned.map((id) => pack.byId.get(id)?.country));
  const country = (said.countries ?? []).find((c) => !inPlan.has(c));
  if (!country || (about && !planned.includes(about) && pack.byId.get(about)?.country === country)) return undefined;
  const wants = [...new Set([...(said.priorities ?? []), ...(known.priorities ?? [])])];
  const score = (id: DestinationId) => wants.reduce((sum, w) => sum + (pack.byId.get(id)?.strengths[w] ?? 0), 0);
  const places = [...pack.byId.values()].filter((d) => d.country === country).map((d) => d.id);
  return places.sort((a, b) => score(b) - score(a))[0];
}

/** The places a question asks about: the one it is about, and every place the sentence of its "why not" names. */
export function askedPlaces(text: string, reading: ActReading, pack: PackIndex): Set<DestinationId> {
  const out = new Set<DestinationId>(reading.about ? [reading.about] : []);
  if (reading.act !== 'why_not') return out;
  for (const sentence of cueText(text).split(/[.?!;]+/)) {
    if (WHY_NOT.some((re) => re.test(sentence))) for (const id of placesNamed(sentence, pack)) out.add(id);
  }
  return out;
}

/** A question's delta without the exclusions of the places it asks about; other exclusions stay. */
function withoutAsked(delta: TripInputsDelta, asked: ReadonlySet<DestinationId>): TripInputsDelta {
  const keep = (ids?: readonly DestinationId[]) => ids?.filter((id) => !asked.has(id));
  const { excluded_destinations: x, remove_destinations: r, ...rest } = delta;
  const excluded = keep(x);
  const removed = keep(r);
  return { ...rest, ...(excluded?.length ? { excluded_destinations: excluded } : {}), ...(removed?.length ? { remove_destinations: removed } : {}) };
}

/** What a message states beyond the change it tries on. */
function beyond(said: TripInputsDelta, proposal: Proposal): TripInputsDelta {
  const out: Record<string, unknown> = { ...said };
  for (const k of Object.keys(proposal)) delete out[k];
  return out as TripInputsDelta;
}

/** A month named in a why ("whyd you go for august") is its subject: the facts beside it are the rest. */
function withoutMonth(delta: TripInputsDelta): TripInputsDelta {
  const { month: _m, year: _y, ...rest } = delta;
  return rest;
}

/** Inputs that say nothing a decision could rest on: no place, country, interest, month, length, party, children or budget. */
export function nothingStated(i: TripInputs): boolean {
  return !(i.destinations?.length || i.countries?.length || i.priorities?.length || i.child_ages?.length || i.children) && !statesTripFacts(withoutYear(i));
}

/** The days an addition counts are its own: the rest is what else it states of the trip. */
function withoutLength(delta: TripInputsDelta): TripInputsDelta {
  const { duration_days: _d, ...rest } = delta;
  return rest;
}

/** "Next year" says when only loosely: it is no month to decide on. */
function withoutYear(delta: TripInputsDelta): TripInputsDelta {
  const { year: _y, ...rest } = delta;
  return rest;
}

/** A situation put to the agent ("if you had…", «si vous aviez…», «quel serait votre conseil», „was wäre dein Tipp", „wenn Sie … hätten"). */
const PUT_TO_AGENT = /\bif (?:you|u) (?:had|were|only had|could)\b|\bsi (?:vous|tu) (?:aviez|avais|etiez|etais|pouviez|pouvais)\b|\b(?:quel|quelle) (?:serait|seraient) (?:votre|ton|vos|tes) (?:conseil|idee|choix|recommandation|proposition)s?\b|\bwas (?:ware|waere|wurde) (?:dein|ihr|euer) (?:tipp|rat|vorschlag|empfehlung)\b|\bwenn (?:du|sie|ihr)\b[^.?!]{0,40}\b(?:hattest|hatten|hattet)\b/;
const LENGTH_OR_MONEY: ReadonlySet<string> = new Set(['duration_days', 'budget_amount', 'budget_currency', 'budget_basis', 'budget_rate']);

/** Facts offered beside a question ("we could also do jan or feb", «on peut aussi partir en mars»). */
const ALSO_STATED = /\b(?:(?:we|i) (?:could|can) also|on (?:peut|pourrait) aussi|wir (?:konnten|konnen) (?:ubrigens |eigentlich )?auch)\b/;

/** Facts stated beside a request for a suggestion ("we could also go in September actually, what would you do then?"). */
const STATED_BESIDE = /\b(?:actually|in fact|en fait|finalement|ubrigens|eigentlich|(?:we|i) (?:could|can) also|on (?:peut|pourrait) aussi|wir (?:konnten|konnen) (?:ubrigens |eigentlich )?auch)\b/;

/** The extractor's readings of "instead" or "then" that drop the place just taken. */
function withoutNoise(said: TripInputsDelta, taken: Proposal): TripInputsDelta {
  const keep = (ids?: readonly DestinationId[]) => ids?.filter((id) => !taken.destinations?.includes(id));
  const out: TripInputsDelta = { ...said };
  const removed = keep(said.remove_destinations);
  const excluded = keep(said.excluded_destinations);
  if (removed?.length) out.remove_destinations = removed;
  else delete out.remove_destinations;
  if (excluded?.length) out.excluded_destinations = excluded;
  else delete out.excluded_destinations;
  return out;
}

/** A stated country joins the ones the trip already had, and the ones its standing places are in. */
function widened(delta: TripInputsDelta, known: TripInputs, places: readonly DestinationId[], pack: PackIndex): TripInputsDelta {
  if (!delta.countries?.length) return delta;
  const inPlan = places.map((id) => pack.byId.get(id)?.country).filter((c): c is NonNullable<typeof c> => c !== undefined);
  return { ...delta, countries: [...new Set([...(known.countries ?? []), ...inPlan, ...delta.countries])] };
}
