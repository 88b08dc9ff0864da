import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRepositories, type Repositories } from '../../src/store/repositories';
import { countRoundTrips } from '../../src/store/round-trip-counter';
import { createDocumentClient } from '../../src/store/client';
import { createTurnStore } from '../../src/store/turn-store';
import { freePort } from '../../src/store/engine/dynamodb-local';
import { createTestStore, type TestStore } from '../support/dynamodb';
import { recordFactory } from './fixtures';

let store: TestStore;
let repos: Repositories;
const f = recordFactory('demo');

beforeAll(async () => {
  store = await createTestStore();
  repos = createRepositories(store.ctx);
});
afterAll(() => store.close());

/** A session and lead that exist in the store (created by a first committed turn). */
async function startedConversation() {
  const traveler = f.traveler();
  const lead = f.lead(traveler);
  const session = f.session(traveler, { lead_id: lead.lead_id });
  const first = f.turn({ session, lead, sessionIsNew: true, leadIsNew: true });
  expect(await repos.turns.storeInbound(first.storeInput)).toEqual({ kind: 'stored' });
  expect(await repos.turns.commitTurn({ ...first.commitInput, traveler: { item: traveler, create: true } })).toMatchObject({ kind: 'committed', session_version: 0, lead_version: 0 });
  const ctx = await repos.turns.loadTurnContext({ tenant_id: 'demo', session_id: session.session_id, lead_id: lead.lead_id, traveler_id: traveler.traveler_id });
  return { traveler, session: ctx.session!, lead: ctx.lead!, first };
}

