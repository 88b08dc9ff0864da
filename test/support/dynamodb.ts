/**
 * One DynamoDB Local for the whole test run, shared by every worker process, with
 * tables isolated per test file by a unique name prefix.
 *
 * Vitest runs each file in its own process, so "start lazily per worker" would mean a
 * JVM per file. Instead the first worker starts the engine tied to the life of the
 * vitest main process (`ownerPid`) and records its endpoint in a file; the others find
 * it there. When `globalSetup: ['test/support/dynamodb.ts']` is configured, the
 * endpoint is provided by `setup()` below instead; DYNAMODB_ENDPOINT overrides both.
 *
 * Usage in a test file:
 *   let store: TestStore;
 *   beforeAll(async () => { store = await createTestStore(); });
 *   afterAll(() => store.close());
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { DeleteTableCommand, DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { inject } from 'vitest';
import { createDocumentClient, type StoreClients } from '../../src/store/client';
import { createTables } from '../../src/store/create-tables';
import { startDynamoDbLocal } from '../../src/store/engine/dynamodb-local';
import type { StoreContext } from '../../src/store/repository-kit';
import { LOGICAL_TABLES, tableNames, type TableNames } from '../../src/store/tables';

declare module 'vitest' {
  export interface ProvidedContext {
    dynamodbEndpoint?: string;
  }
}

export interface TestStore extends StoreClients {
  endpoint: string;
  /** This file's table name prefix. */
  prefix: string;
  tables: TableNames;
  ctx: StoreContext;
  /** Deletes this file's tables and closes the clients. */
  close(): Promise<void>;
}

/** Creates this file's tables (a fresh prefix) on the shared engine. */
export async function createTestStore(): Promise<TestStore> {
  const endpoint = await sharedEndpoint();
  const clients = createDocumentClient({ endpoint, region: 'local' });
  const prefix = `t${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
  const tables = tableNames(prefix);
  await createTables(clients.client, tables);
  return {
    ...clients,
    endpoint,
    prefix,
    tables,
    ctx: { doc: clients.doc, tables },
    async close() {
      await Promise.allSettled(LOGICAL_TABLES.map((t) => clients.client.send(new DeleteTableCommand({ TableName: tables[t] }))));
      clients.client.destroy();
    },
  };
}

let endpointPromise: Promise<string> | undefined;

/** The endpoint of the run's shared engine, starting it if this worker is the first. */
export function sharedEndpoint(): Promise<string> {
  return (endpointPromise ??= findOrStartEngine());
}

async function findOrStartEngine(): Promise<string> {
  const external = process.env.DYNAMODB_ENDPOINT;
  if (external) return external;
  const provided = safeInject();
  if (provided) return provided;

  // Workers are child processes of the vitest main process (or threads inside it).
  const owner = isMainThread ? process.ppid : process.pid;
  const stateFile = join(tmpdir(), `trip-agent-dynamodb-${owner}.json`);
  const lockFile = `${stateFile}.lock`;
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const known = readState(stateFile);
    if (known && (await answers(known))) return known;
    let fd: number | undefined;
    try {
      fd = openSync(lockFile, 'wx');
    } catch {
      // Another worker is starting it; unless that worker died meanwhile.
      if (!lockHolderAlive(lockFile)) rmSync(lockFile, { force: true });
      await new Promise((r) => setTimeout(r, 250));
      continue;
    }
    try {
      writeFileSync(fd, String(process.pid));
      closeSync(fd);
      const engine = await startDynamoDbLocal({ inMemory: true, ownerPid: owner });
      writeFileSync(`${stateFile}.tmp`, JSON.stringify({ endpoint: engine.endpoint }));
      renameSync(`${stateFile}.tmp`, stateFile);
      return engine.endpoint;
    } finally {
      rmSync(lockFile, { force: true });
    }
  }
  throw new Error('timed out waiting for the shared DynamoDB Local to start');
}

function safeInject(): string | undefined {
  try {
    return inject('dynamodbEndpoint');
  } catch {
    return undefined;
  }
}

function readState(file: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(file, 'utf8')) as { endpoint?: string }).endpoint;
  } catch {
    return undefined;
  }
}

function lockHolderAlive(lockFile: string): boolean {
  try {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    if (!pid) return true; // just created, pid not written yet
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function answers(endpoint: string): Promise<boolean> {
  const client = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'x', secretAccessKey: 'x' }, maxAttempts: 1 });
  try {
    await client.send(new ListTablesCommand({ Limit: 1 }));
    return true;
  } catch {
    return false;
  } finally {
    client.destroy();
  }
}

/**
 * Vitest globalSetup entry (`globalSetup: ['test/support/dynamodb.ts']`): one engine for
 * the run, provided to every worker, stopped at the end.
 */
export async function setup(project: { provide: (key: 'dynamodbEndpoint', value: string) => void }): Promise<() => Promise<void>> {
  if (process.env.DYNAMODB_ENDPOINT) return async () => {};
  const engine = await startDynamoDbLocal({ inMemory: true });
  project.provide('dynamodbEndpoint', engine.endpoint);
  return () => engine.stop();
}
