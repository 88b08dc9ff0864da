import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import { mergeTripInputs } from '../../domain/merge-trip-inputs';
import { decide } from '../../domain/rules/decide';
import type { TripInputs } from '../../domain/trip-inputs';
import type { MessageKind } from '../extraction-schema';
import { extractTripInputs } from '../local-model/extract';
import { guardMessage, type GuardVerdict } from '../turn/guard';
import type { HeldRefusal } from '../turn/held-refusal';
import { answerMessage } from './answer-message';
import { DialogueActSchema, type DialogueAct } from './acts';
import type { Channel } from '../../domain/entities/common';
import type { Decision, DecisionContent } from '../../domain/entities/decision';
import { itineraryBrief, type ItineraryBrief, type TranscriptMessage } from '../../domain/entities/message';
import type { Itinerary, ItineraryDraft } from '../../domain/entities/itinerary';
import type { DecideResult } from '../../domain/rules/types';
import type { Language, MessageDialogue } from '../../domain/dialogue';
import { LOGIC_VERSION } from '../../domain/rules/version';
import { renderReply } from '../render/render-reply';
import { standingView } from './standing';

export const EFFECTS = ['new', 'changed', 'replaced', 'unchanged'] as const;
export const EffectSchema = z.enum(EFFECTS);
/** What a turn did to the standing trip decision. */
export type Effect = z.infer<typeof EffectSchema>;

/** One multi-turn conversation labelled per turn (test/fixtures/dialogue-*). */
export const DialogueFixtureSchema = z.object({
  id: z.string().min(1),
  now: z.iso.datetime(),
  language: z.enum(['en', 'fr', 'de']),
  turns: z
    .array(
      z.object({
        text: z.string().min(1),
        act: DialogueActSchema,
        effect: EffectSchema,
        /** The pack place the turn is about (why not X, add X). */
        about: z.string().optional(),
      }),
    )
    .min(1),
  note: z.string().optional(),
});
export type DialogueFixture = z.infer<typeof DialogueFixtureSchema>;

