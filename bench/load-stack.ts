/**
 * What the load benches share: the tenant they load (limits out of the way) and the local
 * stack started as its own process on a given DynamoDB endpoint, so its CPU and memory are
 * measured apart from the DynamoDB Local JVM beside it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import type { Tenant } from '../src/domain/entities/tenant';
import { createDocumentClient } from '../src/store/client';
import { createTables } from '../src/store/create-tables';
import { startDynamoDbLocal } from '../src/store/engine/dynamodb-local';
import { createRepositories } from '../src/store/repositories';
import { tableNames, type TableNames } from '../src/store/tables';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface LoadEngine {
  endpoint: string;
  /** The JVM's launcher pid (bench/proc.ts finds the JVM under it). */
  pid: number;
  doc: DynamoDBDocumentClient;
  tables: TableNames;
  /** Closes the client and stops the engine. */
  stop(): Promise<void>;
}

/** An in-memory DynamoDB Local with the product's tables under `prefix`, and a client on it. */
export async function startLoadEngine(prefix: string): Promise<LoadEngine> {
  const engine = await startDynamoDbLocal({ inMemory: true });
  const { client, doc } = createDocumentClient({ endpoint: engine.endpoint, region: 'local' });
  const tables = tableNames(prefix);
  try {
    await createTables(client, tables);
  } catch (err) {
    client.destroy();
    await engine.stop();
    throw err;
  }
  return {
    endpoint: engine.endpoint,
    pid: engine.pid,
    doc,
    tables,
    async stop() {
      client.destroy();
      await engine.stop();
    },
  };
}

/** Stores a tenant whose rate limits a load run never reaches. */
export async function putLoadTenant(doc: DynamoDBDocumentClient, tables: TableNames, tenantId: string, extra: Partial<Tenant> = {}): Promise<void> {
  const now = new Date().toISOString();
  await createRepositories({ doc, tables }).tenants.put({
    tenant_id: tenantId,
    name: 'Load test',
    status: 'active',
    created_at: now,
    updated_at: now,
    allowed_origins: [],
    allow_missing_origin: true,
    rate_limits: { per_connection_per_minute: 1000, per_tenant_per_minute: 1_000_000 },
    locale: 'en',
    ...extra,
  });
}

/** Starts `src/local/main.ts` as a child process and resolves with it and its base URL once it prints `listening on`. */
export async function startStackProcess(opts: { endpoint: string; prefix: string; nodeFlags?: string[]; env?: Record<string, string> }): Promise<{ server: ChildProcess; base: string }> {
  const server = spawn(process.execPath, [...(opts.nodeFlags ?? []), '--import', 'tsx', 'src/local/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DYNAMODB_ENDPOINT: opts.endpoint, TABLE_PREFIX: opts.prefix, LOG_LEVEL: 'silent', NODE_NO_WARNINGS: '1', ...opts.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]!);
    });
    server.once('exit', (code) => reject(new Error(`server exited ${code}`)));
    setTimeout(() => reject(new Error('server did not start')), 60_000).unref();
  });
  return { server, base };
}
