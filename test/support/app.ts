import { buildApp, demoTenant, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { Channel } from '../../src/domain/entities/common';
import type { Session } from '../../src/domain/entities/session';
import { acceptInbound, processTurnInOrder, type TurnResult } from '../../src/agent/turn/run-turn';
import type { Clock } from '../../src/domain/time';
import { createTestStore, type TestStore } from './dynamodb';

export interface TestApp {
  app: App;
  store: TestStore;
  newSession(channel?: Channel): Promise<Session>;
  /** One traveler turn through the real pipeline: store inbound, then process it. */
  say(session: Session, text: string): Promise<Extract<TurnResult, { kind: 'replied' }>>;
  close(): Promise<void>;
}

/** The application on the shared DynamoDB Local, with its own tables, without sockets. */
export async function startTestApp(opts: { now?: string; env?: Record<string, string>; clock?: Clock } = {}): Promise<TestApp> {
  const store = await createTestStore();
  const config = loadConfig({ LOG_LEVEL: 'silent', ...(opts.now ? { NOW: opts.now } : {}), ...opts.env });
  const app = buildApp({ config, store: store.ctx, ...(opts.clock ? { clock: opts.clock } : {}) });
  await app.repos.tenants.put(demoTenant(app.clock()));
  let n = 0;
  return {
    app,
    store,
    newSession: (channel: Channel = 'web') => app.startConversation('demo', channel),
    async say(session, text) {
      const accepted = await acceptInbound(app.turn, { tenant_id: 'demo', channel: session.channel, session_id: session.session_id, traveler_id: session.traveler_id, channel_message_id: `${session.session_id}:t${++n}`, text });
      if (accepted.kind !== 'accepted') throw new Error(`inbound not accepted: ${accepted.kind}`);
      const result = await processTurnInOrder(app.turn, accepted.inbound);
      if (result.kind !== 'replied') throw new Error(`no reply: ${result.kind}`);
      return result;
    },
    close: () => store.close(),
  };
}
