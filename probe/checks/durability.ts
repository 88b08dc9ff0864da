/**
 * Acked means stored (issue 16, fault 4): kill -9 DynamoDB Local within a millisecond of
 * an ack, let it come back on the same data directory (the stack's own supervision, or a
 * restart of the stack when it has none), and look every acked message up again by
 * resending its client_message_id: a duplicate with the same message_id was kept.
 */
import { sleep, waitHealthy, type Check } from '../check';
import { traveler, type ProbeClient } from '../client';

const ROUNDS = Number(process.env.PROBE_KILL_ROUNDS ?? 4);
/** Enough writers that the engine's queue is busy when it is killed, as under real load. */
const CLIENTS = 24;
/** The acks nearest the kill are the ones at risk: these many are looked up again each round. */
const CHECKED = 20;
const TEXTS = ['Kenya in August', '2 adults', 'for 7 days', 'budget $5000 per person', 'we love the migration', 'Tanzania instead'];

interface Acked {
  sessionId: string;
  cmid: string;
  text: string;
  messageId: string;
  /** ms between this ack's arrival and the kill (negative: after). */
  beforeKill?: number;
  at: number;
}

export const durability: Check = {
  name: 'durability',
  needsProcess: true,
  deadlineMs: 600_000,
  async run(ctx) {
    const proc = ctx.stack.process!;
    let total = 0;
    let lost = 0;
    let restarts = 0;
    const lostDetail: string[] = [];
    // An engine left dead by an earlier check (a stack without supervision) is brought back first.
    if ((await waitHealthy(ctx, 20_000)) === undefined) {
      restarts += 1;
      await proc.restart();
    }
    for (let round = 0; round < ROUNDS; round++) {
      const acked: Acked[] = [];
      let killedAt: number | undefined;
      const killAfter = 40 + round * 10;
      const clients: { client: ProbeClient; sessionId: string }[] = [];
      for (let i = 0; i < CLIENTS; i++) {
        const t = await traveler(ctx.stack.wsUrl, { tenant: ctx.tenant });
        clients.push({ client: t.client, sessionId: String(t.session.session_id) });
      }
      await Promise.all(
        clients.map(async ({ client, sessionId }, i) => {
          for (let m = 0; m < 6 && killedAt === undefined; m++) {
            const cmid = `dur-${round}-${i}-${m}`;
            const text = TEXTS[m % TEXTS.length]!;
            const ack = client.next((f) => (f.type === 'ack' || f.type === 'error') && f.client_message_id === cmid, 10_000);
            // Kill in the same tick as the ack arrives: the window fault 4 lives in.
            const onAck = (data: Buffer) => {
              const f = JSON.parse(data.toString());
              if (f.type !== 'ack' || f.client_message_id !== cmid) return;
              acked.push({ sessionId, cmid, text, messageId: f.message_id, at: performance.now() });
              if (killedAt === undefined && acked.length >= killAfter) {
                const pid = proc.enginePid();
                if (pid) process.kill(pid, 'SIGKILL');
                killedAt = performance.now();
              }
            };
            client.socket.on('message', onAck);
            client.send({ action: 'sendMessage', client_message_id: cmid, text });
            await ack;
            client.socket.off('message', onAck);
          }
        }),
      );
      for (const a of acked) a.beforeKill = killedAt === undefined ? undefined : killedAt - a.at;
      for (const { client } of clients) client.terminate();
      if (killedAt === undefined) continue;
      // The engine comes back by itself, or the stack is restarted on the same data.
      if ((await waitHealthy(ctx, 30_000)) === undefined) {
        restarts += 1;
        await proc.restart();
        if ((await waitHealthy(ctx, 60_000)) === undefined) throw new Error('the stack did not come back after a restart');
      }
      await sleep(500);
      const nearest = [...acked].sort((a, b) => b.at - a.at).slice(0, CHECKED);
      const bySession = new Map<string, Acked[]>();
      for (const a of nearest) bySession.set(a.sessionId, [...(bySession.get(a.sessionId) ?? []), a]);
      for (const [sessionId, list] of bySession) {
        const { client } = await traveler(ctx.stack.wsUrl, { tenant: ctx.tenant }, sessionId);
        for (const a of list) {
          total += 1;
          const again = await client.say(a.cmid, a.text, 30_000);
          if (again.ack?.duplicate === true && again.ack.message_id === a.messageId) continue;
          lost += 1;
          lostDetail.push(`${a.cmid} (acked ${a.beforeKill?.toFixed(1)} ms before the kill)`);
        }
        client.close();
      }
    }
    ctx.report(
      'durability',
      lost === 0 && total > 0,
      `${ROUNDS} rounds of kill -9 of the engine within 1 ms of an ack, ${CLIENTS} writers: ${lost} of the ${total} acked messages nearest the kills lost${lostDetail.length ? ` (${lostDetail.slice(0, 4).join('; ')})` : ''}; ${restarts ? `the stack had to be restarted ${restarts} times (no engine supervision)` : 'the engine came back by itself each time'}`,
    );
  },
};
