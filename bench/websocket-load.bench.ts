/**
 * Issue #5's load run: 100 concurrent WebSocket clients x 10 turns against the local
 * stack running as its own process (so its memory is measured without the DynamoDB
 * Local JVM, which runs beside it). Prints turns/s, ack and reply latency, lost and
 * duplicated replies, turns/s as a ratio of the engine's raw TransactWriteItems/s
 * measured in the same run, and the server's peak RSS.
 */
import type { ChildProcess } from 'node:child_process';
import WebSocket from 'ws';
import { figure, percentile } from './format';
import { cpuSeconds, javaPid, peakRssMb } from './proc';
import { rawTransactWritesPerSecond } from './raw-transactions';
import { FLOOR_COMMIT_ITEMS, turnFloorPerSecond } from './turn-floor';
import { putLoadTenant, startLoadEngine, startStackProcess } from './load-stack';

const CLIENTS = 100;
const TURNS = 10;
/** The conversation each load client has (bench/relay.bench.ts texts the same one). */
export const SCRIPT = [
  'hi',
  'Masai Mara in August',
  'we are 2 adults',
  'for 7 days',
  'budget $5000 per person',
  'we love the migration',
  'actually make it September',
  'budget $6000 per person',
  'add one more adult',
  'thanks!',
];

export interface ClientStats {
  ack: number[];
  reply: number[];
  lost: number;
  duplicated: number;
  errors: number;
}

/** One traveler: hello, then TURNS messages, each sent once its previous reply arrived. */
export async function traveler(url: string, index: number, stats: ClientStats): Promise<void> {
  const ws = new WebSocket(url);
  const pending = new Map<string, { sent: number; acked: boolean; replies: number }>();
  const ackWaiters = new Map<string, string>(); // message_id -> client_message_id
  let resolveReply: (() => void) | undefined;
  ws.on('message', (data) => {
    const f = JSON.parse(data.toString());
    if (f.type === 'ack') {
      const p = pending.get(f.client_message_id);
      if (p && !p.acked) {
        p.acked = true;
        stats.ack.push(performance.now() - p.sent);
        ackWaiters.set(f.message_id, f.client_message_id);
      }
    } else if (f.type === 'reply') {
      const cmid = ackWaiters.get(f.reply_to);
      const p = cmid ? pending.get(cmid) : undefined;
      if (!p) return;
      p.replies += 1;
      if (p.replies === 1) stats.reply.push(performance.now() - p.sent);
      else stats.duplicated += 1;
      resolveReply?.();
    } else if (f.type === 'error') {
      stats.errors += 1;
      resolveReply?.();
    }
  });
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  for (let t = 0; t < TURNS; t++) {
    const id = `c${index}-t${t}`;
    pending.set(id, { sent: performance.now(), acked: false, replies: 0 });
    const answered = new Promise<void>((resolve) => {
      resolveReply = resolve;
      setTimeout(resolve, 60_000).unref();
    });
    ws.send(JSON.stringify({ action: 'sendMessage', client_message_id: id, text: SCRIPT[t % SCRIPT.length] }));
    await answered;
  }
  await new Promise((r) => setTimeout(r, 200)); // let any duplicate show up
  for (const p of pending.values()) if (p.replies === 0) stats.lost += 1;
  ws.close();
}

export async function run(): Promise<void> {
  const prefix = 'load';
  const engine = await startLoadEngine(prefix);
  const { doc, tables } = engine;
  let server: ChildProcess | undefined;
  try {
    await putLoadTenant(doc, tables, 'loadtest');

    // A cold JVM runs its first transactions slower: warm it first, so the engine's figure is its real one.
    await rawTransactWritesPerSecond(doc, tables.inbound_dedupe, 500, 50);
    const raw = await rawTransactWritesPerSecond(doc, tables.inbound_dedupe, 1000, 50);
    const floor = await turnFloorPerSecond(doc, tables, 600, 16);
    const leanFloor = await turnFloorPerSecond(doc, tables, 600, 16, true);

    let base: string;
    ({ server, base } = await startStackProcess({ endpoint: engine.endpoint, prefix, nodeFlags: (process.env.SERVER_NODE_FLAGS ?? '').split(' ').filter(Boolean) }));
    const url = `${base.replace('http', 'ws')}/ws?tenant=loadtest`;

    const stats: ClientStats = { ack: [], reply: [], lost: 0, duplicated: 0, errors: 0 };
    const serverCpu0 = cpuSeconds(server.pid!);
    const jvm = javaPid(engine.pid);
    const engineCpu0 = cpuSeconds(jvm);
    const start = performance.now();
    await Promise.all(Array.from({ length: CLIENTS }, (_, i) => traveler(url, i, stats)));
    const seconds = (performance.now() - start) / 1000;
    const serverCpuMs = ((cpuSeconds(server.pid!) - serverCpu0) * 1000) / Math.max(1, stats.reply.length);
    const engineCpuMs = ((cpuSeconds(jvm) - engineCpu0) * 1000) / Math.max(1, stats.reply.length);
    const turns = stats.reply.length;
    const turnsPerSecond = turns / seconds;

    figure(`turns answered (${CLIENTS} clients x ${TURNS} turns)`, turns);
    figure('turns/s', turnsPerSecond, '/s');
    figure('ack p50', percentile(stats.ack, 50), 'ms');
    figure('ack p99', percentile(stats.ack, 99), 'ms');
    figure('reply p50', percentile(stats.reply, 50), 'ms');
    figure('reply p99', percentile(stats.reply, 99), 'ms');
    figure('lost replies', stats.lost, '', { text: '0', met: stats.lost === 0 });
    figure('duplicated replies', stats.duplicated, '', { text: '0', met: stats.duplicated === 0 });
    figure('error frames', stats.errors);
    // Where a turn's time goes on this machine: both processes share its two cores.
    figure('server CPU per turn', serverCpuMs, 'ms');
    figure('DynamoDB Local CPU per turn', engineCpuMs, 'ms');
    figure('engine raw TransactWriteItems/s (2 items, 50 in flight)', raw, '/s');
    const ratio = turnsPerSecond / raw;
    figure('turns/s as a ratio of raw TransactWriteItems/s', ratio, '', { text: '>= 0.5', met: ratio >= 0.5 });
    // Ceilings: this design's turn I/O alone, no product code, 16 turns in flight, measured
    // before the server starts (no CPU shared with it); and the same I/O written into one
    // table declaring no index, the cheapest data design on this engine (bench/turn-floor.ts).
    figure(`engine floor: this design's turn I/O alone (2 + ${FLOOR_COMMIT_ITEMS} items), turns/s`, floor, '/s');
    figure('engine floor as a ratio of raw TransactWriteItems/s', floor / raw);
    figure('lean floor: the same I/O in one table without indexes, turns/s', leanFloor, '/s');
    figure('lean floor as a ratio of raw TransactWriteItems/s', leanFloor / raw);
    figure('product turns/s as a share of the engine floor', turnsPerSecond / floor);
    const rss = peakRssMb(server.pid!);
    figure('server peak RSS (without the JVM)', rss, 'MB', { text: '<= 300 MB', met: rss <= 300 });
  } finally {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((r) => server!.once('exit', r));
    }
    await engine.stop();
  }
}
