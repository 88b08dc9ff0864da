/**
 * Creates the tables of `tables.ts` on an engine (DynamoDB Local, or any endpoint the
 * operator points at). On AWS the tables come from template.yaml instead.
 */
import {
  CreateTableCommand,
  DescribeTimeToLiveCommand,
  UpdateTimeToLiveCommand,
  type CreateTableCommandInput,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { translateError } from './errors';
import { LOGICAL_TABLES, TABLES, keyAttributes, type TableDefinition, type TableNames } from './tables';

/** The CreateTable request for one table definition: on-demand billing, every index projecting ALL. */
export function createTableInput(def: TableDefinition, tableName: string): CreateTableCommandInput {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [...new Set(keyAttributes(def))].map((name) => ({ AttributeName: name, AttributeType: 'S' })),
    KeySchema: [
      { AttributeName: def.partitionKey, KeyType: 'HASH' },
      ...(def.sortKey ? [{ AttributeName: def.sortKey, KeyType: 'RANGE' as const }] : []),
    ],
    ...(def.indexes.length > 0
      ? {
          GlobalSecondaryIndexes: def.indexes.map((i) => ({
            IndexName: i.name,
            KeySchema: [
              { AttributeName: i.partitionKey, KeyType: 'HASH' as const },
              ...(i.sortKey ? [{ AttributeName: i.sortKey, KeyType: 'RANGE' as const }] : []),
            ],
            Projection: { ProjectionType: 'ALL' as const },
          })),
        }
      : {}),
  };
}

/**
 * Creates every table that does not exist yet, then enables TTL where defined.
 * Existing tables are left as they are (a data folder survives restarts), so this
 * is safe to call on every start.
 */
export async function createTables(client: DynamoDBClient, names: TableNames): Promise<void> {
  for (const table of LOGICAL_TABLES) {
    const def: TableDefinition = TABLES[table];
    try {
      await client.send(new CreateTableCommand(createTableInput(def, names[table])));
    } catch (err) {
      if ((err as { name?: string }).name !== 'ResourceInUseException') throw translateError(err, `create table ${names[table]}`);
    }
    if (def.ttlAttribute) await enableTtl(client, names[table], def.ttlAttribute);
  }
}

async function enableTtl(client: DynamoDBClient, tableName: string, attribute: string): Promise<void> {
  const current = await client.send(new DescribeTimeToLiveCommand({ TableName: tableName }));
  const status = current.TimeToLiveDescription?.TimeToLiveStatus;
  if (status === 'ENABLED' || status === 'ENABLING') return;
  await client.send(
    new UpdateTimeToLiveCommand({ TableName: tableName, TimeToLiveSpecification: { Enabled: true, AttributeName: attribute } }),
  );
}
