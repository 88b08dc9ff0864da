/**
 * Test harness: a real HTTP server on port 0 with the local gateway attached,
 * real `ws` clients, and the real ApiGatewayManagementApiClient pointed at it.
 */
import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiGatewayManagementApiClient } from '@aws-sdk/client-apigatewaymanagementapi';
import { WebSocket, type ClientOptions } from 'ws';
import type { HandlerResult, WebSocketEvent } from '../../../src/channels/websocket/api-gateway-event';
import { createLocalGateway, type LocalGateway, type LocalGatewayOptions } from '../../../src/local/gateway/local-gateway';

export type Responder = (event: WebSocketEvent) => Promise<HandlerResult>;

export interface Harness {
  gateway: LocalGateway;
  server: http.Server;
  baseUrl: string;
  wsUrl: string;
  /** Every event the handler received, in call order. */
  events: WebSocketEvent[];
  logs: string[];
  /** What the handler does after recording the event; replace per test. */
  respond: Responder;
  /** An SDK client on `endpoint` (default: the gateway's staged endpoint). */
  sdk(endpoint?: string): ApiGatewayManagementApiClient;
  /** Resolves with the first recorded event (past or future) matching `match`. */
  waitForEvent(match: (e: WebSocketEvent) => boolean): Promise<WebSocketEvent>;
  stop(): Promise<void>;
}

const ok: Responder = async () => ({ statusCode: 200 });

/** Starts a server with the gateway on 127.0.0.1:0. */
export async function startHarness(opts: Omit<LocalGatewayOptions, 'handler'> = {}): Promise<Harness> {
  const events: WebSocketEvent[] = [];
  const logs: string[] = [];
  const waiters: Array<{ match: (e: WebSocketEvent) => boolean; resolve: (e: WebSocketEvent) => void }> = [];
  const harness = {} as Harness;
  harness.respond = ok;
  const gateway = createLocalGateway({
    ...opts,
    log: (line) => logs.push(line),
    handler: async (event) => {
      events.push(event);
      for (const w of [...waiters]) {
        if (w.match(event)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(event);
        }
      }
      return harness.respond(event);
    },
  });
  const server = http.createServer((req, res) => {
    void gateway.handleManagementRequest(req, res).then((handled) => {
      if (!handled) res.writeHead(404, { 'content-type': 'text/plain' }).end('not the gateway');
    });
  });
  gateway.attach(server);
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  const clients: ApiGatewayManagementApiClient[] = [];
  Object.assign(harness, {
    gateway,
    server,
    baseUrl,
    wsUrl: `ws://127.0.0.1:${port}/ws`,
    events,
    logs,
    sdk(endpoint = gateway.managementEndpoint(baseUrl)) {
      const client = new ApiGatewayManagementApiClient({
        endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId: 'AKIDLOCAL', secretAccessKey: 'local-secret' },
      });
      clients.push(client);
      return client;
    },
    waitForEvent(match: (e: WebSocketEvent) => boolean) {
      const seen = events.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise<WebSocketEvent>((resolve) => waiters.push({ match, resolve }));
    },
    async stop() {
      for (const c of clients) c.destroy();
      await gateway.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  });
  return harness;
}

/** A connected client that collects its incoming text frames and its close. */
export interface TestClient {
  socket: WebSocket;
  frames: string[];
  nextFrame(): Promise<string>;
  closed: Promise<{ code: number; reason: string }>;
}

/** Opens a client; rejects with `Unexpected server response: <status>` when the handshake is refused. */
export function connectClient(url: string, options: ClientOptions & { protocols?: string[] } = {}): Promise<TestClient> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, options.protocols ?? [], options);
    const frames: string[] = [];
    const pending: Array<(frame: string) => void> = [];
    let read = 0;
    socket.on('message', (data) => {
      const frame = (data as Buffer).toString('utf8');
      frames.push(frame);
      const waiter = pending.shift();
      if (waiter) {
        read++;
        waiter(frame);
      }
    });
    const closed = new Promise<{ code: number; reason: string }>((res) =>
      socket.on('close', (code, reason) => res({ code, reason: reason.toString('utf8') })),
    );
    socket.once('error', reject);
    socket.once('open', () => {
      socket.off('error', reject);
      socket.on('error', () => {});
      resolve({
        socket,
        frames,
        closed,
        nextFrame() {
          if (read < frames.length) return Promise.resolve(frames[read++]!);
          return new Promise((res) => pending.push(res));
        },
      });
    });
  });
}

/** The HTTP status a refused handshake produced. */
export async function refusedStatus(url: string, options: ClientOptions = {}): Promise<number> {
  try {
    const client = await connectClient(url, options);
    client.socket.close();
  } catch (err) {
    const match = /Unexpected server response: (\d+)/.exec((err as Error).message);
    if (match) return Number(match[1]);
    throw err;
  }
  throw new Error('the handshake was accepted');
}

/** A promise with its resolve function, for handlers that wait on a test. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((res) => (resolve = res));
  return { promise, resolve };
}
