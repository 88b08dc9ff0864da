/**
 * Issue 12's relay run: signed SMS webhooks, 50 travelers in flight, each texting the
 * load script one message at a time (the next once the TwiML answer came), against the
 * local stack as its own process. Prints answered/s, p50/p99 time to the TwiML answer,
 * lost and duplicated answers, and answered/s as a ratio of a WebSocket load run's
 * turns/s in the same run, on the same server, at the same concurrency (a relay should
 * add no real cost to a turn).
 */
import type { ChildProcess } from 'node:child_process';
import { twilioSignature } from '../src/channels/relay/signatures';
import { DEMO_TWILIO, demoRelays } from '../src/local/relays';
import { loadConfig } from '../src/config';
import { figure, percentile } from './format';
import { putLoadTenant, startLoadEngine, startStackProcess } from './load-stack';
import { SCRIPT, traveler, type ClientStats } from './websocket-load.bench';

const IN_FLIGHT = 50;
const TURNS = SCRIPT.length;
const WARMUP = 5;
const TENANT = 'loadtest';
const TOKEN = loadConfig({}).DEMO_TWILIO_AUTH_TOKEN;

interface RelayStats {
  answer: number[];
  /** Answers that carried a message in TwiML. */
  twiml: number;
  empty: number;
  errors: number;
}

/** One texting traveler: TURNS signed SMS from one number, each after the previous answer. */
async function texter(base: string, from: string, stats: RelayStats): Promise<void> {
  const url = `${base}/relay/twilio/${TENANT}`;
  for (let t = 0; t < TURNS; t++) {
    const sid = `SM${Buffer.from(`${from}-${t}-${Math.random()}`).toString('hex').padEnd(32, '0').slice(0, 32)}`;
    const params: Array<[string, string]> = [
      ['MessageSid', sid], ['AccountSid', DEMO_TWILIO.accountSid], ['From', from], ['To', DEMO_TWILIO.smsNumber],
      ['Body', SCRIPT[t]!], ['NumMedia', '0'], ['NumSegments', '1'], ['SmsStatus', 'received'], ['ApiVersion', '2010-04-01'],
    ];
    const started = performance.now();
    try {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(TOKEN, url, params) },
        body: new URLSearchParams(params).toString(),
        signal: AbortSignal.timeout(15_000),
      });
      const xml = await res.text();
      stats.answer.push(performance.now() - started);
      if (!res.ok) stats.errors += 1;
      else if (xml.includes('<Message>')) stats.twiml += 1;
      else stats.empty += 1;
    } catch {
      stats.errors += 1;
    }
  }
}

export async function run(): Promise<void> {
  const prefix = 'relay';
  const engine = await startLoadEngine(prefix);
  const { doc, tables } = engine;
  let server: ChildProcess | undefined;
  try {
    await putLoadTenant(doc, tables, TENANT, { relays: demoRelays(loadConfig({})) });
    let base: string;
    ({ server, base } = await startStackProcess({ endpoint: engine.endpoint, prefix, env: { SWEEP_INTERVAL_MINUTES: '0' } }));
    const number = (i: number, phase: string) => `+2547${phase}${String(i).padStart(7, '0')}`;

    // Warm both paths (JIT, caches, the engine's first transactions) before measuring either.
    await Promise.all([
      ...Array.from({ length: WARMUP }, (_, i) => texter(base, number(i, '9'), { answer: [], twiml: 0, empty: 0, errors: 0 })),
      ...Array.from({ length: WARMUP }, (_, i) => traveler(`${base.replace('http', 'ws')}/ws?tenant=${TENANT}`, 10_000 + i, { ack: [], reply: [], lost: 0, duplicated: 0, errors: 0 })),
    ]);

    const ws: ClientStats = { ack: [], reply: [], lost: 0, duplicated: 0, errors: 0 };
    let start = performance.now();
    await Promise.all(Array.from({ length: IN_FLIGHT }, (_, i) => traveler(`${base.replace('http', 'ws')}/ws?tenant=${TENANT}`, i, ws)));
    // The WebSocket client waits 200 ms after its last reply to catch duplicates: not turn time.
    const wsSeconds = (performance.now() - start - 200) / 1000;
    const wsPerSecond = ws.reply.length / wsSeconds;

    const relay: RelayStats = { answer: [], twiml: 0, empty: 0, errors: 0 };
    start = performance.now();
    await Promise.all(Array.from({ length: IN_FLIGHT }, (_, i) => texter(base, number(i, '1'), relay)));
    const relaySeconds = (performance.now() - start) / 1000;
    // Replies that went out by REST (an answer over the budget) are in the outbox; any beyond the
    // messages sent are duplicates, and a message with neither kind of answer is lost.
    await new Promise((r) => setTimeout(r, 1000));
    let rest = 0;
    let duplicated = 0;
    let lost = 0;
    for (let i = 0; i < IN_FLIGHT; i++) {
      const out = (await (await fetch(`${base}/_local/outbox?to=${encodeURIComponent(number(i, '1'))}`)).json()) as unknown[];
      rest += out.length;
    }
    const sent = IN_FLIGHT * TURNS;
    const answered = relay.twiml + rest;
    duplicated = Math.max(0, answered - sent);
    lost = Math.max(0, sent - answered);
    const relayPerSecond = relay.twiml / relaySeconds;

    figure(`SMS webhooks sent (${IN_FLIGHT} in flight x ${TURNS} turns)`, sent);
    figure('answered in TwiML', relay.twiml);
    figure('answered later by REST (over the budget)', rest);
    figure('relay answered/s', relayPerSecond, '/s');
    figure('time to the TwiML answer p50', percentile(relay.answer, 50), 'ms');
    figure('time to the TwiML answer p99', percentile(relay.answer, 99), 'ms');
    figure('lost answers', lost, '', { text: '0', met: lost === 0 });
    figure('duplicated answers', duplicated, '', { text: '0', met: duplicated === 0 });
    figure('HTTP errors', relay.errors);
    figure(`WebSocket turns/s, same server (${IN_FLIGHT} clients x ${TURNS} turns)`, wsPerSecond, '/s');
    figure('WebSocket lost / duplicated replies', `${ws.lost} / ${ws.duplicated}`);
    const ratio = relayPerSecond / wsPerSecond;
    figure('relay answered/s as a ratio of WebSocket turns/s', ratio, '', { text: '>= 0.9', met: ratio >= 0.9 });
  } finally {
    server?.kill('SIGTERM');
    await engine.stop();
  }
}
