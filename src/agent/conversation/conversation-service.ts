import type { Channel } from '../../domain/entities/common';
import type { Decision } from '../../domain/entities/decision';
import type { Language } from '../../domain/dialogue';
import type { TranscriptMessage } from '../../domain/entities/message';
import type { Session } from '../../domain/entities/session';
import type { Traveler } from '../../domain/entities/traveler';
import { newConversation } from '../../domain/conversation';
import type { ConversationStore } from '../../domain/ports/conversation-store';
import { KeyedQueue } from './keyed-queue';
import type { TurnDeps, TurnResult } from '../turn/run-turn';
import { parseInbound, type InboundMessage } from './inbound-message';
import { isReplayable, neutralReply, type NeutralReply } from './neutral-reply';
import type { DeliveryOutcome, ReplySink, SinkFactory } from './reply-sink';

/** What the service does itself with a turn's dependencies: it stores, reads back and stamps messages. */
export type TurnBasics = Pick<TurnDeps, 'store' | 'ids' | 'clock'>;

/**
 * The turn's dependencies, given whole, or only the basics with the rest loaded when a turn
 * first runs: the message Lambda keeps the agent, the rules and the pack out of its init, so a
 * hello or a resume never loads them (src/handlers/message-function.ts).
 */
export type TurnSource = { turn: TurnDeps } | { turn: TurnBasics; loadTurn: () => Promise<TurnDeps> };

/** The turn's steps (src/agent/turn), imported with the first turn: a process that only greets never loads them. */
const turnSteps = () => import('../turn/run-turn');

export type ConversationDeps = TurnSource & {
  store: ConversationStore;
  /** Serialises a session's turns in this process, and bounds the turns in flight. */
  queue?: KeyedQueue;
  /** Sink factories registered up front (more can be set on `sinks` later). */
  sinks?: Partial<Record<Channel, SinkFactory>>;
  log?: (line: string) => void;
};

export type Accepted =
  | { kind: 'accepted'; inbound: TranscriptMessage }
  /** A redelivered channel message id: nothing new stored; `reply` is the recorded answer, once there is one. */
  | { kind: 'duplicate'; inbound: TranscriptMessage; reply?: NeutralReply }
  /** Not stored (the store is unreachable, or the process is stopping): the channel asks the sender to try again. */
  | { kind: 'unavailable' };

export type ConversationResult =
  | {
      kind: 'replied';
      inbound: TranscriptMessage;
      reply: NeutralReply;
      /** The reply was recorded before this call (a redelivery, or another process answered first). */
      recorded: boolean;
      /** What the message's sink made of it; absent when it was not handed over (already delivered). */
      delivery?: DeliveryOutcome;
    }
  /** The message gets no reply: it is marked failed, and its sender's resend retries it. */
  | { kind: 'failed'; inbound?: TranscriptMessage; reason: 'unavailable' | 'internal' | 'no_session' };

export interface AnswerOptions {
  /**
   * The sink of this message's own reply: the sender here now (a resent message may come
   * through another connection than the first). Default: its channel's factory.
   */
  sink?: ReplySink;
  /** Factories for this call only, ahead of the registered ones (a WebSocket event's own API endpoint). */
  sinks?: Partial<Record<Channel, SinkFactory>>;
}

export interface StartOptions {
  /** A returning traveler (a known phone number); a new anonymous one when absent. */
  traveler?: Traveler;
  user_agent?: string;
  landing_url?: string;
  /** The language the client asked for (the widget's `data-locale`). */
  language?: Language;
}

/** The channel-neutral conversation core: see ./index.ts. */
export interface ConversationService {
  /** Sink factories by channel: `conversation.sinks.set('sms', (inbound) => sink)`. */
  readonly sinks: Map<Channel, SinkFactory>;
  /** The per-process queue of turns (one session at a time, in arrival order). */
  readonly queue: KeyedQueue;
  startConversation(tenantId: string, channel: Channel, options?: StartOptions): Promise<Session>;
  getSession(tenantId: string, sessionId: string): Promise<Session | undefined>;
  /** Stores the message (deduping on its channel id) before anything else happens. */
  accept(message: InboundMessage): Promise<Accepted>;
  /** Runs the message's turn (after the session's earlier ones) and hands every reply produced to the sinks. */
  answer(accepted: Exclude<Accepted, { kind: 'unavailable' }>, options?: AnswerOptions): Promise<ConversationResult>;
  /** accept, then answer: the whole way in for a channel with nothing to say in between. */
  handle(message: InboundMessage, options?: AnswerOptions): Promise<ConversationResult>;
  /** The session's stored replies after a message id (all when absent), oldest first: resume and replay. */
  repliesAfter(tenantId: string, sessionId: string, afterMessageId?: string): Promise<NeutralReply[]>;
  /** Records what became of a reply a channel delivered itself (a replay, a provider's status callback). */
  recordDelivery(reply: Pick<NeutralReply, 'tenant_id' | 'session_id' | 'message_id'>, outcome: DeliveryOutcome): Promise<void>;
  /** Stops storing new messages (a clean stop); turns already accepted run to their end. */
  stopAccepting(): void;
  readonly accepting: boolean;
}

