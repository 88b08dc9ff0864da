/**
 * Lambda bundles: what each function loads at a cold start and ships in all, its largest
 * contributors, and each bundle's init time as a ratio to a bare Node process start measured
 * in the same run (bench/cold-start.ts: a fresh `node` with template.yaml's NODE_OPTIONS
 * importing the bundle and resolving `handler`; the bare start is the same process with
 * nothing imported). Targets (issue 17): connect/disconnect/default init <= 1.5x the bare
 * start, message <= 2.5x; connect <= 300 KB at start.
 *
 * Wall time swings with whatever else the machine runs (the load average is printed), so
 * every bundle's runs alternate with bare starts, and the CPU time each process used up to
 * that moment is printed beside it: it moves much less. Targets are judged on wall.
 *
 * Two more figures keep the init ratio honest:
 * - the floor: a bundle of the store client alone (src/store/client.ts and the three document
 *   commands the connection routes send), built and started the same way. Every connection
 *   function reads or writes DynamoDB on every invocation, so this much loads at init.
 * - the first invoke: after init, the same process handles one real event (`$connect`,
 *   `$disconnect`, a ping, a hello) against DynamoDB Local and a local `@connections`, so
 *   code moved out of init into the first invocation shows up there. Its DynamoDB client has
 *   static credentials (a local endpoint): on Lambda the first request also resolves the
 *   environment's credentials.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { ESBUILD_OPTIONS, PLUGINS, buildFunctions, topContributors, type BuiltFunction } from '../scripts/build';
import type { FunctionName } from '../src/handlers/access';
import { createDocumentClient } from '../src/store/client';
import { createTables } from '../src/store/create-tables';
import { startDynamoDbLocal } from '../src/store/engine/dynamodb-local';
import { createRepositories } from '../src/store/repositories';
import { tableNames } from '../src/store/tables';
import { startConnectionsServer } from '../test/deploy/support/connections-server';
import { wsEvent } from '../test/deploy/support/events';
import { coldStart, templateNodeOptions, type ColdStart } from './cold-start';
import { figure, percentile } from './format';

const RUNS = 11;
const INVOKE_RUNS = 5;
const CONNECT_BUNDLE_TARGET = 300 * 1024;
const RATIO_TARGETS: Partial<Record<FunctionName, number>> = {
  WsConnectFunction: 1.5,
  WsDisconnectFunction: 1.5,
  WsDefaultFunction: 1.5,
  WsMessageFunction: 2.5,
};
const ORIGIN = 'https://shop.example';
const FLOOR = 'store client alone (floor)';

const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const p50 = (runs: ColdStart[], f: (r: ColdStart) => number) => percentile(runs.map(f), 50);

/** The floor bundle: what every connection function must load to reach DynamoDB at all. */
async function buildFloor(dir: string): Promise<string> {
  const root = join(import.meta.dirname, '..');
  await build({
    ...ESBUILD_OPTIONS,
    plugins: [...PLUGINS],
    stdin: {
      contents: "export { createDocumentClient as handler } from './src/store/client';\nexport { GetCommand, PutCommand, DeleteCommand } from '@aws-sdk/lib-dynamodb';",
      resolveDir: root,
      sourcefile: 'store-client-floor.ts',
      loader: 'ts',
    },
    outdir: dir,
    entryNames: 'floor',
    absWorkingDir: root,
  });
  return join(dir, 'floor.mjs');
}

/** Init of each bundle against bare starts taken side by side with it. */
async function initRatios(files: [string, string][]): Promise<void> {
  await coldStart(undefined); // warm the OS file cache for node itself
  for (const [name, file] of files) {
    await coldStart(file); // and for the bundle, as a Lambda image is local
    const bare: ColdStart[] = [];
    const init: ColdStart[] = [];
    for (let i = 0; i < RUNS; i++) {
      bare.push(await coldStart(undefined));
      init.push(await coldStart(file));
    }
    const [wall, bareWall] = [p50(init, (r) => r.initMs), p50(bare, (r) => r.initMs)];
    const [cpu, bareCpu] = [p50(init, (r) => r.initCpuMs), p50(bare, (r) => r.initCpuMs)];
    const target = RATIO_TARGETS[name as FunctionName];
    const ratio = wall / bareWall;
    figure(`${name} init p50 / bare start p50 (wall)`, `${wall.toFixed(0)} / ${bareWall.toFixed(0)} ms = ${ratio.toFixed(2)}x`, '', target ? { text: `<= ${target}x`, met: ratio <= target } : undefined);
    figure(`${name} init CPU p50 / bare start CPU p50`, `${cpu.toFixed(0)} / ${bareCpu.toFixed(0)} ms = ${(cpu / bareCpu).toFixed(2)}x`);
  }
}

