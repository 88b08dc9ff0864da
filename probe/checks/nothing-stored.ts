/**
 * Nothing is stored for a bad frame: a session's replay is the same before and after a
 * burst of bad frames, and a client_message_id first sent in a refused frame is new
 * when it comes back valid.
 */
import type { Check } from '../check';
import { outcomeOf, ProbeClient, traveler } from '../client';

const BAD = [
  '{"action":"sendMessage","client_message_id":"ns-1","text":"' + 'x'.repeat(2001) + '"}',
  '{"action":"sendMessage","client_message_id":"ns-2","text":"   "}',
  '{"action":"sendMessage","client_message_id":"ns-3","text":42}',
  '{"action":"sendMessage","client_message_id":"","text":"Kenya in May"}',
  '{"action":"sendMessage","text":"Kenya in May"}',
  '{"action":"sendMessage","client_message_id":"ns-4","text":"\\u200b"}',
  '{"action":"sendMessage","client_message_id":"ns-5"',
  '{"action":"bookEverything","client_message_id":"ns-6","text":"Kenya"}',
  '{"action":"hello","session_id":"ses_not_a_real_one"}',
  'not json at all',
];

/** Every server frame the session replays on resume. */
async function replayOf(wsUrl: string, tenant: string, sessionId: string): Promise<string[]> {
  const client = await ProbeClient.open(wsUrl, { tenant });
  await client.hello(sessionId);
  // The replay follows the session frame; give it a moment to arrive whole.
  await new Promise((r) => setTimeout(r, 1500));
  client.close();
  return client.frames.filter((f) => f.type === 'reply').map((f) => String(f.message_id));
}

export const nothingStored: Check = {
  name: 'nothing-stored',
  deadlineMs: 90_000,
  async run(ctx) {
    const { client, session } = await traveler(ctx.stack.wsUrl, { tenant: ctx.tenant });
    const first = await client.say('ns-0', 'Masai Mara in August, 2 adults, 7 days');
    const before = await replayOf(ctx.stack.wsUrl, ctx.tenant, session.session_id);
    let errors = 0;
    for (const bad of BAD) {
      const answer = client.next((f) => f.type === 'error', 10_000);
      client.sendRaw(bad);
      if ((await answer)?.type === 'error') errors += 1;
    }
    const after = await replayOf(ctx.stack.wsUrl, ctx.tenant, session.session_id);
    // ns-1 was refused (too long): sent again valid it is a new message, not a duplicate.
    const again = await client.say('ns-1', 'Kenya in May');
    client.close();
    const same = before.length === after.length && before.every((id, i) => after[i] === id);
    ctx.report(
      'nothing-stored',
      first.outcome === 'reply' && errors === BAD.length && same && again.ack?.duplicate === false,
      `first message: ${outcomeOf(first)}; ${errors}/${BAD.length} bad frames answered with an error; replay ${before.length} → ${after.length} frames${same ? ' (unchanged)' : ' (CHANGED)'}; a refused client_message_id sent again valid: ${again.ack ? `duplicate=${again.ack.duplicate}` : outcomeOf(again)}`,
    );
  },
};
