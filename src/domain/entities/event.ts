import { z } from 'zod';
import { DecisionId, EventId, ItineraryId, LeadId, MessageId, PageId, ReviewId, SessionId, TenantId, TravelerId } from '../ids';
import { IsoDateTime } from '../time';
import { TRIP_INPUT_FIELDS, type TripInputField } from '../trip-inputs';
import { ChannelSchema } from './common';
import { DecisionTypeSchema, OutcomeSchema, RefusalReasonSchema } from './decision';
import { LeadStateSchema } from './lead';
import { REVIEW_ACTIONS, ReviewStatusSchema } from './review';

/** The 16 event types of seed 000, table 7. */
export const EVENT_TYPES = [
  'SESSION_STARTED',
  'ENGAGED',
  'PAGE_VIEWED',
  'TOOL_STARTED',
  'TOOL_COMPLETED',
  'DECISION_ISSUED',
  'DECISION_REFUSED',
  'ITINERARY_GENERATED',
  'ASSURANCE_REQUESTED',
  'ASSURANCE_DELIVERED',
  'LEAD_CREATED',
  'LEAD_STATE_CHANGED',
  'FOLLOWUP_SCHEDULED',
  'FOLLOWUP_SENT',
  'DECISION_REVERSED',
  'TRUST_FLAG_RAISED',
  // Added for the staff review queue (issue 13): a review item's transition, with its resolution.
  'REVIEW_STATUS_CHANGED',
] as const;
export const EventTypeSchema = z.enum(EVENT_TYPES);
export type EventType = z.infer<typeof EventTypeSchema>;

const inputField = z.enum(TRIP_INPUT_FIELDS as [TripInputField, ...TripInputField[]]);

/** One payload schema per event type: what each event records. */
export const EVENT_PAYLOADS = {
  SESSION_STARTED: z.object({ channel: ChannelSchema, resumed: z.boolean().default(false) }),
  ENGAGED: z.object({ channel: ChannelSchema, first_message_id: MessageId.optional() }),
  PAGE_VIEWED: z.object({ url: z.string().max(2048), page_id: PageId.optional() }),
  TOOL_STARTED: z.object({ tool: z.string().min(1), model: z.string().min(1) }),
  TOOL_COMPLETED: z.object({
    tool: z.string().min(1),
    model: z.string().min(1),
    ok: z.boolean(),
    duration_ms: z.number().min(0),
    fields: z.array(z.string()).default([]),
    safety_flags: z.array(z.string()).default([]),
  }),
  DECISION_ISSUED: z.object({
    outcome: OutcomeSchema.exclude(['refused']),
    decision_type: DecisionTypeSchema,
    logic_version: z.string(),
    confidence: z.number().min(0).max(1),
    supersedes_decision_id: DecisionId.optional(),
  }),
  DECISION_REFUSED: z.object({
    reason: RefusalReasonSchema,
    missing_inputs: z.array(inputField).max(3),
    logic_version: z.string(),
    supersedes_decision_id: DecisionId.optional(),
  }),
  ITINERARY_GENERATED: z.object({
    itinerary_id: ItineraryId,
    duration_days: z.number().int().min(1),
    stops: z.array(z.string()).min(1),
  }),
  ASSURANCE_REQUESTED: z.object({ topic: z.string().min(1).max(80), channel: ChannelSchema.optional() }),
  ASSURANCE_DELIVERED: z.object({ topic: z.string().min(1).max(80), channel: ChannelSchema.optional() }),
  LEAD_CREATED: z.object({ channel: ChannelSchema, lead_state: LeadStateSchema }),
  LEAD_STATE_CHANGED: z.object({
    from: LeadStateSchema,
    to: LeadStateSchema,
    reason: z.string().min(1),
    trigger: z.string().optional(),
    next_action_at: IsoDateTime.optional(),
  }),
  FOLLOWUP_SCHEDULED: z.object({ next_action_at: IsoDateTime, channel: ChannelSchema, reason: z.string().min(1) }),
  FOLLOWUP_SENT: z.object({
    channel: ChannelSchema,
    message_id: MessageId.optional(),
    template: z.string().optional(),
    delivered: z.boolean().default(true),
  }),
  DECISION_REVERSED: z.object({
    previous_decision_id: DecisionId,
    from_outcome: OutcomeSchema,
    to_outcome: OutcomeSchema,
  }),
  TRUST_FLAG_RAISED: z.object({
    reason_code: z.string().min(1),
    notes: z.string().max(2000).optional(),
    review_id: ReviewId.optional(),
  }),
  REVIEW_STATUS_CHANGED: z.object({
    review_id: ReviewId,
    from: ReviewStatusSchema,
    to: ReviewStatusSchema,
    action_taken: z.enum(REVIEW_ACTIONS).optional(),
    logic_version_new: z.string().optional(),
    public_note: z.string().max(1000).optional(),
  }),
} satisfies Record<EventType, z.ZodType>;

export type EventPayload<T extends EventType> = z.infer<(typeof EVENT_PAYLOADS)[T]>;

const eventBase = {
  event_id: EventId,
  tenant_id: TenantId,
  created_at: IsoDateTime,
  traveler_id: TravelerId.optional(),
  session_id: SessionId.optional(),
  lead_id: LeadId.optional(),
  decision_id: DecisionId.optional(),
  itinerary_id: ItineraryId.optional(),
  page_id: PageId.optional(),
  /** Who acted, when a staff member did (flag, review, booking, suppression); absent for travelers and the system. */
  actor: z
    .object({ kind: z.literal('staff'), staff_id: z.string().min(1).max(80), name: z.string().max(120).optional(), role: z.string().max(20).optional() })
    .optional(),
};

function eventOf<T extends EventType>(type: T) {
  return z.object({ ...eventBase, event_type: z.literal(type), payload: EVENT_PAYLOADS[type] });
}

/** An immutable record of what happened (seed 000, table 7), its payload checked per type. */
export const EventSchema = z.discriminatedUnion('event_type', [
  eventOf('SESSION_STARTED'),
  eventOf('ENGAGED'),
  eventOf('PAGE_VIEWED'),
  eventOf('TOOL_STARTED'),
  eventOf('TOOL_COMPLETED'),
  eventOf('DECISION_ISSUED'),
  eventOf('DECISION_REFUSED'),
  eventOf('ITINERARY_GENERATED'),
  eventOf('ASSURANCE_REQUESTED'),
  eventOf('ASSURANCE_DELIVERED'),
  eventOf('LEAD_CREATED'),
  eventOf('LEAD_STATE_CHANGED'),
  eventOf('FOLLOWUP_SCHEDULED'),
  eventOf('FOLLOWUP_SENT'),
  eventOf('DECISION_REVERSED'),
  eventOf('TRUST_FLAG_RAISED'),
  eventOf('REVIEW_STATUS_CHANGED'),
]);
export type DomainEvent = z.infer<typeof EventSchema>;
/** The event of one type, e.g. `EventOf<'LEAD_STATE_CHANGED'>`. */
export type EventOf<T extends EventType> = Extract<DomainEvent, { event_type: T }>;
