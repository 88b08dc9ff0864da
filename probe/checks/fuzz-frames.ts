/**
 * Fuzzed frames: random text and bytes, truncated and deeply nested JSON, prototype keys,
 * wrong types per field, unicode edge cases, sizes at and over every limit. Every frame
 * that keeps the connection open is answered exactly once (an error, a pong, or an ack
 * and one reply); a frame the gateway closes on closes with its code; the server stays up.
 */
import { pool, type Check } from '../check';
import { ProbeClient, traveler } from '../client';

const TOTAL = Number(process.env.PROBE_FUZZ_FRAMES ?? 2000);
/** Under the 120 frames a minute one connection may send. */
const PER_CONNECTION = 100;

type Fuzz =
  | { kind: 'answered'; data: string; cmid?: string }
  | { kind: 'closes'; data: string | Buffer; binary: boolean; code: number; label: string };

/** A small deterministic generator (mulberry32), so a failing run can be repeated. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n: number) => Math.floor(next() * n), pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)]! };
}

const WRONG = [1, -1, 1.5, null, true, [], {}, '', 'x'.repeat(65), ['a'], { a: 1 }] as const;
const UNICODE = ['🦁🦒 Serengeti in July', '\u202eenilno\u202c Kenya', 'Zanzibar e\u0301te\u0301', 'Mara \ud800 lone', 'nul \u0000 inside', '\ufeffBOM first', 'ｆｕｌｌ ｗｉｄｔｈ', '𝓜𝓪𝓻𝓪', 'ﷺ'.repeat(100), 'a\u200db'];

export function frames(count: number, seed: number, tag: string): Fuzz[] {
  const r = rng(seed);
  let n = 0;
  const cmid = () => `${tag}-${n++}`;
  const gens: Array<() => Fuzz> = [
    () => ({ kind: 'answered', data: Array.from({ length: r.int(200) + 1 }, () => String.fromCharCode(32 + r.int(95))).join('') }),
    () => {
      const whole = JSON.stringify({ action: 'sendMessage', client_message_id: cmid(), text: 'Masai Mara in August' });
      return { kind: 'answered', data: whole.slice(0, 1 + r.int(whole.length - 2)) };
    },
    () => {
      const depth = r.pick([64, 1000, 5000]);
      return { kind: 'answered', data: r.next() < 0.5 ? '['.repeat(depth) + ']'.repeat(depth) : `{"action":"sendMessage","text":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}` };
    },
    () => ({
      kind: 'answered',
      data: r.pick([
        '{"__proto__":{"action":"ping"}}',
        '{"action":"__proto__"}',
        '{"action":"constructor"}',
        '{"action":"hasOwnProperty"}',
        '{"action":"toString"}',
        '{"action":"sendMessage","client_message_id":"p1","text":"hi","__proto__":{"admin":true}}'.replace('"p1"', JSON.stringify(cmid())).replace('"hi"', '{"__proto__":1}'),
        '{"constructor":{"prototype":{"polluted":true}},"action":"hello","session_id":{"__proto__":null}}',
      ]),
    }),
    () => ({ kind: 'answered', data: JSON.stringify({ action: r.pick(WRONG) }) }),
    () => ({ kind: 'answered', data: JSON.stringify(r.pick([[], 1, 'sendMessage', null, true, [{ action: 'ping' }]])) }),
    () => ({ kind: 'answered', data: JSON.stringify({ action: 'sendMessage', client_message_id: r.pick(WRONG), text: 'Kenya in May' }) }),
    () => ({ kind: 'answered', data: JSON.stringify({ action: 'sendMessage', client_message_id: cmid(), text: r.pick([...WRONG.filter((w) => typeof w !== 'string' || w === ''), '   ', '\u200b\u200b', '\u202e', 'x'.repeat(2001)]) }) }),
    () => ({ kind: 'answered', data: JSON.stringify({ action: 'hello', session_id: r.pick([...WRONG, 'not-a-session', 'sess_', 'sess_../../x']) }) }),
    () => ({ kind: 'answered', data: JSON.stringify({ action: 'hello', after_message_id: r.pick([...WRONG, 'msg_x']) }) }),
    () => ({ kind: 'answered', data: JSON.stringify({ action: 'ping', extra: r.pick(WRONG) }) }),
  ];
  // Valid but unusual messages, each costing a turn: a few per connection.
  const valid: Array<() => Fuzz> = [
    () => {
      const id = cmid();
      return { kind: 'answered', data: JSON.stringify({ action: 'sendMessage', client_message_id: id, text: r.pick(UNICODE) }), cmid: id };
    },
    () => {
      const id = 'm'.repeat(64 - tag.length - 1) + tag + '-'; // exactly 64 characters
      return { kind: 'answered', data: JSON.stringify({ action: 'sendMessage', client_message_id: id.slice(0, 64), text: 'k'.repeat(2000) }), cmid: id.slice(0, 64) };
    },
    () => {
      // A frame of exactly 32 KiB: the limit itself is allowed (unknown fields are ignored).
      const id = cmid();
      const base = JSON.stringify({ action: 'sendMessage', client_message_id: id, text: 'Kenya in August', pad: '' });
      return { kind: 'answered', data: base.replace('"pad":""', `"pad":"${'p'.repeat(32 * 1024 - base.length)}"`), cmid: id };
    },
  ];
  const out: Fuzz[] = [];
  for (let i = 0; i < count; i++) out.push(i % 33 === 5 ? r.pick(valid)() : r.pick(gens)());
  return out;
}

/** The frame that ends a connection: each closing kind once per connection, in turn. */
function closer(i: number): Fuzz {
  const over = JSON.stringify({ action: 'sendMessage', client_message_id: 'big', text: 'x', pad: 'p'.repeat(32 * 1024) });
  const kinds: Fuzz[] = [
    { kind: 'closes', data: Buffer.from([0xde, 0xad, 0xbe, 0xef, 0x00, 0xff]), binary: true, code: 1003, label: 'binary' },
    { kind: 'closes', data: over, binary: false, code: 1009, label: 'over 32 KiB' },
    { kind: 'closes', data: Buffer.from([0x7b, 0xc3, 0x28, 0xa0, 0xa1, 0x7d]), binary: false, code: 1007, label: 'invalid UTF-8' },
  ];
  return kinds[i % kinds.length]!;
}

