/**
 * The engine under the product misbehaving: paused a few seconds with turns in flight,
 * stalled past the 29 s integration timeout (issue 16, fault 2), and killed (fault 3).
 * The probe signals DynamoDB Local's JVM directly: only a stack it started.
 */
import { ms, sleep, waitHealthy, type Check, type ProbeContext } from '../check';
import { traveler, type Exchange, type ProbeClient } from '../client';

function signalEngine(ctx: ProbeContext, signal: NodeJS.Signals): number {
  const pid = ctx.stack.process!.enginePid();
  if (!pid) throw new Error('no DynamoDB Local process under the server (DYNAMODB_ENDPOINT set?)');
  process.kill(pid, signal);
  return pid;
}

/** Opens `n` travelers, each with a session. */
async function travelers(ctx: ProbeContext, n: number): Promise<ProbeClient[]> {
  return Promise.all(Array.from({ length: n }, async () => (await traveler(ctx.stack.wsUrl)).client));
}

export const enginePause: Check = {
  name: 'engine-pause',
  needsProcess: true,
  deadlineMs: 120_000,
  async run(ctx) {
    const clients = await travelers(ctx, 20);
    const exchanges = clients.map((c, i) => c.say(`pause-${i}`, 'Okavango in September, 2 adults, 5 days', 60_000));
    await sleep(30);
    signalEngine(ctx, 'SIGSTOP');
    await sleep(5000);
    signalEngine(ctx, 'SIGCONT');
    const done = await Promise.all(exchanges);
    await sleep(1500);
    const replied = done.filter((e) => e.outcome === 'reply').length;
    const errors = done.filter((e) => e.outcome === 'error').length;
    const silent = done.length - replied - errors;
    const doubled = done.filter((e, i) => e.ack && clients[i]!.repliesTo(e.ack.message_id) > 1).length;
    for (const c of clients) c.close();
    ctx.report('engine-pause', silent === 0 && doubled === 0, `engine paused 5 s with ${clients.length} turns in flight: ${replied} replied, ${errors} errors, ${silent} unanswered, ${doubled} doubled; slowest ${ms(Math.max(...done.map((e) => e.ms)))}`);
  },
};

// Past the 29 s integration timeout and past the store client's three 15 s attempts.
const STALL_MS = 50_000;
const REDRIVE_WAIT_MS = 100_000;

