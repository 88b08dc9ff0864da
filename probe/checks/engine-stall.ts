/**
 * The engine stalled past the 29 s integration timeout (issue 16, fault 2: "unavailable"
 * that was stored after all). The product's promise (docs/protocol-additions.md):
 * `unavailable` means "not known to be stored; resend the same client_message_id". A
 * message that was stored is answered exactly once: on its own within about a minute (the
 * re-drive), or on the resend, which gets the recorded reply or runs the turn once. So:
 *
 * - every refused message that turns out to have been stored got its reply before any
 *   resend (the re-drive), and no message ever gets two different replies;
 * - every message still without a reply after the wait is resent once, as the widget does,
 *   and then has exactly one reply (or one final error that is not `unavailable`).
 *
 * The tenant first gets more answered messages than the re-drive reads at once, as a busy
 * tenant has: unanswered ones must still be found behind them.
 */
import { sleep, type Check, type ProbeContext } from '../check';
import { traveler, type Frame, type ProbeClient } from '../client';

/** Past the 29 s integration timeout and past the store client's three 15 s attempts. */
const STALL_MS = 50_000;
/** The re-drive's threshold (REDRIVE_AFTER_MS), its 10 s tick on the local stack, and room for a loaded machine. */
const REDRIVE_WITHIN_MS = 60_000 + 10_000 + 30_000;
const TRAVELERS = 24;
/** Answered messages before the stall: 24 × 9 = 216, more than the 200 candidates the re-drive takes at once. */
const WARMUP_MESSAGES = 9;
const TEXT = 'Zanzibar in March, 2 adults, 6 days';

interface Sent {
  c: ProbeClient;
  cmid: string;
  at: number;
  /** The first answer to the frame: its ack, or the error that refused it; undefined if none came. */
  head?: Frame;
}

function signalEngine(ctx: ProbeContext, signal: NodeJS.Signals): void {
  const pid = ctx.stack.process!.enginePid();
  if (!pid) throw new Error('no DynamoDB Local process under the server (DYNAMODB_ENDPOINT set?)');
  process.kill(pid, signal);
}

/** The message id the server gave `cmid` on this client (an ack, perhaps a late one), if any. */
const messageIdOf = (s: Sent) => s.c.frames.find((f) => f.type === 'ack' && f.client_message_id === s.cmid)?.message_id as string | undefined;
/** Distinct replies to a message (a resend re-sends the same reply: that is one). */
const replyIds = (s: Sent, id: string | undefined) => (id ? new Set(s.c.frames.filter((f) => f.type === 'reply' && f.reply_to === id).map((f) => String(f.message_id))) : new Set<string>());
/** A final error: any but `unavailable` (which means "resend"). */
const finalError = (s: Sent) => s.c.frames.some((f) => f.type === 'error' && f.client_message_id === s.cmid && f.code !== 'unavailable');