describe('turn store', () => {
  it('stores the inbound, loads the context and commits a turn in 1 + 2 + 1 round trips', async () => {
    const { traveler, session, lead } = await startedConversation();
    const counter = countRoundTrips(store.client);
    try {
      const turn = f.turn({ session, lead });
      expect(await repos.turns.storeInbound(turn.storeInput)).toEqual({ kind: 'stored' });
      expect(counter.counts()).toEqual({ TransactWriteItems: 1 });

      counter.reset();
      const ctx = await repos.turns.loadTurnContext({ tenant_id: 'demo', session_id: session.session_id, lead_id: lead.lead_id, traveler_id: traveler.traveler_id });
      expect(counter.total()).toBeLessThanOrEqual(2);
      expect(counter.counts()).toEqual({ BatchGetItem: 1, Query: 1 });
      expect(ctx.session?.version).toBe(0);
      expect(ctx.lead?.lead_id).toBe(lead.lead_id);
      expect(ctx.traveler?.traveler_id).toBe(traveler.traveler_id);
      // The transcript so far: first inbound, first reply, this inbound, in order.
      expect(ctx.recent.map((m) => m.direction)).toEqual(['inbound', 'outbound', 'inbound']);
      expect(ctx.recent.at(-1)?.message_id).toBe(turn.inbound.message_id);

      counter.reset();
      const result = await repos.turns.commitTurn(turn.commitInput);
      expect(result).toEqual({ kind: 'committed', session_version: 1, lead_version: 1 });
      expect(counter.counts()).toEqual({ TransactWriteItems: 1 });
    } finally {
      counter.detach();
    }
    const after = await repos.sessions.get('demo', session.session_id);
    expect(after?.version).toBe(1);
    expect(after?.turn_count).toBe(session.turn_count + 1);
  });

  it('answers a redelivered message id with the recorded reply and stores nothing new', async () => {
    const { session, lead } = await startedConversation();
    const turn = f.turn({ session, lead });
    expect(await repos.turns.storeInbound(turn.storeInput)).toEqual({ kind: 'stored' });

    // Redelivered before the turn committed: recognised, no reply yet.
    const early = await repos.turns.storeInbound({ ...turn.storeInput, message: f.inbound(session, 'same text', { channel_message_id: turn.inbound.channel_message_id! }) });
    expect(early).toEqual({ kind: 'duplicate', inbound: turn.inbound });

    expect((await repos.turns.commitTurn(turn.commitInput)).kind).toBe('committed');
    const redelivery = f.inbound(session, 'same text again', { channel_message_id: turn.inbound.channel_message_id! });
    const late = await repos.turns.storeInbound({ ...turn.storeInput, message: redelivery });
    expect(late).toEqual({ kind: 'duplicate', inbound: turn.inbound, reply: turn.outbound });

    const transcript = await repos.turns.transcriptAfter('demo', session.session_id);
    expect(transcript.map((m) => m.message_id)).not.toContain(redelivery.message_id);
    expect(transcript.filter((m) => m.channel_message_id === turn.inbound.channel_message_id)).toHaveLength(1);

    // A second commit for the same inbound (a retried turn) is refused: one reply per inbound.
    const again = f.turn({ session: { ...session, version: 1 }, lead: { ...lead, version: 1 } });
    const second = await repos.turns.commitTurn({ ...again.commitInput, dedupe: turn.commitInput.dedupe, outbound: { ...again.outbound, reply_to: turn.inbound.message_id } });
    expect(second).toEqual({ kind: 'conflict', on: 'inbound' });
  });

  it('the same widget client_message_id in two sessions is not a duplicate', async () => {
    const a = await startedConversation();
    const b = await startedConversation();
    const ta = f.turn({ session: a.session, lead: a.lead });
    const tb = f.turn({ session: b.session, lead: b.lead });
    const same = 'client-1';
    expect(await repos.turns.storeInbound({ ...ta.storeInput, channel_message_id: same })).toEqual({ kind: 'stored' });
    expect(await repos.turns.storeInbound({ ...tb.storeInput, channel_message_id: same })).toEqual({ kind: 'stored' });
  });

  it('a planted condition failure leaves nothing of the turn written', async () => {
    const { session, lead } = await startedConversation();
    const turn = f.turn({ session, lead });
    expect((await repos.turns.storeInbound(turn.storeInput)).kind).toBe('stored');
    const itinerary = f.itinerary(turn.decision);
    // The lead's expected version is stale: the whole transaction must roll back.
    const result = await repos.turns.commitTurn({
      ...turn.commitInput,
      lead: { next: turn.commitInput.lead!.next, expectedVersion: 7 },
      itinerary,
      supersede: { decision_id: session.last_decision_id!, new_state: 'SUPERSEDED' },
    });
    expect(result).toEqual({ kind: 'conflict', on: 'lead' });

    expect(await repos.decisions.get('demo', turn.decision.decision_id)).toBeUndefined();
    expect(await repos.itineraries.get('demo', itinerary.itinerary_id)).toBeUndefined();
    expect(await repos.messages.get('demo', session.session_id, turn.outbound.message_id)).toBeUndefined();
    expect((await repos.events.listByEntity('demo', turn.decision.decision_id)).items).toEqual([]);
    expect((await repos.sessions.get('demo', session.session_id))?.version).toBe(session.version);
    expect((await repos.decisions.get('demo', session.last_decision_id!))?.state).toBe('ISSUED');
    expect((await repos.messages.listByDecision('demo', turn.decision.decision_id)).items).toEqual([]);
    // The inbound is still unanswered, so a redelivery finds no reply.
    const dup = await repos.turns.storeInbound({ ...turn.storeInput, message: f.inbound(session, 'again', { channel_message_id: turn.inbound.channel_message_id! }) });
    expect(dup).toEqual({ kind: 'duplicate', inbound: turn.inbound });
  });

  it('a turn that supersedes a decision commits the new one and marks the old', async () => {
    const { session, lead, first } = await startedConversation();
    const turn = f.turn({ session, lead });
    await repos.turns.storeInbound(turn.storeInput);
    const itinerary = f.itinerary(turn.decision);
    const decision = { ...turn.decision, supersedes_decision_id: first.decision.decision_id, linked_entities: { itinerary_id: itinerary.itinerary_id } };
    const result = await repos.turns.commitTurn({ ...turn.commitInput, decision, itinerary, supersede: { decision_id: first.decision.decision_id, new_state: 'SUPERSEDED' } });
    expect(result.kind).toBe('committed');
    expect((await repos.decisions.get('demo', first.decision.decision_id))?.state).toBe('SUPERSEDED');
    expect((await repos.itineraries.get('demo', decision.linked_entities.itinerary_id!))?.decision_id).toBe(decision.decision_id);
    // The decision's messages: the inbound that led to it and the reply that carries it.
    const msgs = (await repos.messages.listByDecision('demo', decision.decision_id)).items;
    expect(msgs.map((m) => m.message_id)).toEqual([turn.inbound.message_id, turn.outbound.message_id]);
  });

  it('two concurrent commits on one lead: exactly one wins, the other is a conflict, no lost update', async () => {
    const { session, lead } = await startedConversation();
    const a = f.turn({ session, lead }, 'a', 'PLAN_READY');
    const b = f.turn({ session, lead }, 'b', 'WAITING');
    b.commitInput.lead!.next = { ...b.commitInput.lead!.next, next_action_at: '2026-06-01T00:00:00.000Z' };
    await repos.turns.storeInbound(a.storeInput);
    await repos.turns.storeInbound(b.storeInput);
    const results = await Promise.all([repos.turns.commitTurn(a.commitInput), repos.turns.commitTurn(b.commitInput)]);
    const kinds = results.map((r) => r.kind).sort();
    expect(kinds).toEqual(['committed', 'conflict']);
    const winner = results[0]!.kind === 'committed' ? a : b;
    const loser = winner === a ? b : a;
    const stored = await repos.leads.get('demo', lead.lead_id, true);
    expect(stored?.version).toBe(lead.version + 1);
    expect(stored?.last_decision_id).toBe(winner.decision.decision_id);
    expect(await repos.decisions.get('demo', loser.decision.decision_id)).toBeUndefined();

    // The loser reloads and retries on top of the winner's state: both turns end up applied.
    const ctx = await repos.turns.loadTurnContext({ tenant_id: 'demo', session_id: session.session_id, lead_id: lead.lead_id });
    const retry = await repos.turns.commitTurn({
      ...loser.commitInput,
      session: { next: { ...loser.commitInput.session.next, turn_count: ctx.session!.turn_count + 1 }, expectedVersion: ctx.session!.version },
      lead: { next: loser.commitInput.lead!.next, expectedVersion: ctx.lead!.version },
    });
    expect(retry.kind).toBe('committed');
    expect((await repos.sessions.get('demo', session.session_id, true))?.turn_count).toBe(session.turn_count + 2);
  });

  it('creating a session that already exists is a conflict on the session', async () => {
    const { session, lead } = await startedConversation();
    const turn = f.turn({ session, lead, sessionIsNew: true });
    await repos.turns.storeInbound(turn.storeInput);
    expect(await repos.turns.commitTurn(turn.commitInput)).toEqual({ kind: 'conflict', on: 'session' });
  });

  it('marks a reply delivered and replays the transcript after a message id', async () => {
    const { session, first } = await startedConversation();
    await repos.turns.markDelivered('demo', session.session_id, first.outbound.message_id);
    const all = await repos.turns.transcriptAfter('demo', session.session_id);
    expect(all.map((m) => m.message_id)).toEqual([first.inbound.message_id, first.outbound.message_id]);
    expect(all[1]?.delivery).toBe('sent');
    const after = await repos.turns.transcriptAfter('demo', session.session_id, first.inbound.message_id);
    expect(after.map((m) => m.message_id)).toEqual([first.outbound.message_id]);
    // Another tenant cannot touch it.
    await expect(repos.turns.markDelivered('other', session.session_id, first.outbound.message_id)).rejects.toMatchObject({ kind: 'not_found' });
    expect(await repos.turns.transcriptAfter('other', session.session_id)).toEqual([]);
  });

  it('another tenant loads nothing of this turn context', async () => {
    const { traveler, session, lead } = await startedConversation();
    const ctx = await repos.turns.loadTurnContext({ tenant_id: 'other', session_id: session.session_id, lead_id: lead.lead_id, traveler_id: traveler.traveler_id });
    expect(ctx).toEqual({ recent: [] });
  });

  it('a store that cannot be reached is reported as unavailable, not thrown', async () => {
    const dead = createDocumentClient({ endpoint: `http://127.0.0.1:${await freePort()}`, region: 'local', maxAttempts: 1 });
    const turns = createTurnStore({ doc: dead.doc, tables: store.tables });
    const { session, lead } = await startedConversation();
    const turn = f.turn({ session, lead });
    const r1 = await turns.storeInbound(turn.storeInput);
    expect(r1.kind).toBe('unavailable');
    const r2 = await turns.commitTurn(turn.commitInput);
    expect(r2.kind).toBe('unavailable');
    await expect(turns.loadTurnContext({ tenant_id: 'demo', session_id: session.session_id })).rejects.toMatchObject({ kind: 'unavailable' });
    dead.client.destroy();
  });
});
