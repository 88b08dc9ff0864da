import type { EventPayload, EventType } from '../entities/event';

/** Entity ids an event may point at; the caller fills what the machine does not know. */
export interface EventRefs {
  traveler_id?: string;
  session_id?: string;
  lead_id?: string;
  decision_id?: string;
  itinerary_id?: string;
}

/**
 * An event as a state machine proposes it: type, typed payload and the entity ids it
 * knows. The caller assigns `event_id`, `tenant_id` and `created_at` when it commits,
 * so the machines stay pure and ids stay injected.
 */
export type EventDraft = {
  [T in EventType]: { event_type: T; payload: EventPayload<T> } & EventRefs;
}[EventType];

/** The draft of one event type, e.g. `EventDraftOf<'LEAD_STATE_CHANGED'>`. */
export type EventDraftOf<T extends EventType> = Extract<EventDraft, { event_type: T }>;