export function loadDialogues(file: string): DialogueFixture[] {
  return z.array(DialogueFixtureSchema).parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** What the product did with one turn, as far as the score needs it. */
export interface TurnReading {
  /** The act the product recognised (before dialogue acts: today's message_kind read as an act, see `actOfKind`). */
  acts: readonly DialogueAct[];
  /** Whether the turn made a new standing trip decision. */
  decided: boolean;
  /** The accumulated inputs after the turn. */
  inputs: TripInputs;
  /** The places the turn's decision is about (a suggestion's pick when the traveler named none). */
  decisionPlaces?: readonly string[];
}

/**
 * Today's message_kind read as dialogue acts (the figure before acts existed): a trip
 * message is `trip`; `greeting` covers every pleasantry today's scope reader folds into
 * it (hello, thanks, bye); out of scope, unsafe, abuse and injection are `out_of_scope`.
 * No kind stands for why, why not, suggest, price, add/extend, change of mind or emoji.
 */
export function actOfKind(kind: MessageKind | undefined): DialogueAct[] {
  switch (kind) {
    case 'greeting':
      return ['greeting', 'thanks', 'goodbye'];
    case 'out_of_scope':
    case 'unsafe':
    case 'abuse':
    case 'injection':
      return ['out_of_scope'];
    default:
      return ['trip'];
  }
}

/**
 * Today's turn without dialogue acts, as src/agent/turn/run-turn.ts runs it: extract →
 * guard → merge → decide; the standing decision is re-sent when the inputs did not change,
 * and a guarded refusal answers the message without becoming the standing decision.
 */
export function* legacyTurns(c: DialogueFixture, pack: PackIndex): Generator<TurnReading> {
  const now = new Date(c.now);
  let inputs: TripInputs = {};
  let standing = false;
  for (const turn of c.turns) {
    const extraction = extractTripInputs(turn.text, { now, pack, previous: inputs });
    const guard = guardMessage(extraction);
    const before = inputs;
    if (guard.useInputs) {
      const { message_kind: _k, out_of_scope_topic: _t, ...delta } = extraction;
      inputs = mergeTripInputs(inputs, delta);
    }
    const changed = JSON.stringify(before) !== JSON.stringify(inputs);
    const decided: boolean = !guard.signal && (changed || !standing);
    if (decided) decide(inputs, pack, now);
    standing ||= decided;
    yield { acts: actOfKind(extraction.message_kind), decided, inputs };
  }
}

/**
 * The product's turn with dialogue acts, as src/agent/turn/run-turn.ts runs it, store
 * aside: local extraction → guard → planDialogue (act, inputs, the rules or the standing
 * decision, the reply in the traveler's language) over a transcript of the replies so far.
 * The reply is also written for the text channels, to measure its length there.
 */
export function dialogueTurns(c: DialogueFixture, pack: PackIndex): Generator<SimulatedTurn> {
  return simulateConversation(c.turns.map((t) => t.text), new Date(c.now), pack);
}

/** One simulated turn: what the score reads, the reply per channel and the turn's dialogue record. */
export type SimulatedTurn = TurnReading & {
  replies: Record<Channel, string>;
  dialogue: MessageDialogue;
  decision: DecisionContent;
  answerOnly: boolean;
  /** The guard's verdict on the message (a signal: the reply is a guarded refusal that answers this message only). */
  guard: GuardVerdict;
  /** The decision the reply carries, with the plan it carries (the standing one's when it was kept). */
  reply: DecideResult;
};

/** Messages of the transcript the turn reads (run-turn.ts loads the same number). */
const TRANSCRIPT_LIMIT = 12;

/**
 * Runs messages through the product's turn (store aside): the same `answerMessage` run-turn.ts
 * calls, over the session the turns so far left (inputs, held refusal, standing decision,
 * language, the last messages of the transcript), for the evals and the unit tests.
 */
export function* simulateConversation(texts: readonly string[], now: Date, pack: PackIndex): Generator<SimulatedTurn> {
  let inputs: TripInputs = {};
  let standing: Decision | undefined;
  let standingPlan: ItineraryBrief | undefined;
  let language: Language | undefined;
  let held: HeldRefusal | undefined;
  const recent: TranscriptMessage[] = [];
  let n = 0;
  for (const text of texts) {
    n += 1;
    const messageId = `msg_in_${String(n).padStart(4, '0')}`;
    const extraction = extractTripInputs(text, { now, pack, previous: inputs });
    const session = { known: inputs, ...(held ? { held } : {}), ...(standing ? { lastOutcome: standing.verdict.outcome, standing } : {}), ...(language ? { language } : {}), recent: recent.slice(-TRANSCRIPT_LIMIT) };
    const run = (channel: Channel) =>
      answerMessage({
        text,
        messageId,
        channel,
        extraction,
        session,
        pack,
        merge: mergeTripInputs,
        decide: (i, g) => decide(i, pack, now, g),
        logicVersion: LOGIC_VERSION,
        render: (ch, content, itinerary, scopeNote) => renderReply(ch, content, itinerary, scopeNote),
      });
    const answered = run('web');
    const web = answered.dialogue;
    const guard = answered.guard;
    held = answered.held;
    const replies = { web: web.text, sms: run('sms').dialogue.text, whatsapp: run('whatsapp').dialogue.text };
    const decided = web.result.kind !== 'unchanged' && !guard.signal && !web.answerOnly;
    const decisionId = web.result.kind === 'unchanged' ? web.result.decision.decision_id : `dec_${String(n).padStart(26, '0')}`;
    const issued = web.result.kind === 'issued' && web.result.itinerary ? itineraryBrief({ ...web.result.itinerary, itinerary_id: `itin_${n}`, inclusions: [], exclusions: [] } as unknown as Itinerary) : undefined;
    // A kept decision is sent again with its plan (plan-turn.ts, standingItinerary).
    const carried = issued ?? (web.result.kind === 'unchanged' ? standingPlan : undefined);
    if (decided && web.result.kind !== 'unchanged') {
      standing = { ...web.result.content, decision_id: decisionId } as Decision;
      standingPlan = issued;
    }
    recent.push({ direction: 'inbound', message_id: messageId, text } as unknown as TranscriptMessage);
    recent.push({ direction: 'outbound', reply_to: messageId, decision_id: decisionId, dialogue: web.dialogue, ...(carried ? { itinerary: carried } : {}) } as unknown as TranscriptMessage);
    inputs = web.inputs;
    language = web.language;
    const decision = web.result.kind === 'unchanged' ? web.result.decision : web.result.content;
    const reply: DecideResult =
      web.result.kind !== 'unchanged' ? web.result : decision.refusal ? { kind: 'refused', content: decision } : { kind: 'issued', content: decision, ...(carried ? { itinerary: carried as unknown as ItineraryDraft } : {}) };
    const decisionPlaces = standingView(decision, pack, web.result.kind === 'issued' ? web.result.itinerary : undefined).places;
    yield { acts: [web.dialogue.act], decided, inputs, decisionPlaces, replies, dialogue: web.dialogue, decision, answerOnly: web.answerOnly, guard, reply };
  }
}

/** The places a set of inputs is about: pack ids and country codes. */
function places(i: TripInputs): Set<string> {
  return new Set<string>([...(i.destinations ?? []), ...(i.countries ?? [])]);
}

/**
 * The effect a turn had on the standing decision, read from what the product did: no new
 * standing decision is `unchanged`; the first is `new`; one whose places share nothing
 * with the standing decision's (both named) is `replaced`; any other is `changed`.
 */
export function effectOf(previous: TripInputs | undefined, reading: TurnReading, previousPlaces: readonly string[] = []): Effect {
  if (!reading.decided) return 'unchanged';
  if (!previous) return 'new';
  // A plan the agent suggested has the places it picked, though the traveler named none.
  const named = places(previous);
  const before = named.size > 0 ? named : new Set(previousPlaces);
  // Replaced by the traveler: the places they now name (a place the rules re-picked for a new month is a change).
  const after = places(reading.inputs);
  if (before.size > 0 && after.size > 0 && [...after].every((p) => !before.has(p))) return 'replaced';
  return 'changed';
}

export interface Tally {
  turns: number;
  actRight: number;
  effectRight: number;
  /** Turns expected to leave the decision alone. */
  shouldStay: number;
  /** … of which the product changed the standing decision (target 0). */
  movedByQuestion: number;
}

export interface DialogueScore {
  conversations: number;
  all: Tally;
  byLanguage: Record<string, Tally>;
  byAct: Record<string, { turns: number; actRight: number; effectRight: number }>;
  misses: { id: string; turn: number; text: string; expected: string; got: string }[];
  /** Reply lengths in characters per channel, every turn (for the median). */
  lengths: Partial<Record<Channel, number[]>>;
  /** The same, for turns that made a new standing decision (a verdict, not an answer). */
  verdictLengths: Partial<Record<Channel, number[]>>;
}

const emptyTally = (): Tally => ({ turns: 0, actRight: 0, effectRight: 0, shouldStay: 0, movedByQuestion: 0 });

/** Runs every conversation through `run` (the product's turn logic) and scores acts and effects. */
export function scoreDialogues(
  convs: readonly DialogueFixture[],
  run: (c: DialogueFixture) => Iterable<TurnReading & { replies?: Partial<Record<Channel, string>> }>,
): DialogueScore {
  const score: DialogueScore = { conversations: convs.length, all: emptyTally(), byLanguage: {}, byAct: {}, misses: [], lengths: {}, verdictLengths: {} };
  for (const c of convs) {
    const lang = (score.byLanguage[c.language] ??= emptyTally());
    let previous: TripInputs | undefined;
    let previousPlaces: readonly string[] = [];
    let k = 0;
    for (const reading of run(c)) {
      const want = c.turns[k]!;
      const effect = effectOf(previous, reading, previousPlaces);
      for (const [channel, text] of Object.entries(reading.replies ?? {}) as [Channel, string][]) {
        (score.lengths[channel] ??= []).push(text.length);
        if (reading.decided) (score.verdictLengths[channel] ??= []).push(text.length);
      }
      if (reading.decided) {
        previous = reading.inputs;
        previousPlaces = reading.decisionPlaces ?? [];
      }
      const actOk = reading.acts.includes(want.act);
      const effectOk = effect === want.effect;
      const moved = want.effect === 'unchanged' && effect !== 'unchanged';
      const act = (score.byAct[want.act] ??= { turns: 0, actRight: 0, effectRight: 0 });
      act.turns += 1;
      act.actRight += actOk ? 1 : 0;
      act.effectRight += effectOk ? 1 : 0;
      for (const t of [score.all, lang]) {
        t.turns += 1;
        t.actRight += actOk ? 1 : 0;
        t.effectRight += effectOk ? 1 : 0;
        t.shouldStay += want.effect === 'unchanged' ? 1 : 0;
        t.movedByQuestion += moved ? 1 : 0;
      }
      if (!actOk || !effectOk) {
        score.misses.push({ id: c.id, turn: k + 1, text: want.text, expected: `${want.act}/${want.effect}`, got: `${reading.acts[0]}/${effect}` });
      }
      k += 1;
    }
  }
  return score;
}

/** The median of a list of numbers (0 for none). */
export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
