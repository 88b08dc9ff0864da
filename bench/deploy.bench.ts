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
 * that moment is printed beside it: it moves much less. Targets are judged on both.
 *
 * More figures keep the init ratio honest:
 * - the floor: a bundle of the store client alone (src/store/client.ts and the three document
 *   commands the connection routes send), built and started the same way. Every connection
 *   function reads or writes DynamoDB on every invocation, so this much loads at init. Below
 *   it, the Node modules the SDK needs for a first request (https and so tls and crypto,
 *   stream, os, zlib, fs/promises), imported alone. The message function's floor adds the
 *   `@connections` client and the entity schemas every hello and message parse (zod/mini),
 *   also timed alone.
 * - comparisons in the same run: the connection function with Node's --enable-source-maps (as
 *   template.yaml ran it before the bundles mapped their own stacks), and the message function
 *   with its turn layer imported at init, with and without Node's source maps (as before).
 * - the first invocations: after init, the same process handles real events (`$connect`,
 *   `$disconnect`, a ping; for the message function a `hello`, then the first `sendMessage`
 *   on the embedded model) against DynamoDB Local and a local `@connections`, so code moved
 *   out of init into a first invocation shows up there. The message function loads its turn
 *   layer on the first `sendMessage`: that one is timed too, and the same function built with
 *   its turn layer loaded at init runs beside it. The DynamoDB client has static credentials
 *   (a local endpoint): on Lambda the first request also resolves the environment's.
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
const EAGER = 'WsMessageFunction, turn layer at init';
const BUILTINS = 'Node modules a first request needs, alone';
const NODE_MAPS = "Node's --enable-source-maps";
const ENTITIES = 'entity schemas alone (zod/mini)';
const MESSAGE_FLOOR = 'message floor: store, @connections, entity schemas';
const TRIP = 'Masai Mara in August, 2 adults, we love the migration, 7 days, $6000 per person';

const load = () => loadavg().map((l) => l.toFixed(1)).join(' ');
const p50 = (runs: ColdStart[], f: (r: ColdStart) => number) => percentile(runs.map(f), 50);

/** Builds `contents` (TypeScript, importing from the project root) as the functions are built, into `dir/<name>.mjs`. */
async function buildProbe(dir: string, name: string, contents: string): Promise<string> {
  const root = join(import.meta.dirname, '..');
  await build({
    ...ESBUILD_OPTIONS,
    plugins: [...PLUGINS],
    stdin: { contents, resolveDir: root, sourcefile: `${name}.ts`, loader: 'ts' },
    outdir: dir,
    entryNames: name,
    absWorkingDir: root,
  });
  return join(dir, `${name}.mjs`);
}

const PROBES = {
  /** The floor: what every connection function must load to reach DynamoDB at all. */
  floor: "export { createDocumentClient as handler } from './src/store/client';\nexport { GetCommand, PutCommand, DeleteCommand } from '@aws-sdk/lib-dynamodb';",
  /** Below the floor: the Node modules the SDK's HTTP handler, signer and config need for a first request, alone. */
  builtins:
    // Used, or esbuild drops them: it takes Node's modules to be free of side effects.
    "import https from 'node:https'; import crypto from 'node:crypto'; import stream from 'node:stream'; import os from 'node:os'; import zlib from 'node:zlib'; import fs from 'node:fs/promises';\nexport const handler = () => [https, crypto, stream, os, zlib, fs];",
  /** The entity schemas a hello and a message parse (zod/mini), alone. */
  entities:
    "export { SessionSchema } from './src/domain/entities/session';\nexport { TranscriptMessageSchema } from './src/domain/entities/message';\nexport { DecisionSchema } from './src/domain/entities/decision';\nexport { EventSchema } from './src/domain/entities/event';\nexport { TravelerSchema } from './src/domain/entities/traveler';\nexport const handler = () => undefined;",
  /** The message function's floor: the store client, the `@connections` client and the entity schemas, which every hello and message use. */
  messageFloor:
    "export { createDocumentClient as handler } from './src/store/client';\nexport { GetCommand, PutCommand, QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';\nexport { managementClient } from './src/channels/websocket/frame-sender';\nexport { SessionSchema } from './src/domain/entities/session';\nexport { TranscriptMessageSchema } from './src/domain/entities/message';\nexport { DecisionSchema } from './src/domain/entities/decision';\nexport { EventSchema } from './src/domain/entities/event';\nexport { TravelerSchema } from './src/domain/entities/traveler';",
  /**
   * The message function with its turn layer imported at init (static imports of the same
   * module and of the turn's steps): the code as shipped, loaded as before the split.
   */
  messageEager:
    "import { messageFunction } from './src/handlers/message-function';\nimport * as turnLayer from './src/handlers/message-turn';\nimport './src/agent/turn/run-turn';\nexport const handler = messageFunction({}, async () => turnLayer);",
};

