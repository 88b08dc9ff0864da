/**
 * The message function's turn layer loads on demand (src/handlers/message-function.ts):
 * a hello and a resume never ask for it, the first turn does, once per container, and a
 * failed import fails only that turn. Against DynamoDB Local and a local `@connections`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTenant } from '../../src/app';
import { messageFunction, type MessageTurnModule } from '../../src/handlers/message-function';
import type { RuntimeOptions } from '../../src/handlers/runtime';
import { createRepositories, type Repositories } from '../../src/store/repositories';
import { startConnectionsServer, type ConnectionsServer } from '../deploy/support/connections-server';
import { wsEvent } from '../deploy/support/events';
import { createTestStore, type TestStore } from '../support/dynamodb';

const TRIP = 'Masai Mara in August, 2 adults, we love the migration, 7 days, $6000 per person';

let store: TestStore;
let repos: Repositories;
let connections: ConnectionsServer;

beforeAll(async () => {
  store = await createTestStore();
  repos = createRepositories(store.ctx);
  connections = await startConnectionsServer();
  await repos.tenants.put(demoTenant(new Date()));
});
afterAll(async () => {
  await connections?.close();
  await store?.close();
});

const options = (): RuntimeOptions => ({
  env: { DYNAMODB_ENDPOINT: store.endpoint, TABLE_PREFIX: store.prefix, AWS_REGION: 'eu-west-1', LOG_LEVEL: 'silent', MODEL_PROVIDER: 'local' },
  managementEndpoint: connections.endpoint,
  managementCredentials: { accessKeyId: 'test', secretAccessKey: 'test' },
});
const frames = (connectionId: string) => connections.posted.filter((p) => p.connectionId === connectionId).map((p) => p.frame);

/** A connection as `$connect` stores it. */
async function connected(connectionId: string): Promise<void> {
  const now = new Date();
  await repos.connections.put({ connection_id: connectionId, tenant_id: 'demo', connected_at: now.toISOString(), ttl: Math.floor(now.getTime() / 1000) + 600 });
}

/** The real turn layer's module behind a loader that counts its calls and fails the first `failures` of them. */
function countingLoader(failures = 0) {
  const loader = {
    calls: 0,
    load: async (): Promise<MessageTurnModule> => {
      loader.calls++;
      if (loader.calls <= failures) throw new Error('chunk not found');
      return import('../../src/handlers/message-turn');
    },
  };
  return loader;
}

describe('the message function loads its turn layer on the first turn', () => {
  it('a hello and a resume never load it; the first sendMessage does, once for the container', async () => {
    const loader = countingLoader();
    const handler = messageFunction(options(), loader.load);
    await connected('c-first=');
    await handler(wsEvent('hello', 'c-first=', { body: { action: 'hello' } }));
    const session = frames('c-first=').find((f) => f.type === 'session')!;
    expect(session).toMatchObject({ resumed: false });
    await connected('c-again=');
    await handler(wsEvent('hello', 'c-again=', { body: { action: 'hello', session_id: session.session_id } }));
    expect(frames('c-again=')).toContainEqual(expect.objectContaining({ type: 'session', session_id: session.session_id, resumed: true }));
    expect(loader.calls).toBe(0);

    await handler(wsEvent('sendMessage', 'c-first=', { body: { action: 'sendMessage', client_message_id: 'm1', text: TRIP } }));
    await handler(wsEvent('sendMessage', 'c-first=', { body: { action: 'sendMessage', client_message_id: 'm2', text: 'we are 3 adults now' } }));
    expect(frames('c-first=').filter((f) => f.type === 'reply')).toHaveLength(2);
    expect(loader.calls).toBe(1);

    // A later resume replays what the turns stored, still without the turn layer being asked for again.
    await connected('c-later=');
    await handler(wsEvent('hello', 'c-later=', { body: { action: 'hello', session_id: session.session_id } }));
    expect(frames('c-later=').filter((f) => f.type === 'reply')).toHaveLength(2);
    expect(loader.calls).toBe(1);
  });

  it('a failed import fails that turn with an error frame; the resent message loads it again and is answered', async () => {
    const loader = countingLoader(1);
    const handler = messageFunction(options(), loader.load);
    await connected('c-fail=');
    await handler(wsEvent('hello', 'c-fail=', { body: { action: 'hello' } }));
    const send = () => handler(wsEvent('sendMessage', 'c-fail=', { body: { action: 'sendMessage', client_message_id: 'm1', text: TRIP } }));
    expect(await send()).toEqual({ statusCode: 200 });
    expect(frames('c-fail=')).toContainEqual(expect.objectContaining({ type: 'error', code: 'internal', client_message_id: 'm1' }));
    expect(frames('c-fail=').filter((f) => f.type === 'reply')).toEqual([]);
    await send();
    expect(loader.calls).toBe(2);
    expect(frames('c-fail=').filter((f) => f.type === 'reply')).toHaveLength(1);
  });
});
