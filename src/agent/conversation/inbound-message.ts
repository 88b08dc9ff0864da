import { ChannelSchema } from '../../domain/entities/common';
import { SessionId, TenantId, TravelerId } from '../../domain/ids';
import { IsoDateTime } from '../../domain/time';
import * as z from '../../domain/zod-mini';

/**
 * One traveler message as every channel hands it to the conversation service. The
 * adapter has already resolved who is writing (a web connection's session; a phone
 * number's traveler and session) and validated its own wire format.
 */
export const InboundMessageSchema = z.object({
  tenant_id: TenantId,
  channel: ChannelSchema,
  session_id: SessionId,
  traveler_id: TravelerId,
  /**
   * The redelivery key, unique per channel (and per session on the web):
   * `<session_id>:<client_message_id>` for the widget, Twilio's `MessageSid`, Meta's wamid.
   */
  channel_message_id: z.string().check(z.minLength(1), z.maxLength(128)),
  text: z.string().check(z.minLength(1), z.maxLength(8000)),
  /** When the channel received it; the service's clock when absent. */
  received_at: z.optional(IsoDateTime),
  /**
   * Where a reply to this message goes, whoever answers it: `{connection_id}` for the
   * web, `{from, to}` for SMS and WhatsApp. Stored with the message, read by the sinks.
   */
  channel_context: z.optional(z.record(z.string(), z.unknown())),
});
export type InboundMessage = z.infer<typeof InboundMessageSchema>;

/** An inbound message that does not have the shape above: nothing was stored (HTTP 400). */
export class InvalidInboundError extends Error {
  override name = 'InvalidInboundError';
  constructor(readonly issues: string) {
    super(`invalid inbound message: ${issues}`);
  }
}

/** Parses an inbound message, or throws InvalidInboundError naming the bad fields. */
export function parseInbound(input: unknown): InboundMessage {
  const r = InboundMessageSchema.safeParse(input);
  if (r.success) return r.data;
  throw new InvalidInboundError(r.error.issues.slice(0, 3).map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message)).join('; '));
}
