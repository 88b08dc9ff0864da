/**
 * The one source of truth for the DynamoDB tables (ARCHITECTURE.md "Data"): names,
 * keys, secondary indexes, TTL. Plain data: `create-tables.ts` builds CreateTable
 * calls from it, and `test/store/template-tables.test.ts` checks template.yaml against it.
 *
 * Every key attribute is a string. Primary keys are `<tenant>#<id>` so that no read can
 * cross tenants; index partition keys start with the tenant too (`demo#WAITING`).
 * Index sort keys are `<ISO time>#<id>`: time order, with the ULID breaking ties.
 */

/** A global secondary index: every index projects ALL attributes (one round trip per list). */
export interface IndexDefinition {
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKey?: string;
}

/** One table as deployed on AWS and created locally. */
export interface TableDefinition {
  readonly partitionKey: string;
  readonly sortKey?: string;
  readonly indexes: readonly IndexDefinition[];
  /** Attribute holding epoch seconds after which DynamoDB deletes the item. */
  readonly ttlAttribute?: string;
  /** Whether the table holds business records kept when the stack is deleted. */
  readonly retain: boolean;
}

const idx = (name: string, sorted = true): IndexDefinition =>
  sorted ? { name, partitionKey: `${name}_pk`, sortKey: `${name}_sk` } : { name, partitionKey: `${name}_pk` };

export const TABLES = {
  travelers: { partitionKey: 'pk', indexes: [idx('by_email'), idx('by_phone')], retain: true },
  /** `by_tenant`: the staff console's conversation list, newest first (issue 13). */
  sessions: { partitionKey: 'pk', indexes: [idx('by_lead'), idx('by_traveler'), idx('by_tenant')], retain: true },
  leads: { partitionKey: 'pk', indexes: [idx('by_state'), idx('by_traveler')], retain: true },
  /** `by_tenant`: a period's decisions (staff filters, replay impact, export, metric rollups). */
  decisions: { partitionKey: 'pk', indexes: [idx('by_lead'), idx('needs_review'), idx('by_tenant')], retain: true },
  itineraries: { partitionKey: 'pk', indexes: [idx('by_decision')], retain: true },
  events: {
    partitionKey: 'pk',
    indexes: [idx('by_decision'), idx('by_lead'), idx('by_session'), idx('by_type')],
    retain: true,
  },
  reviews: { partitionKey: 'pk', indexes: [idx('by_status'), idx('by_decision')], retain: true },
  /** The transcript: one partition per session, message ids (ULIDs) in order. */
  messages: { partitionKey: 'pk', sortKey: 'sk', indexes: [idx('by_decision'), idx('by_tenant')], retain: true },
  connections: { partitionKey: 'pk', indexes: [], ttlAttribute: 'ttl', retain: false },
  tenants: { partitionKey: 'pk', indexes: [], retain: true },
  circuit_breakers: { partitionKey: 'pk', indexes: [], retain: false },
  /** One item per inbound channel message id: the redelivery guard and the link to its reply. */
  inbound_dedupe: { partitionKey: 'pk', indexes: [], retain: true },
  /**
   * SMS and WhatsApp (issue 12): who writes from an address (`<tenant>#contact#<channel>#<address>` →
   * traveler, session, consent, last inbound time) and what became of a message we sent
   * (`<tenant>#receipt#<channel>#<provider id>` → transcript message, delivery status). Gets, never scans.
   */
  channel_contacts: { partitionKey: 'pk', indexes: [], retain: true },
  /** Staff tokens, console sessions and one-time sign-in codes: `<tenant>#<kind>` + id, secrets only as hashes. */
  staff_credentials: { partitionKey: 'pk', sortKey: 'sk', indexes: [], ttlAttribute: 'ttl', retain: true },
  /** Per-day metric rollups built by the sweep: `<tenant>#daily` + `YYYY-MM-DD` (rebuildable from the records). */
  metric_rollups: { partitionKey: 'pk', sortKey: 'sk', indexes: [], retain: false },
} as const satisfies Record<string, TableDefinition>;

export type LogicalTable = keyof typeof TABLES;
export const LOGICAL_TABLES = Object.keys(TABLES) as LogicalTable[];

/** Physical table names by logical name. */
export type TableNames = Readonly<Record<LogicalTable, string>>;

/**
 * Physical names for a deployment: `<prefix>-<logical>` (AWS uses the stack name,
 * tests a unique prefix per file), or the bare logical names without a prefix.
 */
export function tableNames(prefix = ''): TableNames {
  const out = {} as Record<LogicalTable, string>;
  for (const t of LOGICAL_TABLES) out[t] = prefix ? `${prefix}-${t}` : t;
  return out;
}

/** Every attribute a table uses as a key (table or index): stripped from items on read. */
export function keyAttributes(def: TableDefinition): string[] {
  const attrs = [def.partitionKey, ...(def.sortKey ? [def.sortKey] : [])];
  for (const i of def.indexes) attrs.push(i.partitionKey, ...(i.sortKey ? [i.sortKey] : []));
  return attrs;
}

/** CloudFormation logical id of a table's resource in template.yaml, e.g. `CircuitBreakersTable`. */
export function templateResourceId(table: LogicalTable): string {
  return (
    table
      .split('_')
      .map((w) => w[0]!.toUpperCase() + w.slice(1))
      .join('') + 'Table'
  );
}
