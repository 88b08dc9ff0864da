import { z } from 'zod';
import { DecisionId, LeadId, MessageId, SessionId, TenantId, TravelerId } from '../ids';
import { IsoDateTime } from '../time';
import { ChannelSchema } from './common';
import { MessageDialogueSchema } from '../dialogue';
import { RouteStopSchema, type Itinerary } from './itinerary';

/** The itinerary in brief, as a book reply carries it (clients show the plan without another request). */
export const ItineraryBriefSchema = z.object({
  itinerary_id: z.string().min(1),
  title: z.string(),
  duration_days: z.number().int().min(1),
  route: z.array(RouteStopSchema.pick({ destination_id: true, name: true, nights: true, lodging_tier: true, transfer: true, drive_hours_in: true })),
  estimated_cost_usd_per_person: z.number().min(0).optional(),
  inclusions: z.array(z.string()),
  exclusions: z.array(z.string()),
});
export type ItineraryBrief = z.infer<typeof ItineraryBriefSchema>;

/** The brief of a stored itinerary that a book reply carries. */
export function itineraryBrief(i: Itinerary): ItineraryBrief {
  return {
    itinerary_id: i.itinerary_id,
    title: i.title,
    duration_days: i.duration_days,
    route: i.route.map(({ destination_id, name, nights, lodging_tier, transfer, drive_hours_in }) => ({ destination_id, name, nights, lodging_tier, transfer, drive_hours_in })),
    ...(i.estimated_cost_usd_per_person !== undefined ? { estimated_cost_usd_per_person: i.estimated_cost_usd_per_person } : {}),
    inclusions: i.inclusions,
    exclusions: i.exclusions,
  };
}

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
  /** Outbound, on book: the itinerary in brief, sent again whenever the reply is (resume, a re-sent standing decision). */
  itinerary: ItineraryBriefSchema.optional(),
  /** Outbound: a follow-up the sweep sent, not an answer the traveler asked for. */
  followup: z.boolean().optional(),
  /** Outbound: the dialogue act this reply answered and what it answered with (issue 15). */
  dialogue: MessageDialogueSchema.optional(),
  /**
   * Outbound, records written before the conversation core: the WebSocket frame as sent.
   * Still read (its itinerary and follow-up mark), never written: a reply is stored as the
   * neutral record above (decision id, text, channel, delivery), and each channel renders it.
   */
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
