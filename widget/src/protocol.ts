/**
 * The wire contract of PROTOCOL.md §1 as the widget reads it. The widget keeps
 * its own copy of these shapes (not src/domain's zod schemas) so the bundle stays
 * small and carries no server code; frames are checked just enough to render
 * safely, and unknown fields are ignored so the server may add fields.
 */

export type Outcome = 'book' | 'wait' | 'switch' | 'discard' | 'refused';

export interface Assumption {
  id: string;
  text: string;
  confidence: number;
}

export interface Refusal {
  reason: string;
  missing_inputs: string[];
  next_action: string;
}

/** A route stop of an itinerary, as much of it as the brief shows. */
export interface ItineraryStop {
  name: string;
  nights: number;
  lodging_tier?: string;
}

/** The itinerary in brief, from a book reply's `itinerary` field. */
export interface ItineraryBrief {
  title: string;
  duration_days?: number;
  stops: ItineraryStop[];
}

export interface Decision {
  decision_id: string;
  /** The language its traveler copy is written in: its `localized` copy's (French, German), else the rules' English. */
  language: string;
  verdict: { outcome: Outcome; headline: string; summary: string };
  assumptions: Assumption[];
  tradeoffs: { gains: string[]; losses: string[] };
  change_conditions: string[];
  confidence: number;
  refusal?: Refusal;
}

export type ServerFrame =
  | { type: 'session'; session_id: string; traveler_id: string; resumed: boolean }
  | { type: 'ack'; client_message_id: string; message_id: string; duplicate: boolean }
  | { type: 'typing'; on: boolean }
  | { type: 'reply'; message_id: string; reply_to: string; text: string; decision: Decision; itinerary?: unknown; answer?: boolean; language?: string }
  | { type: 'pong' }
  | { type: 'error'; code: string; message: string; client_message_id?: string };

export type ClientFrame =
  | { action: 'hello'; session_id?: string; after_message_id?: string }
  | { action: 'sendMessage'; client_message_id: string; text: string }
  | { action: 'ping' };

/**
 * Whether sending the same message again can succeed after this error. A message
 * refused for its own content (too long, malformed) would be refused again word for
 * word; anything else (rate limits, a store or model outage, an unknown code from a
 * newer server) is worth a retry.
 */
export function canRetry(code: string | undefined): boolean {
  return code !== 'too_large' && code !== 'bad_request';
}

const OUTCOMES: readonly string[] = ['book', 'wait', 'switch', 'discard', 'refused'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter(isString) : []);

/** Reads a decision defensively: every list defaults to empty, every text to a string. */
function readDecision(v: unknown): Decision | undefined {
  if (!isObject(v) || !isObject(v.verdict) || !OUTCOMES.includes(v.verdict.outcome as string)) return undefined;
  const verdict = v.verdict;
  const tradeoffs = isObject(v.tradeoffs) ? v.tradeoffs : {};
  const assumptions = Array.isArray(v.assumptions)
    ? v.assumptions.filter(isObject).map((a) => ({ id: String(a.id ?? ''), text: String(a.text ?? ''), confidence: Number(a.confidence) || 0 }))
    : [];
  const r = v.refusal;
  const localized = isObject(v.localized) && isString(v.localized.language) ? v.localized.language : undefined;
  return {
    decision_id: String(v.decision_id ?? ''),
    language: localized ?? 'en',
    verdict: { outcome: verdict.outcome as Outcome, headline: String(verdict.headline ?? ''), summary: String(verdict.summary ?? '') },
    assumptions,
    tradeoffs: { gains: strings(tradeoffs.gains), losses: strings(tradeoffs.losses) },
    change_conditions: strings(v.change_conditions),
    confidence: Number(v.confidence) || 0,
    ...(isObject(r) ? { refusal: { reason: String(r.reason ?? ''), missing_inputs: strings(r.missing_inputs), next_action: String(r.next_action ?? '') } } : {}),
  };
}

/** Parses one server text frame; anything malformed or unknown is dropped (undefined). */
export function parseServerFrame(raw: string): ServerFrame | undefined {
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return undefined;
  }
  if (!isObject(v)) return undefined;
  switch (v.type) {
    case 'session':
      return isString(v.session_id) ? { type: 'session', session_id: v.session_id, traveler_id: String(v.traveler_id ?? ''), resumed: v.resumed === true } : undefined;
    case 'ack':
      return isString(v.client_message_id) && isString(v.message_id)
        ? { type: 'ack', client_message_id: v.client_message_id, message_id: v.message_id, duplicate: v.duplicate === true }
        : undefined;
    case 'typing':
      return { type: 'typing', on: v.on === true };
    case 'reply': {
      const decision = readDecision(v.decision);
      if (!isString(v.message_id) || !decision) return undefined;
      const language = replyLanguage(v.dialogue) ?? decision.language;
      return { type: 'reply', message_id: v.message_id, reply_to: String(v.reply_to ?? ''), text: String(v.text ?? ''), decision, itinerary: v.itinerary, answer: isAnswer(v.dialogue, decision, language), language };
    }
    case 'pong':
      return { type: 'pong' };
    case 'error':
      return {
        type: 'error',
        code: String(v.code ?? 'internal'),
        message: String(v.message ?? ''),
        ...(isString(v.client_message_id) ? { client_message_id: v.client_message_id } : {}),
      };
    default:
      return undefined;
  }
}

// Acts whose reply is an answer in words (why, price, thanks…): the widget shows its text,
// not the standing decision's card again. Trip messages and changes of plan get the card.
const CARD_ACTS = ['trip', 'suggest', 'add_extend', 'change_mind'];

/** The language a reply is written in, from its `dialogue`. */
function replyLanguage(d: unknown): string | undefined {
  return isObject(d) && isString(d.language) ? d.language : undefined;
}

/**
 * Whether a reply shows its text rather than a card: an answer in words (why, price,
 * thanks…), or a decision whose copy is not in the reply's language (a server that could not
 * write it in that language): its text is, and a card half in another language is not shown.
 */
function isAnswer(d: unknown, decision: Decision, language: string): boolean {
  const act = isObject(d) ? d.act : undefined;
  return (isString(act) && !CARD_ACTS.includes(act)) || decision.language !== language;
}
