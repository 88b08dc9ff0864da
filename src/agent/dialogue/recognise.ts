import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import type { DestinationId, TripInputs, TripInputsDelta } from '../../domain/trip-inputs';
import type { Extraction, OutOfScopeTopic } from '../extraction-schema';
import type { DialogueAct } from './acts';
import { ACK, ADD_EXTEND, CHANGE_MIND, DETAILS, GOODBYE, GREETING, HELLO_OR_BYE, PRICE, SUGGEST, THANKS, TIER, WHY, WHY_NOT, WHY_NOT_NOW } from './cues';
import { placesExtracted, placesNamed, withoutPlaces } from './places';
import { cueText, daysToAdd, isEmojiOnly, withoutPictographs } from './text';

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
}

export interface ActReading {
  act: DialogueAct;
  /** The pack place the act is about (why not X, add X). */
  about?: DestinationId;
  /** An out-of-scope topic the English scope reader missed (French, German). */
  topic?: OutOfScopeTopic;
}

const any = (res: readonly RegExp[], t: string) => res.some((re) => re.test(t));

// Topics the agent refuses, as French and German travelers ask them (the English ones are scope.ts's).
const TOPICS: ReadonlyArray<readonly [OutOfScopeTopic, RegExp]> = [
  ['visa', /\b(?:visas?|visum|visa-?pflicht|einreisebestimmungen|passeport)\b/],
  ['health', /vaccin|impf|gelbfieber|\b(?:need|get|have) (?:any |the |some )?(?:shots|jabs)\b|paludisme|malaria|\bsante\b|gesundheit|medicament|\barzt\b|\bmedecin\b/],
  ['safety_guarantee', /\b(?:garanti\w*|guarantee\w*|dangereu\w*|securite|securise|gefahrlich\w*|gefahr)\b|\b(?:ist es|ist das|sind wir) (?:dort |da |gerade |dort gerade |momentan )*sicher\b/],
  ['booking_admin', /\b(?:rembours\w*|annul\w* (?:ma|notre) reservation|stornier\w*|erstatt\w*|ma reservation|meine buchung)\b/],
  ['non_travel', /\b(?:impots?|declaration d'impots|steuer\w*|poeme|gedicht|recette|rezept|devoirs|hausaufgaben)\b/],
];

/** A topic the agent refuses, read from a French or German message. */
export function foreignTopic(t: string): OutOfScopeTopic | undefined {
  for (const [topic, re] of TOPICS) if (re.test(t)) return topic;
  return undefined;
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
 * Recognises the dialogue act of one message from its text and the model's extraction.
 * Deterministic and pure. The order decides overlaps: emoji, a refused topic, change of
 * mind, add/extend, why not, why, price, suggestion, then greetings, thanks and goodbyes
 * only when the message changes no input ("thanks, and what about December?" is a trip
 * change), then a bare place question, then a trip message.
 */
export function recogniseAct(text: string, ctx: ActContext): ActReading {
  if (isEmojiOnly(text)) return { act: 'emoji' };
  const t = cueText(withoutPictographs(text));
  const e = ctx.extraction;
  const delta = tripDelta(e);
  const named = placesExtracted(e);
  for (const id of placesNamed(text, ctx.pack)) if (!named.includes(id)) named.push(id);
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
    if (!tripContent || !changes) return { act: 'out_of_scope' };
  }
  const topic = foreignTopic(t);
  // Animals named in the question ("guarantee we'll see lions?") are its subject, not a change of plan.
  if (topic && /\?|\b(?:pouvez|kannst|konnen|peux|can you)\b/.test(t) && !(changes && Object.keys(delta).some((k) => k !== 'countries' && k !== 'priorities'))) return { act: 'out_of_scope', topic };

  if (any(CHANGE_MIND, t) && (hasPlaces(ctx.known) || planned.length > 0) && deltaPlaces) return withAbout('change_mind');
  if (any(ADD_EXTEND, t) && known && !/\b(?:instead|plutot|lieber|stattdessen)\b/.test(t)) return withAbout('add_extend');
  // Days counted for something after or beside the plan ("and then a few days on the beach"):
  // an addition, not a new length for the whole trip.
  if (known && daysToAdd(text) !== undefined && /\b(?:then|after|afterwards|also|too|as well|puis|ensuite|apres|aussi|danach|dann|auch|noch)\b/.test(t) && e.month === undefined) return withAbout('add_extend');
  if (WHY_NOT_NOW.test(t) || DETAILS.test(t)) return { act: 'why' };
  const whyNot = any(WHY_NOT, t);
  // A country the trip does not have yet is a comparison target too ("what about Kenya instead?").
  const otherCountry = (e.countries ?? []).some((c) => !ctx.known.countries?.includes(c));
  if (whyNot && (/\b(?:why not|pourquoi (?:pas|ne pas)|warum nicht|wieso nicht)\b/.test(t) || (about && !planned.includes(about)) || otherCountry)) return withAbout('why_not');
  if (any(WHY, t)) return about && !planned.includes(about) && /\b(?:over|plutot|statt|instead)\b/.test(t) ? withAbout('why_not') : withAbout('why');
  if ((any(PRICE, t) || (TIER.test(t) && (/\?/.test(t) || !changes))) && e.budget_amount === undefined) return { act: 'price' };
  if (any(SUGGEST, t)) return { act: 'suggest' };

  if (!changes) {
    if (GOODBYE.test(t) || (known && HELLO_OR_BYE.test(t))) return { act: 'goodbye' };
    if (THANKS.test(t)) return { act: 'thanks' };
    if (GREETING.test(t) || HELLO_OR_BYE.test(t)) return { act: 'greeting' };
    if (ACK.test(t) && restWords(t) <= 4) return { act: 'thanks' };
  }

  // A place and nothing else, asked about once a trip stands: a stop to add after "add one
  // more stop", otherwise a comparison with the decision ("et Tarangire dans ce cas ?").
  if (about && hasPlaces(ctx.known) && !planned.includes(about) && restWords(cueText(withoutPictographs(withoutPlaces(text, ctx.pack)))) <= 3) {
    if (ctx.pendingAdd) return { act: 'add_extend', about };
    if (/\?|\b(?:maybe|peut-etre|vielleicht)\b/.test(t)) return { act: 'why_not', about };
  }
  // A question about a place or country the plan does not have, changing nothing but places
  // ("could we not do Etosha instead?", "Und Namibia?"): a comparison, the plan stands.
  const onlyPlaces = Object.keys(delta).every((k) => ['destinations', 'countries', 'remove_destinations', 'excluded_destinations'].includes(k));
  if ((fresh || otherCountry) && hasPlaces(ctx.known) && onlyPlaces && /\?\s*$/.test(t) && !ctx.pendingAdd) return withAbout('why_not');
  return { act: 'trip' };
}
