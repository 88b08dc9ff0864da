import type { Decision, DecisionContent } from '../../domain/entities/decision';
import type { ItineraryDraft } from '../../domain/entities/itinerary';
import type { TranscriptMessage } from '../../domain/entities/message';
import { leadIdForSession, type IdGenerator } from '../../domain/ids';
import type { DecideResult, GuardSignal } from '../../domain/rules/types';
import type { Clock } from '../../domain/time';
import type { TripInputs, TripInputsDelta } from '../../domain/trip-inputs';
import type { Extraction, MessageKind } from '../extraction-schema';
import { renderReply } from '../render/render-reply';
import { extractInputs, type ExtractDeps } from './extract-inputs';
import { guardMessage } from './guard';
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

function tripDelta(e: Extraction): TripInputsDelta {
  const { message_kind: _k, out_of_scope_topic: _t, ...delta } = e;
  return delta;
}

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

/** Key-order-independent equality of two TripInputs. */
function sameInputs(a: TripInputs, b: TripInputs): boolean {
  const canon = (x: TripInputs) => JSON.stringify(Object.keys(x).sort().map((k) => [k, x[k as keyof TripInputs]]));
  return canon(a) === canon(b);
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
  // The standing decision is read from its record while the model works (the read
  // overlaps the model call, so it adds no latency to the turn).
  const standingRead = session.last_decision ? deps.store.getDecision(session.tenant_id, session.last_decision.decision_id) : undefined;
  standingRead?.catch(() => undefined); // awaited below; a failed extraction must not leave it unhandled
  const extraction = await extractInputs(deps.extract, target.text, now, known, deps.clock);
  const guard = guardMessage(extraction.extraction, deps.classify?.(target.text, now));
  const inputs = guard.useInputs ? deps.merge(known, tripDelta(extraction.extraction)) : known;
  const inputsChanged = !sameInputs(inputs, known);
  const standing = await standingRead;
  const result =
    !guard.signal && !inputsChanged && standing && standing.logic_version === deps.logicVersion
      ? ({ kind: 'unchanged', decision: standing } as const)
      : deps.decide(inputs, now, guard.signal);

  const plan = planTurn({
    now,
    ids: deps.ids,
    inbound: target,
    context,
    standing,
    extraction,
    guard,
    inputs,
    inputsChanged,
    result,
    render: (content: DecisionContent, itinerary?: ItineraryDraft) => renderReply(session.channel, content, itinerary, guard.scopeNote),
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
