import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { getRequestListener } from '@hono/node-server';
import type { Hono } from 'hono';
import { buildApp, demoTenant, type App } from '../app';
import { createStaffApp } from '../channels/staff/app';
import { DEMO_STAFF_ADMIN } from '../channels/staff/demo-sign-in';
import { loadConfig, type Config } from '../config';
import { openStore, type OpenStore } from '../store/open-store';
import { createLocalGateway, type GatewayLimits, type LocalGateway } from './gateway/local-gateway';
import { mountLocalRelays, type LocalRelays } from './relays';
import type { SweepJob } from '../jobs/sweep-job';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DEMO_DIR = `${ROOT}widget/demo/`;

export interface LocalStackOptions {
  /** 0 picks a free port. Default: the configuration's PORT. */
  port?: number;
  /** Keep data in memory (tests) instead of DATA_DIR. */
  inMemory?: boolean;
  /** Take this instant as now (relative dates, seasons); as the NOW variable. */
  now?: string;
  /** Configuration; default: parsed from the environment. */
  config?: Config;
  gatewayLimits?: GatewayLimits;
  log?: (line: string) => void;
}

export interface LocalStack {
  url: string;
  wsUrl: string;
  dynamoEndpoint?: string;
  app: App;
  gateway: LocalGateway;
  store: OpenStore;
  /** The dormancy sweep and follow-ups, as the timer runs them (SWEEP_INTERVAL_MINUTES; 0 = never on its own). */
  sweep: SweepJob;
  /** SMS and WhatsApp: the relays and the local provider emulator (its outbox). */
  relays: LocalRelays;
  /** The phone page: text the agent by SMS or WhatsApp. */
  phoneUrl: string;
  /** Stops accepting, lets running turns finish, closes sockets, stops the engine. */
  stop(): Promise<void>;
}

/** The widget bundle, built from widget/ at start (esbuild takes milliseconds). */
async function buildWidgetBundle(log: (line: string) => void): Promise<string | undefined> {
  const builder = `${ROOT}widget/build.ts`;
  if (!existsSync(builder)) return undefined;
  try {
    const mod = (await import(pathToFileURL(builder).href)) as { buildWidget: (o?: { minify?: boolean }) => Promise<{ code: string }> };
    return (await mod.buildWidget({ minify: true })).code;
  } catch (err) {
    log(`widget build failed: ${(err as Error).message}`);
    return undefined;
  }
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
};

/** How often the local stack looks for stored messages left unanswered. */
const REDRIVE_INTERVAL_MS = 10_000;

/** How long a stop waits for running turns before it closes everything anyway. */
const STOP_DEADLINE_MS = 25_000;

