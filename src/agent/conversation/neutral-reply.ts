import type { Channel } from '../../domain/entities/common';
import type { Decision } from '../../domain/entities/decision';
import type { MessageDialogue } from '../../domain/dialogue';
import { ItineraryBriefSchema, type ItineraryBrief, type TranscriptMessage } from '../../domain/entities/message';

/**
 * A reply as the conversation core hands it to a channel: the decision record, the text
 * already rendered for the reply's channel, the itinerary in brief. Never a wire format:
 * each channel turns it into its own (a WebSocket `reply` frame, TwiML, a Graph API body).
 */
export interface NeutralReply {
  message_id: string;
  /** The inbound message it answers. */
  reply_to: string;
  tenant_id: string;
  session_id: string;
  channel: Channel;
  /** Rendered for `channel` (the full ledger for the web, a compact text for SMS/WhatsApp). */
  text: string;
  decision: Decision;
  itinerary?: ItineraryBrief;
  /** A follow-up the sweep sent, not an answer to a traveler's message. */
  followup?: boolean;
  /** The dialogue act the reply answered (a question, a pleasantry, a trip message…) and its language. */
  dialogue?: MessageDialogue;
  created_at: string;
  /** Whether it reached the traveler yet, as last recorded. */
  delivery: 'pending' | 'sent' | 'failed';
}

/**
 * The neutral reply of a stored outbound message and the decision it carries. Records
 * stored before the core kept the WebSocket frame instead of `itinerary`/`followup`:
 * those are read from the frame.
 */
export function neutralReply(outbound: TranscriptMessage, decision: Decision): NeutralReply {
  const itinerary = outbound.itinerary ?? ItineraryBriefSchema.safeParse(outbound.frame?.itinerary).data;
  const followup = outbound.followup ?? (outbound.frame?.followup === true ? true : undefined);
  return {
    message_id: outbound.message_id,
    reply_to: outbound.reply_to ?? '',
    tenant_id: outbound.tenant_id,
    session_id: outbound.session_id,
    channel: outbound.channel,
    text: outbound.text,
    decision,
    ...(itinerary ? { itinerary } : {}),
    ...(followup ? { followup } : {}),
    ...(outbound.dialogue ? { dialogue: outbound.dialogue } : {}),
    created_at: outbound.created_at,
    delivery: outbound.delivery ?? 'pending',
  };
}

/** Whether a stored message is a reply a channel can deliver again (it answers a message and carries a decision). */
export function isReplayable(m: TranscriptMessage): m is TranscriptMessage & { reply_to: string; decision_id: string } {
  return m.direction === 'outbound' && Boolean(m.reply_to) && Boolean(m.decision_id);
}
