import type { DecisionContent } from '../entities';
import type { RefusalReason } from '../entities';
import type { TripInputField, TripInputs } from '../trip-inputs';
import type { Contradiction } from './contradictions';
import type { GuardSignal } from './types';
import { LOGIC_VERSION } from './version';

/** Where to send a traveler for a topic the agent must not advise on. */
const GUARD_NEXT_ACTION: Record<string, string> = {
  visa: "Check entry rules on the destination government's official immigration site or with its embassy, then tell me your dates and I will decide the trip itself.",
  health: 'Ask a travel-health clinic or your doctor about vaccines and medication, ideally 6-8 weeks before travel; meanwhile I can decide where and when to go.',
  legal: 'Ask a qualified lawyer or the official authority for legal questions; I can still decide the trip itself with you.',
  safety_guarantee: "I cannot guarantee safety, sightings or weather: wildlife and weather are never certain, and your government's official travel advice carries the current safety situation. I can weigh the trip's timing, route and fit with you. If you want the plan without that guarantee, tell me so and I will decide it.",
  price_guarantee: 'Ask the lodge or operator for a written quote; I cannot guarantee prices, but I can tell you which trip fits your budget range. If you want the plan without that guarantee, tell me so and I will decide it.',
  booking_admin: 'Contact the operator or lodge that holds your booking; I can help decide the trip itself.',
  non_travel: 'I can only help decide a trip: tell me where and when you would like to go.',
  // The refusal stands while only facts follow (held-refusal.ts), so it says how to go on.
  unsafe_request: 'I will not plan that part, but I can decide the rest of your trip with you. If you want a plan without that, tell me so and I will decide it.',
};

const DEFAULT_GUARD_ACTION = 'Check the official source for that question; I can help decide where and when to travel.';

/** A refusal for a message the agent must not answer (visas, health, guarantees, non-travel). */
export function guardRefusal(inputs: TripInputs, guard: GuardSignal): DecisionContent {
  const next = GUARD_NEXT_ACTION[guard.topic] ?? DEFAULT_GUARD_ACTION;
  const unsafe = guard.reason === 'unsafe';
  return refusalContent(inputs, guard.reason, [], next, {
    headline: unsafe ? 'I can’t help with that request.' : 'That question is outside what I can decide.',
    summary: unsafe
      ? 'I cannot give advice on that, and I will not guess or guarantee anything there. I can still decide your trip: where to go, when, and whether it fits your budget and group.'
      : `Questions about ${topicText(guard.topic)} need an official or professional source, so I will not answer them or guarantee anything. I can still decide your trip: where to go, when, and whether it fits your budget and group.`,
  });
}

/** How many of the missing inputs the copy asks for at once: a short reply gets answered (issue 15). */
const ASKED_AT_ONCE = 2;

/**
 * A refusal naming what is missing: the essentials first, then what matters most for this traveler.
 * `missing_inputs` lists every one (up to three) that could change the verdict; the copy asks the first two.
 */
export function missingRefusal(inputs: TripInputs, missing: TripInputField[]): DecisionContent {
  const fields = missing.slice(0, 3);
  const asks = fields.slice(0, ASKED_AT_ONCE).map(askFor);
  return refusalContent(inputs, 'missing_inputs', fields, `Tell me ${joinAnd(asks)}, and I will give you a verdict.`, {
    headline: 'I need a little more before I can decide.',
    summary: `I can’t give a responsible verdict without knowing ${joinAnd(asks)}. Everything else I can assume and will say so.`,
  });
}

/** A refusal naming the inputs that disagree, so the traveler can correct one. */
export function contradictionRefusal(inputs: TripInputs, c: Contradiction): DecisionContent {
  const fields = c.fields.slice(0, 3);
  return refusalContent(inputs, 'contradictory', fields, `Tell me which is right: the ${fields.map(fieldText).join(' or the ')}.`, {
    headline: 'Some of your details disagree.',
    summary: `I can’t decide yet because ${c.text}. Once you correct ${fields.length > 1 ? 'one of them' : 'it'}, I will give you a verdict.`,
  });
}

function refusalContent(
  inputs: TripInputs,
  reason: RefusalReason,
  missing: TripInputField[],
  nextAction: string,
  copy: { headline: string; summary: string },
): DecisionContent {
  return {
    decision_type: 'refusal',
    verdict: { outcome: 'refused', headline: copy.headline, summary: copy.summary },
    assumptions: [],
    tradeoffs: { gains: [], losses: [] },
    change_conditions: [],
    confidence: reason === 'missing_inputs' || reason === 'contradictory' ? 0.9 : 0.95,
    inputs_snapshot: inputs,
    logic_version: LOGIC_VERSION,
    refusal: { reason, missing_inputs: missing, next_action: nextAction },
  };
}

const ASK: Partial<Record<TripInputField, string>> = {
  month: 'which month you want to travel',
  destinations: 'where you would like to go (or what matters most: migration, gorillas, beach…)',
  child_ages: 'the children’s ages',
  budget_amount: 'your budget',
};

function askFor(f: TripInputField): string {
  return ASK[f] ?? fieldText(f);
}

function fieldText(f: TripInputField): string {
  return f.replace(/_/g, ' ');
}

/** A refused topic as the refusal's sentence names it ("Questions about guaranteed prices need…"). */
const TOPIC_TEXT: Record<string, string> = {
  non_travel: 'things other than travel',
  visa: 'visas',
  legal: 'legal matters',
  safety_guarantee: 'guarantees of safety, sightings or weather',
  price_guarantee: 'guaranteed prices',
  booking_admin: 'bookings already made',
};

function topicText(topic: string): string {
  return TOPIC_TEXT[topic] ?? topic.replace(/_/g, ' ');
}

function joinAnd(parts: string[]): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
