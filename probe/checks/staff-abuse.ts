/**
 * The staff API from outside (PROTOCOL.md §3): missing, bad, wrong-tenant and wrong-role
 * tokens, cross-site requests on a cookie session (CSRF), and oversized, malformed and
 * wrongly typed bodies. Each is refused with its status and `{error: {code, message}}`,
 * nothing is created by a refused request, and the service keeps serving. The demo
 * tenant's admin token (DEMO_STAFF_TOKEN) is the stack's own local seeding; another
 * tenant's session is the probe tenant's, started over the WebSocket.
 */
import { loadConfig } from '../../src/config';
import type { Check } from '../check';
import { traveler } from '../client';

interface Answer {
  status: number;
  json: any;
  cookie?: string;
}

export const staffAbuse: Check = {
  name: 'staff-abuse',
  deadlineMs: 120_000,
  async run(ctx) {
    const api = `${ctx.stack.url}/api/staff`;
    const admin = loadConfig().DEMO_STAFF_TOKEN;
    const call = async (method: string, path: string, opts: { token?: string; body?: string; headers?: Record<string, string> } = {}): Promise<Answer> => {
      try {
        const res = await fetch(`${api}${path}`, {
          method,
          headers: { ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), ...(opts.body !== undefined ? { 'content-type': 'application/json' } : {}), ...opts.headers },
          ...(opts.body !== undefined ? { body: opts.body } : {}),
          signal: AbortSignal.timeout(30_000),
        });
        const text = await res.text();
        let json: any;
        try {
          json = JSON.parse(text);
        } catch {
          json = text.slice(0, 80);
        }
        const cookie = res.headers.get('set-cookie')?.split(';')[0];
        return { status: res.status, json, ...(cookie ? { cookie } : {}) };
      } catch (err) {
        return { status: 0, json: (err as Error).message };
      }
    };
    const wrong: string[] = [];
    const expect = (label: string, a: Answer, want: number) => {
      if (a.status !== want) wrong.push(`${label}: ${a.status} (want ${want})`);
      else if (want >= 400 && typeof a.json?.error?.code !== 'string') wrong.push(`${label}: ${want} without {error: {code}}`);
    };
    const tokenCount = async () => ((await call('GET', '/tokens', { token: admin })).json?.items?.length as number | undefined) ?? -1;

    expect('no token', await call('GET', '/me'), 401);
    expect('made-up token', await call('GET', '/me', { token: 'stf_not-a-real-token-at-all' }), 401);
    expect('the admin token', await call('GET', '/me', { token: admin }), 200);

    // Another tenant's session reads as missing; the same request for our own is found.
    const other = await traveler(ctx.stack.wsUrl, { tenant: ctx.tenant });
    const ours = await traveler(ctx.stack.wsUrl, { tenant: 'demo' });
    other.client.close();
    ours.client.close();
    expect("another tenant's session", await call('GET', `/sessions/${other.session.session_id}/transcript`, { token: admin }), 404);
    expect("the token's own tenant's session", await call('GET', `/sessions/${ours.session.session_id}/transcript`, { token: admin }), 200);

    // A viewer may read, not manage tokens nor act on decisions.
    const before = await tokenCount();
    const issued = await call('POST', '/tokens', { token: admin, body: JSON.stringify({ name: 'probe viewer', role: 'viewer', days: 1 }) });
    expect('issuing a viewer token', issued, 201);
    const viewer = String(issued.json?.token ?? '');
    expect('a viewer lists tokens', await call('GET', '/tokens', { token: viewer }), 403);
    expect('a viewer issues a token', await call('POST', '/tokens', { token: viewer, body: JSON.stringify({ name: 'escalate', role: 'admin' }) }), 403);
    expect('a viewer reads', await call('GET', '/me', { token: viewer }), 200);

    // A cookie session: state changes need the CSRF token and our origin.
    const foreign = { origin: 'https://evil.example' };
    expect('sign-in from another site', await call('POST', '/session', { body: JSON.stringify({ token: admin }), headers: foreign }), 403);
    const session = await call('POST', '/session', { body: JSON.stringify({ token: admin }) });
    expect('sign-in', session, 200);
    const cookie = { cookie: session.cookie ?? '' };
    const csrf = String(session.json?.csrf_token ?? '');
    const body = JSON.stringify({ name: 'csrf', role: 'admin' });
    expect('cookie, no CSRF token', await call('POST', '/tokens', { body, headers: cookie }), 403);
    expect('cookie, wrong CSRF token', await call('POST', '/tokens', { body, headers: { ...cookie, 'x-csrf-token': 'x'.repeat(csrf.length || 16) } }), 403);
    expect('cookie and CSRF token, from another site', await call('POST', '/tokens', { body, headers: { ...cookie, 'x-csrf-token': csrf, ...foreign } }), 403);

    // Bodies: malformed, wrongly typed, prototype keys, and far over any sensible size.
    expect('malformed JSON', await call('POST', '/tokens', { token: admin, body: '{"name":' }), 400);
    expect('wrong types', await call('POST', '/tokens', { token: admin, body: JSON.stringify({ name: 1, role: 'god', days: 'x' }) }), 400);
    expect('prototype keys', await call('POST', '/tokens', { token: admin, body: '{"__proto__":{"role":"admin"},"name":"p"}' }), 400);
    expect('a 10 MB sign-in body', await call('POST', '/session', { body: JSON.stringify({ token: 'x'.repeat(10_000_000) }) }), 413);
    expect('a 10 MB body with the admin token', await call('POST', '/tokens', { token: admin, body: JSON.stringify({ name: 'big', role: 'viewer', pad: 'p'.repeat(10_000_000) }) }), 413);
    const after = await tokenCount();
    if (after !== before + 1) wrong.push(`tokens ${before} → ${after}: a refused request created one (or the listing failed)`);
    // Leave the demo tenant as it was.
    if (issued.json?.credential_id) await call('POST', `/tokens/${String(issued.json.credential_id)}/revoke`, { token: admin });
    const health = await ctx.healthz();
    ctx.report(
      'staff-abuse',
      wrong.length === 0 && health === 200,
      `${wrong.length ? `wrong: ${wrong.join('; ')}` : 'missing and made-up tokens 401, another tenant\'s session 404, a viewer managing tokens 403, sign-in from another site and cookie requests without the CSRF token or from another site 403, malformed/mistyped bodies 400, 10 MB bodies 413, nothing created by a refused request'}; /healthz ${health}`,
    );
  },
};
