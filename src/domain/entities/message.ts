import { z } from 'zod';
import { DecisionId, LeadId, MessageId, SessionId, TenantId, TravelerId } from '../ids';
import { IsoDateTime } from '../time';
import { ChannelSchema } from './common';

export const DirectionSchema = z.enum(['inbound', 'outbound']);
export type Direction = z.infer<typeof DirectionSchema>;

/**
 * One transcript message (seed 001's messages table): ULID ids sort a session's
 * transcript in order. Outbound replies point at the inbound message they answer
 * and at the decision they carry.
 */
export const TranscriptMessageSchema = z.object({
  message_id: MessageId,
  tenant_id: TenantId,
  session_id: SessionId,
  traveler_id: TravelerId.optional(),
  lead_id: LeadId.optional(),
  channel: ChannelSchema,
  direction: DirectionSchema,
  text: z.string().max(8000),
  created_at: IsoDateTime,
  /** Inbound: the channel's own message id (`client_message_id`, `MessageSid`, `wamid`). */
  channel_message_id: z.string().min(1).max(128).optional(),
  /** Outbound: the inbound message this answers. */
  reply_to: MessageId.optional(),
  /** Outbound: the decision this reply carries. */
  decision_id: DecisionId.optional(),
  /** Seed 002: whether the request was in scope and answered, or refused. */
  allowed: z.boolean().optional(),
  /**
   * Inbound: when its turn gave up and the sender got an error frame. Later turns do not
   * answer it first; the sender's resend (same channel message id) retries it.
   */
  failed_at: IsoDateTime.optional(),
  /** Outbound: whether the reply reached the traveler yet (a gone socket leaves it pending). */
  delivery: z.enum(['pending', 'sent', 'failed']).optional(),
  /** Outbound: the server frame exactly as sent, replayed on resume (PROTOCOL.md `hello`). */
  frame: z.record(z.string(), z.unknown()).optional(),
  meta: z
    .object({
      model: z.string().optional(),
      processing_ms: z.number().min(0).optional(),
      channel_context: z.record(z.string(), z.unknown()).optional(),
    })
    .optional(),
});
export type TranscriptMessage = z.infer<typeof TranscriptMessageSchema>;
