/**
 * Floods of what writes (issue 16, fault 5): handshakes from one source address (each
 * stores a connection record) and new sessions (each stores a traveler, a session and an
 * event). Both must meet a limit; an ordinary client from another address still talks.
 */
import { pool, type Check } from '../check';
import { HandshakeRefused, ProbeClient, traveler } from '../client';

const HANDSHAKES = Number(process.env.PROBE_HANDSHAKES ?? 1200);
const SESSION_CONNECTIONS = 12;
const HELLOS_PER_CONNECTION = 100; // under the 120 frames a minute a connection may send

export const handshakeFlood: Check = {
  name: 'handshake-flood',
  deadlineMs: 180_000,
  async run(ctx) {
    const started = Date.now();
    const statuses = new Map<string, number>();
    await pool(Array.from({ length: HANDSHAKES }), 40, async () => {
      let key: string;
      try {
        const c = await ProbeClient.open(ctx.stack.wsUrl, { tenant: ctx.tenant, localAddress: '127.0.0.1' });
        c.terminate();
        key = '101';
      } catch (err) {
        key = err instanceof HandshakeRefused ? String(err.status) : 'network error';
      }
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    });
    const seconds = (Date.now() - started) / 1000;
    // Someone else, elsewhere, is not shut out.
    let other = 'not tried';
    try {
      const { client } = await traveler(ctx.stack.wsUrl, { tenant: ctx.tenant, localAddress: '127.0.0.2' });
      other = (await client.say('elsewhere-1', 'Masai Mara in August, 2 adults, 7 days', 30_000)).outcome;
      client.close();
    } catch (err) {
      other = (err as Error).message;
    }
    const accepted = statuses.get('101') ?? 0;
    const limited = statuses.get('429') ?? 0;
    ctx.report(
      'handshake-flood',
      limited > 0 && accepted < HANDSHAKES && other === 'reply' && (await ctx.healthz()) === 200,
      `${HANDSHAKES} handshakes from one address in ${seconds.toFixed(1)} s: ${[...statuses].map(([k, v]) => `${k}×${v}`).join(', ')} (${Math.round((accepted / seconds) * 60)} accepted a minute); a client from another address: ${other}`,
    );
  },
};

export const sessionFlood: Check = {
  name: 'session-flood',
  deadlineMs: 180_000,
  async run(ctx) {
    const started = Date.now();
    let created = 0;
    let limited = 0;
    let other = 0;
    let maxPerConnection = 0;
    await pool(Array.from({ length: SESSION_CONNECTIONS }), SESSION_CONNECTIONS, async () => {
      const client = await ProbeClient.open(ctx.stack.wsUrl, { tenant: ctx.tenant, localAddress: '127.0.0.3' });
      client.expectsLimits = true;
      let mine = 0;
      for (let i = 0; i < HELLOS_PER_CONNECTION; i++) {
        const answer = client.next((x) => x.type === 'session' || x.type === 'error', 15_000);
        client.send({ action: 'hello' });
        const got = await answer;
        if (got?.type === 'session' && got.resumed === false) {
          created += 1;
          mine += 1;
        } else if (got?.type === 'error' && got.code === 'rate_limited') limited += 1;
        else other += 1;
      }
      maxPerConnection = Math.max(maxPerConnection, mine);
      client.terminate();
    });
    const seconds = (Date.now() - started) / 1000;
    const attempts = SESSION_CONNECTIONS * HELLOS_PER_CONNECTION;
    ctx.report(
      'session-flood',
      limited > 0 && created < attempts,
      `${attempts} new-session hellos on ${SESSION_CONNECTIONS} connections from one address in ${seconds.toFixed(1)} s: ${created} sessions created (at most ${maxPerConnection} on one connection; ${Math.round((created / seconds) * 60)} a minute), ${limited} rate_limited, ${other} other`,
    );
  },
};
