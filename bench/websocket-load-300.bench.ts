/**
 * Issue 16's load run: 300 concurrent WebSocket clients × 2 messages against the local
 * stack as its own process, started with `npm start`'s node flags (read from package.json,
 * so they are stated once). Prints lost and duplicated replies, reply latency and the
 * server's peak RSS (without the DynamoDB Local JVM, which runs beside it).
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import WebSocket from 'ws';
import { figure, percentile } from './format';
import { peakRssMb } from './proc';
import { putLoadTenant, startLoadEngine, startStackProcess } from './load-stack';

const CLIENTS = 300;
const MESSAGES = ['Masai Mara in August, 2 adults, 7 days', 'budget $5000 per person'];
const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The node flags `npm start` runs the server with. */
function startFlags(): string[] {
  const start = (JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { scripts: { start: string } }).scripts.start;
  return start.split(/\s+/).filter((t) => t.startsWith('--'));
}

interface Stats {
  reply: number[];
  lost: number;
  duplicated: number;
  errors: number;
}

/** One traveler: each message sent once the one before is answered. */
async function traveler(url: string, index: number, stats: Stats): Promise<void> {
  const ws = new WebSocket(url);
  const replies = new Map<string, number>(); // message_id -> replies
  const ids = new Map<string, string>(); // client_message_id -> message_id
  let settle: (() => void) | undefined;
  ws.on('message', (data) => {
    const f = JSON.parse(data.toString());
    if (f.type === 'ack') ids.set(f.client_message_id, f.message_id);
    else if (f.type === 'reply') {
      const n = (replies.get(f.reply_to) ?? 0) + 1;
      replies.set(f.reply_to, n);
      if (n > 1) stats.duplicated += 1;
      else settle?.();
    } else if (f.type === 'error') {
      stats.errors += 1;
      settle?.();
    }
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  for (const [m, text] of MESSAGES.entries()) {
    const sent = performance.now();
    const done = new Promise<void>((resolve) => {
      settle = resolve;
      setTimeout(resolve, 120_000).unref();
    });
    ws.send(JSON.stringify({ action: 'sendMessage', client_message_id: `c${index}-${m}`, text }));
    await done;
    const id = ids.get(`c${index}-${m}`);
    if (id && replies.get(id)) stats.reply.push(performance.now() - sent);
  }
  await new Promise((r) => setTimeout(r, 500)); // let any duplicate show up
  for (const [m] of MESSAGES.entries()) {
    const id = ids.get(`c${index}-${m}`);
    if (!id || !replies.get(id)) stats.lost += 1;
  }
  ws.close();
}

export async function run(): Promise<void> {
  const prefix = 'load300';
  const engine = await startLoadEngine(prefix);
  const { doc, tables } = engine;
  let server: ChildProcess | undefined;
  try {
    await putLoadTenant(doc, tables, 'loadtest');
    const flags = startFlags();
    let base: string;
    ({ server, base } = await startStackProcess({ endpoint: engine.endpoint, prefix, nodeFlags: flags }));
    const url = `${base.replace('http', 'ws')}/ws?tenant=loadtest`;
    const stats: Stats = { reply: [], lost: 0, duplicated: 0, errors: 0 };
    const start = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => traveler(url, i, stats)));
    const seconds = (performance.now() - start) / 1000;
    figure(`300 clients × ${MESSAGES.length} messages: replies`, stats.reply.length);
    figure('300 clients: turns/s', stats.reply.length / seconds, '/s');
    figure('300 clients: reply p50', percentile(stats.reply, 50), 'ms');
    figure('300 clients: reply p99', percentile(stats.reply, 99), 'ms');
    figure('300 clients: lost replies', stats.lost, '', { text: '0', met: stats.lost === 0 });
    figure('300 clients: duplicated replies', stats.duplicated, '', { text: '0', met: stats.duplicated === 0 });
    figure('300 clients: error frames', stats.errors);
    const rss = peakRssMb(server.pid!);
    figure(`300 clients: server peak RSS (without the JVM; node ${flags.join(' ') || 'defaults'})`, rss, 'MB', { text: '<= 300 MB', met: rss <= 300 });
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server!.once('exit', r));
    }
    await engine.stop();
  }
}
