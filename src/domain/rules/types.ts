import type { DecisionContent, ItineraryDraft } from '../entities';

/** What the agent's message classification says about the latest message, when it was not a trip request. */
export type GuardSignal = { reason: 'out_of_scope' | 'unsafe'; topic: string };

/** The rules' answer: an issued verdict (with an itinerary exactly on `book`) or a bounded refusal. */
export type DecideResult =
  | { kind: 'issued'; content: DecisionContent; itinerary?: ItineraryDraft }
  | { kind: 'refused'; content: DecisionContent };
