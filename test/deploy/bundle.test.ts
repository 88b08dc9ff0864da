import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFunctions, type BuiltFunction } from '../../scripts/build';
import { createRepositories } from '../../src/store/repositories';
import { createTestStore, type TestStore } from '../support/dynamodb';
import { wsEvent } from './support/events';

const run = promisify(execFile);

/**
 * The shipped bundles, not the sources: built into a folder outside the repository (no
 * prompts/ folder, no node_modules within reach), then run in a fresh node process with
 * only the environment template.yaml gives a function, against DynamoDB Local.
 */
describe('the Lambda bundles run on their own', () => {
  let out: string;
  let built: BuiltFunction[];
  let store: TestStore;

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'trip-bundles-'));
    built = await buildFunctions(out);
    store = await createTestStore();
  });
  afterAll(async () => {
    rmSync(out, { recursive: true, force: true });
    await store?.close();
  });

  async function invoke(name: string, event: unknown, env: Record<string, string> = {}): Promise<any> {
    const file = built.find((b) => b.name === name)!.file;
    const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(file).href)}); process.stdout.write(JSON.stringify(await handler(${JSON.stringify(event)})));`;
    const { stdout } = await run(process.execPath, ['--enable-source-maps', '--input-type=module', '-e', script], {
      cwd: out,
      env: { PATH: process.env.PATH ?? '', TABLE_PREFIX: store.prefix, DYNAMODB_ENDPOINT: store.endpoint, AWS_REGION: 'eu-west-1', LOG_LEVEL: 'silent', ...env },
    });
    return JSON.parse(stdout);
  }

  it('builds one bundle and source map per function', () => {
    expect(built.map((b) => b.name).sort()).toEqual(['SweepFunction', 'WsConnectFunction', 'WsDefaultFunction', 'WsDisconnectFunction', 'WsMessageFunction']);
    for (const b of built) expect(b.mapBytes).toBeGreaterThan(0);
  });

  it('the $connect bundle builds the whole app (prompt inlined) and seeds the stack tenant', async () => {
    const env = { BOOTSTRAP_TENANT_ID: 'acme', ALLOWED_ORIGINS: 'https://shop.example' };
    expect(await invoke('WsConnectFunction', wsEvent('$connect', 'c1=', { query: { tenant: 'acme' }, headers: { Origin: 'https://shop.example' } }), env)).toEqual({ statusCode: 200 });
    expect((await invoke('WsConnectFunction', wsEvent('$connect', 'c2=', { query: { tenant: 'acme' }, headers: { Origin: 'https://evil.example' } }), env)).statusCode).toBe(403);
    const repos = createRepositories(store.ctx);
    expect(await repos.connections.resolve('c1=')).toMatchObject({ tenant_id: 'acme' });
    expect((await repos.tenants.get('acme'))?.allowed_origins).toEqual(['https://shop.example']);
  });

  it('the message bundle loads its model configuration and refuses a route that is not its own', async () => {
    await expect(invoke('WsMessageFunction', wsEvent('ping', 'c1=', { body: { action: 'ping' } }), { MODEL_PROVIDER: 'bedrock', BEDROCK_MODEL_ID: 'anthropic.claude-test' })).rejects.toThrow(/does not serve route ping/);
  });

  it('the sweep bundle runs a sweep', async () => {
    expect(await invoke('SweepFunction', { source: 'aws.events', 'detail-type': 'Scheduled Event' }, { DORMANCY_DAYS: '30' })).toEqual({ dormant: 0, followups: 0, delivered: 0, skipped: 0 });
  });
});
