import type { TranscriptMessage } from '../../domain/entities/message';
import type { NeutralReply } from './neutral-reply';

/**
 * What became of a reply handed to a sink: `sent` reached the traveler now; `kept` could
 * not (the client is gone) and stays pending, delivered on resume or by a later send;
 * `failed` will never go (a provider refused it for good) and is recorded as failed.
 */
export type DeliveryOutcome = 'sent' | 'kept' | 'failed';

/**
 * Port: one channel's way to a traveler. The service hands it every reply for a message
 * of that channel (the message's own answer, or the answer to an older message of the
 * session that a later turn caught up on) and records the outcome on the stored reply.
 */
export interface ReplySink {
  /** Delivers `reply`, the answer to `inbound`, to whoever sent `inbound`. */
  deliver(reply: NeutralReply, inbound: TranscriptMessage): Promise<DeliveryOutcome>;
  /** The turn for `inbound` started (true) or ended (false): a typing indicator, where the channel has one. */
  working?(on: boolean): Promise<void>;
}

/**
 * Makes the sink for a stored inbound message: it reads where the answer goes from the
 * message's own `meta.channel_context` (a connection id, a phone number). Undefined when
 * the channel cannot deliver now: the reply stays pending.
 */
export type SinkFactory = (inbound: TranscriptMessage) => ReplySink | undefined;

/** The `channel_context` a channel stored with an inbound message. */
export function channelContext(inbound: TranscriptMessage): Record<string, unknown> {
  return inbound.meta?.channel_context ?? {};
}
