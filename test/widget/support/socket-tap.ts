import type { Page, WebSocketRoute } from 'playwright-core';

/** One client frame or server frame seen by the tap, parsed. */
export type TappedFrame = Record<string, unknown>;

/**
 * Puts Playwright's WebSocket routing between the widget and the real server:
 * frames pass through unchanged and are recorded, and a test can cut the live
 * socket, refuse new ones (the network is down), hold back server frames, delay
 * client frames (a slow path that delivers them late), or answer the page itself.
 */
export class SocketTap {
  readonly sent: TappedFrame[] = [];
  readonly received: TappedFrame[] = [];
  refuse = false;
  /** Server frames for which this returns true are swallowed, as if lost with a dying socket. */
  swallow: (frame: TappedFrame) => boolean = () => false;
  /** Client frames for which this returns true are held back (recorded in `sent` all the same) until `release()`. */
  hold: (frame: TappedFrame) => boolean = () => false;
  private held: { raw: string; server: WebSocketRoute }[] = [];
  private live: { page: WebSocketRoute; server: WebSocketRoute } | undefined;
  private opened = 0;

  static async attach(page: Page): Promise<SocketTap> {
    const tap = new SocketTap();
    await page.routeWebSocket(/\/ws(\?|$)/, (ws) => tap.route(ws));
    return tap;
  }

  /** How many sockets reached the server. */
  get connections(): number {
    return this.opened;
  }

  /** Client frames of one action. */
  sentOf(action: string): TappedFrame[] {
    return this.sent.filter((f) => f.action === action);
  }

  /** Drops the live socket from the server's side, as a network failure would. */
  async cut(): Promise<void> {
    const live = this.live;
    this.live = undefined;
    await live?.server.close({ code: 1001, reason: 'cut' });
    await live?.page.close({ code: 1001, reason: 'cut' });
  }

  /** Sends a frame to the page on the live socket, as if the server had sent it. */
  inject(frame: TappedFrame): void {
    this.live?.page.send(JSON.stringify(frame));
  }

  /** Delivers the held client frames to the server, late, on the socket each was sent on. */
  release(): void {
    for (const { raw, server } of this.held.splice(0)) server.send(raw);
  }

  private route(ws: WebSocketRoute): void {
    if (this.refuse) {
      void ws.close({ code: 1013, reason: 'network down' });
      return;
    }
    const server = ws.connectToServer();
    this.opened++;
    this.live = { page: ws, server };
    ws.onMessage((m) => {
      if (typeof m === 'string') {
        const frame = JSON.parse(m) as TappedFrame;
        this.sent.push(frame);
        if (this.hold(frame)) return void this.held.push({ raw: m, server });
      }
      server.send(m);
    });
    server.onMessage((m) => {
      const frame = typeof m === 'string' ? (JSON.parse(m) as TappedFrame) : {};
      this.received.push(frame);
      if (!this.swallow(frame)) ws.send(m);
    });
  }
}
