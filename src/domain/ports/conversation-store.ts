import type { DomainEvent } from '../entities/event';
import type { Session } from '../entities/session';
import type { Traveler } from '../entities/traveler';

/** The records that open a conversation (src/domain/conversation.ts builds them). */
export interface NewConversationRecords {
  traveler: Traveler;
  session: Session;
  event: DomainEvent;
  /** False for a returning traveler (a known phone number): only the session and its event are written. */
  travelerIsNew: boolean;
}

/** Port: what the conversation service stores besides the turn (src/domain/ports/turn-store.ts). */
export interface ConversationStore {
  /** A session of the tenant (another tenant's id reads as missing), read consistently. */
  getSession(tenantId: string, sessionId: string): Promise<Session | undefined>;
  /** Writes a new conversation all or nothing. */
  startConversation(records: NewConversationRecords): Promise<void>;
}
