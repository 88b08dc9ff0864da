import WebSocket from 'ws';

export interface Frame {
  type: string;
  [key: string]: any;
}

/** A real `ws` client that records every frame and can wait for the next matching one. */
export interface TestClient {
  socket: WebSocket;
  frames: Frame[];
  send(frame: unknown): void;
  sendRaw(data: string): void;
  /** Resolves with the first frame (from `from` on) matching `match`, waiting for it if needed. */
  next(match: (f: Frame) => boolean, timeoutMs?: number): Promise<Frame>;
  /** Resolves once the socket is closed, with its close code. */
  closed(): Promise<number>;
  close(): void;
}

export function connectClient(url: string, headers: Record<string, string> = {}): Promise<TestClient> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers });
    const frames: Frame[] = [];
    const waiters: Array<{ match: (f: Frame) => boolean; seen: number; resolve: (f: Frame) => void }> = [];
    let closeCode: number | undefined;
    const closeWaiters: Array<(code: number) => void> = [];
    let cursor = 0;
    socket.on('message', (data) => {
      const frame = JSON.parse(data.toString()) as Frame;
      frames.push(frame);
      for (const w of [...waiters]) {
        if (w.match(frame)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(frame);
          break;
        }
      }
    });
    socket.on('close', (code) => {
      closeCode = code;
      for (const w of closeWaiters) w(code);
    });
    socket.once('unexpected-response', (_req, res) => reject(Object.assign(new Error(`handshake refused: ${res.statusCode}`), { status: res.statusCode })));
    socket.once('error', (err) => reject(err));
    socket.once('open', () =>
      resolve({
        socket,
        frames,
        send: (frame) => socket.send(JSON.stringify(frame)),
        sendRaw: (data) => socket.send(data),
        next(match, timeoutMs = 20_000) {
          // Frames already received and not yet consumed by an earlier next() count too.
          for (let i = cursor; i < frames.length; i++) {
            if (match(frames[i]!)) {
              cursor = i + 1;
              return Promise.resolve(frames[i]!);
            }
          }
          return new Promise((res, rej) => {
            const timer = setTimeout(() => rej(new Error(`no matching frame in ${timeoutMs} ms; got ${JSON.stringify(frames.slice(-5))}`)), timeoutMs);
            waiters.push({
              match,
              seen: frames.length,
              resolve: (f) => {
                clearTimeout(timer);
                cursor = frames.length;
                res(f);
              },
            });
          });
        },
        closed: () => (closeCode !== undefined ? Promise.resolve(closeCode) : new Promise((r) => closeWaiters.push(r))),
        close: () => socket.close(),
      }),
    );
  });
}

/** Waits for `ms` of wall time. Only for letting a server notice a closed socket, never as an assertion. */
export const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));
