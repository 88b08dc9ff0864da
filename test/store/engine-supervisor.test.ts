/**
 * The embedded engine's supervision and durability (issue 16, faults 3 and 4), on real
 * DynamoDB Local processes killed with SIGKILL, as a crash or the OOM killer would.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetItemCommand, ListTablesCommand, TransactWriteItemsCommand } from '@aws-sdk/client-dynamodb';
import { PutCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type OpenStore } from '../../src/store/open-store';

/** The JVM under the engine's shell guard. */
function jvmOf(guardPid: number): number {
  const kids = readFileSync(`/proc/${guardPid}/task/${guardPid}/children`, 'utf8').trim().split(/\s+/).map(Number);
  const jvm = kids.find((k) => readFileSync(`/proc/${k}/cmdline`, 'utf8').includes('DynamoDBLocal'));
  if (!jvm) throw new Error('no JVM under the guard');
  return jvm;
}

/** Polls until the supervisor has the engine up and it answers, bounded; returns how many polls failed first. */
async function untilAnswering(store: OpenStore, timeoutMs = 90_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  let failures = 0;
  for (;;) {
    try {
      await store.client.send(new ListTablesCommand({ Limit: 1 }));
      if (store.engine!.state() !== 'up') throw new Error(`engine ${store.engine!.state()}`);
      return failures;
    } catch (err) {
      failures += 1;
      if (Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

const opened: OpenStore[] = [];
const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((s) => s.close()));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('engine supervision', () => {
  it('restarts DynamoDB Local after a kill -9, logs it, and the same clients work again', { timeout: 120_000 }, async () => {
    const logs: string[] = [];
    const store = await openStore({ region: 'local', embedded: { inMemory: true }, tablePrefix: 'sup', log: (l) => logs.push(l) });
    opened.push(store);
    const before = store.engine!.pid()!;
    process.kill(jvmOf(before), 'SIGKILL');

    // Down: requests fail fast (connection refused), they do not hang.
    const failures = await untilAnswering(store);
    expect(failures).toBeGreaterThan(0);
    expect(store.engine!.state()).toBe('up');
    expect(store.engine!.restarts()).toBe(1);
    expect(store.engine!.pid()).not.toBe(before);
    expect(logs.some((l) => /exited unexpectedly/.test(l))).toBe(true);
    expect(logs.some((l) => /is back after/.test(l))).toBe(true);
    // An in-memory engine came back empty and got its tables again.
    await store.doc.send(new PutCommand({ TableName: store.ctx.tables.tenants, Item: { pk: 'after-restart' } }));
    const got = await store.doc.send(new GetCommand({ TableName: store.ctx.tables.tenants, Key: { pk: 'after-restart' } }));
    expect(got.Item).toEqual({ pk: 'after-restart' });
  });

  it('does not restart an engine it was asked to stop', async () => {
    const logs: string[] = [];
    const store = await openStore({ region: 'local', embedded: { inMemory: true }, tablePrefix: 'sup', log: (l) => logs.push(l) });
    await store.close();
    expect(store.engine!.state()).toBe('stopped');
    await new Promise((r) => setTimeout(r, 1000));
    expect(logs).toEqual([]);
  });
});

describe('durability of an acked transaction on the embedded engine', () => {
  it('a TransactWriteItems answered is on disk: killed with SIGKILL in the same tick, the engine comes back with it', { timeout: 240_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'durable-'));
    dirs.push(dir);
    const store = await openStore({ region: 'local', embedded: { dataDir: dir }, tablePrefix: 'dur' });
    opened.push(store);
    const table = store.ctx.tables.tenants;
    // Without the commit barrier this loses the write in most rounds (the engine queues
    // the COMMIT and answers first); with it, never.
    for (let round = 0; round < 3; round++) {
      const jvm = jvmOf(store.engine!.pid()!);
      await store.client.send(
        new TransactWriteItemsCommand({
          TransactItems: [
            { Put: { TableName: table, Item: { pk: { S: `acked-${round}-a` } } } },
            { Put: { TableName: table, Item: { pk: { S: `acked-${round}-b` } } } },
          ],
        }),
      );
      process.kill(jvm, 'SIGKILL');
      await untilAnswering(store);
      for (const key of [`acked-${round}-a`, `acked-${round}-b`]) {
        const got = await store.client.send(new GetItemCommand({ TableName: table, Key: { pk: { S: key } }, ConsistentRead: true }));
        expect(got.Item?.pk?.S, key).toBe(key);
      }
    }
  });
});
