/**
 * The turn as it stood before issue 17, for the cost bench's "before" column, rebuilt in the
 * same run from today's code: the five indexes it dropped (declared again, and their keys
 * written again on every item that carried them), the prompt and tool description from the
 * commit before the issue (read from git), and no Bedrock cache point.
 */
import { execFileSync } from 'node:child_process';
import { CreateTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { parsePrompt, type Prompt } from '../src/agent/prompts';
import { createTableInput } from '../src/store/create-tables';
import { entityKey, timeSortKey } from '../src/store/keys';
import { LOGICAL_TABLES, TABLES, type IndexDefinition, type LogicalTable, type TableDefinition, type TableNames } from '../src/store/tables';

/** The last commit before issue 17's changes. */
export const BASE_COMMIT = '8599c43';

const idx = (name: string): IndexDefinition => ({ name, partitionKey: `${name}_pk`, sortKey: `${name}_sk` });

/** The indexes issue 17 dropped, by table. */
export const DROPPED_INDEXES: Partial<Record<LogicalTable, IndexDefinition[]>> = {
  travelers: [idx('by_email')],
  leads: [idx('by_traveler')],
  itineraries: [idx('by_decision')],
  events: [idx('by_lead'), idx('by_session')],
};

type S = { S: string };
/** An item as a request carries it: plain (the document client marshals it later in the stack) or marshalled. */
type Marshalled = Record<string, unknown>;
const str = (item: Marshalled, attr: string): string | undefined => {
  const v = item[attr];
  return typeof v === 'string' ? v : (v as S | undefined)?.S;
};

/** The keys the code before issue 17 wrote for those indexes, from the item's own fields (marshalled, as the SDK sends it). */
function droppedKeys(table: LogicalTable, item: Marshalled): Record<string, S> {
  const t = str(item, 'tenant_id');
  const at = str(item, 'created_at');
  if (!t || !at) return {};
  const pair = (name: string, id: string | undefined, ownId: string | undefined): Record<string, S> =>
    id && ownId ? { [`${name}_pk`]: { S: entityKey(t, id) }, [`${name}_sk`]: { S: timeSortKey(at, ownId) } } : {};
  if (table === 'events') return { ...pair('by_lead', str(item, 'lead_id'), str(item, 'event_id')), ...pair('by_session', str(item, 'session_id'), str(item, 'event_id')) };
  if (table === 'leads') return pair('by_traveler', str(item, 'traveler_id'), str(item, 'lead_id'));
  if (table === 'itineraries') return pair('by_decision', str(item, 'decision_id'), str(item, 'itinerary_id'));
  if (table === 'travelers') {
    const contact = item.contact as { M?: Marshalled } | Marshalled | undefined;
    const email = contact ? str(('M' in contact ? contact.M : contact) as Marshalled, 'email') : undefined;
    const id = str(item, 'traveler_id');
    return email && id ? { by_email_pk: { S: `${t}#${email.trim().toLowerCase()}` }, by_email_sk: { S: timeSortKey(at, id) } } : {};
  }
  return {};
}

/** Creates the tables with the dropped indexes declared again (before the stack's own createTables, which then leaves them be). */
export async function createTablesBefore(client: DynamoDBClient, names: TableNames): Promise<void> {
  for (const table of LOGICAL_TABLES) {
    const def: TableDefinition = TABLES[table];
    const before: TableDefinition = { ...def, indexes: [...def.indexes, ...(DROPPED_INDEXES[table] ?? [])] };
    await client.send(new CreateTableCommand(createTableInput(before, names[table])));
  }
}

/**
 * Adds the dropped indexes' keys to every item a Put writes (PutItem, a transaction's Puts,
 * BatchWriteItem), as the code before issue 17 did, so they cost what they cost then.
 */
export function writeDroppedKeys(client: DynamoDBClient, names: TableNames): void {
  const logical = new Map(LOGICAL_TABLES.map((t) => [names[t], t]));
  const patch = (tableName: string | undefined, item: Marshalled | undefined) => {
    const table = tableName ? logical.get(tableName) : undefined;
    if (!table || !item || !DROPPED_INDEXES[table]) return;
    const keys = droppedKeys(table, item);
    const plain = typeof item.tenant_id === 'string';
    for (const [k, v] of Object.entries(keys)) item[k] = plain ? v.S : v;
  };
  client.middlewareStack.add(
    (next) => async (args) => {
      const input = args.input as {
        TableName?: string;
        Item?: Marshalled;
        TransactItems?: Array<{ Put?: { TableName?: string; Item?: Marshalled } }>;
        RequestItems?: Record<string, Array<{ PutRequest?: { Item?: Marshalled } }>>;
      };
      patch(input.TableName, input.Item);
      for (const t of input.TransactItems ?? []) patch(t.Put?.TableName, t.Put?.Item);
      // BatchWriteItem's RequestItems are lists of requests (BatchGetItem's are not).
      for (const [table, requests] of Object.entries(input.RequestItems ?? {})) if (Array.isArray(requests)) for (const r of requests) patch(table, r.PutRequest?.Item);
      return next(args);
    },
    // Before serialization; the document client marshals its input just before the serializer, so items may come either way.
    { step: 'serialize', priority: 'high', name: 'costBenchDroppedIndexKeys' },
  );
}

function atBase(path: string): string {
  try {
    return execFileSync('git', ['show', `${BASE_COMMIT}:${path}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    throw new Error(`the cost bench's "before" column reads ${path} at commit ${BASE_COMMIT}: run it in a git clone of the project`);
  }
}

/** The extraction prompt before issue 17 (prompt_extract_v1.1). */
export function promptBefore(): Prompt {
  return parsePrompt(atBase('prompts/extract-trip-inputs.md'), 'extract-trip-inputs@before');
}

/** The tool description before issue 17: the string literals of `description:` in extract-tool.ts, joined. */
export function toolDescriptionBefore(): string {
  const source = atBase('src/agent/extract-tool.ts');
  const block = /description:\s*((?:(?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')\s*\+?\s*)+),/.exec(source)?.[1];
  if (!block) throw new Error(`no tool description found in src/agent/extract-tool.ts at ${BASE_COMMIT}`);
  return [...block.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/g)].map((m) => (m[1] !== undefined ? JSON.parse(`"${m[1]}"`) : m[2]!.replace(/\\'/g, "'"))).join('');
}
