import type { DecisionContent } from '../../domain/entities/decision';
import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import type { DecideResult, GuardSignal } from '../../domain/rules/types';
import type { TripInputs, TripInputsDelta } from '../../domain/trip-inputs';
import type { Extraction } from '../extraction-schema';
import type { GuardVerdict } from '../turn/guard';
import { dialogueStep, type DialogueStep, type LastAct } from './dialogue-step';
import { sameInputs } from './recognise';
import { standingView, type PlanLike, type StandingView } from './standing';
import { proposalInputs } from './hypothetical';
import { interrogative } from './held-question';

export interface DialogueTurnInput {
  text: string;
  extraction: Extraction;
  guard: GuardVerdict;
  known: TripInputs;
  /** The standing trip decision and its plan, when one stands. */
  standing?: { content: DecisionContent; plan?: PlanLike };
  last?: LastAct;
  pack: PackIndex;
  merge: (previous: TripInputs, delta: TripInputsDelta) => TripInputs;
  decide: (inputs: TripInputs, guard?: GuardSignal) => DecideResult;
  /** The rules' version: a standing decision made by older rules is decided again. */
  logicVersion: string;
}

export interface DialogueTurn {
  step: DialogueStep;
  view?: StandingView;
  inputs: TripInputs;
  inputsChanged: boolean;
  /** The rules' answer, or `unchanged` when the standing decision stays in force. */
  result: DecideResult | { kind: 'unchanged' };
  /** Whether the turn's decision becomes the standing trip decision. */
  decided: boolean;
  /** For a hypothetical ("what if we went in March?"), the rules' answer on the change tried on: shown, never stored. */
  trial?: DecideResult;
}

/**
 * The decision half of a turn: the dialogue act and the inputs it leaves (dialogueStep),
 * then the rules, or the standing decision kept when nothing moved. The turn pipeline
 * and the dialogue eval both run exactly this.
 */
export function dialogueTurn(p: DialogueTurnInput): DialogueTurn {
  const view = p.standing ? standingView(p.standing.content, p.pack, p.standing.plan) : undefined;
  const step = dialogueStep({
    text: p.text,
    extraction: p.extraction,
    guard: p.guard,
    known: p.known,
    ...(view ? { standing: { places: view.places, ...(view.days !== undefined ? { days: view.days } : {}), ...(view.month !== undefined ? { month: view.month } : {}), ...(p.standing?.content.verdict.outcome === 'refused' ? { refused: true } : {}) } } : {}),
    ...(p.last ? { last: p.last } : {}),
    pack: p.pack,
    merge: p.merge,
  });
  const inputsChanged = !sameInputs(step.inputs, p.known);
  const keep = !p.guard.signal && !inputsChanged && p.standing !== undefined && p.standing.content.logic_version === p.logicVersion;
  const result = keep ? ({ kind: 'unchanged' } as const) : p.decide(step.inputs, p.guard.signal);
  const decided = result.kind !== 'unchanged' && !p.guard.signal && !step.answerOnly;
  const proposal = step.reading.proposal;
  const tried = proposal && !inputsChanged && !p.guard.signal ? proposalInputs(p.known, proposal, p.pack, p.merge, { ...(view?.days !== undefined ? { baseDays: view.days } : {}), planned: view?.places ?? [] }) : undefined;
  const trial = tried ? p.decide(tried) : undefined;
  // "Can our 12 year old do the gorilla trek?" under a booking the age breaks: the question revealed a traveler, so the fact counts.
  if (tried && trial && step.reading.ownAges && p.standing?.content.verdict.outcome === 'book' && trial.content.verdict.outcome !== 'book') {
    return { step: { ...step, inputs: tried }, ...(view ? { view } : {}), inputs: tried, inputsChanged: true, result: trial, decided: !step.answerOnly };
  }
  // "Would the bungee be OK for her?", «peut-elle faire le saut à l'élastique ?», „darf sie beim Rafting mitmachen?" under a
  // booking: a question naming an age-limited activity for a party with a child goes as the gorilla question above does. The
  // rules decide with the activity counted, and an answer the limit changes is the answer, said with the limit. A standing
  // "Book" is never the answer, since it would read as a yes.
  const activity = !p.guard.signal || p.guard.signal.topic === 'safety_guarantee' ? activityAsked(p, step.inputs) : undefined;
  if (activity && p.standing?.content.verdict.outcome === 'book') {
    const asked = p.decide(activity);
    if (asked.content.verdict.outcome !== 'book') {
      return { step: { ...step, inputs: activity, reading: { ...step.reading, activityAsked: true } }, ...(view ? { view } : {}), inputs: activity, inputsChanged: true, result: asked, decided: true };
    }
  }
  return { step, ...(view ? { view } : {}), inputs: step.inputs, inputsChanged, result, decided, ...(trial ? { trial } : {}) };
}

/**
 * The inputs with the activities a question names and the inputs do not hold yet, when the party has a child (counted, aged or a
 * family): undefined otherwise. Only a message asked, not stated (a statement is merged by the step already).
 */
function activityAsked(p: DialogueTurnInput, inputs: TripInputs): TripInputs | undefined {
  const named = (p.extraction.activities ?? []).filter((a) => !(inputs.activities ?? []).includes(a));
  if (named.length === 0 || !interrogative(p.text)) return undefined;
  const child = (inputs.children ?? 0) > 0 || (inputs.child_ages?.length ?? 0) > 0 || inputs.traveler_type === 'family';
  return child ? p.merge(inputs, { activities: named }) : undefined;
}
