import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, demoTenant, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import { processTurnInOrder, type TurnResult } from '../../src/agent/turn/run-turn';
import type { Session } from '../../src/domain/entities/session';
import type { TranscriptMessage } from '../../src/domain/entities/message';
import { createTestStore, type TestStore } from '../support/dynamodb';
import { pause } from '../support/ws-client';

// Two application instances on the same tables stand in for two Lambda containers that
// receive frames of one session at the same time: no shared memory, only DynamoDB.

let store: TestStore;
let one: App;
let two: App;
const config = loadConfig({ LOG_LEVEL: 'silent', NOW: '2026-11-21T10:00:00Z' });

beforeAll(async () => {
  store = await createTestStore();
  one = buildApp({ config, store: store.ctx });
  two = buildApp({ config, store: store.ctx });
  await one.repos.tenants.put(demoTenant(one.clock()));
});
afterAll(async () => {
  await store?.close();
});

const newSession = (app: App): Promise<Session> => app.startConversation('demo', 'web');

async function accept(app: App, s: Session, id: string, text: string): Promise<TranscriptMessage> {
  const r = await app.conversation.accept({ tenant_id: 'demo', channel: 'web', session_id: s.session_id, traveler_id: s.traveler_id, channel_message_id: `${s.session_id}:${id}`, text });
  if (r.kind !== 'accepted') throw new Error(r.kind);
  // Distinct milliseconds, so the two ids order the way the frames arrived.
  await pause(3);
  return r.inbound;
}

type Replied = Extract<TurnResult, { kind: 'replied' }>;

describe('turns of one session across processes', () => {
  it('answer in arrival order, each once, each building on the one before', async () => {
    const s = await newSession(one);
    const a = await accept(one, s, 'a', 'Serengeti please, 2 adults');
    const b = await accept(two, s, 'b', 'in February, for the calving');
    const earlier: Replied[] = [];
    const [rb, ra] = await Promise.all([
      processTurnInOrder(two.turn, b, async (r) => void earlier.push(r)),
      processTurnInOrder(one.turn, a),
    ]);

    const transcript = (await one.repos.messages.transcript('demo', s.session_id)).items;
    const replies = transcript.filter((m) => m.direction === 'outbound');
    expect(replies.map((m) => m.reply_to)).toEqual([a.message_id, b.message_id]); // in order, once each
    const last = { decision: (await one.repos.decisions.get('demo', replies[1]!.decision_id!))! };
    expect(last.decision.inputs_snapshot).toMatchObject({ destinations: ['serengeti'], month: 2, adults: 2 });
    const session = await one.repos.sessions.get('demo', s.session_id);
    expect(session?.turn_count).toBe(2);
    // Each caller ends with the answer to its own message.
    for (const [r, m] of [[ra, a], [rb, b]] as const) {
      if (r.kind === 'replied') expect(r.inbound.message_id).toBe(m.message_id);
      else expect(r.kind).toBe('already_answered');
    }
  });

  it('answers a message left unanswered (its process died) before the next one', async () => {
    const s = await newSession(one);
    const orphan = await accept(one, s, 'o', 'Kruger in September'); // stored, never processed
    const next = await accept(two, s, 'n', 'we are 3 adults');
    const earlier: Replied[] = [];
    const r = await processTurnInOrder(two.turn, next, async (x) => void earlier.push(x));
    expect(earlier.map((x) => x.inbound.message_id)).toEqual([orphan.message_id]);
    expect(r.kind).toBe('replied');
    if (r.kind !== 'replied') return;
    expect(r.inbound.message_id).toBe(next.message_id);
    expect(r.decision.inputs_snapshot).toMatchObject({ destinations: ['kruger'], month: 9, adults: 3 });
  });
});

describe('a message that cannot be answered', () => {
  it('does not block the messages after it: it is marked failed and passed by', async () => {
    let poisonCalls = 0;
    const poisoned = {
      ...one.turn,
      decide: (...args: Parameters<App['turn']['decide']>) => {
        if (args[0].destinations?.includes('ruaha')) {
          poisonCalls += 1;
          throw new Error('a bug in the rules for this one input');
        }
        return one.turn.decide(...args);
      },
    };
    const s = await newSession(one);
    const bad = await accept(one, s, 'p1', 'Ruaha in June'); // stored; its process died before answering
    const next = await accept(one, s, 'p2', 'Kruger in September, 2 adults');
    const r = await processTurnInOrder(poisoned, next);
    expect(r.kind).toBe('replied');
    if (r.kind === 'replied') expect(r.inbound.message_id).toBe(next.message_id);
    expect((await one.repos.messages.get('demo', s.session_id, bad.message_id))?.failed_at).toBeDefined();

    // The next message does not try the failed one again.
    const later = await accept(one, s, 'p3', 'make it October');
    const r2 = await processTurnInOrder(poisoned, later);
    expect(r2.kind).toBe('replied');
    expect(poisonCalls).toBe(1);
  });
});
