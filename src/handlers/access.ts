/**
 * What each Lambda function of template.yaml serves and may touch: its routes (or its
 * schedule), its entry file, the DynamoDB tables and IAM actions its code uses, and
 * whether it posts to `@connections` or calls Bedrock. template.yaml's policies are
 * checked against this map, and this map against the requests each function's code
 * really sends to DynamoDB Local (test/deploy/access.test.ts): no policy missing, none spare.
 */
import type { LogicalTable } from '../store/tables';

/** IAM actions on a table. A transaction needs the action of each of its items (PutItem...). */
export type TableAction = 'GetItem' | 'PutItem' | 'UpdateItem' | 'DeleteItem' | 'ConditionCheckItem' | 'Query' | 'Scan' | 'BatchGetItem' | 'BatchWriteItem';

export interface TableAccess {
  readonly actions: readonly TableAction[];
  /** Whether it queries the table's secondary indexes (the policy then covers `<table>/index/*`). */
  readonly indexes?: boolean;
}

export interface FunctionSpec {
  /** The entry file in src/handlers/ (without `.ts`); its `handler` export is the Lambda handler. */
  readonly entry: string;
  /** WebSocket route keys API Gateway sends to it. */
  readonly routes: readonly string[];
  /** Runs on the EventBridge schedule instead of routes. */
  readonly scheduled?: boolean;
  readonly tables: Readonly<Partial<Record<LogicalTable, TableAccess>>>;
  /** `execute-api:ManageConnections` on this API's `@connections`. */
  readonly manageConnections: boolean;
  /** `bedrock:InvokeModel` on the configured model (Converse is authorised as InvokeModel). */
  readonly invokeModel: boolean;
}

export const FUNCTIONS = {
  /** `$connect`: tenant and origin check, the connection record; posting from `$connect` always fails, so no @connections. */
  WsConnectFunction: {
    entry: 'ws-connect',
    routes: ['$connect'],
    tables: { tenants: { actions: ['GetItem', 'PutItem'] }, connections: { actions: ['PutItem'] } },
    manageConnections: false,
    invokeModel: false,
  },
  WsDisconnectFunction: {
    entry: 'ws-disconnect',
    routes: ['$disconnect'],
    tables: { connections: { actions: ['GetItem', 'DeleteItem'] } },
    manageConnections: false,
    invokeModel: false,
  },
  /** `ping` and frames no route matched: cheap answers from the connection record alone, kept apart from the turn's wide role. */
  WsDefaultFunction: {
    entry: 'ws-default',
    routes: ['$default', 'ping'],
    tables: { connections: { actions: ['GetItem', 'DeleteItem'] } },
    manageConnections: true,
    invokeModel: false,
  },
  /** `hello` and `sendMessage` share one function: a conversation's frames keep one warm container and its clients. */
  WsMessageFunction: {
    entry: 'ws-message',
    routes: ['hello', 'sendMessage'],
    tables: {
      tenants: { actions: ['GetItem'] },
      connections: { actions: ['GetItem', 'PutItem', 'DeleteItem'] },
      travelers: { actions: ['BatchGetItem', 'PutItem'] },
      sessions: { actions: ['BatchGetItem', 'GetItem', 'PutItem'] },
      leads: { actions: ['BatchGetItem', 'PutItem'] },
      decisions: { actions: ['GetItem', 'PutItem', 'UpdateItem'] },
      itineraries: { actions: ['PutItem'] },
      events: { actions: ['PutItem'] },
      messages: { actions: ['BatchGetItem', 'PutItem', 'Query', 'UpdateItem'] },
      inbound_dedupe: { actions: ['GetItem', 'PutItem', 'UpdateItem'] },
      circuit_breakers: { actions: ['GetItem', 'PutItem'] },
    },
    manageConnections: true,
    invokeModel: true,
  },
  SweepFunction: {
    entry: 'sweep',
    routes: [],
    scheduled: true,
    tables: {
      tenants: { actions: ['Scan'] },
      leads: { actions: ['Query', 'PutItem'], indexes: true },
      sessions: { actions: ['Query'], indexes: true },
      // Query (by_tenant) and events' Query (by_type): the staff metrics' daily rollups (issue 13).
      decisions: { actions: ['GetItem', 'Query'], indexes: true },
      events: { actions: ['PutItem', 'Query'], indexes: true },
      messages: { actions: ['PutItem', 'Query', 'UpdateItem'], indexes: true },
      connections: { actions: ['Scan'] },
      metric_rollups: { actions: ['PutItem'] },
    },
    manageConnections: true,
    invokeModel: false,
  },
} as const satisfies Record<string, FunctionSpec>;

export type FunctionName = keyof typeof FUNCTIONS;
export type WebSocketFunctionName = Exclude<FunctionName, 'SweepFunction'>;
export const FUNCTION_NAMES = Object.keys(FUNCTIONS) as FunctionName[];
