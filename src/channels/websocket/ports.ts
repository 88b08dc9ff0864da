import type { Connection } from '../../domain/entities/connection';
import type { DomainEvent } from '../../domain/entities/event';
import type { TranscriptMessage } from '../../domain/entities/message';
import type { Session } from '../../domain/entities/session';
import type { Tenant } from '../../domain/entities/tenant';
import type { Traveler } from '../../domain/entities/traveler';

/** Port: what the WebSocket routes read and write besides the turn itself. */
export interface ChannelStore {
  getTenant(tenantId: string): Promise<Tenant | undefined>;
  putConnection(connection: Connection): Promise<void>;
  /** The live connection with this id, whatever its tenant (message routes know only the id). */
  resolveConnection(connectionId: string): Promise<Connection | undefined>;
  deleteConnection(tenantId: string, connectionId: string): Promise<void>;
  getSession(tenantId: string, sessionId: string): Promise<Session | undefined>;
  /** Creates an anonymous traveler and their session, with its SESSION_STARTED event. */
  startSession(traveler: Traveler, session: Session, event: DomainEvent): Promise<void>;
  /** Outbound and inbound messages of a session after `afterMessageId` (all when absent), in order. */
  transcriptAfter(tenantId: string, sessionId: string, afterMessageId?: string): Promise<TranscriptMessage[]>;
  markDelivered(tenantId: string, sessionId: string, messageId: string): Promise<void>;
}
