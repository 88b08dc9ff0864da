import { CONNECTION_TTL_SECONDS, type Connection } from '../../domain/entities/connection';
import type { Session } from '../../domain/entities/session';
import type { TranscriptMessage } from '../../domain/entities/message';
import type { Tenant } from '../../domain/entities/tenant';
import { newConversation } from '../../domain/conversation';
import { TenantId, type IdGenerator } from '../../domain/ids';
import type { Clock } from '../../domain/time';
import { acceptInbound, processTurnInOrder, type TurnDeps } from '../../agent/turn/run-turn';
import { KeyedQueue } from '../keyed-queue';
import type { RateLimiter } from '../rate-limiter';
import { getHeader, type HandlerResult, type WebSocketEvent } from './api-gateway-event';
import type { FrameSender } from './frame-sender';
import {
  HelloFrameSchema,
  PingFrameSchema,
  SendMessageFrameSchema,
  describeIssues,
  errorFrame,
  parseFrameText,
  type ServerFrame,
} from './frames';
import { originAllowed } from './origin';
import type { ChannelStore } from './ports';

export interface WebSocketDeps {
  store: ChannelStore;
  turn: TurnDeps;
  /** Serialises the turns of one session, in arrival order. */
  queue: KeyedQueue;
  limiter: RateLimiter;
  /** The frame sender for the API (endpoint) an event came through. */
  senderFor(event: WebSocketEvent): FrameSender;
  clock: Clock;
  ids: IdGenerator;
  log?: (line: string) => void;
  /** False while the process stops: new messages and sessions are refused with `unavailable`. */
  accepting?: () => boolean;
}

const OK: HandlerResult = { statusCode: 200 };

/** Frames of any kind one connection may send a minute (a heartbeat is one every few minutes). */
export const MAX_FRAMES_PER_MINUTE = 120;

type SessionRef = Pick<Session, 'session_id' | 'traveler_id' | 'tenant_id'>;

/** Work a frame leaves for after its arrival step (a sendMessage's turn), if any. */
type Later = (() => Promise<void>) | undefined;

/** The client_message_id a frame carries, when it is a usable one, for an error that must name it. */
function clientMessageIdIn(frame: unknown): string | undefined {
  const id = (frame as { client_message_id?: unknown } | null)?.client_message_id;
  return typeof id === 'string' && id.length <= 64 ? id : undefined;
}

/** The same, from a frame's raw text (read cheaply, before or without the rest of the frame). */
function clientMessageIdOf(body: string | undefined): string | undefined {
  try {
    return clientMessageIdIn(JSON.parse(body ?? ''));
  } catch {
    return undefined;
  }
}

/**
 * Tenant settings change rarely and are read on every connect and message: keep them a
 * minute in memory (per process, or per warm Lambda).
 */
class TenantCache {
  private readonly entries = new Map<string, { at: number; tenant: Tenant | undefined }>();
  constructor(
    private readonly store: ChannelStore,
    private readonly ttlMs = 60_000,
  ) {}
  async get(id: string): Promise<Tenant | undefined> {
    const hit = this.entries.get(id);
    if (hit && Date.now() - hit.at < this.ttlMs) return hit.tenant;
    const tenant = await this.store.getTenant(id);
    if (this.entries.size >= 1000) this.entries.clear(); // unknown ids probed at random must not grow it
    this.entries.set(id, { at: Date.now(), tenant });
    return tenant;
  }
}

/** A connection's identity as the message routes need it. */
interface Caller {
  connectionId: string;
  connection: Connection;
  send(frame: ServerFrame): Promise<'sent' | 'gone'>;
  /** Sends to another connection of the same API (the sender of an earlier message). */
  sendTo(connectionId: string, frame: ServerFrame): Promise<'sent' | 'gone'>;
}

/**
 * The WebSocket API's route handlers (PROTOCOL.md §1), taking API Gateway events on AWS
 * and from the local gateway alike. They translate frames into turns and turns into
 * frames; the turn decides. Replies go out through `@connections`, never the
 * integration response, so a slow model cannot lose one to a gateway timeout.
 */