export const fuzzFrames: Check = {
  name: 'fuzz-frames',
  deadlineMs: 300_000,
  async run(ctx) {
    const connections = Math.ceil(TOTAL / PER_CONNECTION);
    let sent = 0;
    let answered = 0;
    let unanswered = 0;
    let doubled = 0;
    let replies = 0;
    let limitedValid = 0;
    const closes = { right: 0, wrong: [] as string[] };
    const unansweredSamples: string[] = [];
    await pool(Array.from({ length: connections }), 4, async (_, c) => {
      const { client } = await traveler(ctx.stack.wsUrl, { tenant: ctx.tenant });
      // Its fuzzed hellos outrun the hellos a connection may say a minute; a valid message refused is counted below.
      client.expectsLimits = true;
      const list = frames(Math.min(PER_CONNECTION - 1, TOTAL - c * PER_CONNECTION), 1000 + c, `fz${c}`);
      const before = answers(client);
      for (const f of list) {
        if (f.kind !== 'answered') continue;
        sent += 1;
        const done = f.cmid
          ? client.next((x) => (x.type === 'reply' && client.frames.some((a) => a.type === 'ack' && a.client_message_id === f.cmid && a.message_id === x.reply_to)) || (x.type === 'error' && x.client_message_id === f.cmid), 60_000)
          : client.next((x) => x.type === 'error' || x.type === 'pong' || x.type === 'session', 15_000);
        client.sendRaw(f.data);
        const got = await done;
        if (!got) {
          unanswered += 1;
          if (unansweredSamples.length < 3) unansweredSamples.push(`${f.data.slice(0, 60)} → last frames ${JSON.stringify(client.frames.slice(-3)).slice(0, 300)}`);
        }
        else if (got.type === 'reply') replies += 1;
        // The fuzz stays under the message limits: a valid message refused for a limit means the probe spent it, not the fuzz.
        else if (f.cmid && got.code === 'rate_limited') limitedValid += 1;
      }
      // A late second answer to any frame would arrive now.
      await new Promise((r) => setTimeout(r, 1000));
      const total = answers(client) - before;
      const expected = list.filter((f) => f.kind === 'answered').length;
      answered += Math.min(total, expected);
      doubled += Math.max(0, total - expected);
      const last = closer(c);
      if (last.kind === 'closes') {
        client.sendRaw(last.data, last.binary);
        const code = await client.closed(10_000);
        if (code === last.code) closes.right += 1;
        else closes.wrong.push(`${last.label}: ${code ?? 'still open'}`);
      }
      client.terminate();
    });
    const health = await ctx.healthz();
    const alive = ctx.stack.process ? isAlive(ctx.stack.process.pid()) : true;
    ctx.report(
      'fuzz-frames',
      unanswered === 0 && limitedValid === 0 && doubled === 0 && closes.wrong.length === 0 && health === 200 && alive,
      `${sent + connections} frames on ${connections} connections: ${answered} answered once (${replies} of them valid messages replied${limitedValid ? `, ${limitedValid} valid messages refused rate_limited` : ''}), ${unanswered} unanswered${unansweredSamples.length ? ` (${unansweredSamples.map((x) => JSON.stringify(x)).join(', ')})` : ''}, ${doubled} extra answers; ${closes.right}/${connections} closing frames closed with their code${closes.wrong.length ? ` (wrong: ${closes.wrong.slice(0, 3).join('; ')})` : ''}; /healthz ${health}, server ${alive ? 'up' : 'DOWN'}`,
    );
  },
};

/** Frames that answer a client frame (acks and typing only announce). */
function answers(client: ProbeClient): number {
  return client.frames.filter((f) => f.type === 'error' || f.type === 'reply' || f.type === 'pong' || f.type === 'session' || f.type === '(not json)' || (f.type === undefined && 'message' in f)).length - 1;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
