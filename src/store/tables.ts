/**
 * The one source of truth for the DynamoDB tables (ARCHITECTURE.md "Data"): names,
 * keys, secondary indexes, TTL. Plain data: `create-tables.ts` builds CreateTable
 * calls from it, and `test/store/template-tables.test.ts` checks template.yaml against it.
 *
 * Every key attribute is a string. Primary keys are `<tenant>#<id>` so that no read can
 * cross tenants; index partition keys start with the tenant too (`demo#WAITING`).
 * Index sort keys are `<ISO time>#<id>`: time order, with the ULID breaking ties.
 *
 * Every index here is queried by product code (the comment on each table says by what). An
 * index costs a write unit per item that carries its keys, on every write, and most of DynamoDB
 * Local's cost per transaction (`npm run bench -- engine-costs`), so one that nothing queries is
 * dropped (issue 17 dropped travelers.by_email, leads.by_traveler, itineraries.by_decision,
 * events.by_lead and events.by_session; `npm run bench -- cost` measures the turn with them too).
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
  /** `by_phone`: a relay's sender with no contact record yet (channels/relay/resolve-sender.ts). */
  travelers: { partitionKey: 'pk', indexes: [idx('by_phone')], retain: true },
  /** `by_lead`: a lead's sessions (sweep follow-ups, staff); `by_traveler`: staff search by traveler; `by_tenant`: the staff console's conversation list, newest first (issue 13). */
  sessions: { partitionKey: 'pk', indexes: [idx('by_lead'), idx('by_traveler'), idx('by_tenant')], retain: true },
  /** `by_state`: the sweep's inactive leads and the staff queues (`tenant#state`, by last activity). */
  leads: { partitionKey: 'pk', indexes: [idx('by_state')], retain: true },
  /** `by_lead`: a lead's decisions (staff); `needs_review`: the review queue; `by_tenant`: a period's decisions (staff filters, replay impact, export, metric rollups). */
  decisions: { partitionKey: 'pk', indexes: [idx('by_lead'), idx('needs_review'), idx('by_tenant')], retain: true },
  /** Read by id only: a decision names its itinerary (`linked_entities.itinerary_id`). */
  itineraries: { partitionKey: 'pk', indexes: [], retain: true },
  /** `by_decision`: a decision's events (staff); `by_type`: bookings in a period (metric rollups). */
  events: { partitionKey: 'pk', indexes: [idx('by_decision'), idx('by_type')], retain: true },
  /** `by_status`: the review queue by status; `by_decision`: a decision's review items (staff). */
  reviews: { partitionKey: 'pk', indexes: [idx('by_status'), idx('by_decision')], retain: true },
  /** The transcript: one partition per session, message ids (ULIDs) in order. `by_decision`: the messages behind a decision (staff, sweep); `by_tenant`: staff text search over inbound messages. */
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
  channel_contacts: { partitionKey: 'pk', indexes: [], ttlAttribute: 'ttl', retain: true },
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