/** Init, then one real first event, for each WebSocket function, against DynamoDB Local. */
async function firstInvokes(built: BuiltFunction[]): Promise<void> {
  const engine = await startDynamoDbLocal({ inMemory: true });
  const connections = await startConnectionsServer();
  const clients = createDocumentClient({ endpoint: engine.endpoint, region: 'local' });
  try {
    const prefix = `deploy${Date.now().toString(36)}`;
    const tables = tableNames(prefix);
    await createTables(clients.client, tables);
    const repos = createRepositories({ doc: clients.doc, tables });
    const now = new Date();
    // The stack tenant as `$connect` seeds it, so each `$connect` finds it (a warm stack).
    await repos.tenants.put({
      tenant_id: 'acme', name: 'acme', status: 'active', created_at: now.toISOString(), updated_at: now.toISOString(),
      allowed_origins: [ORIGIN], allow_missing_origin: false, rate_limits: { per_connection_per_minute: 30, per_tenant_per_minute: 600 }, locale: 'en',
    });
    const env = {
      TABLE_PREFIX: prefix, DYNAMODB_ENDPOINT: engine.endpoint, AWS_REGION: 'us-east-1', LOG_LEVEL: 'silent',
      AWS_ACCESS_KEY_ID: 'bench', AWS_SECRET_ACCESS_KEY: 'bench', BOOTSTRAP_TENANT_ID: 'acme', ALLOWED_ORIGINS: ORIGIN,
      MODEL_PROVIDER: 'local', WEBSOCKET_MANAGEMENT_ENDPOINT: connections.endpoint,
    };
    let seq = 0;
    const stored = async () => {
      const id = `bench-${++seq}=`;
      await repos.connections.put({ connection_id: id, tenant_id: 'acme', connected_at: new Date().toISOString(), source_ip: '203.0.113.7', ttl: Math.floor(Date.now() / 1000) + 3600 });
      return id;
    };
    const events: Partial<Record<FunctionName, () => Promise<unknown>>> = {
      WsConnectFunction: async () => wsEvent('$connect', `bench-${++seq}=`, { query: { tenant: 'acme' }, headers: { Origin: ORIGIN } }),
      WsDisconnectFunction: async () => wsEvent('$disconnect', await stored()),
      WsDefaultFunction: async () => wsEvent('ping', await stored(), { body: { action: 'ping' } }),
      WsMessageFunction: async () => wsEvent('hello', await stored(), { body: { action: 'hello' } }),
    };
    for (const b of built) {
      const next = events[b.name];
      if (!next) continue;
      await coldStart(b.file, { event: await next(), env }); // warm the file cache and the engine's table
      const runs: ColdStart[] = [];
      for (let i = 0; i < INVOKE_RUNS; i++) runs.push(await coldStart(b.file, { event: await next(), env }));
      const [init, invoke, total] = [p50(runs, (r) => r.initMs), p50(runs, (r) => r.invokeMs!), p50(runs, (r) => r.initMs + r.invokeMs!)];
      figure(`${b.name} init + first invoke p50 (wall)`, `${init.toFixed(0)} + ${invoke.toFixed(0)} ms, together ${total.toFixed(0)} ms`);
      figure(`${b.name} init + first invoke p50 (CPU)`, `${p50(runs, (r) => r.initCpuMs).toFixed(0)} + ${p50(runs, (r) => r.invokeCpuMs!).toFixed(0)} ms`);
    }
  } finally {
    clients.client.destroy();
    await connections.close();
    await engine.stop();
  }
}

export async function run(): Promise<void> {
  figure('node, NODE_OPTIONS (template.yaml)', `${process.version} ${templateNodeOptions().join(' ')}`);
  figure('load average (1, 5, 15 min) at start', load());
  // Built away from the repository, so nothing resolves from the source tree or node_modules.
  const out = mkdtempSync(join(tmpdir(), 'trip-bundles-'));
  try {
    const built = await buildFunctions(out);
    const floor = await buildFloor(join(out, 'floor'));
    for (const b of built) {
      const isConnect = b.name === 'WsConnectFunction';
      figure(`${b.name} loaded at start / shipped`, `${(b.bytes / 1024).toFixed(0)} / ${(b.totalBytes / 1024).toFixed(0)}`, 'KB', isConnect ? { text: '<= 300 KB at start', met: b.bytes <= CONNECT_BUNDLE_TARGET } : undefined);
    }
    for (const name of ['WsConnectFunction', 'WsMessageFunction'] as const) {
      for (const c of topContributors(built.find((b) => b.name === name)!, 6, true)) figure(`  ${name} at start: ${c.name}`, c.bytes / 1024, 'KB');
    }
    await initRatios([[FLOOR, floor], ...built.map((b): [string, string] => [b.name, b.file])]);
    await firstInvokes(built);
    figure('load average (1, 5, 15 min) at end', load());
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
