import { parseServerFrame, type ClientFrame, type ServerFrame } from './protocol';

/** What the header shows: talking to the server, trying to, or waiting to retry. */
export type ConnectionStatus = 'connecting' | 'online' | 'offline';

/** A traveler message not yet answered; `message_id` is set once the server has stored it (ack). */
export interface OutboxEntry {
  client_message_id: string;
  text: string;
  message_id?: string;
}

/** The part of the browser WebSocket the connection uses (the `ws` package's client fits it too). */
export interface SocketLike {
  readonly readyState: number;
  onopen: ((ev: any) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: any) => void) | null;
  onerror: ((ev: any) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

/** Timings, all overridable so tests can run the whole life of a socket in milliseconds. */
export interface ConnectionTiming {
  /** `ping` this often: well inside API Gateway's 10 min idle timeout. */
  heartbeatMs: number;
  /** No frame this long after a ping: the socket is half-open, drop it. */
  pongTimeoutMs: number;
  /** Reconnect on our own terms before API Gateway's 2 h hard limit. */
  recycleMs: number;
  /** Backoff: the first retry waits about this long, doubling up to `backoffMaxMs`. */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** After a resume, how long to wait for the replay before re-sending stored-but-unanswered messages. */
  replyGraceMs: number;
  /** A message refused as `unavailable` is sent again on its own this many times (with backoff) before the traveler is told. */
  unavailableRetries: number;
}

export const DEFAULT_TIMING: ConnectionTiming = {
  heartbeatMs: 5 * 60_000,
  pongTimeoutMs: 20_000,
  recycleMs: 110 * 60_000,
  backoffBaseMs: 1_000,
  backoffMaxMs: 30_000,
  replyGraceMs: 8_000,
  unavailableRetries: 4,
};

export interface ConnectionOptions {
  /** The WebSocket endpoint, e.g. `wss://api.example.com/prod`; `tenant` is added to its query. */
  endpoint: string;
  tenant: string;
  /** Sent with a hello that starts a session (not with a resume), so the agent answers in the page's language from the start. */
  locale?: string;
  /** Read at every (re)connect, so a resume always asks for what was missed since the last reply seen. */
  resumeFrom(): { session_id?: string; after_message_id?: string };
  onFrame(frame: ServerFrame): void;
  onStatus(status: ConnectionStatus): void;
  /** Called whenever the outbox changes, so it can be persisted across reloads. */
  onOutbox?(entries: OutboxEntry[]): void;
  outbox?: OutboxEntry[];
  timing?: Partial<ConnectionTiming>;
  createSocket?: (url: string) => SocketLike;
  random?: () => number;
}

const OPEN = 1;

/** A random `client_message_id` (hex); works outside secure contexts where randomUUID does not. */
export function newClientMessageId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return 'c' + Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** The delay before retry number `attempt` (0-based): exponential, capped, with jitter over its upper half. */
export function backoffDelay(attempt: number, timing: Pick<ConnectionTiming, 'backoffBaseMs' | 'backoffMaxMs'>, random: () => number): number {
  const cap = Math.min(timing.backoffMaxMs, timing.backoffBaseMs * 2 ** Math.min(attempt, 20));
  return Math.round(cap / 2 + (random() * cap) / 2);
}

/** The endpoint with `tenant=` in its query string. */
export function connectUrl(endpoint: string, tenant: string): string {
  const url = new URL(endpoint);
  url.searchParams.set('tenant', tenant);
  return url.toString();
}

/**
 * One conversation's link to the server across any number of sockets. It owns
 * the transport only: hello/resume on every open, the outbox (each message keeps
 * its `client_message_id` however often it is sent, so the server's dedupe makes
 * resends safe), heartbeat, recycling before the 2 h limit, and reconnection with
 * backoff and jitter. Rendering and storage belong to the caller.
 */
export class Connection {
  private readonly o: ConnectionOptions;
  private readonly t: ConnectionTiming;
  private socket: SocketLike | undefined;
  private ready = false;
  private freshHello = false;
  private stopped = true;
  private attempt = 0;
  private outbox: OutboxEntry[];
  /** The message written on this socket and not yet acked: the next waits for its ack. */
  private inFlight: string | undefined;
  private timers: ReturnType<typeof setTimeout>[] = [];
  private heartbeat: ReturnType<typeof setInterval> | undefined;
  private pongTimer: ReturnType<typeof setTimeout> | undefined;
  /** Automatic resends so far of messages refused as `unavailable`, by client_message_id. */
  private unavailableTries = new Map<string, number>();

  constructor(options: ConnectionOptions) {
    this.o = options;
    this.t = { ...DEFAULT_TIMING, ...options.timing };
    this.outbox = [...(options.outbox ?? [])];
  }

  /** Opens the first socket (no-op when already started). */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.open();
  }

  /** Closes the socket for good; queued messages stay in the outbox. */
  stop(): void {
    this.stopped = true;
    this.drop(1000, 'closed');
  }

  /** Drops the current socket and opens a new one at once (e.g. the browser came back online). */
  reconnectNow(): void {
    if (this.stopped) return;
    if (this.ready) return;
    this.drop(1000, 'reconnect');
    this.attempt = 0;
    this.open();
  }

  /** Starts over: forgets the outbox and reconnects; `resumeFrom()` should now return no session. */
  restart(): void {
    this.outbox = [];
    this.o.onOutbox?.([]);
    this.drop(1000, 'new conversation');
    this.stopped = false;
    this.attempt = 0;
    this.open();
  }

  /** Queues one traveler message and sends it now if the session is ready; returns its entry. */
  send(text: string): OutboxEntry {
    const entry: OutboxEntry = { client_message_id: newClientMessageId(), text };
    this.outbox.push(entry);
    this.o.onOutbox?.(this.pending());
    this.pump();
    return entry;
  }

  /**
   * Queues a refused message again under its own `client_message_id` and sends it
   * now if the session is ready. Keeping the id is what makes a retry safe: if the
   * first attempt did reach the server after all, the server answers the retry with
   * that attempt's recorded reply instead of deciding twice.
   */
  resend(entry: OutboxEntry): void {
    if (this.outbox.some((e) => e.client_message_id === entry.client_message_id)) return;
    this.outbox.push({ client_message_id: entry.client_message_id, text: entry.text });
    this.o.onOutbox?.(this.pending());
    this.pump();
  }

  /**
   * Writes the oldest message the server has not stored yet, one at a time: the next goes
   * once this one is acked (or refused). API Gateway may run two frames of a socket in two
   * Lambdas at once, so sending them together could store them out of order.
   */
  private pump(): void {
    if (!this.ready || this.inFlight !== undefined) return;
    const next = this.outbox.find((e) => !e.message_id);
    if (!next) return;
    this.inFlight = next.client_message_id;
    this.write({ action: 'sendMessage', client_message_id: next.client_message_id, text: next.text });
  }

  /** Messages not yet answered, oldest first. */
  pending(): OutboxEntry[] {
    return this.outbox.map((e) => ({ ...e }));
  }

  private open(): void {
    this.clearTimers();
    this.o.onStatus('connecting');
    let socket: SocketLike;
    try {
      const url = connectUrl(this.o.endpoint, this.o.tenant);
      socket = this.o.createSocket ? this.o.createSocket(url) : (new WebSocket(url) as unknown as SocketLike);
    } catch {
      this.retryLater();
      return;
    }
    this.socket = socket;
    this.freshHello = false;
    socket.onopen = () => {
      if (socket !== this.socket) return;
      const from = this.o.resumeFrom();
      this.write({ action: 'hello', ...(from.session_id ? { session_id: from.session_id } : {}), ...(from.session_id && from.after_message_id ? { after_message_id: from.after_message_id } : {}), ...(!from.session_id && this.o.locale ? { locale: this.o.locale } : {}) });
    };
    socket.onmessage = (ev) => {
      if (socket !== this.socket || typeof ev.data !== 'string') return;
      if (this.pongTimer) clearTimeout(this.pongTimer);
      this.pongTimer = undefined;
      const frame = parseServerFrame(ev.data);
      if (frame) this.receive(frame);
    };
    socket.onclose = () => {
      if (socket !== this.socket) return;
      this.socket = undefined;
      this.ready = false;
      this.clearTimers();
      this.retryLater();
    };
    // An error is always followed by close; nothing to do until then.
    socket.onerror = () => undefined;
  }

  private receive(frame: ServerFrame): void {
    if (frame.type === 'session') {
      this.ready = true;
      this.attempt = 0;
      this.o.onStatus('online');
      this.arm();
      this.flush();
    } else if (frame.type === 'ack') {
      const entry = this.outbox.find((e) => e.client_message_id === frame.client_message_id);
      if (entry) {
        entry.message_id = frame.message_id;
        this.o.onOutbox?.(this.pending());
      }
      if (this.inFlight === frame.client_message_id) this.inFlight = undefined;
      this.pump();
    } else if (frame.type === 'reply') {
      this.settle((e) => e.message_id === frame.reply_to);
    } else if (frame.type === 'error' && frame.client_message_id) {
      // `unavailable` means "not known to be stored; send the same client_message_id again"
      // (docs/protocol-additions.md): do so after a backoff, before troubling the traveler.
      if (frame.code === 'unavailable' && this.resendLater(frame.client_message_id)) return;
      this.settle((e) => e.client_message_id === frame.client_message_id);
      if (this.inFlight === frame.client_message_id) this.inFlight = undefined;
      this.pump();
    } else if (frame.type === 'error' && !this.ready && !this.freshHello) {
      // The resume was refused (session gone or not ours): start a new session rather than stall.
      this.freshHello = true;
      this.write({ action: 'hello', ...(this.o.locale ? { locale: this.o.locale } : {}) });
    }
    this.o.onFrame(frame);
  }

  /**
   * Keeps a message refused as `unavailable` at the head of the outbox and writes it again,
   * under the same id, after a backoff (nothing else goes first, so order holds). False once
   * its automatic resends are used up: then the traveler sees the error and may retry.
   */
  private resendLater(id: string): boolean {
    const entry = this.outbox.find((e) => e.client_message_id === id);
    const tries = this.unavailableTries.get(id) ?? 0;
    if (!entry || tries >= this.t.unavailableRetries) {
      this.unavailableTries.delete(id);
      return false;
    }
    this.unavailableTries.set(id, tries + 1);
    // Stored but unanswered (its turn failed): the resend retries it.
    delete entry.message_id;
    this.inFlight = id;
    this.later(backoffDelay(tries, this.t, this.o.random ?? Math.random), () => {
      if (this.inFlight === id) this.inFlight = undefined;
      this.pump();
    });
    return true;
  }

  private settle(match: (e: OutboxEntry) => boolean): void {
    const before = this.outbox.length;
    for (const e of this.outbox) if (match(e)) this.unavailableTries.delete(e.client_message_id);
    this.outbox = this.outbox.filter((e) => !match(e));
    if (this.outbox.length !== before) this.o.onOutbox?.(this.pending());
  }

  /**
   * Sends what the server has never stored, one message at a time. What it stored but whose reply
   * we missed should arrive in the resume replay; if not within the grace period,
   * a resend with the same id makes the server answer with the recorded reply.
   */
  private flush(): void {
    this.inFlight = undefined;
    this.pump();
    if (this.outbox.some((e) => e.message_id)) {
      this.later(this.t.replyGraceMs, () => {
        for (const e of this.outbox) {
          if (e.message_id) this.write({ action: 'sendMessage', client_message_id: e.client_message_id, text: e.text });
        }
      });
    }
  }

  /** Heartbeat and the recycle timer for a ready socket. */
  private arm(): void {
    this.heartbeat = setInterval(() => {
      this.write({ action: 'ping' });
      if (!this.pongTimer) this.pongTimer = setTimeout(() => this.drop(4000, 'no pong', true), this.t.pongTimeoutMs);
    }, this.t.heartbeatMs);
    this.later(this.t.recycleMs, () => this.recycle());
  }

  /** Replaces the socket before the gateway's 2 h cut, once no reply is in flight. */
  private recycle(): void {
    if (this.outbox.some((e) => e.message_id)) {
      this.later(Math.min(this.t.replyGraceMs, this.t.recycleMs), () => this.recycle());
      return;
    }
    this.drop(1000, 'recycle');
    this.open();
  }

  private retryLater(): void {
    if (this.stopped) return;
    this.o.onStatus('offline');
    const delay = backoffDelay(this.attempt++, this.t, this.o.random ?? Math.random);
    this.later(delay, () => this.open());
  }

  /** Closes the current socket; with `reconnect`, goes through the usual retry path. */
  private drop(code: number, reason: string, reconnect = false): void {
    const socket = this.socket;
    this.socket = undefined;
    this.ready = false;
    this.clearTimers();
    if (socket) {
      socket.onopen = socket.onmessage = socket.onclose = null;
      try {
        socket.close(code, reason);
      } catch {
        // Closing a socket that never opened can throw in some engines; it is gone either way.
      }
    }
    if (reconnect) this.retryLater();
  }

  private write(frame: ClientFrame): void {
    if (this.socket && this.socket.readyState === OPEN) this.socket.send(JSON.stringify(frame));
  }

  private later(ms: number, fn: () => void): void {
    this.timers.push(setTimeout(fn, ms));
  }

  private clearTimers(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
    if (this.heartbeat) clearInterval(this.heartbeat);
    if (this.pongTimer) clearTimeout(this.pongTimer);
    this.heartbeat = this.pongTimer = undefined;
  }
}