export const engineStall: Check = {
  name: 'engine-stall',
  needsProcess: true,
  deadlineMs: 300_000,
  async run(ctx) {
    // Travelers talking steadily, so the stall catches messages at every step: before
    // their store write, during it, and in their turns.
    const clients = await travelers(ctx, 24);
    let stalled = false;
    const sent: { c: ProbeClient; cmid: string; e: Exchange }[] = [];
    // Each next message goes once the one before is acked (as the widget sends), under the
    // 30 messages a minute a connection may send.
    const talking = clients.map(async (c, i) => {
      for (let m = 0; !stalled && m < 25; m++) {
        const cmid = `stall-${i}-${m}`;
        const started = performance.now();
        const head = c.next((f) => (f.type === 'ack' || f.type === 'error') && f.client_message_id === cmid, STALL_MS + 30_000);
        c.send({ action: 'sendMessage', client_message_id: cmid, text: 'Zanzibar in March, 2 adults, 6 days' });
        const got = await head;
        const e: Exchange = !got ? { outcome: 'silent', ms: performance.now() - started } : got.type === 'ack' ? { outcome: 'acked_only', ack: got, ms: performance.now() - started } : { outcome: 'error', error: got, ms: performance.now() - started };
        sent.push({ c, cmid, e });
      }
    });
    await sleep(1000);
    signalEngine(ctx, 'SIGSTOP');
    stalled = true;
    await sleep(STALL_MS);
    signalEngine(ctx, 'SIGCONT');
    await Promise.all(talking);
    // Refused without an ack: told "unavailable" (or "internal", or the gateway's timeout).
    const refused = sent.filter((s) => !s.e.ack);
    const acked = sent.filter((s) => s.e.ack);
    // Without any resend, a refused message that was stored after all must still get its one reply.
    const deadline = Date.now() + REDRIVE_WAIT_MS;
    const unclaimed = () => clients.flatMap((c) => c.frames.filter((f) => f.type === 'reply' && !acked.some((a) => a.e.ack!.message_id === f.reply_to)));
    const settled = () => acked.every(({ c, cmid, e }) => c.repliesTo(e.ack!.message_id) + c.frames.filter((f) => f.type === 'error' && f.client_message_id === cmid).length >= 1);
    while (Date.now() < deadline && (unclaimed().length < refused.length || !settled())) await sleep(1000);
    const before = new Map(clients.map((c) => [c, c.frames.filter((f) => f.type === 'reply').map((f) => String(f.reply_to))]));
    // Only now resend, to learn whether each refused message had been stored after all.
    const wrong: string[] = [];
    let stored = 0;
    for (const { c, cmid } of refused) {
      const again = await c.say(cmid, 'Zanzibar in March, 2 adults, 6 days', 30_000);
      if (!again.ack) {
        wrong.push(`${cmid}: resend ${again.outcome}`);
        continue;
      }
      if (!again.ack.duplicate) continue; // not stored the first time: nothing owed
      stored += 1;
      const n = before.get(c)!.filter((id) => id === again.ack!.message_id).length;
      if (n !== 1) wrong.push(`${cmid}: stored, ${n} replies before any resend`);
    }
    for (const { c, cmid, e } of acked) {
      const answers = c.repliesTo(e.ack!.message_id) + c.frames.filter((f) => f.type === 'error' && f.client_message_id === cmid).length;
      if (answers !== 1) wrong.push(`acked ${cmid}: ${answers} answers`);
    }
    for (const c of clients) c.close();
    const kinds = new Map<string, number>();
    for (const { e } of refused) {
      const k = String(e.error?.code ?? e.error?.message ?? e.outcome);
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
    }
    ctx.report(
      'engine-stall',
      wrong.length === 0,
      `engine stalled ${STALL_MS / 1000} s (past the 29 s integration timeout and the store client's attempts) under steady traffic: ${acked.length} acked, ${refused.length} refused (${[...kinds].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}), of which ${stored} had been stored${wrong.length ? `; wrong: ${wrong.slice(0, 4).join('; ')}` : '; every stored message answered exactly once without a resend'}`,
    );
  },
};

export const engineKill: Check = {
  name: 'engine-kill',
  needsProcess: true,
  deadlineMs: 150_000,
  async run(ctx) {
    const serverPid = ctx.stack.process!.pid();
    const clients = await travelers(ctx, 4);
    const inFlight = clients.map((c, i) => c.say(`kill-${i}`, 'Kruger in June, 2 adults, 5 days', 20_000));
    await sleep(20);
    signalEngine(ctx, 'SIGKILL');
    const killedAt = Date.now();
    const midTurn = await Promise.all(inFlight);
    const health = await ctx.healthz();
    // While the engine is down, a message is told to come back later (`unavailable`).
    const probe = await clients[0]!.say('kill-during', 'Kruger in June', 20_000);
    const back = await waitHealthy(ctx, 90_000);
    let after: Exchange | undefined;
    if (back !== undefined) {
      const fresh = await traveler(ctx.stack.wsUrl).catch(() => undefined);
      after = await fresh?.client.say('kill-after', 'Kruger in June, 2 adults, 5 days', 30_000);
      fresh?.client.close();
    }
    for (const c of clients) c.close();
    const sameProcess = ctx.stack.process!.pid() === serverPid;
    const midOutcomes = midTurn.map((e) => (e.outcome === 'error' ? String(e.error?.code) : e.outcome)).join(', ');
    const duringCode = probe.outcome === 'error' ? String(probe.error?.code ?? probe.error?.message) : probe.outcome;
    ctx.report(
      'engine-kill',
      health === 503 && duringCode === 'unavailable' && back !== undefined && after?.outcome === 'reply' && sameProcess,
      `engine killed mid-turn (${midOutcomes}); /healthz meanwhile ${health}; a message meanwhile: ${duringCode}; healthy again ${back === undefined ? 'never (90 s)' : `after ${ms(Date.now() - killedAt)}`}; then a new traveler's message: ${after?.outcome ?? 'not tried'}; same server process: ${sameProcess}`,
    );
  },
};
