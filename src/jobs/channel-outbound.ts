import { isReplayable, neutralReply } from '../agent/conversation/neutral-reply';
import type { SinkFactory } from '../agent/conversation/reply-sink';
import type { FrameSender } from '../channels/websocket/frame-sender';
import { replyFrame } from '../channels/websocket/reply-frame';
import type { Channel } from '../domain/entities/common';
import type { TranscriptMessage } from '../domain/entities/message';
import type { FollowupOutbound } from './ports';

export interface ChannelOutboundDeps {
  /** Connection ids open on a session now. */
  liveConnections(tenantId: string, sessionId: string): Promise<string[]>;
  /** The WebSocket API's frame sender; absent when no `@connections` endpoint is configured. */
  sender?: FrameSender;
  /** The other channels' reply sinks (the conversation service's), by channel. */
  sinks?: ReadonlyMap<Channel, SinkFactory>;
  /** The inbound message a follow-up re-answers (its sender's address is in its channel context). */
  inboundOf?(tenantId: string, sessionId: string, messageId: string): Promise<TranscriptMessage | undefined>;
}

/**
 * The outbound path of each channel for proactive messages. A follow-up that re-sends
 * its decision is a neutral reply: on the web it becomes a `reply` frame posted to every
 * live connection of the session (delivered when one takes it; with none it stays pending
 * and the widget gets it on its next `hello` resume); on SMS and WhatsApp it goes through
 * that channel's registered sink, to the sender of the message it re-answers. Without a
 * sink (or a decision) it stays pending on the transcript and nothing is claimed delivered.
 */
export function channelOutbound(deps: ChannelOutboundDeps): FollowupOutbound {
  return {
    async deliver(channel, message, decision) {
      if (!decision || !isReplayable(message)) return false;
      const reply = neutralReply(message, decision);
      if (channel === 'web') {
        if (!deps.sender) return false;
        let delivered = false;
        for (const connectionId of await deps.liveConnections(message.tenant_id, message.session_id)) {
          if ((await deps.sender.send(connectionId, replyFrame(reply))) === 'sent') delivered = true;
        }
        return delivered;
      }
      const inbound = await deps.inboundOf?.(message.tenant_id, message.session_id, message.reply_to);
      const sink = inbound ? deps.sinks?.get(channel)?.(inbound) : undefined;
      return sink ? (await sink.deliver(reply, inbound!)) === 'sent' : false;
    },
  };
}
