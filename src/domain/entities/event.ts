import { DecisionId, EventId, ItineraryId, LeadId, MessageId, PageId, ReviewId, SessionId, TenantId, TravelerId } from '../ids';
import { IsoDateTime } from '../time';
import { TRIP_INPUT_FIELDS, type TripInputField } from '../trip-inputs';
import { ChannelSchema } from './common';
import { DecisionTypeSchema, OUTCOMES, OutcomeSchema, RefusalReasonSchema, type IssuedOutcome } from './decision';
import { LeadStateSchema } from './lead';
import { REVIEW_ACTIONS, ReviewStatusSchema } from './review';
import * as z from '../zod-mini';

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
const nonEmpty = () => z.string().check(z.minLength(1));

/** One payload schema per event type: what each event records. */
export const EVENT_PAYLOADS = {
  SESSION_STARTED: z.object({ channel: ChannelSchema, resumed: z._default(z.boolean(), false) }),
  ENGAGED: z.object({ channel: ChannelSchema, first_message_id: z.optional(MessageId) }),
  PAGE_VIEWED: z.object({ url: z.string().check(z.maxLength(2048)), page_id: z.optional(PageId) }),
  TOOL_STARTED: z.object({ tool: nonEmpty(), model: nonEmpty() }),
  TOOL_COMPLETED: z.object({
    tool: nonEmpty(),
    model: nonEmpty(),
    ok: z.boolean(),
    duration_ms: z.number().check(z.minimum(0)),
    fields: z._default(z.array(z.string()), []),
    safety_flags: z._default(z.array(z.string()), []),
  }),
  DECISION_ISSUED: z.object({
    outcome: z.enum(OUTCOMES.filter((o): o is IssuedOutcome => o !== 'refused')),
    decision_type: DecisionTypeSchema,
    logic_version: z.string(),
    confidence: z.number().check(z.minimum(0), z.maximum(1)),
    supersedes_decision_id: z.optional(DecisionId),
  }),
  DECISION_REFUSED: z.object({
    reason: RefusalReasonSchema,
    missing_inputs: z.array(inputField).check(z.maxLength(3)),
    logic_version: z.string(),
    supersedes_decision_id: z.optional(DecisionId),
  }),
  ITINERARY_GENERATED: z.object({
    itinerary_id: ItineraryId,
    duration_days: z.number().check(z.int(), z.minimum(1)),
    stops: z.array(z.string()).check(z.minLength(1)),
  }),
  ASSURANCE_REQUESTED: z.object({ topic: z.string().check(z.minLength(1), z.maxLength(80)), channel: z.optional(ChannelSchema) }),
  ASSURANCE_DELIVERED: z.object({ topic: z.string().check(z.minLength(1), z.maxLength(80)), channel: z.optional(ChannelSchema) }),
  LEAD_CREATED: z.object({ channel: ChannelSchema, lead_state: LeadStateSchema }),
  LEAD_STATE_CHANGED: z.object({
    from: LeadStateSchema,
    to: LeadStateSchema,
    reason: nonEmpty(),
    trigger: z.optional(z.string()),
    next_action_at: z.optional(IsoDateTime),
  }),
  FOLLOWUP_SCHEDULED: z.object({ next_action_at: IsoDateTime, channel: ChannelSchema, reason: nonEmpty() }),
  FOLLOWUP_SENT: z.object({
    channel: ChannelSchema,
    message_id: z.optional(MessageId),
    template: z.optional(z.string()),
    delivered: z._default(z.boolean(), true),
  }),
  DECISION_REVERSED: z.object({
    previous_decision_id: DecisionId,
    from_outcome: OutcomeSchema,
    to_outcome: OutcomeSchema,
  }),
  TRUST_FLAG_RAISED: z.object({
    reason_code: nonEmpty(),
    notes: z.optional(z.string().check(z.maxLength(2000))),
    review_id: z.optional(ReviewId),
  }),
  REVIEW_STATUS_CHANGED: z.object({
    review_id: ReviewId,
    from: ReviewStatusSchema,
    to: ReviewStatusSchema,
    action_taken: z.optional(z.enum(REVIEW_ACTIONS)),
    logic_version_new: z.optional(z.string()),
    public_note: z.optional(z.string().check(z.maxLength(1000))),
  }),
} satisfies Record<EventType, z.ZodMiniType>;

export type EventPayload<T extends EventType> = z.infer<(typeof EVENT_PAYLOADS)[T]>;

const eventBase = {
  event_id: EventId,
  tenant_id: TenantId,
  created_at: IsoDateTime,
  traveler_id: z.optional(TravelerId),
  session_id: z.optional(SessionId),
  lead_id: z.optional(LeadId),
  decision_id: z.optional(DecisionId),
  itinerary_id: z.optional(ItineraryId),
  page_id: z.optional(PageId),
  /** Who acted, when a staff member did (flag, review, booking, suppression); absent for travelers and the system. */
  actor: z.optional(
    z.object({
      kind: z.literal('staff'),
      staff_id: z.string().check(z.minLength(1), z.maxLength(80)),
      name: z.optional(z.string().check(z.maxLength(120))),
      role: z.optional(z.string().check(z.maxLength(20))),
    }),
  ),
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
