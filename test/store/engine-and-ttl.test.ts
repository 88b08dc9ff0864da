import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DescribeTimeToLiveCommand, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONNECTION_TTL_SECONDS, type Connection } from '../../src/domain/entities/connection';
import { fixedClock } from '../../src/domain/time';
import { createDocumentClient } from '../../src/store/client';
import { createTables } from '../../src/store/create-tables';
import { startDynamoDbLocal } from '../../src/store/engine/dynamodb-local';
import { openStore } from '../../src/store/open-store';
import { LOGICAL_TABLES, tableNames } from '../../src/store/tables';
import { createConnectionsRepository } from '../../src/store/repositories/connections';
import { createTestStore, type TestStore } from '../support/dynamodb';

let store: TestStore;
beforeAll(async () => {
  store = await createTestStore();
});
afterAll(() => store.close());

describe('the embedded engine', () => {
  it('a missing java gives an actionable error naming Java 17 and DYNAMODB_ENDPOINT', async () => {
    const err = await startDynamoDbLocal({ inMemory: true, javaPath: '/nonexistent/bin/java' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).name).toBe('EngineStartError');
    expect((err as Error).message).toMatch(/Java 17/);
    expect((err as Error).message).toMatch(/DYNAMODB_ENDPOINT/);
  });

  it('a java that is too old is refused with the same advice', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fake-java-'));
    const fake = join(dir, 'java');
    writeFileSync(fake, '#!/bin/sh\necho \'openjdk version "11.0.2" 2019-01-15\' >&2\n');
    chmodSync(fake, 0o755);
    const err = await startDynamoDbLocal({ inMemory: true, javaPath: fake }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/Java 11/);
    expect((err as Error).message).toMatch(/Java 17 or newer/);
  });
});

describe('openStore', () => {
  it('uses a given endpoint (DYNAMODB_ENDPOINT), creates missing tables, and is safe to open twice', async () => {
    const prefix = `open${Date.now().toString(36)}`;
    const a = await openStore({ region: 'local', endpoint: store.endpoint, tablePrefix: prefix });
    const b = await openStore({ region: 'local', endpoint: store.endpoint, tablePrefix: prefix });
    const listed = await b.client.send(new ListTablesCommand({ ExclusiveStartTableName: prefix }));
    expect(listed.TableNames?.filter((t) => t.startsWith(`${prefix}-`)).sort()).toEqual(LOGICAL_TABLES.map((t) => `${prefix}-${t}`).sort());
    expect(a.endpoint).toBe(store.endpoint);
    await a.close();
    await b.close();
  });
});

describe('an engine that cannot start', () => {
  it('reports the engine\'s own output when its port is taken', async () => {
    const busy = createServer();
    await new Promise<void>((r) => busy.listen(0, '0.0.0.0', () => r()));
    const port = (busy.address() as AddressInfo).port;
    try {
      const err = await startDynamoDbLocal({ inMemory: true, port }).catch((e: unknown) => e);
      expect((err as Error).name).toBe('EngineStartError');
      expect((err as Error).message).toMatch(/exited during start/);
      expect((err as Error).message).toMatch(new RegExp(`bind.*${port}`, 'i'));
    } finally {
      busy.close();
    }
  }, 60_000);
});

describe('an engine with a data folder', () => {
  it('keeps its tables across a restart, and stop() leaves no process behind', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'ddb-data-'));
    const first = await startDynamoDbLocal({ dataDir });
    const a = createDocumentClient({ endpoint: first.endpoint, region: 'local' });
    await createTables(a.client, tableNames('persist'));
    a.client.destroy();
    await first.stop();
    expect(alive(first.pid)).toBe(false);

    const second = await startDynamoDbLocal({ dataDir });
    const b = createDocumentClient({ endpoint: second.endpoint, region: 'local' });
    const listed = await b.client.send(new ListTablesCommand({}));
    b.client.destroy();
    await second.stop();
    expect(listed.TableNames).toContain('persist-sessions');
    expect(alive(second.pid)).toBe(false);
  }, 120_000);
});

/** Whether any process of the engine's group is still running. */
function alive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('connections', () => {
  const now = new Date('2026-03-01T10:00:00.000Z');
  const connection = (id: string, tenant = 'demo', ttl = Math.floor(now.getTime() / 1000) + CONNECTION_TTL_SECONDS): Connection => ({
    connection_id: id,
    tenant_id: tenant,
    connected_at: now.toISOString(),
    ttl,
  });

  it('the connections table has TTL enabled on the ttl attribute, and items carry it', async () => {
    const ttl = await store.client.send(new DescribeTimeToLiveCommand({ TableName: store.tables.connections }));
    expect(ttl.TimeToLiveDescription).toMatchObject({ TimeToLiveStatus: 'ENABLED', AttributeName: 'ttl' });
    const repo = createConnectionsRepository(store.ctx, fixedClock(now));
    await repo.put(connection('conn-ttl'));
    const raw = await store.doc.send(new GetCommand({ TableName: store.tables.connections, Key: { pk: 'conn-ttl' } }));
    expect(raw.Item?.ttl).toBe(Math.floor(now.getTime() / 1000) + CONNECTION_TTL_SECONDS);
  });

  it('by id for its tenant only; expired ones read as gone before DynamoDB deletes them', async () => {
    const repo = createConnectionsRepository(store.ctx, fixedClock(now));
    await repo.put(connection('conn-a'));
    await repo.put(connection('conn-old', 'demo', Math.floor(now.getTime() / 1000) - 1));
    expect((await repo.get('demo', 'conn-a'))?.connection_id).toBe('conn-a');
    expect((await repo.resolve('conn-a'))?.tenant_id).toBe('demo');
    expect(await repo.get('other', 'conn-a')).toBeUndefined();
    expect(await repo.get('demo', 'conn-old')).toBeUndefined();
    expect(await repo.resolve('conn-old')).toBeUndefined();

    // Another tenant cannot delete it; its own tenant can, and twice is fine.
    await repo.delete('other', 'conn-a');
    expect(await repo.get('demo', 'conn-a')).toBeDefined();
    await repo.delete('demo', 'conn-a');
    await repo.delete('demo', 'conn-a');
    expect(await repo.get('demo', 'conn-a')).toBeUndefined();
  });
});
