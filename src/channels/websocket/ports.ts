import type { Connection } from '../../domain/entities/connection';

/** Port: the connection records the WebSocket routes keep (the conversation itself is the conversation service's). */
export interface ConnectionStore {
  putConnection(connection: Connection): Promise<void>;
  /** The live connection with this id, whatever its tenant (message routes know only the id). */
  resolveConnection(connectionId: string): Promise<Connection | undefined>;
  deleteConnection(tenantId: string, connectionId: string): Promise<void>;
}
