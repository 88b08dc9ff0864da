/**
 * DynamoDB Local 3.3.0 answers TransactWriteItems before its writes are on disk: its
 * SQLite access layer (`SQLiteDBAccess.commitTransaction`) puts the transaction's COMMIT
 * on its single SQLite job queue and returns without waiting for it, so the HTTP answer
 * can leave before SQLite has committed. A kill -9 in that window loses a write the
 * client was told is done. Every other write (PutItem, UpdateItem, DeleteItem,
 * BatchWriteItem) runs BEGIN…COMMIT inside one queued job and answers after it.
 *
 * The queue is one thread, first in first out, and every read waits for its own job. So
 * a GetItem sent after the transaction's answer runs after that COMMIT: once it answers,
 * the transaction is committed (SQLite's default rollback journal and synchronous=FULL;
 * the jar sets no pragma). This middleware sends one such read after every successful
 * TransactWriteItems before the caller sees the answer: one more round trip (about a
 * millisecond) on the local engine only. Real DynamoDB is durable when it answers.
 */
import { GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';

const BARRIER_KEY = '#commit-barrier';

/**
 * Makes every TransactWriteItems through `client` answer only once the engine has
 * committed it. `anyTable` is a table whose partition key is `pk` and that has no sort
 * key (the read finds nothing; only its place in the engine's queue matters).
 */
export function awaitLocalCommits(client: DynamoDBClient, anyTable: string): void {
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const result = await next(args);
      if (context.commandName === 'TransactWriteItemsCommand') {
        await client.send(new GetItemCommand({ TableName: anyTable, Key: { pk: { S: BARRIER_KEY } }, ProjectionExpression: 'pk' }));
      }
      return result;
    },
    { step: 'initialize', name: 'awaitLocalCommits', priority: 'high' },
  );
}