/** A bundle to start: its label, its file, and the node flags when not template.yaml's. */
interface Candidate {
  name: string;
  file: string;
  nodeOptions?: string[];
}

/** Init of each bundle against bare starts taken side by side with it. */
async function initRatios(candidates: Candidate[]): Promise<void> {
  await coldStart(undefined); // warm the OS file cache for node itself
  for (const { name, file, nodeOptions } of candidates) {
    const opts = nodeOptions ? { nodeOptions } : {};
    await coldStart(file, opts); // and for the bundle, as a Lambda image is local
    const bare: ColdStart[] = [];
    const init: ColdStart[] = [];
    for (let i = 0; i < RUNS; i++) {
      bare.push(await coldStart(undefined, opts));
      init.push(await coldStart(file, opts));
    }
    const [wall, bareWall] = [p50(init, (r) => r.initMs), p50(bare, (r) => r.initMs)];
    const [cpu, bareCpu] = [p50(init, (r) => r.initCpuMs), p50(bare, (r) => r.initCpuMs)];
    const target = RATIO_TARGETS[name as FunctionName];
    const verdict = (ratio: number) => (target ? { text: `<= ${target}x`, met: ratio <= target } : undefined);
    figure(`${name} init p50 / bare start p50 (wall)`, `${wall.toFixed(0)} / ${bareWall.toFixed(0)} ms = ${(wall / bareWall).toFixed(2)}x`, '', verdict(wall / bareWall));
    figure(`${name} init CPU p50 / bare start CPU p50`, `${cpu.toFixed(0)} / ${bareCpu.toFixed(0)} ms = ${(cpu / bareCpu).toFixed(2)}x`, '', verdict(cpu / bareCpu));
  }
}

