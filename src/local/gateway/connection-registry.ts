import { WebSocket } from 'ws';
import type { ConnectionFacts } from './websocket-events';

/** One live socket and what `@connections` reports about it. */
export interface LocalConnection {
  facts: ConnectionFacts;
  socket: WebSocket;
  /** Last frame from the client (or the connect time): GetConnection's `lastActiveAt`. */
  lastActiveAt: Date;
  /** Set when the gateway closes the socket, so `$disconnect` reports the gateway's reason. */
  closedBy?: { code: number; reason: string };
}

/**
 * The gateway's table of open connections. A connection is in it only from
 * the end of a successful `$connect` until its socket starts closing, which
 * is what makes `@connections` answer 410 before and after, as on AWS.
 */
export class ConnectionRegistry {
  private readonly byId = new Map<string, LocalConnection>();

  /** Adds a connection whose `$connect` succeeded and whose socket is open. */
  add(connection: LocalConnection): void {
    this.byId.set(connection.facts.connectionId, connection);
  }

  /** Removes a connection; returns whether it was there. */
  remove(connectionId: string): boolean {
    return this.byId.delete(connectionId);
  }

  /** The connection if it exists and its socket is still open; a closing socket counts as gone. */
  open(connectionId: string): LocalConnection | undefined {
    const connection = this.byId.get(connectionId);
    return connection && connection.socket.readyState === WebSocket.OPEN ? connection : undefined;
  }

  /** Every registered connection, whatever its socket state. */
  all(): LocalConnection[] {
    return [...this.byId.values()];
  }

  get size(): number {
    return this.byId.size;
  }
}
