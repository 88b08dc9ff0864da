import type { Channel } from '../../domain/entities/common';
import type { Decision, DecisionContent } from '../../domain/entities/decision';
import type { ItineraryDraft } from '../../domain/entities/itinerary';
import type { TranscriptMessage } from '../../domain/entities/message';
import type { Language } from '../../domain/dialogue';
import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import type { DecideResult, GuardSignal } from '../../domain/rules/types';
import type { TripInputs, TripInputsDelta } from '../../domain/trip-inputs';
import type { Extraction, MessageKind } from '../extraction-schema';
import { guardMessage, type GuardVerdict } from '../turn/guard';
import { stepHeldRefusal, type HeldRefusal } from '../turn/held-refusal';
import { planDialogue, type PlannedDialogue } from './plan-dialogue';

/** What the session holds when a message arrives (the turn context, read by run-turn.ts). */
export interface SessionSoFar {
  known: TripInputs;
  /** The refusal still standing from earlier turns (`session.held_refusal`). */
  held?: HeldRefusal;
  /** The outcome of the session's standing trip decision (`session.last_decision.outcome`). */
  lastOutcome?: string;
  language?: Language;
  recent: readonly TranscriptMessage[];
  standing?: Decision;
}

export interface AnswerMessageInput {
  text: string;
  messageId: string;
  channel: Channel;
  extraction: Extraction;
  /** The embedded scope check's reading of the message, when the turn has one. */
  classified?: MessageKind;
  session: SessionSoFar;
  pack: PackIndex;
  merge: (previous: TripInputs, delta: TripInputsDelta) => TripInputs;
  decide: (inputs: TripInputs, guard?: GuardSignal) => DecideResult;
  logicVersion: string;
  /** The rules' copy of a decision for a channel, with the guard's scope note. */
  render: (channel: Channel, content: DecisionContent, itinerary: ItineraryDraft | undefined, scopeNote: string | undefined) => string;
}

export interface AnsweredMessage {
  guard: GuardVerdict;
  /** The refusal that stands after this message (absent: none). */
  held?: HeldRefusal;
  dialogue: PlannedDialogue;
}

/**
 * The answer to one message from what the session holds: the guard (with a refusal held
 * from earlier turns), then the dialogue step (act, inputs, the rules or the standing
 * decision, the reply). Pure. The product's turn (run-turn.ts) and every eval run exactly
 * this, so the blind conversation sets measure what a traveler gets.
 */
export function answerMessage(p: AnswerMessageInput): AnsweredMessage {
  const s = p.session;
  // An unsafe request or a guarantee refused earlier stands while the traveler only adds facts.
  const decided = s.lastOutcome !== undefined && s.lastOutcome !== 'refused';
  const e = p.extraction;
  // A message that states a whole trip of its own: where (a place or a country) and when.
  const statesTrip = Boolean((e.destinations?.length || e.countries?.length) && (e.month !== undefined || e.start_date !== undefined));
  const hold = stepHeldRefusal(s.held, guardMessage(p.extraction, p.classified, p.text), p.text, p.messageId, decided, statesTrip);
  const guard = hold.guard;
  const render = (channel: Channel) => (content: DecisionContent, itinerary?: ItineraryDraft) => p.render(channel, content, itinerary, guard.scopeNote);
  const dialogue = planDialogue({
    text: p.text,
    channel: p.channel,
    extraction: p.extraction,
    guard,
    known: s.known,
    ...(s.language ? { language: s.language } : {}),
    recent: s.recent,
    ...(s.standing ? { standing: s.standing } : {}),
    pack: p.pack,
    merge: p.merge,
    decide: p.decide,
    logicVersion: p.logicVersion,
    verdict: render(p.channel),
    full: render(p.channel === 'sms' ? 'sms' : 'web'),
  });
  return { guard, ...(hold.held ? { held: hold.held } : {}), dialogue };
}