/** Builds the conversation service. */
export function createConversationService(deps: ConversationDeps): ConversationService {
  const { turn } = deps;
  const fullTurn = 'loadTurn' in deps ? deps.loadTurn : async () => deps.turn;
  const log = deps.log ?? (() => {});
  const queue = deps.queue ?? new KeyedQueue();
  const sinks = new Map<Channel, SinkFactory>(Object.entries(deps.sinks ?? {}) as [Channel, SinkFactory][]);
  let accepting = true;

  const sinkFor = (options: AnswerOptions | undefined) => (m: TranscriptMessage): ReplySink | undefined => (options?.sinks?.[m.channel] ?? sinks.get(m.channel))?.(m);

  async function recordDelivery(reply: Pick<NeutralReply, 'tenant_id' | 'session_id' | 'message_id'>, outcome: DeliveryOutcome): Promise<void> {
    if (outcome === 'kept') return;
    await turn.store.markDelivered(reply.tenant_id, reply.session_id, reply.message_id, outcome).catch((err: unknown) => log(`delivery of ${reply.message_id} not recorded: ${(err as Error).message}`));
  }

  /** Hands a reply to its sink and records the outcome. A sink that throws leaves the reply pending. */
  async function deliver(reply: NeutralReply, inbound: TranscriptMessage, sink: ReplySink | undefined): Promise<DeliveryOutcome> {
    if (!sink) return 'kept';
    let outcome: DeliveryOutcome;
    try {
      outcome = await sink.deliver(reply, inbound);
    } catch (err) {
      log(`reply ${reply.message_id} not delivered: ${(err as Error).message}`);
      return 'kept';
    }
    await recordDelivery(reply, outcome);
    return outcome;
  }

  /** The neutral form of a recorded reply (its decision read from the decision record). */
  async function recorded(outbound: TranscriptMessage): Promise<NeutralReply | undefined> {
    if (!isReplayable(outbound)) return undefined;
    const decision = await turn.store.getDecision(outbound.tenant_id, outbound.decision_id);
    return decision ? neutralReply(outbound, decision) : undefined;
  }

  async function accept(message: InboundMessage): Promise<Accepted> {
    const m = parseInbound(message);
    if (!accepting) return { kind: 'unavailable' };
    const inbound: TranscriptMessage = {
      message_id: turn.ids('msg'),
      tenant_id: m.tenant_id,
      session_id: m.session_id,
      traveler_id: m.traveler_id,
      channel: m.channel,
      direction: 'inbound',
      text: m.text,
      created_at: m.received_at ?? turn.clock().toISOString(),
      channel_message_id: m.channel_message_id,
      ...(m.channel_context ? { meta: { channel_context: m.channel_context } } : {}),
    };
    const stored = await turn.store.storeInbound({ tenant_id: m.tenant_id, channel: m.channel, channel_message_id: m.channel_message_id, message: inbound });
    if (stored.kind === 'stored') return { kind: 'accepted', inbound };
    if (stored.kind === 'unavailable') return { kind: 'unavailable' };
    const reply = stored.reply ? await recorded(stored.reply) : undefined;
    return { kind: 'duplicate', inbound: stored.inbound, ...(reply ? { reply } : {}) };
  }

  /** The turn of one stored message, run in its session's place in the queue. */
  async function runTurn(inbound: TranscriptMessage, resend: boolean, own: ReplySink | undefined, sinkOf: (m: TranscriptMessage) => ReplySink | undefined): Promise<ConversationResult> {
    // An indicator that cannot be shown must not cost the message its answer.
    const working = (on: boolean) => own?.working?.(on).catch((err: unknown) => log(`working indicator not sent: ${(err as Error).message}`));
    await working(true);
    let result: TurnResult | undefined;
    let storeDown = false;
    try {
      // An older message of the session still waiting is answered first, to its own sender.
      const [{ processTurnInOrder }, loaded] = await Promise.all([turnSteps(), fullTurn()]);
      result = await processTurnInOrder(loaded, inbound, async (earlier) => {
        await deliver(neutralReply(earlier.reply, earlier.decision), earlier.inbound, sinkOf(earlier.inbound));
      });
    } catch (err) {
      // The store's errors carry a kind (ports: StoreError); one that could not be reached
      // leaves the message not known to be answered, so the sender is told to resend.
      storeDown = (err as { kind?: unknown } | null)?.kind === 'unavailable';
      log(`turn failed: ${(err as Error).stack ?? String(err)}`);
    } finally {
      await working(false);
    }
    if (result?.kind === 'replied') {
      const reply = neutralReply(result.reply, result.decision);
      return { kind: 'replied', inbound, reply, recorded: false, delivery: await deliver(reply, inbound, own) };
    }
    if (result?.kind === 'already_answered') {
      const reply = await recorded(result.reply);
      if (reply) {
        // Answered meanwhile by another turn. A resend always gets the recorded reply; a
        // first send gets it unless it is known to have arrived already (the other process
        // delivered it), so one sender does not receive the same reply twice.
        if (!resend && reply.delivery === 'sent') return { kind: 'replied', inbound, reply, recorded: true };
        return { kind: 'replied', inbound, reply, recorded: true, delivery: await deliver(reply, inbound, own) };
      }
    }
    // This message gets its one error. Later messages pass it by; a resend retries it.
    await turn.store.markFailed(inbound.tenant_id, inbound.session_id, inbound.message_id, turn.clock().toISOString()).catch(() => undefined);
    return { kind: 'failed', inbound, reason: storeDown || result?.kind === 'unavailable' ? 'unavailable' : result?.kind === 'no_session' ? 'no_session' : 'internal' };
  }

  async function answer(accepted: Exclude<Accepted, { kind: 'unavailable' }>, options?: AnswerOptions): Promise<ConversationResult> {
    const sinkOf = sinkFor(options);
    const { inbound } = accepted;
    const own = options?.sink ?? sinkOf(inbound);
    if (accepted.kind === 'duplicate' && accepted.reply) {
      return { kind: 'replied', inbound, reply: accepted.reply, recorded: true, delivery: await deliver(accepted.reply, inbound, own) };
    }
    // One at a time per session, and a bounded number at once in this process.
    return queue.run(inbound.session_id, () => runTurn(inbound, accepted.kind === 'duplicate', own, sinkOf));
  }

  return {
    sinks,
    queue,
    async startConversation(tenantId, channel, options = {}) {
      const { traveler, session, event } = newConversation({
        tenant_id: tenantId,
        channel,
        ids: turn.ids,
        now: turn.clock(),
        ...(options.traveler ? { traveler: options.traveler } : {}),
        ...(options.user_agent ? { user_agent: options.user_agent } : {}),
        ...(options.landing_url ? { landing_url: options.landing_url } : {}),
        ...(options.language ? { language: options.language } : {}),
      });
      await deps.store.startConversation({ traveler, session, event, travelerIsNew: !options.traveler });
      return session;
    },
    getSession: (tenantId, sessionId) => deps.store.getSession(tenantId, sessionId),
    accept,
    answer,
    async handle(message, options) {
      const accepted = await accept(message);
      if (accepted.kind === 'unavailable') return { kind: 'failed', reason: 'unavailable' };
      return answer(accepted, options);
    },
    async repliesAfter(tenantId, sessionId, afterMessageId) {
      const messages = (await turn.store.transcriptAfter(tenantId, sessionId, afterMessageId)).filter(isReplayable);
      // One read per decision: a standing decision re-sent several times is read once. (Only
      // one read is started per id: a second one, dropped by the map, would reject unheard
      // when the store times out and take the process down.)
      const decisions = new Map<string, Promise<Decision | undefined>>();
      for (const m of messages) if (!decisions.has(m.decision_id)) decisions.set(m.decision_id, turn.store.getDecision(tenantId, m.decision_id));
      for (const read of decisions.values()) read.catch(() => undefined); // awaited in order below
      const replies: NeutralReply[] = [];
      for (const m of messages) {
        const decision = await decisions.get(m.decision_id);
        if (decision) replies.push(neutralReply(m, decision));
        else log(`reply ${m.message_id} names decision ${m.decision_id}, which is missing: not replayed`);
      }
      return replies;
    },
    recordDelivery,
    stopAccepting: () => {
      accepting = false;
    },
    get accepting() {
      return accepting;
    },
  };
}
