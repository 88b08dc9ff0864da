/**
 * Store benchmark on the embedded engine (DynamoDB Local, in memory): round trips per
 * turn by kind, turn-commit latency, and throughput stated as a ratio of the engine's
 * own raw TransactWriteItems/s measured in the same run (the engine, not our code, is
 * the ceiling on this machine).
 */
import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { createDocumentClient } from '../src/store/client';
import { createTables } from '../src/store/create-tables';
import { startDynamoDbLocal } from '../src/store/engine/dynamodb-local';
import { countRoundTrips } from '../src/store/round-trip-counter';
import { tableNames } from '../src/store/tables';
import { createTurnStore, type TurnStore } from '../src/store/turn-store';
import { recordFactory, type RecordFactory } from '../test/store/fixtures';
import { figure, percentile } from './format';

const TURNS = 300;
const IN_FLIGHT = 8;
const RAW_TRANSACTIONS = 600;

export async function run(): Promise<void> {
  const t0 = performance.now();
  const engine = await startDynamoDbLocal({ inMemory: true });
  figure('engine start (JVM, to first ListTables)', performance.now() - t0, 'ms');
  const { client, doc } = createDocumentClient({ endpoint: engine.endpoint, region: 'local' });
  try {
    const tables = tableNames('bench');
    await createTables(client, tables);
    const turns = createTurnStore({ doc, tables });
    const f = recordFactory('bench');

    // 1. Round trips and latency, one turn at a time on one conversation.
    const counter = countRoundTrips(client);
    let conv = await newConversation(turns, f);
    const reads: number[] = [];
    const inboundWrites: number[] = [];
    const commitRequests: number[] = [];
    const commitMs: number[] = [];
    for (let i = 0; i < TURNS; i++) {
      const turn = f.turn({ session: conv.session, lead: conv.lead });
      counter.reset();
      const stored = await turns.storeInbound(turn.storeInput);
      if (stored.kind !== 'stored') throw new Error(`inbound not stored: ${stored.kind}`);
      inboundWrites.push(counter.total());
      counter.reset();
      const ctx = await turns.loadTurnContext({ tenant_id: 'bench', session_id: conv.session.session_id, lead_id: conv.lead.lead_id, traveler_id: conv.session.traveler_id });
      reads.push(counter.total());
      counter.reset();
      const start = performance.now();
      const result = await turns.commitTurn({
        ...turn.commitInput,
        session: { next: turn.commitInput.session.next, expectedVersion: ctx.session!.version },
        lead: { next: turn.commitInput.lead!.next, expectedVersion: ctx.lead!.version },
      });
      commitMs.push(performance.now() - start);
      commitRequests.push(counter.total());
      if (result.kind !== 'committed') throw new Error(`turn not committed: ${result.kind}`);
      conv = { session: { ...turn.commitInput.session.next, version: result.session_version }, lead: { ...turn.commitInput.lead!.next, version: result.lead_version! } };
    }
    counter.detach();
    const max = (xs: number[]) => Math.max(...xs);
    figure('round trips to load a turn context (max)', max(reads), '', { text: '<= 2', met: max(reads) <= 2 });
    figure('round trips to store the inbound (max)', max(inboundWrites), '', { text: '1', met: max(inboundWrites) === 1 });
    figure('round trips to commit the turn (max)', max(commitRequests), '', { text: '1', met: max(commitRequests) === 1 });
    figure(`turn commit p50 (${TURNS} turns, one at a time)`, percentile(commitMs, 50), 'ms');
    figure(`turn commit p99 (${TURNS} turns, one at a time)`, percentile(commitMs, 99), 'ms');

    // 2. The engine's raw ceiling: 2-item transactions, IN_FLIGHT at a time.
    let n = 0;
    const rawStart = performance.now();
    await pool(RAW_TRANSACTIONS, IN_FLIGHT, async () => {
      const k = `bench#raw${n++}`;
      await doc.send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: tables.inbound_dedupe, Item: { pk: `${k}a`, tenant_id: 'bench' }, ConditionExpression: 'attribute_not_exists(pk)' } },
            { Put: { TableName: tables.inbound_dedupe, Item: { pk: `${k}b`, tenant_id: 'bench' }, ConditionExpression: 'attribute_not_exists(pk)' } },
          ],
        }),
      );
    });
    const rawPerSecond = RAW_TRANSACTIONS / ((performance.now() - rawStart) / 1000);
    figure(`engine raw TransactWriteItems/s (2 items, ${IN_FLIGHT} in flight)`, rawPerSecond, '/s');

    // 3. Turn commits at the same concurrency, each on its own conversation (no conflicts).
    const convs = await Promise.all(Array.from({ length: IN_FLIGHT }, () => newConversation(turns, f)));
    const prepared = Array.from({ length: TURNS }, (_, i) => {
      const c = convs[i % IN_FLIGHT]!;
      const turn = f.turn({ session: c.session, lead: c.lead });
      return { c, turn };
    });
    await pool(prepared.length, IN_FLIGHT, async (i) => {
      const r = await turns.storeInbound(prepared[i]!.turn.storeInput);
      if (r.kind !== 'stored') throw new Error('inbound not stored');
    });
    // Each conversation's turns must commit in order; one lane per conversation.
    const versions = convs.map(() => 0);
    const commitStart = performance.now();
    await Promise.all(
      convs.map(async (_, lane) => {
        for (let i = lane; i < prepared.length; i += IN_FLIGHT) {
          const { turn } = prepared[i]!;
          const v = versions[lane]!;
          const r = await turns.commitTurn({
            ...turn.commitInput,
            session: { next: turn.commitInput.session.next, expectedVersion: v },
            lead: { next: turn.commitInput.lead!.next, expectedVersion: v },
          });
          if (r.kind !== 'committed') throw new Error(`concurrent commit: ${r.kind}`);
          versions[lane] = v + 1;
        }
      }),
    );
    const commitsPerSecond = prepared.length / ((performance.now() - commitStart) / 1000);
    figure(`turn commits/s (${IN_FLIGHT} conversations in flight)`, commitsPerSecond, '/s');
    figure('turn commits/s as a share of raw TransactWriteItems/s', (commitsPerSecond / rawPerSecond) * 100, '%');
  } finally {
    client.destroy();
    await engine.stop();
  }
}

/** A conversation whose session and lead exist (version 0), created by a first turn. */
async function newConversation(turns: TurnStore, f: RecordFactory) {
  const traveler = f.traveler();
  const lead = f.lead(traveler);
  const session = f.session(traveler, { lead_id: lead.lead_id });
  const first = f.turn({ session, lead, sessionIsNew: true, leadIsNew: true });
  await turns.storeInbound(first.storeInput);
  const r = await turns.commitTurn({ ...first.commitInput, traveler: { item: traveler, create: true } });
  if (r.kind !== 'committed') throw new Error(`first turn: ${r.kind}`);
  return { session: { ...first.commitInput.session.next, version: 0 }, lead: { ...first.commitInput.lead!.next, version: 0 } };
}

/** Runs `count` tasks with at most `width` in flight. */
async function pool(count: number, width: number, task: (i: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) await task(next++);
    }),
  );
}