/** The local stack's own pages, mounted on the application's HTTP routes: the widget bundle and the demo page. */
function mountDemo(http: Hono, widget: string | undefined): void {
  http.get('/widget.js', (c) => {
    if (!widget) return c.text('widget not built', 404);
    return c.body(widget, 200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-cache' });
  });
  const serveDemo = async (file: string) => {
    if (!/^[a-z0-9][a-z0-9._-]*$/i.test(file) || file.includes('..')) return undefined;
    try {
      return await readFile(`${DEMO_DIR}${file}`);
    } catch {
      return undefined;
    }
  };
  http.get('/', async (c) => {
    const page = await serveDemo('index.html');
    return page ? c.body(new Uint8Array(page), 200, { 'content-type': CONTENT_TYPES['.html']! }) : c.text('Trip decision agent: the demo page is not built yet.', 200);
  });
  http.get('/demo/:file', async (c) => {
    const file = c.req.param('file');
    const body = await serveDemo(file);
    if (!body) return c.text('not found', 404);
    const ext = file.slice(file.lastIndexOf('.'));
    return c.body(new Uint8Array(body), 200, { 'content-type': CONTENT_TYPES[ext] ?? 'application/octet-stream' });
  });
}

/**
 * The whole product as one local process (ARCHITECTURE.md "Local and AWS"): DynamoDB
 * Local, the WebSocket gateway at /ws with its @connections API, the HTTP routes, and
 * the same application the Lambda handlers build — on one port.
 */
export async function startLocalStack(opts: LocalStackOptions = {}): Promise<LocalStack> {
  const base = opts.config ?? loadConfig();
  const config: Config = { ...base, ...(opts.now ? { NOW: opts.now } : {}) };
  const log = opts.log ?? (() => {});
  const store = await openStore({
    region: config.AWS_REGION,
    ...(config.DYNAMODB_ENDPOINT ? { endpoint: config.DYNAMODB_ENDPOINT } : {}),
    embedded: config.DYNAMODB_ENDPOINT ? false : opts.inMemory ? { inMemory: true } : { dataDir: config.DATA_DIR },
    tablePrefix: config.TABLE_PREFIX,
    createTables: true,
    // The embedded engine is restarted whenever it dies (src/store/engine/supervisor.ts); its restarts are logged here.
    log,
  });

  let gateway: LocalGateway | undefined;
  let baseUrl = '';
  const app = buildApp({
    config,
    store: store.ctx,
    managementEndpoint: () => gateway!.managementEndpoint(baseUrl),
    managementCredentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    log,
  });
  await app.repos.tenants.put(demoTenant(app.clock()));
  // The staff API and console (issue 13) on the app's routes, over the app's store, clock, ids and rules.
  // Mounted here and by StaffFunction, not in buildApp: the WebSocket and relay Lambdas never load them.
  app.http.route(
    '/',
    createStaffApp({
      store: store.ctx,
      clock: app.clock,
      ids: app.ids,
      rules: { decide: app.turn.decide, logicVersion: app.turn.logicVersion },
      staticTokens: [{ token: config.DEMO_STAFF_TOKEN, member: DEMO_STAFF_ADMIN }],
      log,
    }),
  );

  gateway = createLocalGateway({ handler: app.handleWebSocket, path: '/ws', ...(opts.gatewayLimits ? { limits: opts.gatewayLimits } : {}), log });
  mountDemo(app.http, await buildWidgetBundle(log));
  // SMS and WhatsApp relays, the provider emulator and the phone page (issue 12).
  const relays = mountLocalRelays(app, { config, store: store.ctx, baseUrl: () => baseUrl, log });
  // One port: the WebSocket upgrade and the local @connections API go to the gateway,
  // every other HTTP request to the application's routes.
  const listener = getRequestListener(app.http.fetch);
  const server: Server = createServer(async (req, res) => {
    if (await gateway!.handleManagementRequest(req, res)) return;
    await listener(req, res);
  });
  gateway.attach(server);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? config.PORT, config.HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://${config.HOST}:${port}`;

  // Dormancy sweep and follow-ups (issue #7): the app's job, the one EventBridge runs on AWS, here on a timer.
  const sweep = app.sweep;
  let sweeping = false;
  const sweepTimer =
    config.SWEEP_INTERVAL_MINUTES > 0
      ? setInterval(() => {
          if (sweeping) return; // a slow sweep is never overlapped by the next tick
          sweeping = true;
          sweep()
            .then((r) => log(`sweep: ${JSON.stringify(r)}`), (err: unknown) => log(`sweep failed: ${(err as Error).message}`))
            .finally(() => (sweeping = false));
        }, config.SWEEP_INTERVAL_MINUTES * 60_000)
      : undefined;
  sweepTimer?.unref();
  // Stored messages left unanswered (a store write that outlived its timeout, a crash
  // between store and answer) are answered without a resend: src/jobs/redrive-unanswered.ts.
  let redriving = false;
  const redriveTimer = setInterval(() => {
    if (redriving) return;
    redriving = true;
    app
      .redrive()
      .catch((err: unknown) => log(`re-drive failed: ${(err as Error).message}`))
      .finally(() => (redriving = false));
  }, REDRIVE_INTERVAL_MS);
  redriveTimer.unref();

  let stopped: Promise<void> | undefined;
  return {
    url: baseUrl,
    wsUrl: `ws://${config.HOST}:${port}/ws`,
    ...(store.endpoint ? { dynamoEndpoint: store.endpoint } : {}),
    app,
    gateway,
    store,
    sweep,
    relays,
    phoneUrl: `${baseUrl}/phone`,
    stop() {
      stopped ??= (async () => {
        clearInterval(sweepTimer);
        clearInterval(redriveTimer);
        // Refuse new connections, sessions and messages; let frames already taken finish,
        // their turns commit and their replies go out through @connections on this same
        // server (so it keeps listening until then); then close the sockets, the HTTP
        // server and the engine. Bounded: a turn stuck past the deadline is cut off
        // uncommitted (its message stays stored, answered after the restart).
        app.stopAccepting();
        const deadline = Date.now() + STOP_DEADLINE_MS;
        await gateway!.drain(STOP_DEADLINE_MS);
        await Promise.race([app.queue.drain(), new Promise((r) => setTimeout(r, Math.max(0, deadline - Date.now())).unref())]);
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        await gateway!.close();
        server.closeAllConnections();
        await closed;
        await store.close();
      })();
      return stopped;
    },
  };
}
