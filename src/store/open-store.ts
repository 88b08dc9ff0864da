/**
 * Chooses the DynamoDB engine (ARCHITECTURE.md "Local and AWS"): an explicit endpoint
 * (DYNAMODB_ENDPOINT), else the embedded DynamoDB Local, else AWS's default endpoint.
 * Takes parsed configuration as parameters; it reads no environment itself.
 */
import { createDocumentClient, type StoreClients } from './client';
import { createTables } from './create-tables';
import { startDynamoDbLocal, type DynamoDbLocalOptions, type RunningEngine } from './engine/dynamodb-local';
import type { StoreContext } from './repository-kit';
import { tableNames } from './tables';

export interface OpenStoreOptions {
  region: string;
  /** Use this engine (DYNAMODB_ENDPOINT). */
  endpoint?: string;
  /** Start the embedded engine when no endpoint is given; false on AWS. */
  embedded?: DynamoDbLocalOptions | false;
  /** Table name prefix (`tableNames(prefix)`); on AWS the stack name. */
  tablePrefix?: string;
  /** Create missing tables (default: true for local engines, false on AWS where template.yaml owns them). */
  createTables?: boolean;
}

export interface OpenStore extends StoreClients {
  ctx: StoreContext;
  /** The endpoint in use; undefined on AWS. */
  endpoint?: string;
  /** Closes the clients and stops the embedded engine if we started one. */
  close(): Promise<void>;
}

/** Opens the store: picks the engine, creates tables where we own them, returns the context. */
export async function openStore(options: OpenStoreOptions): Promise<OpenStore> {
  let engine: RunningEngine | undefined;
  let endpoint = options.endpoint;
  if (!endpoint && options.embedded) {
    engine = await startDynamoDbLocal(options.embedded);
    endpoint = engine.endpoint;
  }
  const clients = createDocumentClient({ region: options.region, ...(endpoint ? { endpoint } : {}) });
  const tables = tableNames(options.tablePrefix ?? '');
  try {
    if (options.createTables ?? endpoint !== undefined) await createTables(clients.client, tables);
  } catch (err) {
    clients.client.destroy();
    await engine?.stop();
    throw err;
  }
  return {
    ...clients,
    ctx: { doc: clients.doc, tables },
    ...(endpoint ? { endpoint } : {}),
    async close() {
      clients.client.destroy();
      await engine?.stop();
    },
  };
}