export const engineStall: Check = {
  name: 'engine-stall',
  needsProcess: true,
  deadlineMs: 420_000,
  async run(ctx) {
    const clients = await Promise.all(Array.from({ length: TRAVELERS }, async () => (await traveler(ctx.stack.wsUrl, { tenant: ctx.tenant })).client));
    let warm = 0;
    await Promise.all(
      clients.map(async (c, i) => {
        for (let m = 0; m < WARMUP_MESSAGES; m++) if ((await c.say(`warm-${i}-${m}`, TEXT, 60_000)).outcome === 'reply') warm += 1;
      }),
    );
    // Travelers talking steadily, so the stall catches messages at every step: before their
    // store write, during it, and in their turns. Each next message goes once the one before
    // is acked (as the widget sends), under the 30 messages a minute a connection may send.
    let stalled = false;
    const sent: Sent[] = [];
    const talking = clients.map(async (c, i) => {
      for (let m = 0; !stalled && m < 25; m++) {
        const s: Sent = { c, cmid: `stall-${i}-${m}`, at: Date.now() };
        const head = c.next((f) => (f.type === 'ack' || f.type === 'error') && f.client_message_id === s.cmid, STALL_MS + 30_000);
        c.send({ action: 'sendMessage', client_message_id: s.cmid, text: TEXT });
        sent.push(s);
        const got = await head;
        if (got) s.head = got;
      }
    });
    await sleep(1000);
    signalEngine(ctx, 'SIGSTOP');
    stalled = true;
    await sleep(STALL_MS);
    signalEngine(ctx, 'SIGCONT');
    const resumedAt = Date.now();
    await Promise.all(talking);

    const refused = sent.filter((s) => s.head?.type !== 'ack');
    const acked = sent.filter((s) => s.head?.type === 'ack');
    // No resend yet: wait until every message has a reply or a final error, or the re-drive had its time.
    const deadline = Math.max(...sent.map((s) => s.at)) + REDRIVE_WITHIN_MS;
    const answered = (s: Sent) => replyIds(s, messageIdOf(s)).size > 0 || finalError(s);
    while (Date.now() < deadline && !sent.every(answered)) await sleep(1000);
    const repliedBefore = new Map(sent.map((s) => [s, replyIds(s, messageIdOf(s)).size]));
    // Refused, then acked after all: by the handler that outlived the gateway's timeout, or by
    // the re-drive, which acks a message before its reply (a sender told `unavailable` never
    // learnt its id, and could not otherwise tie the reply to it).
    const lateAcked = new Set(refused.filter((s) => messageIdOf(s)));

    // As the widget does: resend, under the same client_message_id, each message still without an answer.
    const wrong: string[] = [];
    let resent = 0;
    let storedRefused = lateAcked.size;
    const withoutResend = refused.filter((s) => repliedBefore.get(s)! > 0).length;
    for (const s of sent) {
      if (answered(s)) continue;
      resent += 1;
      const resentAt = Date.now();
      const again = await s.c.say(s.cmid, TEXT, 60_000);
      if (!again.ack) wrong.push(`${s.cmid}: resend ${again.outcome}${again.error ? ` ${again.error.code}` : ''}`);
      else if (again.ack.duplicate && s.head?.type !== 'ack') {
        storedRefused += 1;
        const id = String(again.ack.message_id);
        const replyAt = s.c.arrivals[s.c.frames.findIndex((f) => f.type === 'reply' && f.reply_to === id)];
        wrong.push(`${s.cmid}: refused, stored after all, and not answered before the resend (${((resentAt - resumedAt) / 1000).toFixed(0)} s after the engine resumed${replyAt ? `; its reply came ${((replyAt - resentAt) / 1000).toFixed(1)} s after the resend` : ''})`);
      }
    }
    // A second, different reply would arrive now.
    await sleep(3000);
    for (const s of sent) {
      const n = replyIds(s, messageIdOf(s)).size;
      if (n > 1) wrong.push(`${s.cmid}: ${n} different replies`);
      else if (n === 0 && !finalError(s)) wrong.push(`${s.cmid}: no reply even after the resend`);
    }
    for (const c of clients) c.close();
    const kinds = new Map<string, number>();
    for (const s of refused) {
      const k = String(s.head?.code ?? 'no answer');
      kinds.set(k, (kinds.get(k) ?? 0) + 1);
    }
    const turnFailed = acked.filter((s) => s.c.frames.some((f) => f.type === 'error' && f.client_message_id === s.cmid)).length;
    ctx.report(
      'engine-stall',
      warm >= 200 && wrong.length === 0,
      `${warm} answered messages first; engine stalled ${STALL_MS / 1000} s under steady traffic: ${acked.length} acked (${turnFailed} of their turns told unavailable), ${refused.length} refused (${[...kinds].map(([k, v]) => `${k} ${v}`).join(', ') || 'none'}), ${storedRefused} of those stored after all and ${withoutResend} answered with no resend; ${resent} resent by the probe as the widget would${wrong.length ? `; wrong: ${wrong.slice(0, 4).join('; ')}${wrong.length > 4 ? ` (+${wrong.length - 4})` : ''}` : '; every message answered exactly once'}`,
    );
  },
};
