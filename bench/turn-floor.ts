import { BatchGetCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLES, type LogicalTable, type TableNames } from '../src/store/tables';
import { pool } from './raw-transactions';

/**
 * The engine's ceiling for turns: only the DynamoDB I/O that ARCHITECTURE.md's turn
 * requires, with none of the product's code (no gateway, no model, no rendering, no
 * frames sent, no delivery marks):
 *
 * 1. store the inbound message: one transaction (redelivery guard + transcript message);
 * 2. load the context: the session and lead in one BatchGetItem, the latest 12 transcript
 *    messages in one Query, in parallel;
 * 3. commit: one transaction with the items a typical decision turn writes, at the sizes
 *    the product writes them (measured from a real turn of the load script), each carrying
 *    every index key its table declares in `src/store/tables.ts`.
 *
 * Turns/s of this loop, over raw TransactWriteItems/s, is the highest ratio any product
 * built on this turn could reach on this engine and machine.
 */
const COMMIT: { table: LogicalTable; bytes: number; op: 'put' | 'update' }[] = [
  { table: 'sessions', bytes: 1070, op: 'put' },
  { table: 'leads', bytes: 800, op: 'put' },
  { table: 'messages', bytes: 7000, op: 'put' }, // the reply, with its stored frame
  { table: 'messages', bytes: 0, op: 'update' }, // the inbound message, indexed by the decision
  { table: 'decisions', bytes: 2570, op: 'put' },
  { table: 'decisions', bytes: 0, op: 'update' }, // the superseded decision
  { table: 'itineraries', bytes: 2070, op: 'put' },
  ...Array.from({ length: 6 }, () => ({ table: 'events' as const, bytes: 850, op: 'put' as const })),
  { table: 'inbound_dedupe', bytes: 0, op: 'update' },
];

/** Items of a typical commit transaction (for the printed label). */
export const FLOOR_COMMIT_ITEMS = COMMIT.length;

function indexKeys(table: LogicalTable, id: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of TABLES[table].indexes) {
    out[i.partitionKey] = `floor#${table}-${id.slice(-2)}`;
    if (i.sortKey) out[i.sortKey] = `2026-11-21T00:00:00.000Z#${id}`;
  }
  return out;
}

export async function turnFloorPerSecond(doc: DynamoDBDocumentClient, tables: TableNames, count = 600, inFlight = 16): Promise<number> {
  const run = `f${Date.now().toString(36)}`;
  const start = performance.now();
  await pool(count, inFlight, async (n) => {
    const id = `${run}-${n}`;
    const session = `floor#sess-${id}`;
    const inboundKey = { pk: session, sk: `msg-${id}-in` };
    await doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tables.inbound_dedupe, Item: { pk: `floor#dedupe-${id}`, tenant_id: 'floor', inbound_message_id: inboundKey.sk }, ConditionExpression: 'attribute_not_exists(pk)' } },
          { Put: { TableName: tables.messages, Item: { ...inboundKey, tenant_id: 'floor', text: 'Masai Mara in August, 2 adults' }, ConditionExpression: 'attribute_not_exists(pk)' } },
        ],
      }),
    );
    await Promise.all([
      doc.send(
        new BatchGetCommand({
          RequestItems: {
            [tables.sessions]: { Keys: [{ pk: session }], ConsistentRead: true },
            [tables.leads]: { Keys: [{ pk: `floor#lead-${id}` }], ConsistentRead: true },
          },
        }),
      ),
      doc.send(
        new QueryCommand({ TableName: tables.messages, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': session }, ScanIndexForward: false, Limit: 12, ConsistentRead: true }),
      ),
    ]);
    await doc.send(
      new TransactWriteCommand({
        TransactItems: COMMIT.map((c, j) => {
          const itemId = `${id}-${j}`;
          if (c.op === 'update') {
            const Key = c.table === 'messages' ? inboundKey : c.table === 'inbound_dedupe' ? { pk: `floor#dedupe-${id}` } : { pk: `floor#${c.table}-${itemId}` };
            return { Update: { TableName: tables[c.table], Key, UpdateExpression: 'SET updated = :u', ExpressionAttributeValues: { ':u': itemId } } };
          }
          const key = c.table === 'messages' ? { pk: session, sk: `msg-${id}-out` } : { pk: `floor#${c.table}-${itemId}` };
          return { Put: { TableName: tables[c.table], Item: { ...key, tenant_id: 'floor', ...indexKeys(c.table, itemId), body: 'x'.repeat(c.bytes) }, ConditionExpression: 'attribute_not_exists(pk)' } };
        }),
      }),
    );
  });
  return count / ((performance.now() - start) / 1000);
}
