import type { Channel } from './entities/common';
import { EventSchema, type DomainEvent } from './entities/event';
import type { Session } from './entities/session';
import type { Traveler } from './entities/traveler';
import type { IdGenerator } from './ids';
import type { Language } from './dialogue';

export interface NewConversationInput {
  tenant_id: string;
  channel: Channel;
  ids: IdGenerator;
  now: Date;
  user_agent?: string;
  landing_url?: string;
  /** An existing traveler (a returning phone number); a new anonymous one when absent. */
  traveler?: Traveler;
  /** The language the client asked for (the widget's `data-locale`); replies use it until the traveler writes in another. */
  language?: Language;
}

/**
 * The records a new conversation starts with: the traveler (anonymous until they share
 * contact details), the session, and its SESSION_STARTED event. Pure: ids and time injected.
 */
export function newConversation(input: NewConversationInput): { traveler: Traveler; session: Session; event: DomainEvent } {
  const now = input.now.toISOString();
  const traveler: Traveler = input.traveler ?? {
    traveler_id: input.ids('trav'),
    tenant_id: input.tenant_id,
    created_at: now,
    updated_at: now,
    status: 'active',
    contact: {},
    locale: input.language ?? 'en',
    consent: { marketing_opt_in: false, data_processing_opt_in: false },
    profile: {},
  };
  const session: Session = {
    session_id: input.ids('sess'),
    tenant_id: input.tenant_id,
    traveler_id: traveler.traveler_id,
    channel: input.channel,
    created_at: now,
    updated_at: now,
    entry: { source: 'direct', ...(input.landing_url ? { landing_url: input.landing_url } : {}) },
    engagement: { engaged: false },
    outcome: { decision_outcome: 'none' },
    technical: input.user_agent ? { user_agent: input.user_agent } : {},
    trip_inputs: {},
    ...(input.language ? { language: input.language } : {}),
    turn_count: 0,
    version: 0,
  };
  const event = EventSchema.parse({
    event_id: input.ids('evt'),
    tenant_id: input.tenant_id,
    created_at: now,
    event_type: 'SESSION_STARTED',
    traveler_id: traveler.traveler_id,
    session_id: session.session_id,
    payload: { channel: input.channel, resumed: false },
  });
  return { traveler, session, event };
}
