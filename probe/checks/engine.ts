/**
 * The engine under the product misbehaving: paused a few seconds with turns in flight,
 * and killed (fault 3); stalled past the integration timeout is engine-stall.ts.
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
  return Promise.all(Array.from({ length: n }, async () => (await traveler(ctx.stack.wsUrl, { tenant: ctx.tenant })).client));
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
      const fresh = await traveler(ctx.stack.wsUrl, { tenant: ctx.tenant }).catch(() => undefined);
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
