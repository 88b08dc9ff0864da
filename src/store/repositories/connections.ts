import { DeleteCommand, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { ConnectionSchema, type Connection } from '../../domain/entities/connection';
import { systemClock, type Clock } from '../../domain/time';
import { isConditionFailed } from '../errors';
import { fromItem, send, type Item, type StoreContext } from '../repository-kit';

/**
 * The stored item of a WebSocket connection. Its key is the bare connection id, the one
 * exception to tenant-prefixed keys: API Gateway's `$disconnect` and message routes carry
 * only the connection id, and this record is where the tenant is learnt from.
 */
export function connectionItem(c: Connection): Item {
  return { ...c, pk: c.connection_id };
}

/**
 * Live WebSocket connections, removed by TTL when `$disconnect` never comes. Real
 * DynamoDB deletes expired items lazily (up to days later), so reads skip them.
 */
export function createConnectionsRepository(ctx: StoreContext, clock: Clock = systemClock) {
  const live = (item: Item | undefined): Connection | undefined => {
    if (!item) return undefined;
    const c = fromItem(ConnectionSchema, 'connections', item);
    return c.ttl * 1000 > clock().getTime() ? c : undefined;
  };
  // Strongly consistent: a frame often follows the $connect (or hello) write within milliseconds.
  const read = async (connectionId: string) =>
    (await send('get connections', () => ctx.doc.send(new GetCommand({ TableName: ctx.tables.connections, Key: { pk: connectionId }, ConsistentRead: true })))).Item;

  return {
    /** Stores (or refreshes) a connection; set `ttl` from CONNECTION_TTL_SECONDS. */
    async put(connection: Connection): Promise<void> {
      await send('put connections', () => ctx.doc.send(new PutCommand({ TableName: ctx.tables.connections, Item: connectionItem(connection) })));
    },
    /** The live connection of this tenant, or undefined (expired, gone, or another tenant's). */
    async get(tenantId: string, connectionId: string): Promise<Connection | undefined> {
      const c = live(await read(connectionId));
      return c && c.tenant_id === tenantId ? c : undefined;
    },
    /** The live connection whatever its tenant: for routes that know only the connection id. */
    resolve: async (connectionId: string): Promise<Connection | undefined> => live(await read(connectionId)),
    /** Deletes the tenant's connection; deleting a missing one is not an error (`$disconnect` is best effort). */
    async delete(tenantId: string, connectionId: string): Promise<void> {
      try {
        await ctx.doc.send(
          new DeleteCommand({
            TableName: ctx.tables.connections,
            Key: { pk: connectionId },
            ConditionExpression: 'attribute_not_exists(pk) OR tenant_id = :t',
            ExpressionAttributeValues: { ':t': tenantId },
          }),
        );
      } catch (err) {
        // Another tenant's connection: leave it alone, and say nothing about it.
        if (isConditionFailed(err)) return;
        await send('delete connections', () => Promise.reject(err));
      }
    },
  };
}

export type ConnectionsRepository = ReturnType<typeof createConnectionsRepository>;
