import { DecisionId, LeadId, MessageId, SessionId, TenantId, TravelerId } from '../ids';
import { IsoDateTime } from '../time';
import { ChannelSchema } from './common';
import { MessageDialogueSchema } from '../dialogue';
import { RouteStopSchema, type Itinerary } from './itinerary';
import * as z from '../zod-mini';

/** The itinerary in brief, as a book reply carries it (clients show the plan without another request). */
export const ItineraryBriefSchema = z.object({
  itinerary_id: z.string().check(z.minLength(1)),
  title: z.string(),
  duration_days: z.number().check(z.int(), z.minimum(1)),
  route: z.array(z.pick(RouteStopSchema, { destination_id: true, name: true, nights: true, lodging_tier: true, transfer: true, drive_hours_in: true })),
  estimated_cost_usd_per_person: z.optional(z.number().check(z.minimum(0))),
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
  traveler_id: z.optional(TravelerId),
  lead_id: z.optional(LeadId),
  channel: ChannelSchema,
  direction: DirectionSchema,
  text: z.string().check(z.maxLength(8000)),
  created_at: IsoDateTime,
  /** Inbound: the channel's own message id (`client_message_id`, `MessageSid`, `wamid`). */
  channel_message_id: z.optional(z.string().check(z.minLength(1), z.maxLength(128))),
  /** Outbound: the inbound message this answers. */
  reply_to: z.optional(MessageId),
  /** Outbound: the decision this reply carries. */
  decision_id: z.optional(DecisionId),
  /** Seed 002: whether the request was in scope and answered, or refused. */
  allowed: z.optional(z.boolean()),
  /**
   * Inbound: when its turn gave up and the sender got an error frame. Later turns do not
   * answer it first; the sender's resend (same channel message id) retries it.
   */
  failed_at: z.optional(IsoDateTime),
  /** Outbound: whether the reply reached the traveler yet (a gone socket leaves it pending). */
  delivery: z.optional(z.enum(['pending', 'sent', 'failed'])),
  /** Outbound, on book: the itinerary in brief, sent again whenever the reply is (resume, a re-sent standing decision). */
  itinerary: z.optional(ItineraryBriefSchema),
  /** Outbound: a follow-up the sweep sent, not an answer the traveler asked for. */
  followup: z.optional(z.boolean()),
  /** Outbound: the dialogue act this reply answered and what it answered with (issue 15). */
  dialogue: z.optional(MessageDialogueSchema),
  /**
   * Outbound, records written before the conversation core: the WebSocket frame as sent.
   * Still read (its itinerary and follow-up mark), never written: a reply is stored as the
   * neutral record above (decision id, text, channel, delivery), and each channel renders it.
   */
  frame: z.optional(z.record(z.string(), z.unknown())),
  meta: z.optional(
    z.object({
      model: z.optional(z.string()),
      processing_ms: z.optional(z.number().check(z.minimum(0))),
      channel_context: z.optional(z.record(z.string(), z.unknown())),
    }),
  ),
});
export type TranscriptMessage = z.infer<typeof TranscriptMessageSchema>;
