/**
 * Chooses the DynamoDB engine (ARCHITECTURE.md "Local and AWS"): an explicit endpoint
 * (DYNAMODB_ENDPOINT), else the embedded DynamoDB Local, else AWS's default endpoint.
 * Takes parsed configuration as parameters; it reads no environment itself.
 */
import { createDocumentClient, type StoreClients } from './client';
import { createTables } from './create-tables';
import type { DynamoDbLocalOptions } from './engine/dynamodb-local';
import { awaitLocalCommits } from './engine/commit-barrier';
import { superviseDynamoDbLocal, type SupervisedEngine } from './engine/supervisor';
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
  /** Where the embedded engine's supervisor logs its restarts. */
  log?: (line: string) => void;
}

export interface OpenStore extends StoreClients {
  ctx: StoreContext;
  /** The endpoint in use; undefined on AWS. */
  endpoint?: string;
  /** The embedded engine, restarted whenever it dies; undefined when we did not start one. */
  engine?: SupervisedEngine;
  /** Closes the clients and stops the embedded engine if we started one. */
  close(): Promise<void>;
}

/** Opens the store: picks the engine, creates tables where we own them, returns the context. */
export async function openStore(options: OpenStoreOptions): Promise<OpenStore> {
  let engine: SupervisedEngine | undefined;
  let endpoint = options.endpoint;
  const tables = tableNames(options.tablePrefix ?? '');
  let clients: StoreClients | undefined;
  if (!endpoint && options.embedded) {
    const embedded = options.embedded;
    engine = await superviseDynamoDbLocal({
      ...embedded,
      ...(options.log ? { log: options.log } : {}),
      // An in-memory engine comes back empty: give it its tables again.
      ...(embedded.inMemory
        ? {
            afterRestart: async () => {
              if (clients) await createTables(clients.client, tables);
            },
          }
        : {}),
    });
    endpoint = engine.endpoint;
  }
  clients = createDocumentClient({ region: options.region, ...(endpoint ? { endpoint } : {}) });
  // Acked means on disk: see commit-barrier.ts for why the embedded engine needs this.
  if (engine && options.embedded && !options.embedded.inMemory) awaitLocalCommits(clients.client, tables.tenants);
  try {
    if (options.createTables ?? endpoint !== undefined) await createTables(clients.client, tables);
  } catch (err) {
    clients.client.destroy();
    await engine?.stop();
    throw err;
  }
  const opened = clients;
  return {
    ...opened,
    ctx: { doc: opened.doc, tables },
    ...(endpoint ? { endpoint } : {}),
    ...(engine ? { engine } : {}),
    async close() {
      opened.client.destroy();
      await engine?.stop();
    },
  };
}
