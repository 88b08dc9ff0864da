import type { ConversationService } from '../../agent/conversation/conversation-service';
import { languageOfLocale } from '../../domain/dialogue';
import { KeyedQueue } from '../../agent/conversation/keyed-queue';
import type { ReplySink } from '../../agent/conversation/reply-sink';
import type { Session } from '../../domain/entities/session';
import type { TranscriptMessage } from '../../domain/entities/message';
import type { WebSocketEvent } from './api-gateway-event';
import { OK, clientMessageIdIn, createConnectionRoutes, routeHandler, type Caller, type ConnectionDeps } from './connection-routes';
import { HelloFrameSchema, SendMessageFrameSchema, describeIssues, errorFrame, parseFrameText } from './frames';
import { replyFrame } from './reply-frame';

export interface WebSocketDeps extends ConnectionDeps {
  conversation: ConversationService;
}

/** Work a frame leaves for after its arrival step (a sendMessage's turn, a resume's replay), if any. */
type Later = (() => Promise<void>) | undefined;

/** The connection a web message was sent from, as stored with it. */
function senderConnection(inbound: TranscriptMessage): string | undefined {
  const id = inbound.meta?.channel_context?.connection_id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The web's reply sink: a reply frame to one connection; a gone client keeps the reply
 * pending for its resume. The typing frames go to the same connection.
 */
function webSink(c: Caller, connectionId: string): ReplySink {
  return {
    deliver: async (reply) => ((await c.sendTo(connectionId, replyFrame(reply))) === 'sent' ? 'sent' : 'kept'),
    working: async (on) => void (await c.sendTo(connectionId, { type: 'typing', on })),
  };
}

/**
 * The WebSocket API's route handlers (PROTOCOL.md §1), taking API Gateway events on AWS
 * and from the local gateway alike: frames in, the conversation service, frames out.
 * They parse, ack, show typing and deliver; the conversation service stores, orders and
 * answers. Replies go out through `@connections`, never the integration response, so a
 * slow model cannot lose one to a gateway timeout.
 */
export function createWebSocketHandler(deps: WebSocketDeps) {
  const { conversation } = deps;
  const routes = createConnectionRoutes(deps);
  // Per connection, unbounded: each job is short (a read, the inbound write, the ack).
  const arrivals = new KeyedQueue();

  /** Where each reply goes: this connection for its own message, an earlier message's own connection for that one's. */
  const sinksFor = (c: Caller) => ({
    sink: webSink(c, c.connectionId),
    sinks: { web: (inbound: TranscriptMessage) => webSink(c, senderConnection(inbound) ?? c.connectionId) },
  });

  async function bind(c: Caller, session: Pick<Session, 'session_id' | 'traveler_id'>): Promise<void> {
    c.connection = { ...c.connection, session_id: session.session_id, traveler_id: session.traveler_id, last_seen_at: deps.clock().toISOString() };
    await deps.connections.putConnection(c.connection);
  }

  /**
   * Starts a session for an anonymous web traveler, binds it to the connection and says so;
   * undefined (after a `rate_limited` error naming `clientMessageId`) when the connection or
   * the tenant has started too many this minute: each one stores a traveler, a session and an event.
   */
  async function startSession(c: Caller, locale?: string, clientMessageId?: string): Promise<Session | undefined> {
    const tenant = await deps.policy.tenant(c.connection.tenant_id);
    if (tenant && !deps.policy.takeSession(tenant, { connection: c.connectionId })) {
      await c.send(errorFrame('rate_limited', 'Too many new conversations. Please wait a moment and try again.', clientMessageId));
      return undefined;
    }
    const language = languageOfLocale(locale);
    const session = await conversation.startConversation(c.connection.tenant_id, 'web', {
      ...(language ? { language } : {}),
      ...(c.connection.user_agent ? { user_agent: c.connection.user_agent } : {}),
      ...(c.connection.origin ? { landing_url: c.connection.origin } : {}),
    });
    await bind(c, session);
    await c.send({ type: 'session', session_id: session.session_id, traveler_id: session.traveler_id, resumed: false });
    return session;
  }

  /** Sends every stored reply of the session after `after` (resume), marking them delivered. */
  async function replay(c: Caller, session: Session, after?: string): Promise<void> {
    for (const reply of await conversation.repliesAfter(session.tenant_id, session.session_id, after)) {
      if ((await c.send(replyFrame(reply))) === 'gone') return;
      if (reply.delivery !== 'sent') await conversation.recordDelivery(reply, 'sent');
    }
  }

  async function hello(c: Caller, body: Record<string, unknown>): Promise<Later> {
    const frame = HelloFrameSchema.safeParse(body);
    if (!frame.success) {
      await c.send(errorFrame('bad_request', describeIssues(frame.error)));
      return;
    }
    const tenant = await deps.policy.tenant(c.connection.tenant_id);
    if (tenant && !deps.policy.takeHello(tenant, c.connectionId)) {
      await c.send(errorFrame('rate_limited', 'Too many hellos on this connection. Please wait a moment.'));
      return;
    }
    const wanted = frame.data.session_id;
    // Another tenant's session reads as missing: it is never resumed, and nothing says it exists.
    const existing = wanted ? await conversation.getSession(c.connection.tenant_id, wanted) : undefined;
    if (!existing) {
      await startSession(c, frame.data.locale);
      return;
    }
    await bind(c, existing);
    await c.send({ type: 'session', session_id: existing.session_id, traveler_id: existing.traveler_id, resumed: true });
    // The replay waits for the session's running turns, outside this connection's arrival
    // step, so a ping or the next message is not held behind them. It is queued before
    // any later frame's turn, so it still comes first.
    return () => conversation.queue.run(existing.session_id, () => replay(c, existing, frame.data.after_message_id));
  }

  /** Stores and acks the message; returns its turn, to run once this frame's arrival step is over. */
  async function sendMessage(c: Caller, body: Record<string, unknown>): Promise<Later> {
    const frame = SendMessageFrameSchema.safeParse(body);
    if (!frame.success) {
      const tooLong = frame.error.issues.some((i) => i.code === 'too_big');
      await c.send(errorFrame(tooLong ? 'too_large' : 'bad_request', describeIssues(frame.error), clientMessageIdIn(body)));
      return;
    }
    const clientMessageId = frame.data.client_message_id;
    if (!(await deps.policy.takeMessage(c.connection.tenant_id, { connection: c.connectionId }))) {
      await c.send(errorFrame('rate_limited', 'Too many messages. Please wait a moment and try again.', clientMessageId));
      return;
    }
    // The connection knows its session and traveler since hello: no read here. (A session
    // that vanished is reported by the turn itself.) A sendMessage before hello implicitly
    // starts a session (PROTOCOL.md §1).
    const bound =
      c.connection.session_id && c.connection.traveler_id ? { session_id: c.connection.session_id, traveler_id: c.connection.traveler_id } : await startSession(c, undefined, clientMessageId);
    if (!bound) return;
    const { session_id, traveler_id } = bound;
    const accepted = await conversation.accept({
      tenant_id: c.connection.tenant_id,
      channel: 'web',
      session_id,
      traveler_id,
      channel_message_id: `${session_id}:${clientMessageId}`,
      text: frame.data.text,
      // Whoever answers this message (another process, if it was first) replies here.
      channel_context: { connection_id: c.connectionId },
    });
    if (accepted.kind === 'unavailable') {
      await c.send(errorFrame('unavailable', 'We could not save your message. Please try again in a moment.', clientMessageId));
      return;
    }
    await c.send({ type: 'ack', client_message_id: clientMessageId, message_id: accepted.inbound.message_id, duplicate: accepted.kind === 'duplicate' });
    const answer = async () => {
      const result = await conversation.answer(accepted, sinksFor(c));
      if (result.kind === 'failed') {
        await c.send(errorFrame(result.reason === 'unavailable' ? 'unavailable' : 'internal', 'Something went wrong deciding on your message. Please send it again.', clientMessageId));
      }
    };
    // A recorded reply goes out at once; a turn waits its turn (the ack is already out).
    if (accepted.kind === 'duplicate' && accepted.reply) return void (await answer());
    return answer;
  }

  /** Takes one frame up to its ack; returns what is left to do (a sendMessage's turn). */
  async function take(event: WebSocketEvent, route: string): Promise<Later> {
    const parsed = parseFrameText(event.body);
    const connectionId = event.requestContext.connectionId;
    // A hello over its connection's limit is refused before any read: a client that asks for
    // replays again and again (and need not read them) costs no store request and no
    // connection lookup, so it cannot slow other travelers' turns.
    if (parsed.ok && (route === 'hello' || parsed.value.action === 'hello') && deps.policy.helloSpent(connectionId)) {
      await deps.senderFor(event).send(connectionId, errorFrame('rate_limited', 'Too many hellos on this connection. Please wait a moment.')).catch(() => 'gone');
      return undefined;
    }
    const c = await routes.caller(event);
    if (!c) return undefined;
    if (!parsed.ok) {
      await c.send(errorFrame('bad_request', parsed.message));
      return undefined;
    }
    const action = parsed.value.action;
    if ((action === 'hello' || action === 'sendMessage') && !conversation.accepting) {
      // Stopping: nothing new is stored; the client sends it again once we are back.
      await c.send(errorFrame('unavailable', 'We are restarting. Please send that again in a moment.', clientMessageIdIn(parsed.value)));
      return undefined;
    }
    if (route === 'ping' || action === 'ping') await routes.ping(c, parsed.value);
    else if (route === 'hello' || action === 'hello') return hello(c, parsed.value);
    else if (route === 'sendMessage' || action === 'sendMessage') return sendMessage(c, parsed.value);
    else await routes.unknownAction(c, action);
    return undefined;
  }

  // A connection's frames are taken in the order they arrived, each up to its ack, so
  // "hello" binds its session before the next frame reads it and messages sent together
  // are stored, and so answered, in sending order. (Entered before any await: the gateway
  // calls the handler in arrival order.) The turns themselves queue per session.
  return routeHandler(routes, async (event) => {
    let later: Later = undefined;
    await arrivals.run(event.requestContext.connectionId, async () => {
      later = await take(event, event.requestContext.routeKey);
    });
    await (later as Later)?.();
    return OK;
  });
}
