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
  /** HTTP API routes (`METHOD /path`) API Gateway sends to it (the relays, issue 12). */
  readonly httpRoutes?: readonly string[];
  /** Runs on this table's stream (a DynamoDB event source), its failures parked in a dead-letter queue. */
  readonly stream?: LogicalTable;
  /** `ssm:GetParameter` under the stack's relay secrets path (through the Parameters and Secrets extension). */
  readonly parameters?: boolean;
}

/** The relays' HTTP function: who is writing (a phone lookup by index), consent (said in the session's language), the turn, receipts, the decision view. */
const RELAY_TABLES = {
  tenants: { actions: ['GetItem'] },
  channel_contacts: { actions: ['GetItem', 'PutItem', 'UpdateItem'] },
  travelers: { actions: ['BatchGetItem', 'GetItem', 'PutItem', 'Query'], indexes: true },
  sessions: { actions: ['BatchGetItem', 'GetItem', 'PutItem'] },
  leads: { actions: ['BatchGetItem', 'GetItem', 'PutItem'] },
  decisions: { actions: ['GetItem', 'PutItem', 'UpdateItem'] },
  itineraries: { actions: ['GetItem', 'PutItem'] },
  events: { actions: ['PutItem'] },
  messages: { actions: ['BatchGetItem', 'PutItem', 'Query', 'UpdateItem'] },
  inbound_dedupe: { actions: ['GetItem', 'PutItem', 'UpdateItem'] },
  circuit_breakers: { actions: ['GetItem', 'PutItem'] },
} as const;

/** A handed-off turn: the stored message read by its key, the turn, the reply's receipt or an opt-out. */
const RELAY_TURN_TABLES = {
  tenants: { actions: ['GetItem'] },
  channel_contacts: { actions: ['GetItem', 'PutItem', 'UpdateItem'] },
  travelers: { actions: ['BatchGetItem'] },
  sessions: { actions: ['BatchGetItem', 'PutItem'] },
  leads: { actions: ['BatchGetItem', 'GetItem', 'PutItem'] },
  decisions: { actions: ['GetItem', 'PutItem', 'UpdateItem'] },
  itineraries: { actions: ['PutItem'] },
  events: { actions: ['PutItem'] },
  messages: { actions: ['GetItem', 'PutItem', 'Query', 'UpdateItem'] },
  inbound_dedupe: { actions: ['UpdateItem'] },
  circuit_breakers: { actions: ['GetItem', 'PutItem'] },
} as const;

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
  /**
   * The schedule: dormancy, follow-ups through every channel (web frames; SMS and WhatsApp
   * through the relays' senders, with consent, the 24 h window and a pending reason in
   * channel_contacts), the staff metrics' rollups (Query by_tenant and by_type, issue 13),
   * and the re-drive of stored messages left unanswered (the messages' by_tenant index and
   * their dedupe items, then the turn itself, through Bedrock when configured).
   */
  SweepFunction: {
    entry: 'sweep',
    routes: [],
    scheduled: true,
    parameters: true,
    tables: {
      tenants: { actions: ['GetItem', 'Scan'] },
      channel_contacts: { actions: ['GetItem', 'PutItem', 'UpdateItem'] },
      travelers: { actions: ['BatchGetItem'] },
      leads: { actions: ['BatchGetItem', 'GetItem', 'PutItem', 'Query'], indexes: true },
      sessions: { actions: ['BatchGetItem', 'PutItem', 'Query'], indexes: true },
      decisions: { actions: ['GetItem', 'PutItem', 'Query', 'UpdateItem'], indexes: true },
      itineraries: { actions: ['PutItem'] },
      events: { actions: ['PutItem', 'Query'], indexes: true },
      messages: { actions: ['GetItem', 'PutItem', 'Query', 'UpdateItem'], indexes: true },
      inbound_dedupe: { actions: ['BatchGetItem', 'UpdateItem'] },
      circuit_breakers: { actions: ['GetItem', 'PutItem'] },
      connections: { actions: ['Scan'] },
      metric_rollups: { actions: ['PutItem'] },
    },
    manageConnections: true,
    invokeModel: true,
  },
  /**
   * The relays' HTTP API (issue 12): Twilio and Meta webhooks and the decision web view.
   * It stores, resolves the sender, runs the turn within Twilio's budget, and hands a turn
   * it cannot finish before answering to RelayTurnFunction through the contacts table's stream.
   */
  RelayFunction: {
    entry: 'relay',
    routes: [],
    httpRoutes: ['POST /relay/twilio/{tenant}', 'GET /relay/whatsapp/{tenant}', 'POST /relay/whatsapp/{tenant}', 'GET /d/{tenant}/{token}'],
    parameters: true,
    tables: RELAY_TABLES,
    manageConnections: false,
    invokeModel: true,
  },
  /** A handed-off relay turn (the stream of channel_contacts): answers it and sends the reply by REST. */
  RelayTurnFunction: {
    entry: 'relay-turn',
    routes: [],
    stream: 'channel_contacts',
    parameters: true,
    tables: RELAY_TURN_TABLES,
    manageConnections: false,
    invokeModel: true,
  },
  /**
   * The staff API and console (issue 13): reads every conversation record of a tenant,
   * moves decisions, reviews, leads and travelers in transactions, manages staff
   * credentials, rebuilds a day's metrics. No turn, no model, no @connections.
   */
  StaffFunction: {
    entry: 'staff',
    routes: [],
    httpRoutes: ['ANY /api/staff/{proxy+}', 'ANY /console', 'ANY /console/{proxy+}'],
    tables: {
      staff_credentials: { actions: ['DeleteItem', 'GetItem', 'PutItem', 'Query', 'UpdateItem'] },
      sessions: { actions: ['BatchGetItem', 'GetItem', 'Query'], indexes: true },
      leads: { actions: ['GetItem', 'PutItem', 'Query'], indexes: true },
      decisions: { actions: ['BatchGetItem', 'GetItem', 'Query', 'UpdateItem'], indexes: true },
      events: { actions: ['PutItem', 'Query'], indexes: true },
      reviews: { actions: ['GetItem', 'PutItem', 'Query'], indexes: true },
      messages: { actions: ['Query'], indexes: true },
      travelers: { actions: ['GetItem', 'PutItem'] },
      metric_rollups: { actions: ['PutItem', 'Query'] },
    },
    manageConnections: false,
    invokeModel: false,
  },
} as const satisfies Record<string, FunctionSpec>;

export type FunctionName = keyof typeof FUNCTIONS;
export type WebSocketFunctionName = Exclude<FunctionName, 'SweepFunction' | 'RelayFunction' | 'RelayTurnFunction' | 'StaffFunction'>;
export const FUNCTION_NAMES = Object.keys(FUNCTIONS) as FunctionName[];
