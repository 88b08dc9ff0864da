/** Tenant and origin isolation at the handshake and on resume (PROTOCOL.md §1). */
import type { Check } from '../check';
import { HandshakeRefused, ProbeClient, traveler } from '../client';

async function status(open: () => Promise<ProbeClient>): Promise<number> {
  try {
    (await open()).close();
    return 101;
  } catch (err) {
    return err instanceof HandshakeRefused ? err.status : 0;
  }
}

export const isolation: Check = {
  name: 'isolation',
  deadlineMs: 60_000,
  async run(ctx) {
    const ws = ctx.stack.wsUrl;
    const cases: Array<[string, () => Promise<ProbeClient>, number]> = [
      ['unknown tenant', () => ProbeClient.open(ws, { tenant: 'acme' }), 403],
      ['malformed tenant', () => ProbeClient.open(ws, { tenant: '../demo' }), 403],
      ['long tenant', () => ProbeClient.open(ws, { tenant: 'd'.repeat(300) }), 403],
      ['no tenant', () => ProbeClient.openUrl(ws), 403],
      ['two tenants', () => ProbeClient.openUrl(`${ws}?tenant=${ctx.tenant}&tenant=acme`), 403],
      ['foreign origin', () => ProbeClient.open(ws, { tenant: ctx.tenant, origin: 'https://evil.example' }), 403],
      ['lookalike origin', () => ProbeClient.open(ws, { tenant: ctx.tenant, origin: 'http://localhost.evil.example' }), 403],
      ['local origin', () => ProbeClient.open(ws, { tenant: ctx.tenant, origin: 'http://localhost:3000' }), 101],
    ];
    const wrong: string[] = [];
    for (const [label, open, want] of cases) {
      const got = await status(open);
      if (got !== want) wrong.push(`${label}: ${got} (want ${want})`);
    }
    // A session id that is not this tenant's (here: made up) is never resumed.
    const { client } = await traveler(ws, { tenant: ctx.tenant });
    const made = await client.hello('sess_01JZZZZZZZZZZZZZZZZZZZZZZZ');
    client.close();
    const notResumed = made?.resumed === false && made.session_id !== 'sess_01JZZZZZZZZZZZZZZZZZZZZZZZ';
    if (!notResumed) wrong.push(`unknown session: ${JSON.stringify(made)}`);
    ctx.report('isolation', wrong.length === 0, `${cases.length + 1 - wrong.length}/${cases.length + 1} handshakes and resumes as the protocol says${wrong.length ? `; wrong: ${wrong.join('; ')}` : ' (unknown, malformed, missing and doubled tenants and foreign origins 403; an unknown session starts a new one)'}`);
  },
};
