import type { FrameSender } from '../channels/websocket/frame-sender';
import type { ServerFrame } from '../channels/websocket/frames';
import type { FollowupOutbound } from './ports';

export interface ChannelOutboundDeps {
  /** Connection ids open on a session now. */
  liveConnections(tenantId: string, sessionId: string): Promise<string[]>;
  /** The WebSocket API's frame sender; absent when no `@connections` endpoint is configured. */
  sender?: FrameSender;
}

/**
 * The outbound path of each channel for proactive messages. Web: the stored reply frame
 * posted to every live connection of the session (delivered when one takes it); with
 * no connection it stays pending and the widget gets it on its next `hello` resume.
 * SMS and WhatsApp: no outbound sender exists yet (a later issue), so the message stays
 * pending on the transcript and nothing is claimed as delivered.
 */
export function channelOutbound(deps: ChannelOutboundDeps): FollowupOutbound {
  return {
    async deliver(channel, message) {
      if (channel !== 'web' || !message.frame || !deps.sender) return false;
      let delivered = false;
      for (const connectionId of await deps.liveConnections(message.tenant_id, message.session_id)) {
        if ((await deps.sender.send(connectionId, message.frame as ServerFrame)) === 'sent') delivered = true;
      }
      return delivered;
    },
  };
}
