/**
 * Slow and stalled readers (issue 16, fault 1): clients that stop reading their socket
 * while asking for replays (resumes of a long session, within every per-connection limit)
 * must not delay anyone else: an ordinary client's reply latency meanwhile stays within
 * 2× its baseline, and the server's memory stays bounded.
 */
import { ms, percentile, sleep, type Check } from '../check';
import { sampleRss } from '../stack';
import { outcomeOf, traveler, type ProbeClient } from '../client';

const SLOW = Number(process.env.PROBE_SLOW_READERS ?? 20);
const TRANSCRIPT = 40;
const PHASE_MS = 40_000;
const RESUME_EVERY_MS = 700; // 86 frames a minute, under the 120 a connection may send

/** An ordinary traveler's reply latencies (35 s for no reply) and what came instead of a reply. */
async function ordinaryLatencies(wsUrl: string, tenant: string, tag: string, n: number): Promise<{ ms: number[]; other: string[] }> {
  const { client } = await traveler(wsUrl, { tenant });
  const out: number[] = [];
  const other: string[] = [];
  for (let i = 0; i < n; i++) {
    const ex = await client.say(`${tag}-${i}`, i % 2 ? 'budget $4000 per person' : 'Serengeti in February, 2 adults, 6 days', 35_000);
    out.push(ex.outcome === 'reply' ? ex.ms : 35_000);
    if (ex.outcome !== 'reply') other.push(outcomeOf(ex));
  }
  client.close();
  return { ms: out, other };
}

export const slowReaders: Check = {
  name: 'slow-readers',
  deadlineMs: 180_000,
  async run(ctx) {
    // A long session to replay: its replies, sent again on every resume.
    const builders = await Promise.all([traveler(ctx.stack.wsUrl, { tenant: ctx.tenant }), traveler(ctx.stack.wsUrl, { tenant: ctx.tenant })]);
    const sessionId = String(builders[0].session.session_id);
    await builders[1].client.hello(sessionId);
    const texts = ['Masai Mara in August', '2 adults', '7 days', 'budget $5000 per person', 'we love the migration', 'actually September'];
    for (let i = 0; i < TRANSCRIPT; i++) await builders[i % 2]!.client.say(`big-${i}`, texts[i % texts.length]!, 30_000);
    const replayBytes = builders.flatMap((b) => b.client.frames).filter((f) => f.type === 'reply').reduce((n, f) => n + JSON.stringify(f).length, 0) / 2;
    for (const b of builders) b.client.close();

    const base = await ordinaryLatencies(ctx.stack.wsUrl, ctx.tenant, 'base', 6);

    const rss = ctx.stack.process ? sampleRss(() => ctx.stack.process!.rssMb()) : undefined;
    const slow: ProbeClient[] = [];
    for (let i = 0; i < SLOW; i++) {
      const { client } = await traveler(ctx.stack.wsUrl, { tenant: ctx.tenant }, sessionId);
      // Resuming twice a second, it is held to its hellos a minute: that refusal is expected.
      client.expectsLimits = true;
      // Stop reading at the TCP level: the kernel buffers fill, then the server's.
      (client.socket as unknown as { _socket: { pause(): void } })._socket.pause();
      slow.push(client);
    }
    const end = Date.now() + PHASE_MS;
    const loops = slow.map(async (client) => {
      while (Date.now() < end && client.closeCode === undefined) {
        client.send({ action: 'hello', session_id: sessionId });
        await sleep(RESUME_EVERY_MS);
      }
    });
    // Let the buffers fill, then measure an ordinary traveler while the slow ones go on.
    await sleep(PHASE_MS / 2);
    const meanwhile = await ordinaryLatencies(ctx.stack.wsUrl, ctx.tenant, 'during', 6);
    const during = meanwhile.ms;
    await Promise.all(loops);
    const peak = rss?.stop();
    // Read again: whatever the server closed them with arrives after what it had sent.
    for (const c of slow) (c.socket as unknown as { _socket: { resume(): void } })._socket.resume();
    await Promise.all(slow.map((c) => c.closed(3000)));
    const codes = new Map<string, number>();
    for (const c of slow) codes.set(String(c.closeCode ?? 'open'), (codes.get(String(c.closeCode ?? 'open')) ?? 0) + 1);
    for (const c of slow) c.terminate();
    // The baseline is measured on both sides of the disturbance: the machine is shared, and
    // its other load drifts over the minute the slow readers run.
    const after = await ordinaryLatencies(ctx.stack.wsUrl, ctx.tenant, 'after', 6);
    base.ms.push(...after.ms);
    base.other.push(...after.other);
    const baseline = percentile(base.ms, 50);
    const p50 = percentile(during, 50);
    ctx.report(
      'slow-readers',
      base.other.length === 0 && p50 <= 2 * baseline && Math.max(...during) < 35_000,
      `${SLOW} clients not reading, each resuming a ${TRANSCRIPT}-reply session (≈${Math.round(replayBytes / 1024)} KiB a replay) every ${RESUME_EVERY_MS} ms: an ordinary client's reply p50 ${ms(p50)} (max ${ms(Math.max(...during))}) vs baseline ${ms(baseline)} before and after (limit 2×)${base.other.length + meanwhile.other.length ? `; not replied: baseline ${base.other.join(', ') || 'none'}, meanwhile ${meanwhile.other.join(', ') || 'none'}` : ''}${peak !== undefined ? `; server peak RSS ${peak.toFixed(0)} MiB` : ''}; slow sockets ended: ${[...codes].map(([k, v]) => `${k}×${v}`).join(', ')}`,
    );
  },
};
