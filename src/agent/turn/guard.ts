import type { GuardSignal } from '../../domain/rules/types';
import type { Extraction, MessageKind } from '../extraction-schema';
import { adminOfExistingBooking, asksActivitySafetyForChild, asksGuarantee } from '../local-model/scope';

export interface GuardVerdict {
  /** What the rules need to refuse the message (out of scope, unsafe): the turn ends in a bounded refusal. */
  signal?: GuardSignal;
  /** Recorded in `ai_trace.safety_flags`. */
  flags: string[];
  /**
   * Whether the message's trip inputs may be used. An injection's or abuse's text may
   * still state real trip facts; those enter only through the schema, so they are kept.
   */
  useInputs: boolean;
  /**
   * A trip message that also asks something out of scope ("Serengeti in July — do I need
   * a visa?") gets its trip decision plus a one-line pointer for that topic, never advice.
   */
  scopeNote?: string;
}

/** Topics where any verdict would read as a promise the agent cannot make. */
const GUARANTEES: readonly string[] = ['safety_guarantee', 'price_guarantee'];

const SEVERITY: Record<MessageKind, number> = { trip: 0, greeting: 0, out_of_scope: 1, injection: 2, abuse: 3, unsafe: 4 };

/** The more severe of two judgements of a message (the model's and the embedded check's). */
export function worseKind(a: MessageKind | undefined, b: MessageKind | undefined): MessageKind | undefined {
  if (!a) return b;
  if (!b) return a;
  return SEVERITY[b] > SEVERITY[a] ? b : a;
}

/**
 * Whether the message says anything about the trip. A country alone is the subject of a
 * question ("Do I need a visa for Tanzania?"), not a plan: that question is refused as
 * out of scope rather than answered with a trip verdict (the country is kept).
 */
function hasTripInputs(e: Extraction): boolean {
  return Object.keys(e).some((k) => k !== 'message_kind' && k !== 'out_of_scope_topic' && k !== 'countries');
}

const WHEN = ['month', 'year', 'start_date', 'end_date', 'duration_days'] as const;
const WHO_OR_HOW_MUCH = ['adults', 'children', 'child_ages', 'child_birthdays', 'group_size', 'budget_amount', 'traveler_type'] as const;
const WHERE = ['destinations', 'countries'] as const;

/**
 * Whether the message names a trip: its timing or length, or a place beside who goes or
 * what it may cost. A place alone is the subject of a question ("what malaria tablets for
 * Kruger?", "is the tap water safe in Zanzibar?"), and an amount alone may be a price
 * ("the best lens under $1,000?"): those questions are refused, not answered with a verdict
 * that would ask for the month.
 */
function namesTrip(e: Extraction): boolean {
  const has = (f: keyof Extraction) => e[f] !== undefined;
  return WHEN.some(has) || (WHERE.some(has) && WHO_OR_HOW_MUCH.some(has));
}

/**
 * Turns the message's classification into what the turn does with it. Out-of-scope
 * questions (visas, health, guarantees…) and unsafe or abusive messages end in a bounded
 * refusal; a prompt injection changes nothing by itself: only schema-admitted inputs can
 * move a verdict, and when it carries none it is refused as out of scope.
 */
/**
 * `text`, when given, is the message as sent: a safety question that asks no guarantee ("Is Uganda safe at the
 * moment? … gorillas in August") gets its pointer beside the trip verdict, and a message undoing a booking already
 * made ("I booked the Serengeti for June … cancel and refund") is refused as booking admin, its trip facts kept.
 */
export function guardMessage(extraction: Extraction, embeddedKind?: MessageKind, text?: string): GuardVerdict {
  const kind = worseKind(extraction.message_kind, embeddedKind);
  switch (kind) {
    case 'unsafe':
      return { signal: { reason: 'unsafe', topic: 'unsafe_request' }, flags: ['unsafe_request'], useInputs: false };
    case 'abuse':
      return { signal: { reason: 'out_of_scope', topic: 'abuse' }, flags: ['abuse'], useInputs: false };
    case 'injection':
      return hasTripInputs(extraction)
        ? { flags: ['prompt_injection'], useInputs: true }
        : { signal: { reason: 'out_of_scope', topic: 'instructions' }, flags: ['prompt_injection'], useInputs: false };
    case 'out_of_scope':
      // A guarantee (safety, prices) is never answered by a verdict that would seem to give it: refused, its trip facts kept.
      // How things stand ("is it safe there now?") is a question, not a guarantee: pointer first, then the trip verdict.
      // A safety question about a risky activity for a child ("is Devil's Pool safe for our 10-year-old?") is not how a
      // country stands: a verdict beside it would read as a yes, so it is refused like a guarantee, the trip facts kept.
      if (text !== undefined && extraction.out_of_scope_topic === 'safety_guarantee' && hasTripInputs(extraction) && asksActivitySafetyForChild(text, extraction)) {
        return { signal: { reason: 'out_of_scope', topic: 'safety_guarantee' }, flags: ['out_of_scope_question'], useInputs: true };
      }
      if (text !== undefined && extraction.out_of_scope_topic === 'safety_guarantee' && hasTripInputs(extraction) && namesTrip(extraction) && !asksGuarantee(text)) {
        return { flags: ['out_of_scope_question'], useInputs: true, scopeNote: 'safety_guarantee' };
      }
      // The trip words describe a booking being undone, not a trip to decide.
      if (text !== undefined && extraction.out_of_scope_topic === 'booking_admin' && adminOfExistingBooking(text)) {
        return { signal: { reason: 'out_of_scope', topic: 'booking_admin' }, flags: ['out_of_scope_question'], useInputs: true };
      }
      if (hasTripInputs(extraction) && GUARANTEES.includes(extraction.out_of_scope_topic ?? '')) {
        return { signal: { reason: 'out_of_scope', topic: extraction.out_of_scope_topic! }, flags: ['out_of_scope_question'], useInputs: true };
      }
      if (hasTripInputs(extraction) && namesTrip(extraction)) return { flags: ['out_of_scope_question'], useInputs: true, scopeNote: extraction.out_of_scope_topic ?? 'non_travel' };
      // A question with trip words but no trip ("the best lens for birds under $1,000?", "tipping in Tanzania?"): refused, what it says kept.
      if (hasTripInputs(extraction)) return { signal: { reason: 'out_of_scope', topic: extraction.out_of_scope_topic ?? 'non_travel' }, flags: ['out_of_scope_question'], useInputs: true };
      // Refused; a country it names is still kept for the trip ("We want Tanzania - is it safe?").
      return { signal: { reason: 'out_of_scope', topic: extraction.out_of_scope_topic ?? 'non_travel' }, flags: [], useInputs: (extraction.countries?.length ?? 0) > 0 };
    default:
      return { flags: [], useInputs: true };
  }
}
