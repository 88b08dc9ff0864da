/**
 * The conversation core: the one way into a turn for every channel (the WebSocket
 * routes, the SMS and WhatsApp relays), the chat script, the tests and the benches.
 *
 * A channel adapter verifies and parses its own wire format, resolves who is writing (a
 * web connection's session; a phone number's traveler and session), and hands the
 * service one {@link InboundMessage}. The service stores it first (a redelivered
 * `channel_message_id` stores nothing and answers from the record), runs the session's
 * turns one at a time in arrival order through the per-process queue, and hands every
 * reply it produces to the {@link ReplySink} of the message it answers — the message's
 * own, or an older unanswered message of the session that is answered first, which goes
 * to that message's sender through that message's channel (its `channel_context`). What
 * the sink reports (sent now, kept for later, failed for good) is recorded on the stored
 * reply. Replies are {@link NeutralReply} records (decision, text rendered for the
 * channel, itinerary brief); only a channel turns one into a wire format.
 *
 * Sinks: register one factory per channel, either when building the app
 * (`buildApp({ ..., sinks: { sms: (inbound) => sink } })`) or later on the service
 * (`app.conversation.sinks.set('sms', (inbound) => sink)`). A factory reads where to
 * deliver from `inbound.meta.channel_context`; a call may pass its own factories in
 * `answer(accepted, { sinks })` (the WebSocket routes do: each event names its API's
 * endpoint). Without a sink a reply stays pending on the transcript.
 *
 * @example
 * const result = await app.conversation.handle({
 *   tenant_id: 'demo', channel: 'sms', session_id, traveler_id,
 *   channel_message_id: MessageSid, text: Body, channel_context: { from: From, to: To },
 * });
 * if (result.kind === 'replied') twiml(result.reply.text);
 */
export { createConversationService } from './conversation-service';
export type { Accepted, AnswerOptions, ConversationDeps, ConversationResult, ConversationService, StartOptions } from './conversation-service';
export { InboundMessageSchema, InvalidInboundError, parseInbound, type InboundMessage } from './inbound-message';
export { KeyedQueue } from './keyed-queue';
export { isReplayable, neutralReply, type NeutralReply } from './neutral-reply';
export { channelContext, type DeliveryOutcome, type ReplySink, type SinkFactory } from './reply-sink';