export function createWebSocketHandler(deps: WebSocketDeps) {
  const log = deps.log ?? (() => {});
  const tenants = new TenantCache(deps.store);
  // Per connection, unbounded: each job is short (a read, the inbound write, the ack).
  const arrivals = new KeyedQueue();

  async function caller(event: WebSocketEvent): Promise<Caller | undefined> {
    const connectionId = event.requestContext.connectionId;
    const sender = deps.senderFor(event);
    const connection = await deps.store.resolveConnection(connectionId);
    if (!connection) {
      // The connection record expired or was never stored: tell the client, then stop.
      await sender.send(connectionId, errorFrame('unauthorized', 'This connection is not open. Please reconnect.')).catch(() => 'gone');
      return undefined;
    }
    const sendTo = async (id: string, frame: ServerFrame) => {
      const outcome = await sender.send(id, frame);
      if (outcome === 'gone') await deps.store.deleteConnection(connection.tenant_id, id).catch(() => undefined);
      return outcome;
    };
    return { connectionId, connection, send: (frame) => sendTo(connectionId, frame), sendTo };
  }

  async function connect(event: WebSocketEvent): Promise<HandlerResult> {
    // A missing or malformed tenant is an unknown tenant: refused the same way (PROTOCOL.md §1).
    const tenantParam = TenantId.safeParse(event.queryStringParameters?.tenant);
    if (!tenantParam.success) return { statusCode: 403, body: 'Forbidden' };
    const tenant = await tenants.get(tenantParam.data);
    const origin = getHeader(event.headers, 'origin');
    if (!tenant || tenant.status !== 'active' || !originAllowed(tenant, origin)) return { statusCode: 403, body: 'Forbidden' };
    const now = deps.clock();
    const userAgent = getHeader(event.headers, 'user-agent');
    await deps.store.putConnection({
      connection_id: event.requestContext.connectionId,
      tenant_id: tenant.tenant_id,
      connected_at: now.toISOString(),
      ...(origin ? { origin } : {}),
      ...(userAgent ? { user_agent: userAgent.slice(0, 512) } : {}),
      source_ip: event.requestContext.identity.sourceIp.slice(0, 64),
      // Expiry is infrastructure time: DynamoDB's TTL sweeper runs on the real clock,
      // whatever `NOW` a demo has set for the product's own sense of the date.
      ttl: Math.floor(Date.now() / 1000) + CONNECTION_TTL_SECONDS,
    });
    return OK;
  }

  async function disconnect(event: WebSocketEvent): Promise<HandlerResult> {
    const connection = await deps.store.resolveConnection(event.requestContext.connectionId);
    if (connection) await deps.store.deleteConnection(connection.tenant_id, connection.connection_id);
    return OK;
  }

  /** Starts a session for an anonymous web traveler and binds it to the connection. */
  async function startSession(c: Caller): Promise<Session> {
    const { traveler, session, event } = newConversation({
      tenant_id: c.connection.tenant_id,
      channel: 'web',
      ids: deps.ids,
      now: deps.clock(),
      ...(c.connection.user_agent ? { user_agent: c.connection.user_agent } : {}),
      ...(c.connection.origin ? { landing_url: c.connection.origin } : {}),
    });
    await deps.store.startSession(traveler, session, event);
    await bind(c, session);
    return session;
  }

  async function bind(c: Caller, session: Session): Promise<void> {
    c.connection = { ...c.connection, session_id: session.session_id, traveler_id: session.traveler_id, last_seen_at: deps.clock().toISOString() };
    await deps.store.putConnection(c.connection);
  }

  /** Sends every stored server frame of the session after `after` (resume), marking replies delivered. */
  async function replay(c: Caller, session: Session, after?: string): Promise<void> {
    const messages = await deps.store.transcriptAfter(session.tenant_id, session.session_id, after);
    for (const m of messages) {
      if (m.direction !== 'outbound' || !m.frame) continue;
      if ((await c.send(m.frame as ServerFrame)) === 'gone') return;
      if (m.delivery !== 'sent') await deps.store.markDelivered(session.tenant_id, session.session_id, m.message_id);
    }
  }

  async function hello(c: Caller, body: Record<string, unknown>): Promise<Later> {
    const frame = HelloFrameSchema.safeParse(body);
    if (!frame.success) {
      await c.send(errorFrame('bad_request', describeIssues(frame.error)));
      return;
    }
    const wanted = frame.data.session_id;
    // Another tenant's session reads as missing: it is never resumed, and nothing says it exists.
    const existing = wanted ? await deps.store.getSession(c.connection.tenant_id, wanted) : undefined;
    if (existing) {
      await bind(c, existing);
      await c.send({ type: 'session', session_id: existing.session_id, traveler_id: existing.traveler_id, resumed: true });
      // The replay waits for the session's running turns, outside this connection's arrival
      // step, so a ping or the next message is not held behind them. It is queued before
      // any later frame's turn, so it still comes first.
      return () => deps.queue.run(existing.session_id, () => replay(c, existing, frame.data.after_message_id));
    }
    const session = await startSession(c);
    await c.send({ type: 'session', session_id: session.session_id, traveler_id: session.traveler_id, resumed: false });
  }

  async function sendMessage(c: Caller, body: Record<string, unknown>): Promise<Later> {
    const clientMessageId = clientMessageIdIn(body);
    const frame = SendMessageFrameSchema.safeParse(body);
    if (!frame.success) {
      const tooLong = frame.error.issues.some((i) => i.code === 'too_big');
      await c.send(errorFrame(tooLong ? 'too_large' : 'bad_request', describeIssues(frame.error), clientMessageId));
      return;
    }
    const now = Date.now(); // rate windows are wall-clock time, like the TTLs
    const tenant = await tenants.get(c.connection.tenant_id);
    const limits = tenant?.rate_limits ?? { per_connection_per_minute: 30, per_tenant_per_minute: 600 };
    if (!deps.limiter.take(`conn:${c.connectionId}`, limits.per_connection_per_minute, now) || !deps.limiter.take(`tenant:${c.connection.tenant_id}`, limits.per_tenant_per_minute, now)) {
      await c.send(errorFrame('rate_limited', 'Too many messages. Please wait a moment and try again.', frame.data.client_message_id));
      return;
    }

    // The connection knows its session and traveler since hello: no read here. (A session
    // that vanished is reported by the turn itself.)
    let session: Pick<Session, 'session_id' | 'traveler_id' | 'tenant_id'>;
    if (c.connection.session_id && c.connection.traveler_id) {
      session = { session_id: c.connection.session_id, traveler_id: c.connection.traveler_id, tenant_id: c.connection.tenant_id };
    } else {
      // A sendMessage before hello implicitly starts a session (PROTOCOL.md §1).
      const started = await startSession(c);
      await c.send({ type: 'session', session_id: started.session_id, traveler_id: started.traveler_id, resumed: false });
      session = started;
    }
    return runTurn(c, session, frame.data.client_message_id, frame.data.text);
  }

  /** Stores and acks the message; returns the turn to run once this frame's arrival step is over. */
  async function runTurn(c: Caller, session: SessionRef, clientMessageId: string, text: string): Promise<Later> {
    const accepted = await acceptInbound(deps.turn, {
      tenant_id: session.tenant_id,
      channel: 'web',
      session_id: session.session_id,
      traveler_id: session.traveler_id,
      channel_message_id: `${session.session_id}:${clientMessageId}`,
      text,
      // Whoever answers this message (another process, if it was first) replies here.
      channel_context: { connection_id: c.connectionId },
    });
    if (accepted.kind === 'unavailable') {
      await c.send(errorFrame('unavailable', 'We could not save your message. Please try again in a moment.', clientMessageId));
      return;
    }
    await c.send({ type: 'ack', client_message_id: clientMessageId, message_id: accepted.inbound.message_id, duplicate: accepted.kind === 'duplicate' });
    if (accepted.kind === 'duplicate' && accepted.reply?.frame) {
      await deliver(c, session, accepted.reply.message_id, accepted.reply.frame as ServerFrame);
      return;
    }
    // The ack is out the moment the message is safe; the turn itself waits its turn: one
    // at a time per session, and a bounded number at once in this process.
    return () => deps.queue.run(session.session_id, () => answer(c, session, clientMessageId, accepted.inbound, accepted.kind === 'duplicate'));
  }

  /** Runs the turn for a stored message and sends its one reply or one error. `resend`: the client sent this message id again. */
  async function answer(c: Caller, session: SessionRef, clientMessageId: string, inbound: TranscriptMessage, resend: boolean): Promise<void> {
    // A typing frame that cannot be sent must not cost the message its answer: the reply is
    // stored whatever happens to the socket, and delivered on resume.
    const typing = (on: boolean) => c.send({ type: 'typing', on }).catch((err: unknown) => log(`typing frame not sent: ${(err as Error).message}`));
    await typing(true);
    let result: Awaited<ReturnType<typeof processTurnInOrder>> | undefined;
    try {
      // An older message of the session still waiting is answered first, to its own sender.
      result = await processTurnInOrder(deps.turn, inbound, async (earlier) => {
        const to = earlier.inbound.meta?.channel_context?.connection_id;
        const target = typeof to === 'string' ? to : c.connectionId;
        if ((await c.sendTo(target, earlier.frame as ServerFrame)) === 'sent') {
          await deps.store.markDelivered(session.tenant_id, session.session_id, earlier.reply.message_id).catch(() => undefined);
        }
      });
    } catch (err) {
      log(`turn failed: ${(err as Error).stack ?? String(err)}`);
    } finally {
      await typing(false);
    }
    if (result?.kind === 'replied') await deliver(c, session, result.reply.message_id, result.frame as ServerFrame);
    else if (result?.kind === 'already_answered') {
      // Answered meanwhile by another turn. A resend always gets the recorded reply; a first
      // send gets it unless it is known to have arrived already (the other process sent it
      // to this connection), so one client does not receive the same reply twice.
      if (result.reply.frame && (resend || result.reply.delivery !== 'sent')) await deliver(c, session, result.reply.message_id, result.reply.frame as ServerFrame);
    } else {
      // This message gets its one error. Later messages pass it by; a resend with the same
      // client_message_id retries it.
      await deps.turn.store.markFailed(inbound.tenant_id, inbound.session_id, inbound.message_id, deps.clock().toISOString()).catch(() => undefined);
      await c.send(errorFrame(result?.kind === 'unavailable' ? 'unavailable' : 'internal', 'Something went wrong deciding on your message. Please send it again.', clientMessageId));
    }
  }

  /** Sends a stored reply; a gone client loses nothing: the reply stays pending for resume. */
  async function deliver(c: Caller, session: SessionRef, messageId: string, frame: ServerFrame): Promise<void> {
    if ((await c.send(frame)) === 'sent') await deps.store.markDelivered(session.tenant_id, session.session_id, messageId).catch(() => undefined);
  }

  /** Takes one frame up to its ack; returns what is left to do (a sendMessage's turn). */
  async function take(event: WebSocketEvent, route: string): Promise<Later> {
    const c = await caller(event);
    if (!c) return undefined;
    const parsed = parseFrameText(event.body);
    if (!parsed.ok) {
      await c.send(errorFrame('bad_request', parsed.message));
      return undefined;
    }
    const action = parsed.value.action;
    if ((action === 'hello' || action === 'sendMessage') && deps.accepting && !deps.accepting()) {
      // Stopping: nothing new is stored; the client sends it again once we are back.
      await c.send(errorFrame('unavailable', 'We are restarting. Please send that again in a moment.', clientMessageIdIn(parsed.value)));
      return undefined;
    }
    if (route === 'ping' || action === 'ping') {
      const ping = PingFrameSchema.safeParse(parsed.value);
      await c.send(ping.success ? { type: 'pong' } : errorFrame('bad_request', describeIssues(ping.error)));
    } else if (route === 'hello' || action === 'hello') return hello(c, parsed.value);
    else if (route === 'sendMessage' || action === 'sendMessage') return sendMessage(c, parsed.value);
    else await c.send(errorFrame(typeof action === 'string' ? 'unknown_action' : 'bad_request', typeof action === 'string' ? `unknown action "${action.slice(0, 40)}"` : 'a frame needs an action'));
    return undefined;
  }

  /** The one entry point: API Gateway (or the local gateway) calls it for every route. */
  return async function handle(event: WebSocketEvent): Promise<HandlerResult> {
    const route = event.requestContext.routeKey;
    try {
      if (route === '$connect') return await connect(event);
      if (route === '$disconnect') return await disconnect(event);
      // Every frame counts against its connection, before any read: a flood of pings or bad
      // frames costs one answer each, not a database round trip each.
      if (!deps.limiter.take(`frames:${event.requestContext.connectionId}`, MAX_FRAMES_PER_MINUTE, Date.now())) {
        const id = clientMessageIdOf(event.body);
        await deps.senderFor(event).send(event.requestContext.connectionId, errorFrame('rate_limited', 'Too many frames. Please slow down.', id)).catch(() => 'gone');
        return OK;
      }
      // A connection's frames are taken in the order they arrived, each up to its ack, so
      // "hello" binds its session before the next frame reads it and messages sent together
      // are stored, and so answered, in sending order. (Entered before any await: the
      // gateway calls this in arrival order.) The turns themselves queue per session.
      let later: Later = undefined;
      await arrivals.run(event.requestContext.connectionId, async () => {
        later = await take(event, route);
      });
      await (later as Later)?.();
      return OK;
    } catch (err) {
      log(`route ${route} failed: ${(err as Error).stack ?? String(err)}`);
      try {
        await deps.senderFor(event).send(event.requestContext.connectionId, errorFrame('internal', 'Something went wrong. Please try again.', clientMessageIdOf(event.body)));
      } catch {
        // The client is gone too; nothing more to do.
      }
      return route === '$connect' ? { statusCode: 500 } : OK;
    }
  };
}