/** Init, then real first events, for each WebSocket function, against DynamoDB Local. */
async function firstInvokes(built: BuiltFunction[], eagerMessage: string): Promise<void> {
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
    // A traveler opening the widget and sending a first message: hello, then sendMessage on the same connection.
    const conversation = async () => {
      const id = await stored();
      return [wsEvent('hello', id, { body: { action: 'hello' } }), wsEvent('sendMessage', id, { body: { action: 'sendMessage', client_message_id: 'm1', text: TRIP } })];
    };
    const events: Partial<Record<FunctionName, () => Promise<unknown[]>>> = {
      WsConnectFunction: async () => [wsEvent('$connect', `bench-${++seq}=`, { query: { tenant: 'acme' }, headers: { Origin: ORIGIN } })],
      WsDisconnectFunction: async () => [wsEvent('$disconnect', await stored())],
      WsDefaultFunction: async () => [wsEvent('ping', await stored(), { body: { action: 'ping' } })],
      WsMessageFunction: conversation,
    };
    const runs: [string, string, () => Promise<unknown[]>][] = built.flatMap((b) => (events[b.name] ? [[b.name, b.file, events[b.name]!] as [string, string, () => Promise<unknown[]>]] : []));
    runs.push([EAGER, eagerMessage, conversation]);
    for (const [name, file, next] of runs) {
      await coldStart(file, { events: await next(), env }); // warm the file cache and the engine's table
      const starts: ColdStart[] = [];
      for (let i = 0; i < INVOKE_RUNS; i++) starts.push(await coldStart(file, { events: await next(), env }));
      const steps = starts[0]!.invokes.map((_, k) => k);
      const wall = [p50(starts, (r) => r.initMs), ...steps.map((k) => p50(starts, (r) => r.invokes[k]!.ms))];
      const cpu = [p50(starts, (r) => r.initCpuMs), ...steps.map((k) => p50(starts, (r) => r.invokes[k]!.cpuMs))];
      const total = (f: (r: ColdStart) => number, g: (i: { ms: number; cpuMs: number }) => number) => p50(starts, (r) => f(r) + r.invokes.reduce((n, i) => n + g(i), 0));
      const what = steps.length > 1 ? 'init + hello + first sendMessage' : 'init + first invoke';
      figure(`${name} ${what} p50 (wall)`, `${wall.map((v) => v.toFixed(0)).join(' + ')} ms, together ${total((r) => r.initMs, (i) => i.ms).toFixed(0)} ms`);
      figure(`${name} ${what} p50 (CPU)`, `${cpu.map((v) => v.toFixed(0)).join(' + ')} ms, together ${total((r) => r.initCpuMs, (i) => i.cpuMs).toFixed(0)} ms`);
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
    const floor = await buildProbe(join(out, 'probes'), 'floor', PROBES.floor);
    for (const b of built) {
      const isConnect = b.name === 'WsConnectFunction';
      figure(`${b.name} loaded at start / shipped`, `${(b.bytes / 1024).toFixed(0)} / ${(b.totalBytes / 1024).toFixed(0)}`, 'KB', isConnect ? { text: '<= 300 KB at start', met: b.bytes <= CONNECT_BUNDLE_TARGET } : undefined);
      // Each ES module file a cold start loads costs the loader's own work besides its bytes (docs/deploy.md).
      figure(`${b.name} files loaded at start`, b.startOutputs.length);
    }
    for (const name of ['WsConnectFunction', 'WsMessageFunction'] as const) {
      for (const c of topContributors(built.find((b) => b.name === name)!, 6, true)) figure(`  ${name} at start: ${c.name}`, c.bytes / 1024, 'KB');
    }
    const eagerMessage = await buildProbe(join(out, 'probes'), 'message-eager', PROBES.messageEager);
    const builtins = await buildProbe(join(out, 'probes'), 'builtins', PROBES.builtins);
    const file = (name: FunctionName) => built.find((b) => b.name === name)!.file;
    // Node's own source maps, as template.yaml set them before the bundles mapped their stacks themselves.
    const nodeSourceMaps = ['--enable-source-maps'];
    const candidates: Candidate[] = [
      { name: BUILTINS, file: builtins },
      { name: FLOOR, file: floor },
      ...built.map((b) => ({ name: b.name, file: b.file })),
      { name: `WsConnectFunction, ${NODE_MAPS}`, file: file('WsConnectFunction'), nodeOptions: nodeSourceMaps },
      { name: ENTITIES, file: await buildProbe(join(out, 'probes'), 'entities', PROBES.entities) },
      { name: MESSAGE_FLOOR, file: await buildProbe(join(out, 'probes'), 'message-floor', PROBES.messageFloor) },
      { name: EAGER, file: eagerMessage },
      { name: `${EAGER}, ${NODE_MAPS}`, file: eagerMessage, nodeOptions: nodeSourceMaps },
    ];
    await initRatios(candidates);
    await firstInvokes(built, eagerMessage);
    figure('load average (1, 5, 15 min) at end', load());
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
