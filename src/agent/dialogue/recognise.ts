import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import type { DestinationId, TripInputs, TripInputsDelta } from '../../domain/trip-inputs';
import type { Extraction } from '../extraction-schema';
import type { DialogueAct } from './acts';
import { BUDGET_BUYS, PROBLEM_WITH, WHAT_WOULD_CHANGE } from './cues';
import { ACCEPT, ACK, ADD_EXTEND, ADD_PLACE, ADDS_PERSON, CHANGE_MIND, CHANGE_MIND_SOFT, DEFER, DETAILS, FEE_ASKED, GOODBYE, GREETING, GREETING_FROM, HELLO_OR_BYE, LATE_HELLO, LENGTHEN, SMALL_TALK, MONTH_WORD, NO_SAFARI, PLAN_QUESTION, PRICE, SAFARI_BESIDE, SEASON_GREETING, SEEKING, SUGGEST, THANKS, TIER, WHY, WHY_NOT, WHY_NOT_NOW, WORTH } from './cues';
import { asksSomething, refusedTopic, statesTripFacts, type DialogueTopic } from './topics';
import { countriesNamed, droppedPlaces } from './dropped';
import { placesExtracted, placesNamed, withoutPlaces } from './places';
import { tellsOthersTrip } from '../local-model/normalize';
import { cueText, cueWords, daysToAdd, isEmojiOnly, withoutPictographs } from './text';
import type { Proposal } from '../../domain/dialogue';
import { AND_LEAD, bareSubjectQuestion, hypotheticalAges, hypotheticalMood, MONTH_ABBREVIATION, proposalOf, REASON_AGAINST } from './hypothetical';

/** What the recogniser reads besides the text. */
export interface ActContext {
  /** The model's reading of the message (the TripInputs delta and its kind). */
  extraction: Extraction;
  /** The accumulated inputs before this message. */
  known: TripInputs;
  pack: PackIndex;
  merge: (previous: TripInputs, delta: TripInputsDelta) => TripInputs;
  /** Places of the standing decision, when one stands: "why Tarangire?" about a planned place is a why. */
  planned?: readonly DestinationId[];
  /** The previous turn asked to add a stop without naming it: a place now fills it. */
  pendingAdd?: boolean;
  /** The standing plan's length in days, when one stands. */
  days?: number;
  /** The standing decision's month (a wait's later month), when one stands. */
  month?: number;
  /** The act the previous reply answered, when there was one: "I mean the luxury lodges" goes on with a price question. */
  lastAct?: DialogueAct;
}

export interface ActReading {
  act: DialogueAct;
  /** The pack place the act is about (why not X, add X). */
  about?: DestinationId;
  /** An out-of-scope topic the scope reader missed (French, German, insurance, paperwork…). */
  topic?: DialogueTopic;
  /** A first trip message that names no place: the rules choose one, as for a suggestion. */
  open?: true;
  /** A change tried on, not made ("what if we went in March?"): what it would change. */
  proposal?: Proposal;
  /** The ages tried on are of a child who travels ("our 12 year old", «notre fils de 12 ans», „unsere 12-jährige"), not a hypothetical one. */
  ownAges?: true;
  /** A question naming an age-limited activity for the party's child ("would the bungee be OK for her?"), answered by the rules with it counted (dialogue-turn.ts). */
  activityAsked?: true;
  /** The message only says more of the question just asked ("I mean the luxury lodges"): it states nothing of the trip. */
  continued?: true;
}

const any = (res: readonly RegExp[], t: string) => res.some((re) => re.test(t));

/** A topic the agent refuses, read from the message in any of its languages. */
export function foreignTopic(t: string): DialogueTopic | undefined {
  return refusedTopic(t);
}

function tripDelta(e: Extraction): TripInputsDelta {
  const { message_kind: _k, out_of_scope_topic: _t, dialogue_act: _a, ...delta } = e as Extraction & { dialogue_act?: unknown };
  return delta;
}

/** Key-order-independent equality of two TripInputs. */
export function sameInputs(a: TripInputs, b: TripInputs): boolean {
  const canon = (x: TripInputs) => JSON.stringify(Object.keys(x).sort().map((k) => [k, x[k as keyof TripInputs]]));
  return canon(a) === canon(b);
}

function hasPlaces(i: TripInputs): boolean {
  return (i.destinations?.length ?? 0) > 0 || (i.countries?.length ?? 0) > 0;
}

