import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FUNCTIONS, FUNCTION_NAMES, type FunctionName } from '../../src/handlers/access';
import { createRepositories } from '../../src/store/repositories';
import { startConverseServer } from '../support/converse-server';
import { createTestStore, type TestStore } from '../support/dynamodb';
import { startConnectionsServer, type ConnectionsServer } from './support/connections-server';
import { wsEvent } from './support/events';
import { ROOT, templateNodeOptions } from './support/template';

const run = promisify(execFile);
const toolUse = JSON.parse(readFileSync(join(ROOT, 'test/fixtures/bedrock/tool-use.json'), 'utf8')) as unknown;
const ORIGIN = 'https://shop.example';
const TRIP = 'Masai Mara in August, 2 adults, we love the migration, 7 days, $6000 per person';

/**
 * The shipped bundles, not the sources: each built the way `sam build` builds it (the
 * Makefile's `build-<LogicalId>` target into an ARTIFACTS_DIR outside the repository: no
 * prompts/ folder, no node_modules within reach), then run in a fresh node process with
 * only the environment template.yaml gives a function, against DynamoDB Local and a local
 * `@connections` server.
 */
describe('the Lambda bundles run on their own', () => {
  let out: string;
  let store: TestStore;
  let connections: ConnectionsServer;
  const fileOf = (name: FunctionName) => join(out, name, `${FUNCTIONS[name].entry}.mjs`);

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'trip-bundles-'));
    await Promise.all(FUNCTION_NAMES.map((name) => run('make', [`build-${name}`], { cwd: ROOT, env: { ...process.env, ARTIFACTS_DIR: join(out, name) } })));
    store = await createTestStore();
    connections = await startConnectionsServer();
  }, 120_000);
  afterAll(async () => {
    rmSync(out, { recursive: true, force: true });
    await connections?.close();
    await store?.close();
  });

  /** One warm container: the bundle imported once in a fresh process, then each event handled in turn. */
  async function invokeAll(name: FunctionName, events: unknown[], env: Record<string, string> = {}): Promise<any[]> {
    const script = `const { handler } = await import(${JSON.stringify(pathToFileURL(fileOf(name)).href)}); const out = []; for (const e of ${JSON.stringify(events)}) out.push(await handler(e)); process.stdout.write(JSON.stringify(out));`;
    const { stdout } = await run(process.execPath, [...templateNodeOptions(), '--input-type=module', '-e', script], {
      cwd: out,
      env: {
        PATH: process.env.PATH ?? '',
        TABLE_PREFIX: store.prefix,
        DYNAMODB_ENDPOINT: store.endpoint,
        AWS_REGION: 'eu-west-1',
        LOG_LEVEL: 'silent',
        // The Lambda role's keys arrive as environment variables; the local servers accept any.
        AWS_ACCESS_KEY_ID: 'test',
        AWS_SECRET_ACCESS_KEY: 'test',
        ...env,
      },
    });
    return JSON.parse(stdout) as any[];
  }
  const invoke = async (name: FunctionName, event: unknown, env: Record<string, string> = {}) => (await invokeAll(name, [event], env))[0];
  const frames = (connectionId: string) => connections.posted.filter((p) => p.connectionId === connectionId).map((p) => p.frame);

  async function connect(connectionId: string): Promise<void> {
    const env = { BOOTSTRAP_TENANT_ID: 'acme', ALLOWED_ORIGINS: ORIGIN };
    expect(await invoke('WsConnectFunction', wsEvent('$connect', connectionId, { query: { tenant: 'acme' }, headers: { Origin: ORIGIN } }), env)).toEqual({ statusCode: 200 });
  }

  it('builds one bundle and source map per function, with no zod translation but English', () => {
    for (const name of FUNCTION_NAMES) {
      const code = readFileSync(fileOf(name), 'utf8');
      const map = JSON.parse(readFileSync(`${fileOf(name)}.map`, 'utf8')) as { sources: string[]; sourcesContent?: unknown };
      expect(map.sources.some((s) => s.endsWith('src/handlers/' + FUNCTIONS[name].entry + '.ts')), `${name}: the map points at src/`).toBe(true);
      expect(map.sourcesContent, 'maps without the sources').toBeUndefined();
      const locales = map.sources.map((s) => /zod\/v4\/locales\/([\w-]+)\.js$/.exec(s)?.[1]).filter(Boolean);
      expect(locales.filter((l) => l !== 'en' && l !== 'english-only'), `${name}: no zod locale but English`).toEqual([]);
      expect(code.length).toBeGreaterThan(0);
    }
  });

  /** The source files behind everything a function ships (its entry and every chunk), from their maps. */
  const sourcesOf = (name: FunctionName): string[] =>
    readdirSync(join(out, name), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mjs.map'))
      .flatMap((f) => (JSON.parse(readFileSync(join(out, name, f), 'utf8')) as { sources: string[] }).sources);

  it.each(['WsConnectFunction', 'WsDisconnectFunction', 'WsDefaultFunction'] as const)('%s carries no conversation, model, rules or knowledge pack', (name) => {
    const sources = sourcesOf(name);
    expect(sources.some((s) => s.includes('src/channels/websocket/connection-routes.ts'))).toBe(true);
    const heavy = sources.filter((s) => /src\/agent\/|src\/domain\/rules\/|src\/domain\/knowledge-pack\/|node_modules\/@langchain\/|node_modules\/langsmith\//.test(s));
    expect(heavy).toEqual([]);
  });

  /** What a cold start loads: the entry and the chunks it imports statically, transitively. */
  const startFilesOf = (name: FunctionName): string[] => {
    const files = new Set<string>();
    const visit = (file: string) => {
      if (files.has(file)) return;
      files.add(file);
      // Static imports only (`from"./x.mjs"`, `import"./x.mjs"`); `import("./x.mjs")` loads on demand.
      for (const m of readFileSync(file, 'utf8').matchAll(/(?:\bfrom|\bimport)\s*"(\.\.?\/[^"]+\.mjs)"/g)) visit(join(file, '..', m[1]!));
    };
    visit(fileOf(name));
    return [...files];
  };
  /** The source files behind what a cold start loads. */
  const startSourcesOf = (name: FunctionName): string[] => startFilesOf(name).flatMap((f) => (JSON.parse(readFileSync(`${f}.map`, 'utf8')) as { sources: string[] }).sources);

  it("no function loads Node's HTTP/2 at start: only the Bedrock clients' default handler uses it, in their chunk", () => {
    const importsHttp2 = (file: string) => /(?:\bfrom|\bimport)\s*"(?:node:)?http2"/.test(readFileSync(file, 'utf8'));
    for (const name of FUNCTION_NAMES) expect(startFilesOf(name).filter(importsHttp2), name).toEqual([]);
    const chunks = join(out, 'WsMessageFunction', 'chunks');
    expect(readdirSync(chunks).filter((f) => f.endsWith('.mjs') && importsHttp2(join(chunks, f)))).toEqual([expect.stringMatching(/^bedrock-extraction-/)]);
  });

  it.each(['WsConnectFunction', 'WsDisconnectFunction', 'WsDefaultFunction', 'WsMessageFunction'] as const)('%s validates with zod/mini: no zod namespace loads at start', (name) => {
    const sources = startSourcesOf(name);
    expect(sources.some((s) => s.includes('node_modules/zod/v4/mini/'))).toBe(true);
    expect(sources.filter((s) => s.includes('node_modules/zod/v4/classic/'))).toEqual([]);
  });

  it('$connect and $disconnect load the @connections client only when a frame is sent; $default loads it at start', () => {
    const isClient = (s: string) => s.includes('node_modules/@aws-sdk/client-apigatewaymanagementapi/');
    for (const name of ['WsConnectFunction', 'WsDisconnectFunction'] as const) {
      expect(startSourcesOf(name).filter(isClient), name).toEqual([]);
      expect(sourcesOf(name).some(isClient), `${name} ships it for a failing route's error frame`).toBe(true);
    }
    expect(startSourcesOf('WsDefaultFunction').some(isClient)).toBe(true);
  });

  /** The chunk of the message bundle whose name starts with `prefix` (esbuild names a chunk after its entry module). */
  const messageChunk = (prefix: string) => readdirSync(join(out, 'WsMessageFunction', 'chunks')).find((f) => f.startsWith(prefix) && f.endsWith('.mjs'));
  /** Whether some file of the message bundle names `chunk` in a dynamic `import(...)`. */
  const importedOnDemand = (chunk: string) =>
    readdirSync(join(out, 'WsMessageFunction'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.mjs'))
      .some((f) => new RegExp(`import\\([^)]*${chunk.replace(/[.-]/g, '\\$&')}`).test(readFileSync(join(out, 'WsMessageFunction', f), 'utf8')));

  // The turn's layer: the agent's turn steps, the extractors and models, the prompt, the rules, the pack, LangChain.
  const TURN_LAYER =
    /src\/turn-layer\.ts|src\/handlers\/message-turn\.ts|src\/agent\/(turn|local-model|models)\/|src\/agent\/(prompts|extract-tool|extraction-schema)\.ts|src\/agent\/render\/render-reply\.ts|src\/domain\/(rules|knowledge-pack|state-machines)\/|src\/domain\/merge-trip-inputs\.ts|prompts\/[\w-]+\.md|node_modules\/(@langchain\/|langsmith\/)/;

  it('the message bundle loads no turn layer at start: the agent, rules, pack and models are chunks imported on the first turn', () => {
    const atStart = startSourcesOf('WsMessageFunction');
    // What every invocation uses is there: the WebSocket routes, the conversation service, the store.
    for (const file of ['src/channels/websocket/routes.ts', 'src/agent/conversation/conversation-service.ts', 'src/store/turn-store.ts']) expect(atStart.some((s) => s.includes(file)), file).toBe(true);
    expect(atStart.filter((s) => TURN_LAYER.test(s))).toEqual([]);
    // The bundle still ships all of it, in chunks reached by dynamic imports only.
    const shipped = sourcesOf('WsMessageFunction');
    for (const file of ['src/turn-layer.ts', 'src/agent/turn/run-turn.ts', 'src/domain/rules/decide.ts', 'src/domain/knowledge-pack/index-pack.ts', 'src/agent/local-model/extract.ts', 'prompts/extract-trip-inputs.md']) {
      expect(shipped.some((s) => s.endsWith(file)), file).toBe(true);
    }
    for (const prefix of ['message-turn-', 'run-turn-', 'bedrock-extraction-']) {
      const chunk = messageChunk(prefix);
      expect(chunk, prefix).toBeDefined();
      expect(importedOnDemand(chunk!), `${prefix} is imported on demand`).toBe(true);
    }
    expect(shipped.some((s) => s.includes('node_modules/@langchain/aws/'))).toBe(true);
  });

  it('the message bundle loads its turn layer only when a message is sent: hello and resume never do', async () => {
    for (const id of ['c-lazy-0=', 'c-lazy=', 'c-lazy-2=']) await connect(id);
    // A session with a reply to replay, from another container.
    const env = { MODEL_PROVIDER: 'local', WEBSOCKET_MANAGEMENT_ENDPOINT: connections.endpoint };
    await invokeAll('WsMessageFunction', [wsEvent('hello', 'c-lazy-0=', { body: { action: 'hello' } }), wsEvent('sendMessage', 'c-lazy-0=', { body: { action: 'sendMessage', client_message_id: 'm0', text: TRIP } })], env);
    const earlier = frames('c-lazy-0=').find((f) => f.type === 'session')!;
    const events = {
      hello: wsEvent('hello', 'c-lazy=', { body: { action: 'hello' } }),
      resume: wsEvent('hello', 'c-lazy-2=', { body: { action: 'hello', session_id: earlier.session_id } }),
      message: wsEvent('sendMessage', 'c-lazy=', { body: { action: 'sendMessage', client_message_id: 'm1', text: TRIP } }),
    };
    // Node's module hooks see every module the process loads: which of the bundle's on-demand
    // chunks are loaded after each event, in one container.
    const script = `
      import { registerHooks } from 'node:module';
      const loaded = [];
      registerHooks({ load(url, context, next) { loaded.push(url.slice(url.lastIndexOf('/') + 1)); return next(url, context); } });
      const { handler } = await import(${JSON.stringify(pathToFileURL(fileOf('WsMessageFunction')).href)});
      const out = {};
      for (const [name, event] of Object.entries(${JSON.stringify(events)})) {
        await handler(event);
        out[name] = loaded.filter((f) => /^(message-turn|run-turn|bedrock-extraction)-/.test(f)).map((f) => f.replace(/-[^-]+$/, ''));
      }
      process.stdout.write(JSON.stringify(out));`;
    const { stdout } = await run(process.execPath, [...templateNodeOptions(), '--input-type=module', '-e', script], {
      cwd: out,
      env: { PATH: process.env.PATH ?? '', TABLE_PREFIX: store.prefix, DYNAMODB_ENDPOINT: store.endpoint, AWS_REGION: 'eu-west-1', LOG_LEVEL: 'silent', AWS_ACCESS_KEY_ID: 'test', AWS_SECRET_ACCESS_KEY: 'test', ...env },
    });
    const seen = JSON.parse(stdout) as Record<string, string[]>;
    expect(seen).toEqual({ hello: [], resume: [], message: expect.arrayContaining(['message-turn', 'run-turn']) });
    expect(seen.message).not.toContain('bedrock-extraction');
    // Each did its work: a new session, the earlier reply replayed, the message answered.
    expect(frames('c-lazy=')).toContainEqual(expect.objectContaining({ type: 'session', resumed: false }));
    expect(frames('c-lazy-2=').filter((f) => f.type === 'reply')).toHaveLength(1);
    expect(frames('c-lazy=').filter((f) => f.type === 'reply')).toHaveLength(1);
  });

  it('the $default bundle answers a ping on a connection the $connect bundle stored', async () => {
    await connect('c-ping=');
    const result = await invoke('WsDefaultFunction', wsEvent('ping', 'c-ping=', { body: { action: 'ping' } }), { WEBSOCKET_MANAGEMENT_ENDPOINT: connections.endpoint });
    expect(result).toEqual({ statusCode: 200 });
    expect(frames('c-ping=')).toContainEqual({ type: 'pong' });
    await expect(invoke('WsDefaultFunction', wsEvent('hello', 'c-ping=', { body: { action: 'hello' } }))).rejects.toThrow(/does not serve route hello/);
  });

  it('the $connect bundle (connection routes only) seeds the stack tenant and checks the origin', async () => {
    const env = { BOOTSTRAP_TENANT_ID: 'acme', ALLOWED_ORIGINS: ORIGIN };
    expect(await invoke('WsConnectFunction', wsEvent('$connect', 'c1=', { query: { tenant: 'acme' }, headers: { Origin: ORIGIN } }), env)).toEqual({ statusCode: 200 });
    expect((await invoke('WsConnectFunction', wsEvent('$connect', 'c2=', { query: { tenant: 'acme' }, headers: { Origin: 'https://evil.example' } }), env)).statusCode).toBe(403);
    const repos = createRepositories(store.ctx);
    expect(await repos.connections.resolve('c1=')).toMatchObject({ tenant_id: 'acme' });
    expect((await repos.tenants.get('acme'))?.allowed_origins).toEqual([ORIGIN]);
  });

  it('the message bundle runs a real turn with the embedded model: session, reply with a decision, stored', async () => {
    await connect('c-local=');
    const results = await invokeAll(
      'WsMessageFunction',
      [wsEvent('hello', 'c-local=', { body: { action: 'hello' } }), wsEvent('sendMessage', 'c-local=', { body: { action: 'sendMessage', client_message_id: 'm1', text: TRIP } })],
      { MODEL_PROVIDER: 'local', WEBSOCKET_MANAGEMENT_ENDPOINT: connections.endpoint },
    );
    expect(results).toEqual([{ statusCode: 200 }, { statusCode: 200 }]);
    const session = frames('c-local=').find((f) => f.type === 'session');
    expect(session).toMatchObject({ resumed: false });
    const reply = frames('c-local=').find((f) => f.type === 'reply');
    expect(reply?.text).toEqual(expect.any(String));
    expect(reply?.decision).toEqual(expect.objectContaining({ decision_id: expect.any(String) }));
    const repos = createRepositories(store.ctx);
    const lead = (await repos.sessions.get('acme', String(session!.session_id)))!.lead_id!;
    const decisions = (await repos.decisions.listByLead('acme', lead)).items;
    expect(decisions).toHaveLength(1);
    expect(decisions[0]).toMatchObject({ ai_used: false, ai_trace: { model: expect.stringMatching(/^local:/) } });
  });

  it('the message bundle runs a turn through Bedrock (a recorded Converse endpoint) when configured', async () => {
    const converse = await startConverseServer([{ status: 200, body: toolUse }]);
    try {
      await connect('c-bedrock=');
      const env = { MODEL_PROVIDER: 'bedrock', BEDROCK_MODEL_ID: 'anthropic.claude-test', BEDROCK_ENDPOINT: converse.endpoint, WEBSOCKET_MANAGEMENT_ENDPOINT: connections.endpoint };
      await invokeAll('WsMessageFunction', [wsEvent('hello', 'c-bedrock=', { body: { action: 'hello' } }), wsEvent('sendMessage', 'c-bedrock=', { body: { action: 'sendMessage', client_message_id: 'm1', text: TRIP } })], env);
      expect(converse.requests.map((r) => r.path)).toEqual([`/model/${encodeURIComponent('anthropic.claude-test')}/converse`]);
      const session = frames('c-bedrock=').find((f) => f.type === 'session')!;
      expect(frames('c-bedrock=').filter((f) => f.type === 'reply')).toHaveLength(1);
      const repos = createRepositories(store.ctx);
      const lead = (await repos.sessions.get('acme', String(session.session_id)))!.lead_id!;
      const [decision] = (await repos.decisions.listByLead('acme', lead)).items;
      // ai_trace keeps what the model reported using (tool-use.json: 1184 in, 61 out, no cache).
      expect(decision).toMatchObject({ ai_used: true, ai_trace: { model: 'bedrock:anthropic.claude-test', tokens: { input: 1184, output: 61, cache_read: 0, cache_write: 0 } } });
    } finally {
      await converse.close();
    }
  });

  it('the message bundle refuses a route that is not its own, with a stack trace naming the source line', async () => {
    // The line of src/handlers/message-function.ts that throws, as the bundle's own mapping prints it (template.yaml sets no --enable-source-maps).
    const line = readFileSync(join(ROOT, 'src/handlers/message-function.ts'), 'utf8').split('\n').findIndex((l) => l.includes('does not serve route')) + 1;
    await expect(invoke('WsMessageFunction', wsEvent('ping', 'c1=', { body: { action: 'ping' } }), { MODEL_PROVIDER: 'bedrock', BEDROCK_MODEL_ID: 'anthropic.claude-test' })).rejects.toThrow(
      new RegExp(`does not serve route ping\\n\\s+at (?:.*\\()?src/handlers/message-function\\.ts:${line}:\\d+\\)?\\n`),
    );
  });

  it('the sweep bundle runs a sweep', async () => {
    expect(await invoke('SweepFunction', { source: 'aws.events', 'detail-type': 'Scheduled Event' }, { DORMANCY_DAYS: '30' })).toEqual({ dormant: 0, followups: 0, delivered: 0, skipped: 0 });
  });
});
