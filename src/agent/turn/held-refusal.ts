import type { GuardSignal } from '../../domain/rules/types';
import type { GuardVerdict } from './guard';

/**
 * A refusal that stands across turns: an unsafe request, or a guarantee the agent cannot
 * give, stays the answer while the traveler only adds trip facts ("Can you guarantee a
 * leopard kill?" then "2 adults, $800 a night"): a booking on those facts would read as
 * the guarantee given, or the unsafe plan accepted. Kept on the session (`held_refusal`).
 */
export interface HeldRefusal {
  reason: GuardSignal['reason'];
  topic: string;
  /** The message that asked it. */
  message_id: string;
  /** Facts-only messages refused for it in a row (absent: none yet). */
  repeats?: number;
  /** The request made the guarantee a condition of booking: a whole trip stated after it does not let it go. */
  conditional?: boolean;
}

/** A guarantee made a condition of booking ("we only book if you guarantee", «seulement si», „nur, wenn ihr garantiert"). */
const CONDITION =
  /\b(?:only (?:\w+ ){0,2}(?:if|when)|unless|provided (?:that )?|as long as|on condition|seulement si|uniquement si|qu'[aà] condition|[aà] condition que|sauf si|nur,? (?:dann,? )?(?:wenn|falls)|sofern|vorausgesetzt|unter der bedingung)\b/i;

/** Out-of-scope topics where any later verdict would read as the promise asked for. */
const HELD_TOPICS = new Set(['safety_guarantee', 'price_guarantee']);

/**
 * The traveler lets the request go or accepts the refusal ("never mind", "OK, understood",
 * "we'll stay in the vehicle", "ohne Garantie", «d'accord»): the next request is decided
 * on its own. An acknowledgement counts at the start ("ok so…"); a withdrawal anywhere.
 * "prima di" (Italian "before") and "vale la pena" ("it is worth") are not the words.
 */
const ACKNOWLEDGED =
  /^\s*(?:ok(?:ay)?|alright|all right|fine|sure|right|understood|got it|fair enough|no worries|no problem|i see|noted|d'accord|ok d'accord|entendu|compris|verstanden|einverstanden|na gut|schon gut|alles klar|vale(?!\s+(?:la|a)\s+pena)|entendido|de acuerdo|capito|va bene|begrepen|prima(?!\s+(?:di|del|dell[aoe']?|dei|degli|che)\b)|goed|entendi|tudo bem|certo)\b/i;

/**
 * Plain agreement to the refusal's own offer ("If you want the plan without that guarantee, tell
 * me so"): "yes please decide it", "go ahead", "just give me the plan", «vas-y», "mach schon",
 * "dale". Only as an answer, at the start of the message.
 */
const AGREED =
  /^\s*(?:yes|yeah|yep|yup|please|go ahead|go on|do it|decide|just (?:give me |show me |decide |do )?(?:the |a |your )?plan|without it|oui|ouais|vas-y|allez-y|ja|jawohl|klar|mach(?:en sie)?(?: (?:es|das|schon|ruhig))?|s[ií](?=\s*(?:[,.!;:]|$))|sí|dale|claro|venga|adelante)(?![\p{L}\p{N}])/iu;

/** A withdrawal said anywhere in the message (the unsafe refusal offers "a plan without that"). */
const LET_GO =
  /\b(?:never ?mind|(?:plan|decide(?: it)?|go ahead) without (?:that|it|this)|sans (?:ça|cela)|plan ohne das|forget (?:it|that|about (?:it|that)|(?:about )?the (?:guarantee|promise))|scrap that|drop (?:it|that|the (?:guarantee|promise))|no (?:guarantees?|promises?) (?:needed|then|required)|without (?:a|the|any|that|this|those) (?:guarantees?|promises?)|we(?:'ll| will) stay (?:in|inside) the (?:car|vehicle|jeep)|we won'?t (?:do|get out|leave)|that'?s fine|makes sense|i understand|we understand|tant pis|oubliez|laissez tomber|sans (?:cette |la |aucune |de )?garantie|vergessen sie|vergiss es|ohne (?:diese |die |eine |jede )?garantie|olvida(?:lo)?|sin garant[ií]a|lascia(?:mo)? perdere|senza garanzi[ae]|laat maar|zonder garantie|esquece|sem garantia)\b/i;

/** A new question or request of its own: decided normally (any refusal it earns is its own). */
const NEW_REQUEST = /\?|\b(?:what about|how about|instead|rather|can you|could you|could we|can we|would it|is it possible)\b/i;

/**
 * A promise asked for, in the traveler's words ("guarantee", "promise", "100% sure", «garantir»,
 * "garantiert", "prometer"). A plain question ("is it safe?") gets its pointer and is done: the
 * trip facts after it are decided normally.
 */
const PROMISE = /guarant|promis|\bassure|\b100 ?%|\bcertain(?:ty)?\b|garanti|garant[ií]|versprech|zusicher|prometer|prometti|beloof|certeza/i;

/** Whether the guard's signal on this text is one that stands until withdrawn. */
function holdsAcrossTurns(signal: GuardSignal | undefined, text: string): signal is GuardSignal {
  if (!signal) return false;
  return signal.reason === 'unsafe' || (HELD_TOPICS.has(signal.topic) && PROMISE.test(text));
}

/**
 * The guard flag of a message that let a held refusal go in words: the dialogue decides the trip on it whatever pleasantry
 * it is said with ("OK, forget the promise" is no thank-you), and `ai_trace.safety_flags` records why the refusal ended.
 */
export const HELD_REFUSAL_RELEASED = 'held_refusal_released';

export interface HoldStep {
  /** The guard this turn runs with: the held refusal's signal when it still stands. */
  guard: GuardVerdict;
  /** What the session keeps after this turn (undefined: nothing held). */
  held?: HeldRefusal;
}

/**
 * One turn of the held refusal. A message refused for a held topic starts (or replaces) the
 * hold while no trip verdict stands yet (`decided`: the session has a book, wait, switch or
 * discard); a clean message that only adds facts is refused for the held reason, its facts kept
 * for when the request is withdrawn; a withdrawal or a new request of its own releases it,
 * and that message is decided normally. Pure.
 */
export function stepHeldRefusal(previous: HeldRefusal | undefined, guard: GuardVerdict, text: string, messageId: string, decided = false, statesTrip = false): HoldStep {
  // Beside a trip already decided the request is a side question: answered, and later changes are decided.
  if (holdsAcrossTurns(guard.signal, text) && !decided) {
    return { guard, held: { reason: guard.signal.reason, topic: guard.signal.topic, message_id: messageId, ...(CONDITION.test(text) ? { conditional: true } : {}) } };
  }
  // Another refusal of its own (a visa question, abuse) answers its message; the hold waits behind it.
  if (!previous || guard.signal) return { guard, ...(previous ? { held: previous } : {}) };
  // Let go in so many words, or the offer taken ("OK, forget the promise", "yes, decide it"): the message asks for the
  // decision the refusal offered. An acknowledgement alone ("ok, thanks anyway") releases the hold but asks for nothing.
  if (released(text)) return { guard: asksDecision(text) ? { ...guard, flags: [...guard.flags, HELD_REFUSAL_RELEASED] } : guard };
  if (NEW_REQUEST.test(text)) return { guard };
  // A guarantee refused, then a whole trip stated on its own (a place and a month: "we're 2, 10 days in August, walking
  // safari in South Luangwa"): the traveler dropped the promise and asks for a decision, which promises nothing. An unsafe
  // request stays refused whatever follows, and so does a guarantee they made a condition of booking.
  if (statesTrip && previous.reason !== 'unsafe' && !previous.conditional) return { guard };
  // Trip facts sent again after the refusal was repeated once: the traveler has moved on, so they are decided.
  if ((previous.repeats ?? 0) >= 1) return { guard };
  return {
    guard: { ...guard, signal: { reason: previous.reason, topic: previous.topic }, useInputs: true, flags: [...guard.flags, 'held_refusal'] },
    held: { ...previous, repeats: (previous.repeats ?? 0) + 1 },
  };
}

/** The refusal's offer taken: a withdrawal in words, or plain agreement at the start. */
function asksDecision(text: string): boolean {
  return LET_GO.test(text) || (AGREED.test(text) && !PROMISE.test(text));
}

/** Let go in so many words, or agreed to at the start, unless the same message asks the promise again ("sure you can guarantee it"). */
function released(text: string): boolean {
  if (LET_GO.test(text)) return true;
  return (ACKNOWLEDGED.test(text) || AGREED.test(text)) && !PROMISE.test(text);
}