/** The message without places and filler, counted in words: a bare "Victoria Falls maybe?" leaves none. */
function restWords(t: string): number {
  return t
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^(?:and|et|und|then|alors|dann|maybe|perhaps|peut-etre|peut|etre|vielleicht|the|le|la|les|l'\w*|de|des|du|das|die|der|den|dem|instead|plutot|stattdessen|ok|so|also|dans|ce|cas|in|diesem|fall|national|park|np|delta|falls|chutes|krater|crater|reserve)$/.test(w)).length;
}

/**
 * Whether a day count is the trip's new length rather than days to add: more days than
 * the plan has, with no word of "more" ("could we make it 12 days?" on an 8-day plan).
 */
function newLength(text: string, t: string, ctx: ActContext): boolean {
  const n = daysToAdd(text);
  const base = ctx.known.duration_days ?? ctx.days;
  if (n === undefined || base === undefined || n <= base) return false;
  return !/\b(?:more|extra|another|additional|longer|de plus|supplementaires?|en plus|weitere\w*|zusatzlich\w*|mehr|noch|langer)\b/.test(t);
}

/**
 * Recognises the dialogue act of one message from its text and the model's extraction.
 * Deterministic and pure. The order decides overlaps: emoji, a refused topic, change of
 * mind, add/extend, why not, why, price, suggestion, then greetings, thanks and goodbyes
 * only when the message changes no input ("thanks, and what about December?" is a trip
 * change), then a bare place question, then a trip message.
 */
export function recogniseAct(text: string, ctx: ActContext): ActReading {
  if (isEmojiOnly(text)) return { act: 'emoji' };
  const t = cueWords(withoutPictographs(text));
  const e = ctx.extraction;
  const delta = tripDelta(e);
  const inText = placesNamed(text, ctx.pack);
  // A country ruled out reads to the extractor as all its places ("pourquoi pas Kenya ?" → every Kenyan park): those are not named.
  const expanded = (e.excluded_destinations?.length ?? 0) >= 3 ? new Set(e.excluded_destinations) : new Set<DestinationId>();
  const named = placesExtracted(e).filter((id) => !expanded.has(id) || inText.includes(id));
  for (const id of inText) if (!named.includes(id)) named.push(id);
  const planned = ctx.planned ?? ctx.known.destinations ?? [];
  const fresh = named.find((id) => !planned.includes(id));
  const about = fresh ?? named[0];
  // "Why not X" is about a place the decision did not choose; "why X" may be about one it did.
  const withAbout = (act: DialogueAct): ActReading => {
    const target = act === 'why_not' ? fresh : about;
    return target ? { act, about: target } : { act };
  };
  const known = Object.keys(ctx.known).length > 0;
  const changes = !sameInputs(ctx.merge(ctx.known, delta), ctx.known);
  const deltaPlaces = named.length > 0 || (e.countries?.length ?? 0) > 0;

  const kind = e.message_kind;
  if (kind === 'out_of_scope' || kind === 'unsafe' || kind === 'abuse' || kind === 'injection') {
    // A trip message that also asks something out of scope keeps its trip reading.
    const tripContent = Object.keys(delta).some((k) => k !== 'countries');
    // Insurance and paperwork have no name in the scope reader's topics: this reading's is more precise.
    // "Why a malaria-free reserve?": the plan's reason asked, not a health question (the scope reader sees malaria).
    const wishOnly = kind === 'out_of_scope' && WHY_FIRST.test(t) && MALARIA_FREE.test(t) && !refusedTopic(t.replace(MALARIA_FREE, ' '));
    // "Why not Etosha, there's no malaria there?", „wäre Etosha wegen Malaria besser?": a place weighed against the plan on malaria.
    const malariaWeighed = kind === 'out_of_scope' && placesWeighedOnMalaria(t, fresh);
    if (malariaWeighed) return { act: 'why_not', about: fresh! };
    if ((!tripContent || !changes) && !wishOnly) return refusedTopic(t) ? { act: 'out_of_scope', topic: refusedTopic(t)! } : { act: 'out_of_scope' };
  }
  // "Malaria-free if possible", «une réserve sans paludisme»: a wish for the trip's place, not a health question.
  const topic = foreignTopic(t.replace(MALARIA_FREE, ' '));
  if (topic === 'health' && placesWeighedOnMalaria(t, fresh)) return { act: 'why_not', about: fresh! };
  const asks = asksSomething(t);
  // Places, animals and children named in the question ("does my daughter need malaria
  // tablets for Kruger?") are its subject; only stated trip facts make it a trip message.
  // A date that belongs to a document ("my passport expires in Nov 2027") is not the trip's.
  const documentDate = (topic === 'paperwork' || topic === 'visa') && /\b(?:expir\w*|valid\w*|gultig\w*|ablauf\w*|lauft\w* (?:\w+ )*ab|perime\w*|valable\w*)\b/.test(t);
  // A month asked about with the topic ("is malaria bad in September?") is its subject too, not a new travel month.
  // A child's age in a health question ("should our 4 year old take malaria pills?") says whose health it asks about: the
  // question wins and the age is not taken into the trip (a standing trip keeps its inputs; the traveler can state it as a fact).
  // A guarantee asked for a day ("the weather on the 14th?", "will we see the crossing on Aug 10?") has that day as its
  // subject; a fee's future or how it is paid ("is the $900 permit going up?") has the fee's figure, not a budget.
  const subjectFields = [
    'month', 'year', 'countries', 'destinations', 'priorities', 'animals',
    ...(topic === 'health' ? ['children', 'child_ages'] : []),
    ...(topic === 'safety_guarantee' ? ['start_date', 'end_date'] : []),
    // "Is Zambia safe for three women travelling alone?": who travels, inside a one-sentence safety question, is whom it asks about.
    ...(topic === 'safety_guarantee' && asks && /^[^.!;]*\??\s*$/.test(t) ? ['adults', 'group_size', 'traveler_type', 'contradicts', 'remove_destinations', 'excluded_destinations'] : []),
    ...(topic === 'price_guarantee' || topic === 'money' || (topic === 'safety_guarantee' && /\b(?:permits?|fees?|permis|gebuhr\w*)\b/.test(t)) ? ['budget_amount', 'budget_currency', 'budget_basis', 'budget_rate'] : []),
  ];
  const onlyWhenWhere = Object.keys(delta).every((k) => subjectFields.includes(k));
  // Before any trip too, a health question whose facts only say where, when and for whom ("malaria at Etosha in July? we
  // have a baby of 10 months") asks about health: the facts are its subject (the step keeps them, no decision is made).
  const subjectOnly = onlyWhenWhere && (known || ((topic === 'health' || topic === 'safety_guarantee') && /\?/.test(t)));
  if (topic && (asks || /\b(?:pouvez|kannst|konnen|peux|can you)\b/.test(t)) && !(changes && statesTripFacts(delta) && !documentDate && !subjectOnly)) return { act: 'out_of_scope', topic };
  // "Do you do safaris in Morocco?", «vous organisez des safaris au Maroc ?», „macht ihr auch Reisen nach Peru?": whether the
  // service goes somewhere outside the pack, no place of it and no fact given; nothing to decide.
  if (OFFER_ASKED.test(t) && named.length === 0 && !(e.countries?.length) && !statesTripFacts(delta)) return { act: 'out_of_scope', topic: 'non_travel' };
  // Season's greetings name a month ("joyeux Noël") without being a trip in it.
  // Thanks and season's wishes once a trip is under way close the conversation ("thanks, and merry Christmas!"), and so do
  // the wishes alone ("happy new year!" after a decision).
  if (SEASON_GREETING.test(t) && !Object.keys(delta).some((k) => k !== 'month' && k !== 'year')) return { act: known && (THANKS.test(t) || restWords(t.replace(SEASON_GREETING, ' ')) === 0) ? 'goodbye' : 'greeting' };

  // A question that starts with "why" asks about the plan: never an addition or a change of plan.
  const whyFirst = WHY_FIRST.test(t) || (WHY_LAST.test(t) && !WHY_ADDS_DAYS.test(t)) || WHY_LEFT_OUT.test(t);
  const otherCountry = (e.countries ?? []).some((c) => !ctx.known.countries?.includes(c));
  // A why about the country the plan is already in ("why not?? I thought Zambia was the walking place" on a South Luangwa
  // plan) names no other one. (Only for why: "and Botswana for the same dates?" on a plan with a Botswana stop still compares.)
  const plannedCountries = new Set(planned.map((id) => ctx.pack.byId.get(id)?.country));
  const beyondPlan = (e.countries ?? []).some((c) => !ctx.known.countries?.includes(c) && !plannedCountries.has(c));
  // "Why Manyara? is it worth it?" about a place the traveler asked for, though the decision kept only Tarangire: their own place, not another.
  const foreign = named.find((id) => !planned.includes(id) && !ctx.known.destinations?.includes(id));
  // The places the message brings in (not the ones it removes): all new means a new plan.
  const brought = named.filter((id) => !e.remove_destinations?.includes(id) && !e.excluded_destinations?.includes(id));
  const allFresh = brought.length > 0 && brought.every((id) => !planned.includes(id) && !ctx.known.destinations?.includes(id));
  const dropped = droppedPlaces(text, ctx.pack);
  const dropsPlace = known && (dropped.destinations.length > 0 || dropped.countries.length > 0) && any(CHANGE_MIND, t);
  const placed = hasPlaces(ctx.known) || planned.length > 0 || dropsPlace;
  // "Greetings from Texas!", "Hallo aus Zürich!": where they write from is not a trip.
  if (GREETING_FROM.test(t) && !statesTripFacts(delta)) return { act: 'greeting' };
  // "How's it going?", «ça va ?», „na, alles fit bei euch?": small talk, whatever the extractor made of it.
  if (SMALL_TALK.test(t) && !statesTripFacts(delta) && !deltaPlaces) return { act: 'greeting' };
  // "We'll leave it until he's 15, thanks": the age is a time to wait for, not the child's age now; nothing changes.
  // "Why not wait till she's 15?" asks why the decision does not wait: a why about the decision, not the wait taken.
  if (known && WAIT_UNTIL_AGE.test(t) && WHY_FIRST.test(t) && named.length === 0 && !otherCountry) return { act: 'why' };
  if (known && WAIT_UNTIL_AGE.test(t) && Object.keys(delta).every((k) => k === 'child_ages' || k === 'children' || k === 'year' || k === 'contradicts' || k === 'contradicted')) return { act: THANKS.test(t) || ACCEPT.test(t) ? 'thanks' : 'goodbye' };
  // "I mean the luxury lodges", «je veux dire pour les lodges de luxe», „ich meine die Luxus-Lodges" right after a price, why
  // or why-not question: the same question said more precisely, stating nothing of the trip (a tier named in it is what the
  // question asks about, not a wish). So is a bare tier after a price answer ("the luxury ones?", «et en luxe»).
  const lastQuestion = ctx.lastAct === 'price' || ctx.lastAct === 'why' || ctx.lastAct === 'why_not' ? ctx.lastAct : undefined;
  const clarifies = CLARIFIES.test(t) || (lastQuestion === 'price' && TIER.test(t) && restWords(t) <= 5 && !TIER_WISH.test(t) && !REQUEST.test(t));
  if (lastQuestion && clarifies && Object.keys(newOnly(delta, ctx.known)).every((k) => SUBJECT_FIELDS.has(k)) && !any(CHANGE_MIND, t) && !CHANGE_MIND_SOFT.test(t) && !any(ADD_EXTEND, t) && !topic) {
    if (lastQuestion === 'price') return { act: 'price', continued: true };
    return { ...withAbout(fresh ? 'why_not' : 'why'), continued: true };
  }
  // After "we'd like to add a safari before" with no place, the place (and its nights, what it is for) named next fills the
  // stop: "Serengeti would be nice", "like the Mara, for the migration", «genre 3 nuits à Selous». Not a why, a price, a
  // change of mind or a month moved.
  if (ctx.pendingAdd && (named.length > 0 || otherCountryNow(e, ctx)) && !WHY_FIRST.test(t) && !topic && !any(CHANGE_MIND, t) && !/\b(?:instead|au lieu|stattdessen|statt)\b/.test(t) && !(any(PRICE, t) && (asks || /\b(?:combien|how much|wie ?viel)\b/.test(t))) && Object.keys(delta).every((k) => STOP_FIELDS.has(k) || ((k === 'month' || k === 'year') && delta[k] === ctx.known[k]))) {
    return about ? { act: 'add_extend', about } : { act: 'add_extend' };
  }
  // A change tried on, not made ("what if we went in March?", "et si on partait en juillet ?",
  // "was wäre, wenn …", "and December?", "any reason we shouldn't add the Serengeti?"): a
  // comparison answered against the decision, which stays. An acknowledgement before another
  // month ("thanks, and what about December?") moves on to it: the earlier sets' writers read that as a change.
  // "What does my budget actually buy me there?": the price of the plan on their money, asked with or without a question mark.
  if (known && BUDGET_BUYS.test(t) && !any(ADD_EXTEND, t) && !any(CHANGE_MIND, t)) return { act: 'price' };
  // "Whats wrong with march", «qu'est-ce qui changerait avec un budget plus élevé»: the plan's reasons asked about, with no other
  // place or country named (one named is a comparison, read below).
  if (known && (PROBLEM_WITH.test(t) || WHAT_WOULD_CHANGE.test(t)) && !fresh && !otherCountry && !any(ADD_EXTEND, t) && !any(CHANGE_MIND, t) && !(e.budget_amount !== undefined && !asks && !WHAT_WOULD_CHANGE.test(t))) return withAbout('why');
  // "What does the $800 permit actually cover?", «les 900 $ par nuit c'est par personne ou par chambre ?», „was ist in den 1.500 $
  // für das Permit drin?": a figure of the agent's asked about, no budget stated.
  const asked = Object.keys(newOnly(delta, ctx.known));
  const figureOnly = asked.some((k) => k.startsWith('budget_')) && asked.every((k) => k.startsWith('budget_') || SUBJECT_FIELDS.has(k));
  if (known && asks && figureOnly && FIGURE_ASKED.test(t) && !OWN_MONEY.test(t)) return { act: 'price' };
  // "Does it include the walks?", "is the park fee included?", «c'est compris ?», „ist das Permit inklusive?": what a price covers.
  if (known && asks && INCLUSION_ASKED.test(t) && !ADD_ORDER.test(t) && !any(CHANGE_MIND, t) && !CHANGE_MIND_SOFT.test(t) && (figureOnly || !statesTripFacts(newOnly(delta, ctx.known)))) return { act: 'price' };
  // "Our friends did Zanzibar at the end, worth it?", «nos amis ont fini à Zanzibar, ça vaut le coup ?», „unsere Freunde haben
  // am Ende noch Sansibar gemacht – sinnvoll?": someone else's trip, asked about: a comparison with the plan, nothing added.
  if (known && asks && tellsOthersTrip(t) && !ADD_ORDER.test(t) && !any(CHANGE_MIND, t) && !CHANGE_MIND_SOFT.test(t) && Object.keys(delta).every((k) => SUBJECT_FIELDS.has(k) || k === 'month' || k === 'year' || k === 'duration_days')) return withAbout(fresh || otherCountry ? 'why_not' : 'why');
  // "If we had 10 days, what would you add?", «et si on avait 10 jours, vous ajouteriez quoi ?», „was würden Sie bei 10 Tagen
  // noch einbauen?": the agent's advice asked for a length tried on; the rules' plan at that length answers, nothing changes.
  if (ctx.planned !== undefined && !ctx.pendingAdd && delta.duration_days !== undefined && WHAT_YOU_WOULD_ADD.test(t) && LENGTH_SUPPOSED.test(t) && Object.keys(delta).every((k) => k === 'duration_days')) return { act: 'suggest', proposal: { duration_days: delta.duration_days } };
  const trial = tryOn(text, t, ctx, delta, named, asks);
  if (trial) return trial;
  // "Could we do it in June instead?" when the decision is to wait for June: the decision's own advice asked about, not a
  // change yet ("fine, June it is" makes it).
  const waitMonth = ctx.month !== undefined && ctx.month !== ctx.known.month ? ctx.month : undefined;
  if (waitMonth !== undefined && /\?/.test(t) && delta.month === waitMonth && named.length === 0 && Object.keys(delta).every((k) => k === 'month' || k === 'year')) return { act: 'why' };
  // "And Amboseli? The view of Kilimanjaro tempts us": a place asked about on its own, then a
  // remark, with no word that replaces or adds: a comparison, the plan stands.
  const firstAsk = /^([^?]*)\?/.exec(text);
  const onlySubjects = Object.keys(delta).every((k) => ['destinations', 'countries', 'priorities', 'animals'].includes(k));
  if (placed && fresh && firstAsk && !ctx.pendingAdd && onlySubjects && restWords(cueText(withoutPictographs(withoutPlaces(firstAsk[1]!, ctx.pack)))) === 0 && !any(CHANGE_MIND, t) && !CHANGE_MIND_SOFT.test(t) && !any(ADD_EXTEND, t)) return { act: 'why_not', about: fresh };
  // "Is the Mara worth it in Feb?", "lohnt sich Etosha im März?": a question about a place in a month, not a move to it.
  if (asks && WORTH.test(t) && !any(CHANGE_MIND, t) && !any(ADD_EXTEND, t) && !any(PRICE, t)) return withAbout(foreign || otherCountry ? 'why_not' : 'why');
  // "Does the Mara get the calving too, or only Tanzania?", "y a-t-il des lions à Chobe ?": what a place not in the plan has, asked; the plan stands.
  const onlyAbout = Object.keys(delta).every((k) => FEATURE_FIELDS.has(k)) && !otherCountry;
  if (fresh && placed && onlyAbout && !ctx.pendingAdd && FEATURE_QUESTION.test(t) && !any(ADD_EXTEND, t) && !any(PRICE, t)) return { act: 'why_not', about: fresh };
  // "Forget gorillas, let's do the Masai Mara" after a plan the rules left without a place (a discard): a trip stands, and the
  // place named replaces what it was for.
  if (!whyFirst && !placed && known && deltaPlaces && allFresh && !asks && any(CHANGE_MIND, t) && !any(ADD_EXTEND, t)) return withAbout('change_mind');
  if (!whyFirst && placed && deltaPlaces) {
    if (any(CHANGE_MIND, t)) return withAbout('change_mind');
    // "Actually, let's just go with Kruger", "finalement on préfère le Rwanda": new places
    // only, stated rather than asked, with a word of preference, replace the old ones.
    // So does taking the place a switch proposed instead of the traveler's own ("ok let's just do Kruger then" after a switch to Kruger).
    const takesSwitch = brought.length > 0 && (ctx.known.destinations?.length ?? 0) > 0 && brought.every((id) => planned.includes(id) && !ctx.known.destinations!.includes(id));
    if (CHANGE_MIND_SOFT.test(t) && !asks && (allFresh || takesSwitch || (brought.length === 0 && otherCountry)) && !any(ADD_EXTEND, t)) return withAbout('change_mind');
    // "Dann ändern wir das: Ruaha + Sansibar": a change said outright, with a list of places other than the plan's.
    if (CHANGE_PLAN.test(t) && !asks && brought.some((id) => !planned.includes(id)) && !any(ADD_EXTEND, t)) return withAbout('change_mind');
  }
  // "How much would Kruger add?": a price asked, whatever it names.
  const priceAsked = asks && any(PRICE, t) && (named.length === 0 || HOW_MUCH.test(t)) && daysToAdd(text) === undefined;
  // "Is it cheaper than Zambia would have been?", "is Ruaha pricier?" (Ruaha planned): the plan's price, whatever it is compared with.
  const compared = PRICE_COMPARE.exec(t);
  if (asks && compared && !whyFirst && !any(ADD_EXTEND, t) && !placesNamed(t.slice(0, compared.index), ctx.pack).some((id) => !planned.includes(id))) return { act: 'price' };
  // "Chobe would be cheaper, no?", „Wäre Etosha nicht günstiger?": a place not in the plan put forward as cheaper, a comparison
  // of places. Asked plainly ("le Masai Mara serait-il moins cher en janvier ?") it asks that place's price (dialogue-5's writer).
  if (asks && compared && !whyFirst && !any(ADD_EXTEND, t) && fresh && /\b(?:no|right|surely|isn'?t it|wouldn'?t it|non|pas|n'est-ce pas|nicht|oder|doch)\b/.test(t) && placesNamed(t.slice(0, compared.index), ctx.pack).includes(fresh)) return { act: 'why_not', about: fresh };
  if (known && WHAT_IT_ADDS.test(t) && daysToAdd(text) === undefined && !fresh) return { act: 'price' };
  // "And what would Zanzibar add roughly?": what a place would add to the bill, asked.
  if (known && WHAT_PLACE_ADDS.test(t) && daysToAdd(text) === undefined) return about ? { act: 'price', about } : { act: 'price' };
  // "What's Zanzibar going to add cost-wise?", «Zanzibar, ça ajouterait combien ?», „was kostet Sansibar zusätzlich?": the
  // cost a named place would add is asked, not the place added (an order to add it, "add Zanzibar", still adds), even
  // once the place has been added.
  if (known && about !== undefined && asks && ADDITION_PRICE.test(t) && !ADD_ORDER.test(t) && daysToAdd(text) === undefined) return { act: 'price' };
  // "Ça coûte combien en plus", "how much more is that", „wie viel kostet das zusätzlich": what the last change adds to the
  // bill, naming nothing; "how much" asks, question mark or not.
  if (known && named.length === 0 && !otherCountry && (asks || HOW_MUCH_ANYWHERE.test(t)) && ADDITION_PRICE.test(t) && !ADD_ORDER.test(t) && daysToAdd(text) === undefined && !statesTripFacts(delta)) return { act: 'price' };
  // "What would 2 more nights in the Mara cost?", «ça coûterait combien de passer 2 nuits de plus ?», „was würden 2 Nächte
  // mehr kosten?": the cost of a change asked, counted days and all, is a price; an order to add ("add 2 nights, how much?") adds.
  if (known && asks && (COST_QUESTION.test(t) || FEE_ASKED.test(t)) && !ADD_ORDER.test(t) && !whyFirst) return { act: 'price' };
  // "We'd also like a safari before the beach", «on voudrait aussi un safari avant», „wir möchten vorher noch auf Safari" on a
  // plan of beaches or falls only: a safari stop asked for, its park still to come (the next place named fills it).
  const beachOnly = (ids: readonly DestinationId[]) => ids.every((id) => { const kind = ctx.pack.byId.get(id)?.kind; return kind === 'beach' || kind === 'waterfall'; });
  if (known && planned.length > 0 && !whyFirst && !priceAsked && SAFARI_BESIDE.test(t) && !NO_SAFARI.test(t) && beachOnly(planned) && beachOnly(named) && !otherCountry && !any(CHANGE_MIND, t) && !topic) return { act: 'add_extend' };
  // "Stretch it to 9 days and add the Serengeti": a new length that comes with a place added is still an addition.
  // So is "stretch it to 8 nights", "rallonger à 10 jours": a lengthening verb says the trip grows (to that length).
  const addsPlace = fresh !== undefined && ADD_PLACE.test(t);
  // "I can stretch to 6 nights", "können wir eigentlich auf 12 Tage verlängern?": what the traveler can do, a
  // correction of the length they gave (a new total), not days added to the plan.
  const corrected = ctx.known.duration_days !== undefined && LENGTH_CORRECTED.test(t);
  const lengthens = LENGTHEN.test(t) && !corrected;
  if (!whyFirst && !priceAsked && !(corrected && !addsPlace) && any(ADD_EXTEND, t) && known && !ADDS_PERSON.test(t) && !/\b(?:instead|plutot|lieber|stattdessen)\b/.test(t) && (addsPlace || lengthens || !newLength(text, t, ctx))) return withAbout('add_extend');
  // Days counted for something after or beside the plan ("and then a few days on the beach"):
  // an addition, not a new length for the whole trip. A count said as the whole trip's or against the old count ("make the
  // whole thing 12 nights then", „dann machen wir 4 Nächte statt 5") is the new length.
  if (!whyFirst && !corrected && known && daysToAdd(text) !== undefined && !WHOLE_LENGTH.test(t) && /\b(?:then|after|afterwards|also|too(?! (?:short|long|much|many|few|little|expensive|busy|hot|cold|far|late|early))|as well|puis|ensuite|apres|aussi|danach|dann|auch|noch)\b/.test(t) && e.month === undefined && !newLength(text, t, ctx)) return withAbout('add_extend');
  // "Why X and not Y?", "why did you pick X over Y?" asks about X, the place or country the traveler takes to be chosen. When
  // Y is the country the plan is in (and X is not), or nothing is planned yet, the question is why the decision is as it is:
  // a why. (Y a place the plan lacks, X the plan's, stays a comparison with Y: the earlier sets' why-not.)
  const chosenOver = whyChosenOver(t, ctx, planned);
  if (chosenOver) return chosenOver;
  if (WHY_NOT_NOW.test(t) || DETAILS.test(t)) return { act: 'why' };
  // A bare "why not?" names nothing to compare: it asks why this decision (after a refusal or a discard, why not go).
  if (/^(?:(?:and|but|so|hmm|ok|et|mais|alors|und|aber|also)\W+)*(?:why not|y not|pourquoi pas|pourquoi donc pas|warum (?:denn )?nicht|wieso (?:denn )?nicht|weshalb (?:denn )?nicht)\W*$/.test(t) && named.length === 0 && !e.countries?.length) return { act: 'why' };
  // "Why not may?", "why not more days", "why not possible?", „warum nicht länger?": a month, a length or the decision's own
  // word, no place and no country: why the plan is as it is.
  if (WHY_NOT_PLAN.test(t) && named.length === 0 && !otherCountry) return { act: 'why' };
  // "Why not in July?", "pourquoi pas en août plutôt ?": a why-not about a month, no place: why the decision's month.
  if (/\b(?:why not|y not|pourquoi (?:pas|ne pas)|(?:warum|wieso|weshalb) (?:nicht|nich|nod|ned|net|nit))\b/.test(t) && named.length === 0 && !otherCountry && (e.month !== undefined || MONTH_WORD.test(t) || MONTH_ABBREVIATION.test(t))) return { act: 'why' };
  // "Why not?? it's meant to be paradise", "why not a fly-in?", «pourquoi pas une réserve privée ?»: no place and no country
  // to compare, so it asks why the plan is as it is (dialogue-6, -10 and -11's writers). "Why not Mikumi?" names a place,
  // known to the pack or not: still a why-not.
  // So does one that names only the plan's own places ("why not? the falls are the falls" on a Victoria Falls plan).
  const lead = WHY_NOT_LEAD.exec(t)?.[0];
  const bareLead = lead !== undefined && !/\s$/.test(lead);
  if (lead !== undefined && (named.length === 0 || bareLead) && !fresh && !beyondPlan && !asksFreshPlace(t)) return withAbout('why');
  // "Na gut, dann Namibia statt Südafrika, Etosha", "fine, Botswana instead then": the change said, not asked.
  if (!whyFirst && !asks && placed && allFresh && CHANGE_MIND_SOFT.test(t) && !any(ADD_EXTEND, t)) return withAbout('change_mind');
  // "What about Namibia in December, 2 of us, 10 days?" as the first message states a trip: nothing stands to compare with.
  const whyNot = any(WHY_NOT, t) && !(!known && !planned.length && statesTripFacts(delta));
  // A country the trip does not have yet is a comparison target too ("what about Kenya instead?").
  // A why-not that names two or more places, all the plan's ("warum nicht erst Okavango und dann Etosha?"), asks why the plan
  // is ordered or shaped so: a why. ("Why not the Mara?" with the Mara among the plan's places stays a why-not: dialogue-5..-15.)
  // Only when the message proposes nothing but the places: "why not Serengeti and Tarangire in October?", "… for 14 days
  // instead?", "… but cheaper?" propose a change to compare against, a why-not (review s6 P2-9).
  const placesOnly = !['month', 'year', 'start_date', 'end_date', 'duration_days', 'budget_amount', 'budget_rate'].some((k) => k in delta) && !PRICE_COMPARE.test(t) && !/\b(?:instead|plutot|lieber|stattdessen|longer|shorter|plus long|plus court|langer|kurzer)\b/.test(t);
  const onlyOwn = named.length > 1 && !fresh && !otherCountry && !asksFreshPlace(t) && placesOnly;
  if (whyNot && !onlyOwn && (/\b(?:why not|y not|pourquoi (?:pas|ne pas)|warum nicht?|wieso nicht?|(?:warum|wieso|weshalb) (?:nich|nod|ned|net|nit))\b/.test(t) || (about && !planned.includes(about)) || otherCountry)) return withAbout('why_not');
  if (any(WHY, t)) {
    // "Why Volcanoes and not Bwindi?", "why isn't the Serengeti in there?": about the place the plan left out.
    // Only in the why's own sentence: "why Kruger in December? isn't it hot" doubts the plan, it names nothing left out.
    // A doubt tagged on ("why Kenya in November, isn't it the short rains", «…, n'est-ce pas la saison des pluies», „…, ist es
    // da nicht nass") questions the place, it sets nothing against it: the tag is no contrast.
    const clause = (t.split(/[?!.]+/).find((x) => any(WHY, x)) ?? t).replace(DOUBT_TAG, ' ');
    const contrast = /\b(?:and not|but not|rather than|instead of|over|skip\w*|left out|leave out|ruled? out|dropped|exclu\w*|ecart\w*|laiss\w* de cote|raus|ausgeschlossen|weggelassen|aussen vor|plutot|et pas|et non|au lieu|und nicht|statt|anstatt|anstelle|not|pas|nicht|nich|nod|ned|kein\w*)\b|n'?t\b/.test(clause);
    return (foreign || beyondPlan) && contrast ? withAbout('why_not') : withAbout('why');
  }
  // A comparison asked about another month, no place named ("would October be better?", "wäre der September besser?"): why this month.
  // ("What about December instead?" proposes the month: a trip change. "Cheaper in November?" asks a price.)
  if (whyNot && asks && /\b(?:better|nicer|mieux|preferable|besser)\b/.test(t) && !any(PRICE, t) && named.length === 0 && !otherCountry && (e.month !== undefined || MONTH_WORD.test(t))) return { act: 'why' };
  // A question about what the plan gives, naming only interests ("will we see the big five?"): about the plan, not a new priority.
  const onlyInterests = Object.entries(delta).every(([k, v]) => k === 'priorities' || k === 'animals' || k === 'migration_phase' || ((k === 'month' || k === 'year') && ctx.known[k] === v));
  if (asks && onlyInterests && !fresh && !otherCountry && PLAN_QUESTION.test(t)) return withAbout('why');
  // A comparison asked about a place the plan already has ("is Samburu better than this?") explains the plan.
  // ("Is there anything cheaper in the Mara?" asks a price.)
  if (whyNot && asks && about && planned.includes(about) && !any(PRICE, t)) return withAbout('why');
  // "Ok, we'll take your suggestion but make it 10 days", „wir nehmen euren Vorschlag, aber 10 statt 8 Tage": the suggestion
  // taken with a change of the trip's facts is that change, not another request for one.
  const takesSuggestion = known && SUGGESTION_TAKEN.test(t) && changes && statesTripFacts(delta);
  if (any(SUGGEST, t) && !takesSuggestion) return { act: 'suggest' };
  // A tier stated as a wish ("we prefer mid-range lodges") is about the trip, not its price.
  const tierWish = TIER_WISH.test(t);
  const priceCue = any(PRICE, t) || (TIER.test(t) && (asks || (!changes && !tierWish)));
  // A price word in a trip statement ("Tsavo, August, as cheap as possible") states the trip.
  if (priceCue && e.budget_amount === undefined && (asks || !changes || !statesTripFacts(delta))) return { act: 'price' };
  // "Where should we go in March?" with no place named, before any plan: a request for a suggestion.
  if (asks && !planned.length && named.length === 0 && /\b(?:where|ou|wo|wohin|hinfahren|which (?:place|park|destination|country|safari)|quel(?:le)?s? (?:destination|parc|pays|safari|endroit)|welche\w* (?:ziel|park|land|region|safari|gegend))\b/.test(t)) return { act: 'suggest' };

  // "I'll talk it over with my wife and get back to you" names the party it already has: still a goodbye.
  const onlyParty = Object.keys(delta).length > 0 && Object.keys(delta).every((k) => k === 'adults' || k === 'group_size') && (ctx.known.adults === undefined || delta.adults === undefined || delta.adults === ctx.known.adults);
  if (known && onlyParty && DEFER.test(t) && !THANKS.test(t)) return { act: 'goodbye' };
  // "We'll get back to you in January", «on vous recontacte en janvier», „Danke, bis nächste Woche!", "cheers, back in touch next
  // week", „bin bis 3. Januar weg, meld mich danach": when they will write again, not when they travel. A leave-taking, or a
  // thank-you when it only thanks; no travel word beside the date.
  if (known && !asks && (GOODBYE.test(t) || DEFER.test(t)) && Object.keys(delta).length > 0 && Object.keys(delta).every((k) => WHEN_FIELDS.has(k)) && !TRAVEL_WORD.test(t) && !dateOutsideLeaving(t)) return { act: THANKS.test(t) && !GOODBYE.test(t) ? 'thanks' : 'goodbye' };
  if (!changes) {
    if (GOODBYE.test(t) || (known && HELLO_OR_BYE.test(t) && restWords(t) <= 3)) return { act: 'goodbye' };
    if (THANKS.test(t) || ACCEPT.test(t)) return { act: 'thanks' };
    if (known && DEFER.test(t)) return { act: 'goodbye' };
    if (GREETING.test(t) || HELLO_OR_BYE.test(t) || LATE_HELLO.test(t)) return { act: 'greeting' };
    // Only a bare acknowledgement: "oui, le Serengeti en juillet" restates the trip.
    if (ACK.test(t) && restWords(t) <= 4 && named.length === 0 && Object.keys(delta).length === 0) return { act: 'thanks' };
    // A word or two that says nothing of a trip, before any: a hello ("Huhu", "Hallöchen").
    // So is one word asked with nothing in it ("na?", "hm?"): nothing to decide on yet.
    if (!known && (!asks || restWords(t) <= 1) && restWords(t) <= 2 && Object.keys(delta).length === 0) return { act: 'greeting' };
  }

  // A place and nothing else, asked about once a trip stands: a stop to add after "add one
  // more stop", otherwise a comparison with the decision ("et Tarangire dans ce cas ?").
  if (about && placed && !planned.includes(about) && restWords(cueText(withoutPictographs(withoutPlaces(text, ctx.pack)))) <= 3) {
    if (ctx.pendingAdd) return { act: 'add_extend', about };
    if (/\?|\b(?:maybe|peut-etre|vielleicht)\b/.test(t)) return { act: 'why_not', about };
  }
  // A question about a place or country the plan does not have, changing nothing but places
  // ("could we not do Etosha instead?", "Und Namibia?"): a comparison, the plan stands.
  const onlyPlaces = Object.keys(delta).every((k) => ['destinations', 'countries', 'remove_destinations', 'excluded_destinations'].includes(k));
  if ((fresh || otherCountry) && placed && onlyPlaces && /\?\s*$/.test(t) && !ctx.pendingAdd) return withAbout('why_not');
  // Before any plan, a trip described with no place and no country leaves the choice to the
  // agent ("we're looking for a quiet honeymoon safari in February"): a request for a suggestion.
  // A hello that only says a trip is coming ("Hi! Planning our first trip") is a greeting.
  // "Hello, could you help me figure out a first safari? I'm travelling solo": a hello that asks for help and says only who
  // travels. The welcome answers it (asking where and when); the party is kept, and no decision stands yet.
  // "Can you help me plan something?", «vous pouvez m'aider ?» with nothing of a trip in it, before any: an opener, answered
  // with the welcome (asking where and when); nothing to decide on yet.
  if (!placed && !known && HELP_ASKED.test(t) && !changes && named.length === 0 && !e.countries?.length) return { act: 'greeting' };
  if (!placed && !known && GREETING.test(t) && HELP_ASKED.test(t) && Object.keys(delta).length > 0 && Object.keys(delta).every((k) => PARTY_FIELDS.has(k))) return { act: 'greeting' };
  const decisive = statesTripFacts(delta) || (delta.priorities?.length ?? 0) > 0;
  if (!placed && !known && changes && !deltaPlaces && !e.countries?.length) {
    // "Looking for a first safari for my parents" asks for one: a suggestion. "We want to see the
    // migration" states a trip, and the rules choose its place as they would for a suggestion.
    // "What's good in March for two people, 8 days?", "2 of us, January, 9 days. Ideas?": the trip's facts with the place left
    // to the agent, asked: a request for a suggestion.
    if (statesTripFacts(delta) && asks && (WHATS_GOOD.test(t) || IDEAS_ASKED.test(t))) return { act: 'suggest' };
    // "We have 2 weeks in July and $20k for the two of us", «2 semaines en août avec 2 enfants»: a month and more of the
    // trip is a trip described, here as much as with the word "safari" in it.
    const tripShaped = (delta.month !== undefined || delta.start_date !== undefined) && (delta.duration_days !== undefined || delta.adults !== undefined || delta.group_size !== undefined || delta.children !== undefined || delta.budget_amount !== undefined);
    if (decisive && (delta.priorities?.length || tripShaped || /\b(?:safari|trip|holiday|vacation|voyage|vacances|sejour|reise|urlaub)\b/.test(t))) return SEEKING.test(t) ? { act: 'suggest' } : { act: 'trip', open: true };
    if (!decisive && (GREETING.test(t) || HELLO_OR_BYE.test(t))) return { act: 'greeting' };
  }
  return { act: 'trip' };
}

// Fields a hypothetical may carry besides what it tries on: its subjects and the extractor's readings of "instead".
const TRIAL_FIELDS = new Set(['month', 'year', 'duration_days', 'destinations', 'countries', 'remove_destinations', 'excluded_destinations', 'child_ages', 'children', 'priorities', 'animals', 'migration_phase', 'traveler_type', 'flexible_dates']);
const FEATURE_FIELDS = new Set(['destinations', 'countries', 'priorities', 'animals', 'migration_phase', 'excluded_destinations']);
const FEATURE_QUESTION = /^(?:(?:and|so|but|ok|okay|hmm|et|mais|alors|und|aber|also)\W+)*(?:do|does|is there|are there|can (?:you|we|one) see|will (?:we|you) see|y a-t-il|est-ce qu'(?:il y a|on (?:voit|peut voir))|peut-on voir|on (?:voit|peut voir)|gibt es|sieht man|kann man (?:[\w ]{0,20} )?sehen)\b/;
const HOW_MUCH = /^(?:(?:and|so|but|ok|okay|hmm|et|mais|alors|und|aber|also)\W+)*(?:how much|combien|wie ?viel|was kostet|what (?:would|does|will) (?:it|that) cost)\b/;
// "What would that add, roughly?", «ça rajouterait combien ?», „was würde das ungefähr ausmachen?": the price of an addition just asked about.
const WHAT_IT_ADDS = /^(?:(?:and|so|but|ok|okay|hmm|et|mais|alors|und|aber|also)\W+)*(?:what (?:would|does|will) (?:it|that|this|those|they) (?:add|come to|come out at|set us back)|(?:ca|cela) (?:rajouterait|ajouterait|ferait|couterait) combien|combien (?:ca|cela) (?:rajouterait|ajouterait|ferait en plus)|was (?:wurde|macht|wurden) (?:das|es|die) (?:[\w ]{0,20} )?(?:ausmachen|dazu ?kommen|mehr kosten|extra kosten|zusatzlich kosten))\b/;
const ADDITION_PRICE = /(?:\bhow much (?:more|extra)\b|\b(?:cost|price|money|budget)[- ]?wise\b|\badd\w*\b[^.?!]{0,30}\b(?:to (?:the|our) (?:bill|cost|price|total|budget)|in (?:cost|price|money))\b|\bwhat (?:would|will|does|is|'?s)\b[^.?!]{0,40}\b(?:add|cost|come to|set us back)\b[^.?!]{0,20}\b(?:extra|more|on top|in total|cost\w*|price\w*|money)\b|\bcombien\b[^.?!]{0,30}\b(?:en plus|de plus|ajout\w*|rajout\w*|supplement\w*)\b|\b(?:ajouterait|rajouterait|couterait|ajoute|rajoute|ajouter|rajouter)\b[^.?!]{0,25}\bcombien\b|\b(?:was|wie ?viel)\b[^.?!]{0,40}\b(?:zusatzlich|extra|mehr|dazu)\b[^.?!]{0,20}\b(?:kosten|kostet|ausmachen)\b|\b(?:was|wie ?viel)\b[^.?!]{0,10}\bkostet\b[^.?!]{0,40}\b(?:zusatzlich|extra|mehr|dazu)\b|\baufpreis\w*|\bmehrkosten\b)/;
// An order to add ("add Zanzibar, how much?", «ajoutez Zanzibar», „nehmt Sansibar dazu"): an addition, whatever it asks besides.
const ADD_ORDER = /^(?:(?:ok|okay|yes|oui|ja|great|super|parfait|perfect|then|alors|dann|please|bitte)\W+)*(?:(?:please )?add\b|let'?s add|we(?:'d| would)? (?:like|want) to add|ajoute[zs]?\b|ajoutons|rajoute[zs]?\b|on (?:ajoute|rajoute)\b(?![^.?!]*\b(?:combien|oui ou non)\b)|nehmt|nimm|fug\w*|nehmen wir)/;
/** The cost of something asked in the conditional or as "how much" ("what would … cost", «combien coûterait», „was würde … kosten"). */
const COST_QUESTION =
  /\b(?:what (?:would|will|does|do|did)\b[^.?!]{0,60}\bcost|how much (?:would|will|does|do|is|are)\b[^.?!]{0,60}\b(?:cost|be|run|add)\b|(?:ca|cela) (?:couterait|couteraient|reviendrait)\b|combien (?:couterait|couteraient|coute(?:rait)?(?:-t-il)?|ca (?:couterait|coute|ferait)|cela (?:couterait|coute|ferait)|de plus)\b|couterai(?:t|ent) combien|(?:was|wie ?viel) (?:wurde|wurden|kostet|kosten)\b[^.?!]{0,60}\b(?:kosten|kostet|ausmachen)\b)/;
/** Waiting for a child's birthday ("we'll wait until he's 15", «on attendra qu'il ait 15 ans», „wir warten, bis sie 15 ist"). */
const WAIT_UNTIL_AGE =
  /\b(?:(?:wait|leave it|hold off|postpone it|put it off|come back)\b[^.?!]{0,20}\b(?:until|till|til|when) (?:he|she|they|the kids?|our \w+)(?:'s| is| are| turns?| reaches?)? ?\d{1,2}\b|(?:attendr\w*|reporter|repousser|revenir)\b[^.?!]{0,25}\b(?:qu'(?:il|elle)s? (?:ait|aient)|(?:ses|leurs) \d{1,2} ans)|warten\b[^.?!]{0,20}\bbis (?:er|sie|die kinder|unsere? \w+) \d{1,2}\b|(?:verschieben|warten)\b[^.?!]{0,30}\b\d{1,2}(?:\.|\s)?(?:geburtstag|jahre alt))/;
const OFFER_ASKED = /\b(?:(?:do|can|could) you(?: guys| folks| also)? (?:do|offer|organi[sz]e|run|sell|arrange|cover|book) (?:any |also )?(?:safaris?|trips?|tours?|holidays?) (?:in|to)|(?:organisez|proposez|faites|vendez)-vous (?:aussi )?des (?:safaris?|voyages?|circuits?) (?:en|au|aux|a)|vous (?:organisez|proposez|faites) (?:aussi )?des (?:safaris?|voyages?|circuits?) (?:en|au|aux|a)|(?:macht|bietet|organisiert|verkauft) ihr (?:auch )?(?:safaris?|reisen|touren) (?:in|nach)|(?:machen|bieten|organisieren) sie (?:auch )?(?:safaris?|reisen|touren) (?:in|nach))\b/;
const PRICE_COMPARE = /\b(?:cheaper|pricier|more expensive|less expensive|costlier|moins cher|plus cher|moins couteux|plus couteux|gunstiger|teurer|billiger|preiswerter)\b/;
const LENGTH_CORRECTED = /\b(?:actually|eigentlich|en fait|finalement|tatsachlich|(?:i|we) (?:can|could) (?:also |now |even )?(?:stretch|extend|go|do)|(?:je|on|nous) (?:peux|peut|pouvons) (?:aussi )?(?:aller|rallonger|prolonger) jusqu'a)\b[^.?!]{0,40}\b(?:to|a|jusqu'a|auf|bis)\s+\d{1,2}\s+(?:days?|nights?|jours?|nuits?|tage?n?|nachte?n?)\b/;
const CHANGE_PLAN = /\b(?:andern wir|wir andern|let'?s change|we(?:'ll| will) change|changeons|on change|on modifie|modifions)\b/;
/** A doubt tag after a why ("isn't it the rains", «n'est-ce pas», „ist es da nicht …"): no place is set against the plan by it. */
const DOUBT_TAG = /[,;]\s*(?:(?:but|and|mais|et|aber|und)\s+)?(?:(?:is|was|are|were|does|do|would|will)n'?t (?:it|that|this|there|they)|n'est-(?:ce|il|elle) pas|(?:ce |c')?n'est pas|(?:ist|war|sind|ware) (?:es|das|da|sie|dort) (?:\w+ )?(?:nicht|nich|kein\w*))\b.*$/;
const WHY_FIRST = /^(?:(?:and|so|but|ok|okay|hmm|et|mais|alors|und|aber|also)\W+)*(?:why|how come|pourquoi|warum|wieso|weshalb)\b/;
/** The why that asks the message's closing question ("the kids love apes... why not add Bwindi?"): what comes before it is said, not asked. */
const WHY_LAST = /(?:\.\.+|[.!…])\s*(?:(?:and|so|but|ok|okay|hmm|et|mais|alors|und|aber|also)\W+)*(?:why|how come|pourquoi|warum|wieso|weshalb)\b[^.!?…]*\?+\s*$/;
/** The agent asked what it would add or do ("what would you add", «vous ajouteriez quoi», „was würden Sie noch einbauen"). */
const WHAT_YOU_WOULD_ADD = /\bwhat (?:would|could|should) (?:you|we) (?:add|include|do|fit in|put in)\b|\bwhat would you (?:suggest|recommend) (?:adding|we add)\b|\b(?:vous|tu) (?:ajouteriez|ajouterais|rajouteriez|rajouterais|feriez|ferais|mettriez|mettrais|conseilleriez|conseillerais)\b[^.?!]{0,15}\bquoi\b|\bqu'est-ce que (?:vous|tu) (?:ajouteriez|ajouterais|rajouteriez|rajouterais|feriez|ferais)\b|\bque (?:rajouteriez|ajouteriez)-(?:vous|tu)\b|\bwas (?:wurden|wurdest|wurdet) (?:sie|du|ihr)\b[^.?!]{0,40}\b(?:einbauen|dazunehmen|hinzufugen|erganzen|machen|einplanen|noch tun)\b/;
/** Why a place was left out, asked after a remark ("how about Laikipia, why didn't you include it", «pourquoi ne pas l'avoir inclus»). */
const WHY_LEFT_OUT = /\b(?:why (?:did(?:n'?t| not) you|have(?:n'?t| not) you|is(?:n'?t| not)|was(?:n'?t| not)|(?:is|was) (?:it|that) not)\b[^.!?]{0,30}\b(?:includ\w*|add\w*|pick\w*|(?:put|kept) it in|in (?:it|there|the plan|the trip)|on the list|part of)|pourquoi (?:ne pas l'avoir|ne l'avez-vous pas|vous ne l'avez pas|ne l'as-tu pas|tu ne l'as pas|n'avez-vous pas|il n'est pas|elle n'est pas)\b[^.!?]{0,20}\b(?:inclu\w*|ajout\w*|mis|pris|retenu\w*|dans le)|(?:warum|wieso|weshalb) (?:habt ihr|haben sie|hast du|ist)\b[^.!?]{0,30}\bnicht\b[^.!?]{0,20}\b(?:eingeplant|aufgenommen|dabei|drin|eingebaut|berucksichtigt|dazugenommen))/;
/** A closing why that asks for days ("sounds great. why not extend by 3 days?"): a request to add them, not a why (second review, F9). */
const ADDING = String.raw`\b(?:add\w*|extend\w*|ajout\w*|rajout\w*|prolong\w*|verlanger\w*|hinzu\w*|dranh\w*)\b`;
const WHY_ADDS_DAYS = new RegExp(String.raw`\b(?:why not|how about|pourquoi (?:ne pas|pas)|warum nicht)\b[^.!?…]*(?:${ADDING}[^.!?…]*\d|\d[^.!?…]*${ADDING})`);
// "What if …" with no question mark still asks.
/** "And if we pushed it to June", "if we went in August": a trial in the past tense, question mark or not (not a tier: "if we upgraded to luxury" asks a price). */
const IF_WE_OPENING = /^(?:(?:and|so|but|ok|okay|hmm)\W+)*if (?:we|i) (?:\w+ )?(?:went|did|took|made|were|had|came|flew|chose|\w+ed)\b/;
const TRIAL_OPENING = /^(?:(?:and|so|but|ok|okay|hmm|et|mais|alors|bon|und|aber|also)\W+)*(?:what if|how about|et si|was ware|was wenn|und wenn)\b/;
/** A length said as the whole trip's, or set against the old one. */
const WHOLE_LENGTH = /\b(?:whole (?:thing|trip|holiday)|in total|total|altogether|overall|en tout|au total|en totalite|insgesamt|total|gesamt)\b|\b(?:instead of|rather than|au lieu de|plutot que|statt|anstatt|anstelle von)\s+\d/;
/** A message that opens with a bare "why not" ("why not?? …") or one about a thing, not a place ("why not a fly-in?"). */
const WHY_NOT_LEAD = /^(?:(?:and|but|so|hmm|ok|et|mais|alors|und|aber|also)\W+)*(?:why not|y not|pourquoi (?:pas|ne pas|donc pas)|(?:warum|wieso|weshalb) (?:denn )?(?:nicht|nich|nod|ned|net|nit))(?:\W*(?:[?!.]|$)|\s+(?:a|an|un|une|ein|eine|einen)\s)/;
/** "Why not somewhere else / another park?": a place asked for, though none is named. */
function asksFreshPlace(t: string): boolean {
  return /\b(?:somewhere|another (?:park|place|country|reserve)|elsewhere|ailleurs|un autre (?:parc|pays|endroit)|woanders|anderswo|ein(?:en)? andere[nrs]? (?:park|land|ort))\b/.test(t);
}
const PARTY_SPLIT = new Set(['adults', 'group_size', 'children', 'traveler_type', 'contradicts', 'contradicted']);
export const MALARIA_FREE = /\b(?:malaria[- ]free|free (?:of|from) malaria|without malaria|no malaria|non-malaria|malariafrei\w*|ohne malaria|sans (?:le )?palu(?:disme)?|(?:zone|region|reserve|parc)s? (?:non |hors )?impaludee?s?|hors zone (?:de )?palu\w*)\b/g;
/** A place the plan lacks, weighed against it ("why not", "wäre … besser") where malaria is the only health word. */
function placesWeighedOnMalaria(t: string, fresh: DestinationId | undefined): boolean {
  if (!fresh || !/\b(?:malaria|palu\w*)\b/.test(t)) return false;
  const weighs = any(WHY_NOT, t) || hypotheticalMood(t);
  return weighs && !refusedTopic(t.replace(/\b(?:malaria\w*|palu\w*|antipalu\w*)\b/g, ' '));
}
const PARTY_FIELDS = new Set(['adults', 'group_size', 'traveler_type']);
/** Asking for help to start ("could you help me", «pouvez-vous m'aider», „könnt ihr mir helfen"). */
/** The agent's suggestion taken ("we'll take your suggestion", «on prend votre proposition», „wir nehmen euren Vorschlag"). */
const SUGGESTION_TAKEN = /\b(?:take|taking|go with|going with|accept|follow|nehmen|ubernehmen|folgen|prend\w*|suiv\w*|accept\w*)\b[^.!?]{0,25}\b(?:suggestion|recommendation|proposal|advice|idea|pick|vorschlag\w*|empfehlung|rat|idee|proposition|conseil|recommandation)\b/;
/** "What's good in March?", «qu'est-ce qui est bien en mars ?», „was ist gut im März?": what suits the trip, asked. */
const WHATS_GOOD = /\b(?:what'?s|what is|what are|whats) (?:good|best|great|nice|recommended)\b|\bqu'est-ce qui (?:est|serait) (?:bien|bon|top)\b|\bwas (?:ist|ware|waere) (?:gut|am besten|schon)\b/;
/** "Ideas?", "thoughts?", «des idées ?», „Ideen?": the choice handed to the agent. */
const IDEAS_ASKED = /\b(?:ideas?|thoughts|suggestions?|idees?|ideen|vorschlage)\s*\?/;
const HELP_ASKED = /\b(?:help (?:me|us)|(?:m'|nous )aider|aidez-(?:moi|nous)|(?:mir|uns) (?:[\w ]{0,20} )?helfen|helft (?:mir|uns))\b/;
/**
 * The conditional of a trial ("what if we did", «et si on faisait», „was wäre, wenn", „würden"): a length set against the
 * old one is tried on in it, and changed in the present ("what if we do 9 days instead of 7?", «et si on fait …»).
 */
export const CONDITIONAL =
  /\b(?:what if (?:[\w']+ ){0,6}?(?:did|went|stayed|made|had|took|cut|spent|kept|shortened|trimmed|were|was|could|trekked|switched|swapped|moved)|if (?:we|i) (?:did|went|stayed|made|cut|spent)|(?:et )?si (?:on|nous|je|elle|il) (?:ne )?\w{2,}(?:ait|ions)|was waren?,? wenn|wenn (?:wir|ich)\b[^.?!]{0,40}\b(?:wurden|wurde|blieben|machten|fuhren|waren|hatten))\b/;
/** A swap asked ("could we swap to March?", «on pourrait échanger contre …», „könnten wir auf März tauschen?"): tried on, not made. */
export const SWAP_ASKED =
  /\b(?:(?:could|can|might) (?:we|you|u) (?:\w+ )?(?:swap|switch)|any chance (?:we|you|u) (?:could|can)|(?:pourrait-on|on pourrait|pourriez-vous|vous pourriez|peut-on|on peut) (?:\w+ )?(?:echanger|troquer|permuter|basculer)|(?:konnten|konnen|konntet|konnt) (?:wir|ihr|sie) (?:[\w ]{0,25} )?(?:tauschen|wechseln|umtauschen))\b/;
/** "Why X and not Y", "why X over Y", «pourquoi X et pas Y», „warum X und nicht Y": X before the contrast, Y after it. */
const WHY_X_OVER_Y = /\b(?:why|how come|pourquoi|warum|wieso|weshalb)\b(?!\s+(?:not|pas|ne pas|nicht)\b)([^?!.;]{1,60}?)\s(?:and not|but not|rather than|instead of|over|plutot que|et pas|et non|au lieu de|und nicht|statt|anstatt|anstelle von|lieber als)\s([^?!.;]{1,60})/;

/** A "why X and not Y" about the chosen X: a why when Y is the plan's country and X is not; a why-not about Y when nothing is planned yet. */
function whyChosenOver(t: string, ctx: ActContext, planned: readonly DestinationId[]): ActReading | undefined {
  const m = WHY_X_OVER_Y.exec(t);
  if (!m) return undefined;
  const [x, y] = [m[1]!, m[2]!];
  const xPlaces = placesNamed(x, ctx.pack);
  const yPlaces = placesNamed(y, ctx.pack);
  const xCountries = countriesNamed(x);
  const yCountries = countriesNamed(y);
  if (!(xPlaces.length || xCountries.length) || !(yPlaces.length || yCountries.length)) return undefined;
  const places = new Set([...planned, ...(ctx.known.destinations ?? [])]);
  const countries = new Set([...planned.map((id) => ctx.pack.byId.get(id)?.country), ...(ctx.known.countries ?? [])]);
  const ofPlan = (ids: readonly DestinationId[], ccs: readonly string[]) => ids.some((id) => places.has(id)) || ccs.some((c) => countries.has(c as never));
  const nothingPlanned = places.size === 0 && countries.size === 0;
  // Countries only: a place set against the plan's place ("why Samburu and not the Mara" on a Mara plan) stays a comparison
  // with the place named last (dialogue-12 and -19's writers; dialogue-20's read it as a why: a label dispute).
  const countriesOnly = xPlaces.length === 0 && yPlaces.length === 0;
  // Nothing planned yet ("why Serengeti and not Kenya", «pourquoi la Tanzanie et pas le Kenya» before any decision): the
  // traveler sets Y against the X they take to be chosen, a comparison about Y, the place not chosen (dialogue-22's three
  // labellers; dialogue-20's writer read one as a why).
  if (nothingPlanned) return yPlaces[0] ? { act: 'why_not', about: yPlaces[0] } : { act: 'why_not' };
  if (!(countriesOnly && ofPlan(yPlaces, yCountries) && !ofPlan(xPlaces, xCountries))) return undefined;
  return xPlaces[0] ? { act: 'why', about: xPlaces[0] } : { act: 'why' };
}

/** A why-not about the plan's month ("may" too, read as a month right after "why not"), length or possibility. */
const WHY_NOT_PLAN = /^(?:(?:and|but|so|hmm|ok|et|mais|alors|und|aber|also)\W+)*(?:why not|y not|pourquoi (?:pas|ne pas)|(?:warum|wieso|weshalb) (?:denn )?nicht)\s+(?:(?:in|en|im)\s+)?(?:may|mai|(?:(?:a few |a couple )?(?:more|fewer|less|extra)|plus de|moins de|davantage de|quelques|mehr|weniger|ein paar)\s+(?:days?|nights?|time|jours|nuits|temps|tage|nachte|zeit)|longer|shorter|earlier|later|sooner|plus longtemps|plus court|plus tot|plus tard|langer|kurzer|fruher|spater|possible|allowed|doable|feasible|an option|moglich|erlaubt|machbar|faisable|autorise\w*)(?=\W*$|\s*[?!.,]|\s+(?:then|alors|dann|too|aussi|auch|instead|plutot|stattdessen)\b)/;
/** "How much" anywhere in the message: a question, with or without its mark. */
const HOW_MUCH_ANYWHERE = /\b(?:how much|combien|wie ?viel)\b/;
/** What a question said more precisely may name without stating the trip: the tier, interests, places it asks about. */
const SUBJECT_FIELDS = new Set(['priorities', 'animals', 'migration_phase', 'destinations', 'countries', 'remove_destinations', 'excluded_destinations']);
/** The delta without what it only restates of the known inputs ("for both of us" when two travel). */
export function newOnly(delta: TripInputsDelta, known: TripInputs): TripInputsDelta {
  return Object.fromEntries(Object.entries(delta).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(known[k as keyof TripInputs]))) as TripInputsDelta;
}
/** What a stop named for a pending addition may carry: the place, its country, its nights and what it is for. */
const STOP_FIELDS = new Set(['destinations', 'countries', 'priorities', 'animals', 'migration_phase', 'duration_days', 'remove_destinations', 'excluded_destinations']);
/** A country the trip does not have yet, named in the message. */
function otherCountryNow(e: Extraction, ctx: ActContext): boolean {
  return (e.countries ?? []).some((c) => !ctx.known.countries?.includes(c));
}
/** A message that says which thing the question just asked meant ("I mean…", «je veux dire…», „ich meine…"). */
const CLARIFIES = /^(?:(?:no|non|nein|nee|sorry|pardon|desole\w*|ah|oh|well|enfin|bon|ok(?:ay)?|also|ja|yes|oui|i'?m sorry)\W+)*(?:i mean[t]?|i was (?:asking|talking|thinking) (?:about|of)|what i meant|(?:je )?veux dire|je voulais dire|je (?:parle|parlais) (?:de|du|des)|ce que je voulais dire|ich meine|ich meinte|ich mein|gemeint (?:sind|ist|war|waren)|ich (?:rede|redete|frage|fragte) (?:von|nach))\b|\b(?:i mean|i meant|je veux dire|je voulais dire|meine ich|meinte ich|ich meine|ich meinte)\W*$/;
/** A tier stated as a wish ("we prefer mid-range lodges"): about the trip, not its price. */
const TIER_WISH = /\b(?:prefer\w*|want|would like|we'?d like|like|preferons|prefere\w*|voudrions|aimerions|lieber|mochten|wollen|bevorzugen)\b/;
/** A request, not a question ("luxury please", «en luxe s'il vous plaît», „Luxus bitte"). */
const REQUEST = /\b(?:please|pls|let'?s|go for|s'il (?:vous|te) plait|on prend|bitte|nehmen wir)\b/;
const AGE_NOISE = new Set(['group_size', 'adults', 'contradicts', 'contradicted']);
const ACK_LEAD = /^(?:thanks?|thank you|thx|ty|cheers|merci\w*|danke\w*|vielen dank|ok(?:ay)?)\b/;

/** "What would Zanzibar add roughly", "what would 3 nights there add to the bill": the cost of an addition asked. */
const WHAT_PLACE_ADDS = /^(?:(?:and|so|but|ok|okay|hmm)\W+)*what (?:would|does|will) [\w' -]{1,30} add (?:roughly|approximately|approx|about|more or less|cost-?wise|price-?wise|in cost|to (?:the|our) (?:bill|cost|total|price))\W*$/;
/** A length supposed, not stated ("if we had 10 days", «avec 10 jours», „bei 10 Tagen"): not "we've got 14 days now". */
const LENGTH_SUPPOSED = /\b(?:if|with|say|suppose|supposing|si|avec|et si|bei|mit|wenn|angenommen|falls)\b[^.?!]{0,25}\d/;
/** A leave-taking with the date it names taken out: a date left over belongs to the trip ("March it is then, see you!"). */
const LEAVING_WHEN = new RegExp(String.raw`(?:${GOODBYE.source}|${DEFER.source})[^.!?,]{0,40}|\b(?:bin|sind|am|are|is|je suis|nous sommes|on est)\b[^.!?,]{0,10}\b(?:bis|until|till|jusqu'au|jusqu'a)\b[^!?,]{0,25}?\b(?:weg|away|unterwegs|absent\w*|en vacances|off|im urlaub|verreist)\b`, 'g');
function dateOutsideLeaving(t: string): boolean {
  const rest = t.replace(LEAVING_WHEN, ' ');
  return MONTH_WORD.test(rest) || /\d/.test(rest);
}
/** Fields a leave-taking may name ("see you next week", „bis 3. Januar weg"): when, not the trip's. */
const WHEN_FIELDS: ReadonlySet<string> = new Set(['month', 'year', 'start_date', 'end_date', 'contradicts', 'contradicted']);
/** A word of travelling beside a date: the date is the trip's ("thanks, we'll go in March then, bye"). */
const TRAVEL_WORD = /\b(?:go|going|travel\w*|fly|flying|trip|safari|leave|book\w*|instead|rather|partir|partons|aller|voyage\w*|plutot|reise\w*|fahren|fliegen|buchen|urlaub|lieber|stattdessen)\b/;
/** A figure asked about: what it covers, what it means, per whom ("what does the $800 permit cover", «c'est par personne ?»). */
const FIGURE_ASKED = /\b(?:cover\w*|include\w*|includ\w*|mean\w*|per (?:room|person|night|couple)|is that|what'?s the|comprend\w*|inclu\w*|couvre|veut dire|par (?:personne|chambre|nuit|couple)|c'est quoi|drin|enthalten|inbegriffen|inklusive|heisst|bedeutet|pro (?:person|zimmer|nacht))\b/;
/** The traveler's own money stated ("our budget is 3000 per person, is that enough?", «on peut mettre 4000»): a budget, not a figure asked about. */
const OWN_MONEY = /\b(?:our|my|we|we'?ve|notre|nos|mon|ma|nous|on|unser\w*|mein\w*|wir)\b[^.?!]{0,20}\b(?:budget|spend|afford|have|has|got|can|could|avons|peut|pouvons|mettre|haben|konnen|hatten|ausgeben)\b/;
/** What a price covers, asked ("does it include the walks?", «c'est compris ?», „ist das Permit inklusive?"). */
const INCLUSION_ASKED = /\b(?:(?:does|do|did|will|would|is|are)\s+(?:it|that|this|they|the [\w$ ]{1,25})\s+(?:include|cover)|(?:is|are)\s+[\w$ ]{1,30}\s+included|(?:c'est|est-ce|tout est) (?:compris|inclus)|(?:comprend|inclut|couvre)\b[^.?!]{0,20}\bquoi|(?:ist|sind)\s+[\w$ ]{1,30}\s+(?:inbegriffen|inklusive|enthalten)|was ist (?:da |in [\w$. ]{1,30} )?(?:alles |eigentlich )?drin)\b/;

/** A hypothetical, read with what it would change (a why_not for another place, else a why); a price asked in it is a price question. */
function tryOn(text: string, t: string, ctx: ActContext, delta: TripInputsDelta, named: readonly DestinationId[], asks: boolean): ActReading | undefined {
  const planned = ctx.planned ?? [];
  // "Why is the Delta better in July?" asks why: a why never tries anything on.
  if (ctx.planned === undefined || ctx.pendingAdd || WHY_FIRST.test(t)) return undefined;
  const against = REASON_AGAINST.test(t);
  if (!against && !((asks || TRIAL_OPENING.test(t) || (IF_WE_OPENING.test(t) && !TIER.test(t) && !any(PRICE, t))) && (hypotheticalMood(t) || SWAP_ASKED.test(t))) && !((asks || AND_LEAD.test(t)) && bareSubjectQuestion(text, ctx.pack, named))) return undefined;
  // "Et si on ajoutait Zanzibar ?", "what if we added the Falls?": proposing an addition asks for it (the writers' add_extend).
  // An age tried on ("what if he were 16?") may read to the extractor as a party size.
  const aged = hypotheticalAges(t, ctx.known) !== undefined;
  // What it restates of the trip ("would Chobe work for $2000?" on a $2000 trip) tries nothing on.
  // "Et si on fait 8 jours au lieu de 6 ?": a length set against the old one it names is a change (the earlier sets' writers),
  // not tried on; in the conditional ("what if we did 5 nights instead of 7?", «et si on faisait 10 jours au lieu de 12 ?»,
  // „was wäre, wenn wir 4 statt 6 Nächte blieben?") it is tried on, as a month is.
  if (delta.duration_days !== undefined && /\b(?:instead of|rather than|au lieu de|plutot que|statt|anstatt|anstelle von)\s+\d/.test(t) && !CONDITIONAL.test(t)) return undefined;
  const restated = (k: string) => JSON.stringify(delta[k as keyof TripInputsDelta]) === JSON.stringify(ctx.known[k as keyof TripInputs]);
  if ((!against && any(ADD_EXTEND, t)) || any(CHANGE_MIND, t)) return undefined;
  // "What if just the two of us trekked and the others stayed at the lodge?": a trial the rules cannot run (a party split,
  // an activity) still asks; the decision is explained and nothing changes.
  // Only a party split reads so: a budget or a drive limit tried on ("what if we did max 5 hours then") is said as a change.
  const untried = Object.keys(delta).filter((k) => !TRIAL_FIELDS.has(k) && !(aged && AGE_NOISE.has(k)) && !restated(k));
  if (untried.length) return TRIAL_OPENING.test(t) && untried.every((k) => PARTY_SPLIT.has(k)) ? { act: 'why' } : undefined;
  const proposal = proposalOf(delta, { t, known: ctx.known, planned, ...(ctx.month !== undefined ? { month: ctx.month } : {}), pack: ctx.pack, adds: against || any(ADD_EXTEND, t), named });
  if (!proposal) {
    if (any(PRICE, t) && !named.length) return { act: 'price' };
    // The month the decision already gives (the later month of a wait: "what if we went in June?" when it says June): why that month.
    if (delta.month !== undefined && delta.month === ctx.month && !named.length && !delta.countries?.length) return { act: 'why' };
    // Tried on, but the plan already has it ("what if we went to Kruger?" when Kruger is the plan): about that place, nothing to change.
    const subject = named[0] ?? (delta.countries?.length ? planned[0] : undefined);
    if (subject || delta.countries?.length) return { act: 'why_not', ...(subject ? { about: subject } : {}) };
    // "Any chance you could swap it for something with the migration?": a swap asked with nothing the rules can try on.
    // So is "what if just the two of us did the walk?": a trial in the conditional that tries nothing the rules can run.
    return SWAP_ASKED.test(t) || TRIAL_OPENING.test(t) ? { act: 'why' } : undefined;
  }
  const monthOnly = Object.keys(proposal).every((k) => k === 'month' || k === 'year');
  if (monthOnly && ACK_LEAD.test(t)) return undefined;
  // "Is the Delta too pricey?" about a place the plan has not: a comparison of places, not the plan's price.
  const about = proposal.destinations?.[0] ?? (proposal.countries ? undefined : planned[0]);
  // The lead's decision (dialogue.md, thirteenth round): a why-not names another place or country; a month, length or age
  // tried on against the plan's own places ("would February be better?", «et si on partait en juillet ?») asks why.
  const act = proposal.destinations?.length || proposal.countries?.length ? 'why_not' : 'why';
  return { act, ...(about ? { about } : {}), proposal };
}
