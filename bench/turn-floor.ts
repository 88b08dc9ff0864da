import { BatchGetCommand, BatchWriteCommand, QueryCommand, TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { TABLES, type LogicalTable, type TableNames } from '../src/store/tables';
import { pool } from './raw-transactions';

/**
 * The engine's ceiling for turns of this design: the DynamoDB I/O of one turn, with none
 * of the product's code (no gateway, no model, no rendering, no frames, no delivery marks):
 *
 * 1. store the inbound message: one transaction (redelivery guard + transcript message);
 * 2. load the context: session and lead in one BatchGetItem, the latest 12 transcript
 *    messages (replies of about 7 KB, as stored) in one Query, in parallel;
 * 3. commit: one transaction with the items a typical decision turn writes, at the sizes
 *    the product writes them (measured from a real turn of the load script), each carrying
 *    every index key its table declares in `src/store/tables.ts`.
 *
 * `lean` writes the same items into one table that declares no index: the cheapest data
 * design the same turn could have on this engine (reads unchanged). Turns/s of either
 * loop over raw TransactWriteItems/s bounds what a product built that way could reach.
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
/** The table of each item a typical commit writes. */
export const COMMIT_TABLES: readonly LogicalTable[] = COMMIT.map((c) => c.table);

/** Conversations the loop cycles through, each seeded with a session, a lead and 12 messages. */
const SESSIONS = 64;

/** Every index key `table` declares, with values spread over a few index partitions. */
export function indexKeys(table: LogicalTable, id: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of TABLES[table].indexes) {
    out[i.partitionKey] = `floor#${table}-${id.slice(-2)}`;
    if (i.sortKey) out[i.sortKey] = `2026-11-21T00:00:00.000Z#${id}`;
  }
  return out;
}

async function seed(doc: DynamoDBDocumentClient, tables: TableNames, run: string): Promise<void> {
  for (let s = 0; s < SESSIONS; s++) {
    const session = `floor#${run}-sess-${s}`;
    const items: { table: string; item: Record<string, unknown> }[] = [
      { table: tables.sessions, item: { pk: session, tenant_id: 'floor', body: 'x'.repeat(1070) } },
      { table: tables.leads, item: { pk: `floor#${run}-lead-${s}`, tenant_id: 'floor', body: 'x'.repeat(800) } },
      ...Array.from({ length: 12 }, (_, m) => ({
        table: tables.messages,
        item: { pk: session, sk: `msg-0-${String(m).padStart(2, '0')}`, tenant_id: 'floor', body: 'x'.repeat(m % 2 ? 7000 : 100) },
      })),
    ];
    for (let k = 0; k < items.length; k += 25) {
      const batch: Record<string, { PutRequest: { Item: Record<string, unknown> } }[]> = {};
      for (const { table, item } of items.slice(k, k + 25)) (batch[table] ??= []).push({ PutRequest: { Item: item } });
      await doc.send(new BatchWriteCommand({ RequestItems: batch }));
    }
  }
}

export async function turnFloorPerSecond(doc: DynamoDBDocumentClient, tables: TableNames, count = 600, inFlight = 16, lean = false): Promise<number> {
  const run = `f${Date.now().toString(36)}${lean ? 'l' : ''}`;
  await seed(doc, tables, run);
  const table = (t: LogicalTable) => (lean ? tables.inbound_dedupe : tables[t]);
  const turn = async (n: number) => {
    const id = `${run}-${n}`;
    const s = n % SESSIONS;
    const session = `floor#${run}-sess-${s}`;
    // The transcript's keys; lean, they live in the one index-free table (a string key).
    const inbound = lean ? { pk: `${session}#msg-${id}-in` } : { pk: session, sk: `msg-${id}-in` };
    const reply = lean ? { pk: `${session}#msg-${id}-out` } : { pk: session, sk: `msg-${id}-out` };
    await doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: tables.inbound_dedupe, Item: { pk: `floor#dedupe-${id}`, tenant_id: 'floor', inbound_message_id: `msg-${id}-in` }, ConditionExpression: 'attribute_not_exists(pk)' } },
          { Put: { TableName: table('messages'), Item: { ...inbound, tenant_id: 'floor', text: 'Masai Mara in August, 2 adults' }, ConditionExpression: 'attribute_not_exists(pk)' } },
        ],
      }),
    );
    await Promise.all([
      doc.send(
        new BatchGetCommand({
          RequestItems: {
            [tables.sessions]: { Keys: [{ pk: session }], ConsistentRead: true },
            [tables.leads]: { Keys: [{ pk: `floor#${run}-lead-${s}` }], ConsistentRead: true },
          },
        }),
      ),
      doc.send(new QueryCommand({ TableName: tables.messages, KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': session }, ScanIndexForward: false, Limit: 12, ConsistentRead: true })),
    ]);
    await doc.send(
      new TransactWriteCommand({
        TransactItems: COMMIT.map((c, j) => {
          const itemId = `${id}-${j}`;
          if (c.op === 'update') {
            const Key = c.table === 'messages' ? inbound : c.table === 'inbound_dedupe' ? { pk: `floor#dedupe-${id}` } : { pk: `floor#${c.table}-${itemId}` };
            return { Update: { TableName: c.table === 'inbound_dedupe' ? tables.inbound_dedupe : table(c.table), Key, UpdateExpression: 'SET updated = :u', ExpressionAttributeValues: { ':u': itemId } } };
          }
          const key = c.table === 'messages' ? reply : { pk: `floor#${c.table}-${itemId}` };
          const keys = lean ? {} : indexKeys(c.table, itemId);
          return { Put: { TableName: table(c.table), Item: { ...key, tenant_id: 'floor', ...keys, body: 'x'.repeat(c.bytes) }, ConditionExpression: 'attribute_not_exists(pk)' } };
        }),
      }),
    );
  };
  // The first turns of a new shape run slower on the JVM: warm it, then measure.
  const warm = Math.ceil(count / 5);
  await pool(warm, inFlight, turn);
  const start = performance.now();
  await pool(count, inFlight, (n) => turn(warm + n));
  return count / ((performance.now() - start) / 1000);
}
