/**
 * Many travelers at once: every message answered exactly once (lost and doubled counted),
 * and the server's peak resident memory while they talk (issue 16, fault 6).
 */
import { ms, percentile, pool, waitHealthy, type Check } from '../check';
import { sampleRss } from '../stack';
import { traveler, type ProbeClient } from '../client';

const CLIENTS = Number(process.env.PROBE_CLIENTS ?? 300);
const MESSAGES = 2;
const RSS_TARGET_MB = 300;

export const concurrency: Check = {
  name: 'concurrency',
  deadlineMs: 240_000,
  async run(ctx) {
    const rss = ctx.stack.process ? sampleRss(() => ctx.stack.process!.rssMb()) : undefined;
    const clients: ProbeClient[] = [];
    let refused = 0;
    // Connect in a ramp (a page load, not a single instant), then all talk at once.
    await pool(Array.from({ length: CLIENTS }), 20, async () => {
      try {
        clients.push((await traveler(ctx.stack.wsUrl, { tenant: ctx.tenant })).client);
      } catch {
        refused += 1;
      }
    });
    const replyMs: number[] = [];
    let lost = 0;
    let errors = 0;
    const errorCodes = new Map<string, number>();
    const acked: { client: ProbeClient; messageId: string }[] = [];
    await Promise.all(
      clients.map(async (client, i) => {
        for (let m = 0; m < MESSAGES; m++) {
          const ex = await client.say(`load-${i}-${m}`, m === 0 ? 'Masai Mara in August, 2 adults, 7 days' : 'budget $5000 per person', 120_000);
          if (ex.ack) acked.push({ client, messageId: ex.ack.message_id });
          if (ex.outcome === 'reply') replyMs.push(ex.ms);
          else if (ex.outcome === 'error') {
            errors += 1;
            const code = String(ex.error?.code ?? ex.error?.message);
            errorCodes.set(code, (errorCodes.get(code) ?? 0) + 1);
          } else lost += 1;
        }
      }),
    );
    // A late second reply would show up now.
    await new Promise((r) => setTimeout(r, 1500));
    const doubled = acked.filter((a) => a.client.repliesTo(a.messageId) > 1).length;
    for (const c of clients) c.close();
    const peak = rss?.stop();
    // 300 disconnects are 300 deletes: let the store catch up before the next check.
    await waitHealthy(ctx, 60_000);
    await new Promise((r) => setTimeout(r, 3000));
    const codes = [...errorCodes].map(([k, v]) => `${k} ${v}`).join(', ');
    ctx.report(
      'concurrency',
      refused === 0 && lost === 0 && doubled === 0 && errors === 0,
      `${clients.length}/${CLIENTS} clients × ${MESSAGES} messages: ${replyMs.length} replied, ${lost} lost, ${doubled} doubled, ${errors} errors${codes ? ` (${codes})` : ''}, ${refused} refused; reply p50 ${ms(percentile(replyMs, 50))}, p99 ${ms(percentile(replyMs, 99))}`,
    );
    if (peak !== undefined) ctx.report('memory-under-load', peak <= RSS_TARGET_MB, `server peak RSS ${peak.toFixed(0)} MiB with ${CLIENTS} clients (target ≤ ${RSS_TARGET_MB}; DynamoDB Local's JVM not counted)`);
  },
};
