import type { Decision } from '../../domain/entities/decision';
import type { TranscriptMessage } from '../../domain/entities/message';
import { leadIdForSession, type IdGenerator } from '../../domain/ids';
import type { DecideResult, GuardSignal } from '../../domain/rules/types';
import type { Clock } from '../../domain/time';
import type { TripInputs, TripInputsDelta } from '../../domain/trip-inputs';
import type { MessageKind } from '../extraction-schema';
import { renderReply } from '../render/render-reply';
import { answerMessage } from '../dialogue/answer-message';
import { defaultPackIndex, type PackIndex } from '../../domain/knowledge-pack/index-pack';
import { extractInputs, type ExtractDeps } from './extract-inputs';
import { planTurn } from './plan-turn';
import type { TurnContext, TurnStore } from '../../domain/ports/turn-store';
import type { Session } from '../../domain/entities/session';

/** Everything a turn needs, built once by the application. */
export interface TurnDeps {
  store: TurnStore;
  extract: ExtractDeps;
  /** The embedded scope check, applied whatever model answered (defence in depth). */
  classify?: (text: string, now: Date) => MessageKind | undefined;
  merge: (previous: TripInputs, delta: TripInputsDelta) => TripInputs;
  decide: (inputs: TripInputs, now: Date, guard?: GuardSignal) => DecideResult;
  /** The rules' version: a standing decision made by older rules is decided again. */
  logicVersion: string;
  clock: Clock;
  ids: IdGenerator;
  /** Commit attempts when another turn of the session won the race (default 3). */
  maxAttempts?: number;
  /** The knowledge pack the dialogue answers from (default: the shipped pack, the one `decide` reads). */
  pack?: PackIndex;
}

export type TurnResult =
  /**
   * `inbound` is the message this turn answered: the one asked for, or an older message of
   * the same session still waiting for its reply, which always goes first.
   */
  | { kind: 'replied'; inbound: TranscriptMessage; reply: TranscriptMessage; decision: Decision; attempts: number }
  | { kind: 'already_answered'; reply: TranscriptMessage }
  | { kind: 'no_session' }
  | { kind: 'unavailable' };

/** The oldest inbound message of the recent transcript without a reply, if older than `mine`; else `mine`. */
function oldestUnanswered(recent: readonly TranscriptMessage[], mine: TranscriptMessage): TranscriptMessage {
  const replied = new Set(recent.filter((m) => m.direction === 'outbound' && m.reply_to).map((m) => m.reply_to));
  for (const m of recent) {
    if (m.message_id >= mine.message_id) break;
    // A message whose turn gave up (its sender got an error) is retried only by a resend.
    if (m.direction === 'inbound' && !m.failed_at && !replied.has(m.message_id)) return m;
  }
  return mine;
}

/**
 * Runs one stored inbound message through the turn: context → extract (one model call)
 * → guard → merge → decide → transition → render → commit. Each step has one owner;
 * this function only sequences them. A commit that loses a race with another turn of the
 * session is planned again from fresh context, so no update is lost.
 */
export async function processTurn(deps: TurnDeps, inbound: TranscriptMessage): Promise<TurnResult> {
  const maxAttempts = deps.maxAttempts ?? 3;
  let attempts = 0; // commits tried for this message (a lost race costs one)
  let skipped = 0; // older messages given up on (each marked failed)
  // Every round either returns, or spends one attempt or one skip: at most
  // maxAttempts + MAX_SKIPPED rounds.
  while (attempts < maxAttempts) {
    const context = await deps.store.loadTurnContext({
      tenant_id: inbound.tenant_id,
      session_id: inbound.session_id,
      lead_id: leadIdForSession(inbound.session_id),
      ...(inbound.traveler_id ? { traveler_id: inbound.traveler_id } : {}),
      // Enough to find this message's reply and an older unanswered one.
      transcriptLimit: 12,
      withStanding: true,
    });
    const session = context.session;
    if (!session) return { kind: 'no_session' };
    const answered = context.recent.find((m) => m.direction === 'outbound' && m.reply_to === inbound.message_id);
    if (answered) return { kind: 'already_answered', reply: answered };
    // Turns of a session run in arrival order whichever process handles them: an older
    // message still unanswered (sent a moment earlier from another tab, or left by a
    // process that died) is answered first. The version checks of the commit make two
    // processes racing for the same message end with one answer.
    const target = oldestUnanswered(context.recent, inbound);
    let outcome: Awaited<ReturnType<typeof answerOne>>;
    try {
      outcome = await answerOne(deps, { ...context, session }, target);
    } catch (err) {
      if (target === inbound || skipped >= MAX_SKIPPED) throw err;
      // An older message that cannot be answered must not block the ones after it:
      // mark it failed (later turns pass it by) and answer this one.
      await deps.store.markFailed(target.tenant_id, target.session_id, target.message_id, deps.clock().toISOString()).catch(() => undefined);
      skipped += 1;
      continue;
    }
    attempts += 1;
    if (outcome.kind === 'committed') {
      return { kind: 'replied', inbound: target, reply: outcome.plan.commit.outbound, decision: outcome.plan.decision, attempts };
    }
    if (outcome.kind === 'unavailable') return { kind: 'unavailable' };
    // A conflict: another turn of the session committed first; plan again from fresh context.
  }
  return { kind: 'unavailable' };
}

