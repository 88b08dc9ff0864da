import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { connectClient } from '../support/ws-client';

// `npm start` as a user runs it: its own DynamoDB Local with data in DATA_DIR, the line
// scripts wait for, a conversation, then SIGTERM: a clean exit, nothing left running,
// and the committed turn still there after a restart.

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), 'trip-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function start() {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/local/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, DYNAMODB_ENDPOINT: '', NODE_NO_WARNINGS: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const listening = new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /^listening on (http:\/\/127\.0\.0\.1:\d+)$/m.exec(out);
      if (m) resolve(m[1]!);
    });
    child.once('exit', (code) => reject(new Error(`exited ${code} before listening: ${out}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { child, listening, exited, printed: () => out };
}

/** Processes whose command line mentions this test's data folder (the JVM among them). */
function processesUsing(dir: string): string[] {
  const out = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return out.split('\n').filter((l) => l.includes(dir) && !l.includes('ps -eo'));
}

describe('npm start', () => {
  it('serves, shuts down cleanly on SIGTERM leaving no process, and keeps committed turns', async () => {
    const first = start();
    const base = await first.listening;
    expect((await (await fetch(`${base}/healthz`)).json()).ok).toBe(true);
    // The URLs a person needs, each printed before `listening on`, and each one serving.
    const printed = first.printed();
    const url = (label: RegExp) => new RegExp(`^${label.source} (http://\\S+)`, 'm').exec(printed)?.[1];
    const pages = { demo: url(/demo page/), phone: url(/Phone \(SMS and WhatsApp\)/), console: url(/staff console/) };
    expect(pages.demo).toBe(`${base}/`);
    for (const page of Object.values(pages)) expect((await fetch(page!, { redirect: 'manual' })).status).toBeLessThan(400);
    expect(await (await fetch(pages.demo!)).text()).toMatch(/<script[^>]+widget/i);
    expect(processesUsing(dataDir).length).toBeGreaterThan(0); // the engine runs on our data folder

    const c = await connectClient(`${base.replace('http', 'ws')}/ws?tenant=demo`);
    c.send({ action: 'hello' });
    const session = await c.next((f) => f.type === 'session');
    c.send({ action: 'sendMessage', client_message_id: 'keep', text: 'Kruger in September, 2 adults, 6 days' });
    const reply = await c.next((f) => f.type === 'reply');

    // SIGTERM the moment a second message is acked: its turn still commits and its reply
    // still reaches the open socket before the process exits.
    c.send({ action: 'sendMessage', client_message_id: 'inflight', text: 'make it 8 days' });
    const ack = await c.next((f) => f.type === 'ack' && f.client_message_id === 'inflight');
    first.child.kill('SIGTERM');
    const late = await c.next((f) => f.type === 'reply' && f.reply_to === ack.message_id);
    expect(late.decision.inputs_snapshot).toMatchObject({ destinations: ['kruger'], duration_days: 8 });
    expect(await first.exited).toBe(0);
    expect(processesUsing(dataDir)).toEqual([]);

    // The data survived: resume the session on a fresh process and get the reply again.
    const second = start();
    const base2 = await second.listening;
    const back = await connectClient(`${base2.replace('http', 'ws')}/ws?tenant=demo`);
    back.send({ action: 'hello', session_id: session.session_id });
    expect((await back.next((f) => f.type === 'session')).resumed).toBe(true);
    const replayed = await back.next((f) => f.type === 'reply');
    expect(replayed.message_id).toBe(reply.message_id);
    expect((await back.next((f) => f.type === 'reply' && f.message_id !== reply.message_id)).message_id).toBe(late.message_id);
    back.close();
    second.child.kill('SIGINT');
    expect(await second.exited).toBe(0);
    expect(processesUsing(dataDir)).toEqual([]);
  }, 120_000);
});
