/**
 * The re-drive (issue 16): a stored inbound message that is still unanswered some time
 * after it arrived is answered now, exactly once, without its sender having to resend.
 * It covers a store write that outlived the caller's timeout (the sender was told
 * `unavailable`, yet the write landed) and a process that died between storing a message
 * and committing its answer. Channel-neutral: each message goes through the conversation
 * service's public `answer`, and its reply through its own channel's sink (the web's is
 * built here from a frame sender; the relays register theirs on the service).
 */
import type { ConversationService } from '../agent/conversation/conversation-service';
import type { SinkFactory } from '../agent/conversation/reply-sink';
import { channelContext } from '../agent/conversation/reply-sink';
import type { FrameSender } from '../channels/websocket/frame-sender';
import { replyFrame } from '../channels/websocket/reply-frame';
import type { UnansweredInbound } from '../store/unanswered-inbound';

/**
 * How old an unanswered message must be before it is re-driven: past API Gateway's 29 s
 * integration timeout and the store client's three 15 s attempts, so a turn still under
 * way somewhere is not raced.
 */
export const REDRIVE_AFTER_MS = 60_000;
/** How far back a run looks; older unanswered messages are left to the sender's resend. */
export const REDRIVE_LOOKBACK_MS = 15 * 60_000;

export interface RedriveOptions {
  conversation: Pick<ConversationService, 'answer' | 'queue'>;
  unanswered: UnansweredInbound;
  listTenantIds(): Promise<string[]>;
  /** Web replies go to the connection the message came from; without a sender they stay pending for its resume. */
  sender?: FrameSender;
  /** Wall-clock milliseconds (message ids are minted on the real clock, whatever `NOW` a demo sets). */
  now?: () => number;
  afterMs?: number;
  lookbackMs?: number;
  log?: (line: string) => void;
}

export interface RedriveResult {
  /** Messages found stored and unanswered past the threshold. */
  found: number;
  /** Of those, answered now (the reply handed to its channel). */
  replied: number;
  /** Answered meanwhile by another turn: nothing sent again. */
  alreadyAnswered: number;
  /** Left to a turn of their session already queued in this process (it answers the oldest unanswered message first). */
  queued: number;
  /** Could not be answered (marked failed: a resend retries them). */
  failed: number;
}

/** One run; `lookbackMs` widens the window for a caller that runs rarely (the hourly sweep). */
export type RedriveJob = (lookbackMs?: number) => Promise<RedriveResult>;

/**
 * The web's sink for a re-driven message: to the connection it came from, its `ack` and then
 * its reply. A sender told `unavailable` never learnt the message's id, so without the ack
 * it could not tie the reply to what it sent (and would resend it); the ack says what every
 * ack says: this client_message_id is stored, as this message_id.
 */
export function webSinkVia(sender: FrameSender): SinkFactory {
  return (inbound) => {
    const connectionId = channelContext(inbound).connection_id;
    if (typeof connectionId !== 'string') return undefined;
    // The web's channel_message_id is `<session_id>:<client_message_id>` (src/channels/websocket/routes.ts).
    const prefix = `${inbound.session_id}:`;
    const clientMessageId = inbound.channel_message_id?.startsWith(prefix) ? inbound.channel_message_id.slice(prefix.length) : undefined;
    return {
      async deliver(reply) {
        if (clientMessageId) {
          const acked = await sender.send(connectionId, { type: 'ack', client_message_id: clientMessageId, message_id: inbound.message_id, duplicate: false });
          if (acked !== 'sent') return 'kept';
        }
        return (await sender.send(connectionId, replyFrame(reply))) === 'sent' ? 'sent' : 'kept';
      },
    };
  };
}

/** Builds the job; the sweep and the local stack's timer run it. */
export function createRedriveJob(opts: RedriveOptions): RedriveJob {
  const wallClock = opts.now ?? Date.now;
  const afterMs = opts.afterMs ?? REDRIVE_AFTER_MS;
  const log = opts.log ?? (() => {});
  const sinks = opts.sender ? { web: webSinkVia(opts.sender) } : {};
  return async (lookbackMs = opts.lookbackMs ?? REDRIVE_LOOKBACK_MS) => {
    const started = wallClock();
    const result: RedriveResult = { found: 0, replied: 0, alreadyAnswered: 0, queued: 0, failed: 0 };
    const to = new Date(wallClock() - afterMs);
    const from = new Date(to.getTime() - lookbackMs);
    for (const tenantId of await opts.listTenantIds()) {
      for (const inbound of await opts.unanswered.find(tenantId, from, to)) {
        result.found += 1;
        // Not lost, only waiting: a turn of its session is queued here and will answer it first.
        if (opts.conversation.queue.has(inbound.session_id)) {
          result.queued += 1;
          continue;
        }
        // In the session's place in the queue: a turn that starts meanwhile finishes first,
        // and then this finds the answer recorded and sends nothing.
        const outcome = await opts.conversation.answer({ kind: 'accepted', inbound }, { sinks });
        if (outcome.kind === 'failed') result.failed += 1;
        else if (outcome.recorded) result.alreadyAnswered += 1;
        else result.replied += 1;
      }
    }
    if (result.found > 0) log(`re-drive: ${JSON.stringify(result)} in ${wallClock() - started} ms (messages up to ${to.toISOString()})`);
    return result;
  };
}