/** Older messages one turn may give up on (mark failed) before its own; more is a systemic fault, thrown. */
const MAX_SKIPPED = 3;

/** Plans and commits the answer to one message from loaded context. */
async function answerOne(deps: TurnDeps, context: TurnContext & { session: Session }, target: TranscriptMessage) {
  const { session } = context;
  const now = deps.clock();
  const known = session.trip_inputs;
  const extraction = await extractInputs(deps.extract, target.text, now, known, deps.clock);
  // The standing decision as its record holds it (read with the context, beside the transcript).
  const standing = context.standing;
  // The guard (with a refusal held from earlier turns) and the dialogue act decide what the message does: a question keeps
  // the inputs and the standing decision; a trip message, a suggestion, an addition or a change of mind moves them. The
  // evals run the same function (answer-message.ts).
  const { guard, held, dialogue } = answerMessage({
    text: target.text,
    messageId: target.message_id,
    channel: session.channel,
    extraction: extraction.extraction,
    ...(deps.classify ? { classified: deps.classify(target.text, now) } : {}),
    session: {
      known,
      ...(session.held_refusal ? { held: session.held_refusal } : {}),
      ...(session.last_decision ? { lastOutcome: session.last_decision.outcome } : {}),
      ...(session.language ? { language: session.language } : {}),
      recent: context.recent,
      ...(standing ? { standing } : {}),
    },
    pack: deps.pack ?? defaultPackIndex(),
    merge: deps.merge,
    decide: (inputs, signal) => deps.decide(inputs, now, signal),
    logicVersion: deps.logicVersion,
    render: (channel, content, itinerary, scopeNote) => renderReply(channel, content, itinerary, scopeNote),
  });

  const plan = planTurn({
    now,
    ids: deps.ids,
    inbound: target,
    context,
    standing,
    extraction,
    guard,
    inputs: dialogue.inputs,
    inputsChanged: dialogue.inputsChanged,
    result: dialogue.result,
    answerOnly: dialogue.answerOnly,
    dialogue: dialogue.dialogue,
    ...(held ? { held } : {}),
    render: () => dialogue.text,
  });
  const committed = await deps.store.commitTurn(plan.commit);
  return { kind: committed.kind, plan } as const;
}

/** Most turns answered for others before a message's own (bounds the loop). */
const MAX_CATCH_UP = 20;

/**
 * Answers `inbound`, first answering any older message of its session still waiting
 * (each handed to `onEarlier`, so the caller can deliver it to whoever sent it). Returns
 * the result for `inbound` itself.
 */
export async function processTurnInOrder(
  deps: TurnDeps,
  inbound: TranscriptMessage,
  onEarlier: (result: Extract<TurnResult, { kind: 'replied' }>) => Promise<void> = async () => {},
): Promise<TurnResult> {
  for (let i = 0; i < MAX_CATCH_UP; i++) {
    const result = await processTurn(deps, inbound);
    if (result.kind !== 'replied' || result.inbound.message_id === inbound.message_id) return result;
    await onEarlier(result);
  }
  return { kind: 'unavailable' };
}
