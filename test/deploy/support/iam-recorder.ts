import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { TableAction } from '../../../src/handlers/access';
import { LOGICAL_TABLES, type LogicalTable, type TableNames } from '../../../src/store/tables';

/** What one function was seen doing to one table: IAM actions, and whether it queried an index. */
export interface ObservedAccess {
  actions: Set<TableAction>;
  indexes: boolean;
}

type Input = Record<string, any>;

const SINGLE: Record<string, TableAction> = {
  GetItemCommand: 'GetItem',
  PutItemCommand: 'PutItem',
  UpdateItemCommand: 'UpdateItem',
  DeleteItemCommand: 'DeleteItem',
  QueryCommand: 'Query',
  ScanCommand: 'Scan',
};
const TRANSACT: Record<string, TableAction> = { Put: 'PutItem', Update: 'UpdateItem', Delete: 'DeleteItem', ConditionCheck: 'ConditionCheckItem', Get: 'GetItem' };

/**
 * Records, per table, the IAM actions a DynamoDB client's requests need, the way IAM
 * authorises them: a transaction by the action of each item, a batch by its own action
 * on each table it names, a query on an index against `<table>/index/*`. It sits in the
 * SDK's initialize step, so it sees every request the product's code sends.
 */
export function recordIamAccess(client: DynamoDBClient, tables: TableNames) {
  const byName = new Map<string, LogicalTable>(LOGICAL_TABLES.map((t) => [tables[t], t]));
  const seen = new Map<LogicalTable, ObservedAccess>();
  const unknown: string[] = [];
  const note = (tableName: string | undefined, action: TableAction, index = false) => {
    const table = tableName ? byName.get(tableName) : undefined;
    if (!table) {
      unknown.push(`${action} ${tableName}`);
      return;
    }
    const entry = seen.get(table) ?? { actions: new Set<TableAction>(), indexes: false };
    entry.actions.add(action);
    entry.indexes ||= index;
    seen.set(table, entry);
  };
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const command = String(context.commandName);
      const input = args.input as Input;
      if (SINGLE[command]) note(input.TableName, SINGLE[command]!, Boolean(input.IndexName));
      else if (command === 'TransactWriteItemsCommand' || command === 'TransactGetItemsCommand') {
        for (const item of input.TransactItems as Input[]) {
          for (const [kind, op] of Object.entries(item)) note((op as Input).TableName, TRANSACT[kind]!);
        }
      } else if (command === 'BatchGetItemCommand') for (const t of Object.keys(input.RequestItems)) note(t, 'BatchGetItem');
      else if (command === 'BatchWriteItemCommand') for (const t of Object.keys(input.RequestItems)) note(t, 'BatchWriteItem');
      else unknown.push(command);
      return next(args);
    },
    { step: 'initialize', name: `iamRecorder${Math.random().toString(36).slice(2)}` },
  );
  return {
    /** table → sorted actions (and `indexes` when an index was queried). */
    snapshot(): Record<string, { actions: TableAction[]; indexes?: true }> {
      const out: Record<string, { actions: TableAction[]; indexes?: true }> = {};
      for (const [t, a] of [...seen.entries()].sort(([x], [y]) => x.localeCompare(y))) {
        out[t] = { actions: [...a.actions].sort(), ...(a.indexes ? { indexes: true as const } : {}) };
      }
      return out;
    },
    /** Requests the recorder could not attribute (table names outside the deployment, other commands). */
    unknown,
  };
}
