/**
 * A traveler's socket as the probe sees it: a real `ws` client that records every frame
 * and close, and can wait for the next frame matching a test. It speaks only the public
 * protocol (PROTOCOL.md §1).
 */
import WebSocket from 'ws';

export interface Frame {
  type?: string;
  [key: string]: any;
}

export interface OpenOptions {
  tenant?: string;
  origin?: string;
  /** Source address on loopback (127.0.0.x), so per-address limits can be told apart. */
  localAddress?: string;
  timeoutMs?: number;
}

/** How a handshake ended when it did not open. */
export class HandshakeRefused extends Error {
  constructor(readonly status: number) {
    super(`handshake refused: ${status}`);
  }
}

/**
 * `rate_limited` answers to clients that were not meant to meet a limit: the probe's own
 * traffic spent an allowance (another check's, or its own), so what the check measured
 * is not what it meant to. The runner reports these per check rather than let them pass.
 */
export const unexpectedLimits: string[] = [];

export class ProbeClient {
  readonly frames: Frame[] = [];
  /** When each frame arrived (Date.now()), by index in `frames`. */
  readonly arrivals: number[] = [];
  closeCode: number | undefined;
  /** This client misbehaves on purpose (floods, fuzz, slow readers): its `rate_limited` answers are expected. */
  expectsLimits = false;
  private readonly waiters = new Set<{ match: (f: Frame) => boolean; resolve: (f: Frame | undefined) => void }>();
  private readonly closeWaiters = new Set<(code: number) => void>();

  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data, isBinary) => {
      let frame: Frame;
      try {
        frame = JSON.parse(data.toString()) as Frame;
      } catch {
        frame = { type: '(not json)', raw: data.toString().slice(0, 200), isBinary };
      }
      this.frames.push(frame);
      this.arrivals.push(Date.now());
      if (frame.type === 'error' && frame.code === 'rate_limited' && !this.expectsLimits) unexpectedLimits.push(String(frame.message));
      for (const w of this.waiters) {
        if (w.match(frame)) {
          this.waiters.delete(w);
          w.resolve(frame);
        }
      }
    });
    socket.on('close', (code) => {
      this.closeCode = code;
      for (const w of this.closeWaiters) w(code);
      for (const w of this.waiters) w.resolve(undefined);
      this.waiters.clear();
    });
    socket.on('error', () => undefined);
  }

  /** Opens a socket; rejects with HandshakeRefused (its HTTP status) or the network error. */
  static open(wsUrl: string, opts: OpenOptions = {}): Promise<ProbeClient> {
    const url = `${wsUrl}?tenant=${encodeURIComponent(opts.tenant ?? 'demo')}`;
    return ProbeClient.openUrl(url, opts);
  }

  static openUrl(url: string, opts: OpenOptions = {}): Promise<ProbeClient> {
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url, {
        ...(opts.origin ? { origin: opts.origin } : {}),
        ...(opts.localAddress ? { localAddress: opts.localAddress } : {}),
        handshakeTimeout: opts.timeoutMs ?? 15_000,
      });
      const client = new ProbeClient(socket);
      socket.once('unexpected-response', (_req, res) => {
        res.resume();
        socket.terminate();
        reject(new HandshakeRefused(res.statusCode ?? 0));
      });
      socket.once('error', reject);
      socket.once('open', () => resolve(client));
    });
  }

  send(frame: unknown): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(frame));
  }

  sendRaw(data: string | Buffer, binary = false): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(data, { binary });
  }

  /** The next frame from now on matching `match` (frames already received do not count); undefined on timeout or close. */
  next(match: (f: Frame) => boolean, timeoutMs: number): Promise<Frame | undefined> {
    if (this.closeCode !== undefined) return Promise.resolve(undefined);
    return new Promise((resolve) => {
      const waiter = {
        match,
        resolve: (f: Frame | undefined) => {
          clearTimeout(timer);
          resolve(f);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        resolve(undefined);
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** The first frame so far, or from now on, matching `match`. */
  find(match: (f: Frame) => boolean, timeoutMs: number): Promise<Frame | undefined> {
    const seen = this.frames.find(match);
    return seen ? Promise.resolve(seen) : this.next(match, timeoutMs);
  }

  closed(timeoutMs: number): Promise<number | undefined> {
    if (this.closeCode !== undefined) return Promise.resolve(this.closeCode);
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve(undefined), timeoutMs);
      this.closeWaiters.add((code) => {
        clearTimeout(timer);
        resolve(code);
      });
    });
  }

  /** Starts or resumes a session; the `session` frame, or undefined. */
  async hello(sessionId?: string, afterMessageId?: string, timeoutMs = 20_000): Promise<Frame | undefined> {
    const session = this.next((f) => f.type === 'session' || f.type === 'error', timeoutMs);
    this.send({ action: 'hello', ...(sessionId ? { session_id: sessionId } : {}), ...(afterMessageId ? { after_message_id: afterMessageId } : {}) });
    const f = await session;
    return f?.type === 'session' ? f : undefined;
  }

  /** Sends one message and waits for its ack (or error) and then its reply (or error). */
  async say(clientMessageId: string, text: string, timeoutMs = 60_000): Promise<Exchange> {
    const started = performance.now();
    const mine = (f: Frame) => f.client_message_id === clientMessageId && (f.type === 'ack' || f.type === 'error');
    const first = this.next(mine, timeoutMs);
    this.send({ action: 'sendMessage', client_message_id: clientMessageId, text });
    const head = await first;
    if (!head) return { outcome: 'silent', ms: performance.now() - started };
    if (head.type === 'error') return { outcome: 'error', error: head, ms: performance.now() - started };
    const ackMs = performance.now() - started;
    const answer = await this.find(
      (f) => (f.type === 'reply' && f.reply_to === head.message_id) || (f.type === 'error' && f.client_message_id === clientMessageId),
      Math.max(1, timeoutMs - ackMs),
    );
    const ms = performance.now() - started;
    if (!answer) return { outcome: 'acked_only', ack: head, ackMs, ms };
    return answer.type === 'reply' ? { outcome: 'reply', ack: head, reply: answer, ackMs, ms } : { outcome: 'error', ack: head, error: answer, ackMs, ms };
  }

  /** Replies received so far for an inbound message id. */
  repliesTo(messageId: string): number {
    return this.frames.filter((f) => f.type === 'reply' && f.reply_to === messageId).length;
  }

  close(): void {
    this.socket.close();
  }

  terminate(): void {
    this.socket.terminate();
  }
}

export interface Exchange {
  outcome: 'reply' | 'error' | 'acked_only' | 'silent';
  ack?: Frame;
  reply?: Frame;
  error?: Frame;
  ackMs?: number;
  ms: number;
}

/** One exchange in a few words: `reply`, `error rate_limited`, `acked_only`, `silent`. */
export function outcomeOf(ex: Exchange): string {
  if (ex.outcome !== 'error') return ex.outcome;
  return ex.error?.code === 'rate_limited' ? `error rate_limited (${String(ex.error.message)})` : `error ${String(ex.error?.code ?? ex.error?.message)}`;
}

/** Opens a client and starts (or resumes) its session. */
export async function traveler(wsUrl: string, opts: OpenOptions = {}, sessionId?: string): Promise<{ client: ProbeClient; session: Frame }> {
  const client = await ProbeClient.open(wsUrl, opts);
  let session = await client.hello(sessionId);
  // A busy store may refuse a hello for a moment (`unavailable`, `internal`): a client tries again.
  for (let attempt = 1; !session && attempt < 3 && client.closeCode === undefined; attempt++) {
    await new Promise((r) => setTimeout(r, 1000 * attempt));
    session = await client.hello(sessionId);
  }
  if (!session) {
    client.terminate();
    throw new Error(`no session frame (got ${JSON.stringify(client.frames.slice(-2))})`);
  }
  return { client, session };
}
