import { TransactWriteCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';

/** Runs `count` tasks with at most `width` in flight. */
export async function pool(count: number, width: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, count) }, async () => {
      while (next < count) await task(next++);
    }),
  );
}

/**
 * The engine's own ceiling, for stating throughput as a ratio of it: 2-item conditional
 * TransactWriteItems, `inFlight` at a time, on the given table.
 */
export async function rawTransactWritesPerSecond(doc: DynamoDBDocumentClient, table: string, count = 1000, inFlight = 50): Promise<number> {
  const run = `raw${Date.now().toString(36)}`;
  const start = performance.now();
  await pool(count, inFlight, async (i) => {
    await doc.send(
      new TransactWriteCommand({
        TransactItems: [
          { Put: { TableName: table, Item: { pk: `bench#${run}-${i}a`, tenant_id: 'bench' }, ConditionExpression: 'attribute_not_exists(pk)' } },
          { Put: { TableName: table, Item: { pk: `bench#${run}-${i}b`, tenant_id: 'bench' }, ConditionExpression: 'attribute_not_exists(pk)' } },
        ],
      }),
    );
  });
  return count / ((performance.now() - start) / 1000);
}
