/**
 * SDK middleware counting requests sent to DynamoDB by command name. Used by tests and
 * the benchmark to check how many round trips a turn costs. It counts HTTP attempts,
 * so a retried request counts twice: that is what a turn really pays.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

export interface RoundTripCounter {
  /** Requests per command name (`TransactWriteItems`, `BatchGetItem`, `Query`...). */
  counts(): Record<string, number>;
  total(): number;
  reset(): void;
  /** Removes the middleware from the client. */
  detach(): void;
}

/** Adds a counting middleware to a client (the document client shares its stack). */
export function countRoundTrips(client: DynamoDBClient): RoundTripCounter {
  let counts: Record<string, number> = {};
  const name = `roundTripCounter${Math.random().toString(36).slice(2)}`;
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName ?? 'unknown').replace(/Command$/, '');
      counts[command] = (counts[command] ?? 0) + 1;
      return next(args);
    },
    // The deserialize step runs once per attempt, inside the retry loop.
    { step: 'deserialize', name, priority: 'low' },
  );
  return {
    counts: () => ({ ...counts }),
    total: () => Object.values(counts).reduce((a, b) => a + b, 0),
    reset: () => {
      counts = {};
    },
    detach: () => {
      client.middlewareStack.remove(name);
    },
  };
}
