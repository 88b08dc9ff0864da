import type { Channel } from '../../domain/entities/common';
import type { Decision, DecisionContent } from '../../domain/entities/decision';
import type { ItineraryDraft } from '../../domain/entities/itinerary';
import type { TranscriptMessage } from '../../domain/entities/message';
import type { MessageDialogue, Language } from '../../domain/dialogue';
import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import type { DecideResult, GuardSignal } from '../../domain/rules/types';
import type { TripInputs, TripInputsDelta } from '../../domain/trip-inputs';
import type { Extraction } from '../extraction-schema';
import type { GuardVerdict } from '../turn/guard';
import { composeReply } from './compose';
import { dialogueTurn } from './dialogue-turn';
import { detectLanguage } from './language';
import { localizeDecision } from './localize-decision';
import { lastAct, planOf } from './transcript';
import { keptInLanguage } from './kept-in-language';
import { standingView } from './standing';

export interface PlanDialogueInput {
  text: string;
  channel: Channel;
  extraction: Extraction;
  guard: GuardVerdict;
  known: TripInputs;
  /** The session's language so far (set by the widget's locale or an earlier message). */
  language?: Language;
  recent: readonly TranscriptMessage[];
  standing?: Decision;
  pack: PackIndex;
  merge: (previous: TripInputs, delta: TripInputsDelta) => TripInputs;
  decide: (inputs: TripInputs, guard?: GuardSignal) => DecideResult;
  logicVersion: string;
  /** The rules' copy of a decision for this channel (verdict first), and its full ledger. */
  verdict: (content: DecisionContent, itinerary?: ItineraryDraft) => string;
  full: (content: DecisionContent, itinerary?: ItineraryDraft) => string;
}

export interface PlannedDialogue {
  inputs: TripInputs;
  inputsChanged: boolean;
  result: DecideResult | { kind: 'unchanged'; decision: Decision };
  /** The turn's decision answers the message without becoming the standing trip decision. */
  answerOnly: boolean;
  language: Language;
  dialogue: MessageDialogue;
  text: string;
}

/**
 * The turn's dialogue step, for run-turn.ts: the act of the message, the inputs it leaves,
 * the rules' answer (or the standing decision kept), the reply text in the traveler's
 * language, and the record of the act for the reply message. Pure.
 */
export function planDialogue(p: PlanDialogueInput): PlannedDialogue {
  const last = lastAct(p.recent);
  const plan = p.standing ? planOf(p.recent, p.standing.decision_id) : undefined;
  const turn = dialogueTurn({
    text: p.text,
    extraction: p.extraction,
    guard: p.guard,
    known: p.known,
    ...(p.standing ? { standing: { content: p.standing, ...(plan ? { plan } : {}) } } : {}),
    ...(last ? { last } : {}),
    pack: p.pack,
    merge: p.merge,
    decide: p.decide,
    logicVersion: p.logicVersion,
  });
  const language = detectLanguage(p.text, p.language) ?? p.language ?? 'en';
  const result = turn.result.kind === 'unchanged' ? ({ kind: 'unchanged', decision: keptInLanguage(p.standing!, language, p.pack, plan) } as const) : inLanguage(turn.result, language, p.pack, p.guard.signal?.topic);
  const content = result.kind === 'unchanged' ? result.decision : result.content;
  const itinerary = result.kind === 'issued' ? result.itinerary : undefined;
  const carried = itinerary ?? (result.kind === 'unchanged' ? plan : undefined);
  const composed = composeReply({
    channel: p.channel,
    lang: language,
    turn,
    content,
    ...(carried ? { plan: carried } : {}),
    text: p.text,
    extraction: p.extraction,
    pack: p.pack,
    verdict: () => p.verdict(content, itinerary),
    full: () => p.full(content, itinerary),
    ...(p.guard.scopeNote ? { scopeTopic: p.guard.scopeNote } : {}),
    ...(last ? { earlier: true } : {}),
  });
  const r = turn.step.reading;
  const answerOnly = turn.result.kind !== 'unchanged' && !turn.decided && !p.guard.signal;
  // A suggestion answered beside a refusal that stands: its places are the change the traveler may take ("let's do that").
  const suggested = r.act === 'suggest' && answerOnly && result.kind === 'issued' && !result.content.refusal ? standingView(result.content, p.pack, itinerary).places : [];
  const proposal = r.proposal && result.kind === 'unchanged' ? r.proposal : suggested.length ? { destinations: suggested } : undefined;
  return {
    inputs: turn.inputs,
    inputsChanged: turn.inputsChanged,
    result,
    answerOnly,
    language,
    dialogue: { act: r.act, ...(r.about ? { about: r.about } : {}), answered: composed.answered, language, ...(turn.step.pendingAdd ? { pending_add: true } : {}), ...(result.kind === 'unchanged' ? { kept: true } : {}), ...(proposal ? { proposal } : {}) },
    text: composed.text,
  };
}

/** A new decision for a French or German traveler carries its copy in their language (the record keeps the rules' English beside it). */
function inLanguage(result: DecideResult, language: Language, pack: PackIndex, topic: string | undefined): DecideResult {
  if (language === 'en') return result;
  const itinerary = result.kind === 'issued' ? result.itinerary : undefined;
  const localized = localizeDecision({ content: result.content, ...(itinerary ? { plan: itinerary } : {}), pack, lang: language, ...(topic ? { topic } : {}) });
  return { ...result, content: { ...result.content, localized } };
}
