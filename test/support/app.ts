import { buildApp, demoTenant, type App } from '../../src/app';
import { loadConfig } from '../../src/config';
import type { ConversationResult, NeutralReply } from '../../src/agent/conversation';
import type { Decision } from '../../src/domain/entities/decision';
import type { Channel } from '../../src/domain/entities/common';
import type { Session } from '../../src/domain/entities/session';
import type { TranscriptMessage } from '../../src/domain/entities/message';
import type { Clock } from '../../src/domain/time';
import { replyFrame } from '../../src/channels/websocket/reply-frame';
import type { ReplyFrame } from '../../src/channels/websocket/frames';
import { createTestStore, type TestStore } from './dynamodb';

/** A turn's answer as the tests read it: the decision, the stored reply, and the reply as the widget gets it. */
export interface Said {
  inbound: TranscriptMessage;
  neutral: NeutralReply;
  decision: Decision;
  /** The stored outbound message. */
  reply: TranscriptMessage;
  frame: ReplyFrame;
}

export interface TestApp {
  app: App;
  store: TestStore;
  newSession(channel?: Channel): Promise<Session>;
  /** One traveler turn through the conversation service, as every channel takes it. */
  say(session: Session, text: string): Promise<Said>;
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
      const result: ConversationResult = await app.conversation.handle({ tenant_id: 'demo', channel: session.channel, session_id: session.session_id, traveler_id: session.traveler_id, channel_message_id: `${session.session_id}:t${++n}`, text });
      if (result.kind !== 'replied') throw new Error(`no reply: ${result.reason}`);
      const reply = await app.repos.messages.get('demo', session.session_id, result.reply.message_id);
      if (!reply) throw new Error(`reply ${result.reply.message_id} not stored`);
      return { inbound: result.inbound, neutral: result.reply, decision: result.reply.decision, reply, frame: replyFrame(result.reply) };
    },
    close: () => store.close(),
  };
}
