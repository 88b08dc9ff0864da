import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaffIdentity } from '../../src/channels/staff/identity';
import { ulidIdGenerator } from '../../src/domain/ids';
import { FUNCTIONS } from '../../src/handlers/access';
import { staffHttpFunction } from '../../src/handlers/staff-function';
import { createStaffCredentialsRepository } from '../../src/store/repositories/staff-credentials';
import { createTestStore, type TestStore } from '../support/dynamodb';
import { shapes } from '../channels/staff/fixtures';
import { seedConversations, type SeededConversation } from '../channels/staff/support/seed';
import { recordIamAccess } from './support/iam-recorder';

/**
 * The staff function as Lambda runs it: HTTP API (payload 2.0) events through its handler,
 * against DynamoDB Local, every request recorded as the IAM actions it needs, which must be
 * exactly what access.ts declares for StaffFunction (and so template.yaml's policy).
 */
let store: TestStore;
let convs: SeededConversation[];
let token: string;
const DOMAIN = 'abc123.execute-api.eu-west-1.amazonaws.com';

function event(method: string, path: string, opts: { headers?: Record<string, string>; body?: string; query?: string } = {}) {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath: path,
    rawQueryString: opts.query ?? '',
    headers: { host: DOMAIN, 'user-agent': 'test', ...(opts.body ? { 'content-type': 'application/json' } : {}), ...opts.headers },
    requestContext: {
      accountId: '123456789012',
      apiId: 'abc123',
      domainName: DOMAIN,
      domainPrefix: 'abc123',
      http: { method, path, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'test' },
      requestId: `r${Math.random().toString(36).slice(2)}`,
      routeKey: '$default',
      stage: '$default',
      time: '06/Dec/2026:12:00:00 +0000',
      timeEpoch: Date.now(),
    },
    isBase64Encoded: false,
    ...(opts.body ? { body: opts.body } : {}),
  };
}

beforeAll(async () => {
  store = await createTestStore();
  convs = await seedConversations(store.ctx, ulidIdGenerator(), shapes('acme', '2026-11-20'));
  const auth = createStaffIdentity({ credentials: createStaffCredentialsRepository(store.ctx), clock: () => new Date() });
  token = (await auth.createToken({ tenant_id: 'acme', role: 'admin', name: 'Ops', days: 1 })).presented;
});
afterAll(() => store?.close());

describe('StaffFunction on Lambda', () => {
  it('serves the API and the console, sets a Secure cookie, and touches exactly the tables access.ts declares', async () => {
    let recorder: ReturnType<typeof recordIamAccess> | undefined;
    const handler = staffHttpFunction({
      env: { DYNAMODB_ENDPOINT: store.endpoint, TABLE_PREFIX: store.prefix, AWS_REGION: 'eu-west-1', LOG_LEVEL: 'silent' },
      instrument: (client) => {
        recorder = recordIamAccess(client, store.tables);
      },
    });
    const auth = { authorization: `Bearer ${token}` };
    const call = async (method: string, path: string, opts: Parameters<typeof event>[2] = {}) => {
      const r = (await handler(event(method, path, opts) as never)) as { statusCode: number; body: string; headers?: Record<string, string>; cookies?: string[] };
      return { ...r, json: (() => { try { return JSON.parse(r.body); } catch { return undefined; } })() };
    };
    const book = convs[0]!;
    const wait = convs[1]!;
    expect((await call('GET', '/api/staff/me')).statusCode).toBe(401);
    expect((await call('GET', '/api/staff/me', { headers: auth })).json.staff).toMatchObject({ tenant_id: 'acme', role: 'admin' });

    const signIn = await call('POST', '/api/staff/session', { body: JSON.stringify({ token }), headers: { origin: `https://${DOMAIN}` } });
    expect(signIn.statusCode).toBe(200);
    const cookie = [...(signIn.cookies ?? []), signIn.headers?.['set-cookie'] ?? ''].find((c) => c.startsWith('staff_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/Secure/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const console = await call('GET', '/console', { headers: { cookie: cookie.split(';')[0]! } });
    expect(console.statusCode).toBe(200);
    expect(console.headers?.['content-security-policy']).toContain("default-src 'none'");

    // Every route kind once: lists, details, search, transitions, replay, impact, metrics, export, tokens.
    const d = wait.decisions[0]!;
    for (const [path, query] of [
      ['/api/staff/sessions', 'limit=5'],
      ['/api/staff/sessions', 'q=gorillas'],
      ['/api/staff/sessions', 'state=WAITING'],
      ['/api/staff/sessions', 'needs_review=true'],
      ['/api/staff/leads', 'state=PLAN_READY'],
      [`/api/staff/leads/${book.lead!.lead_id}`, ''],
      [`/api/staff/sessions/${convs[2]!.session.session_id}/transcript`, ''],
      [`/api/staff/decisions/${convs[2]!.decisions[2]!.decision_id}`, ''],
      ['/api/staff/decisions', 'from=2026-11-20&to=2026-11-21'],
      ['/api/staff/impact', 'from=2026-11-20&to=2026-11-21'],
      ['/api/staff/export', 'from=2026-11-20&to=2026-11-21&format=csv&kind=messages'],
      ['/api/staff/metrics', 'from=2026-11-20&to=2026-11-21'],
      ['/api/staff/tokens', ''],
    ] as const) expect((await call('GET', path, { headers: auth, query })).statusCode, `${path}?${query}`).toBe(200);
    const flagged = await call('POST', `/api/staff/decisions/${d.decision_id}/flag`, { headers: auth, body: JSON.stringify({ reason_code: 'comms_failure', notes: 'n' }) });
    expect(flagged.statusCode).toBe(201);
    expect((await call('GET', '/api/staff/reviews', { headers: auth, query: 'status=queued' })).json.items).toHaveLength(1);
    expect((await call('POST', `/api/staff/reviews/${flagged.json.review_id}`, { headers: auth, body: JSON.stringify({ status: 'in_review' }) })).statusCode).toBe(200);
    expect((await call('POST', `/api/staff/decisions/${d.decision_id}/replay`, { headers: auth })).statusCode).toBe(200);
    expect((await call('POST', `/api/staff/leads/${book.lead!.lead_id}/booked`, { headers: auth, body: '{}' })).statusCode).toBe(200);
    expect((await call('POST', `/api/staff/leads/${wait.lead!.lead_id}/suppress`, { headers: auth, body: '{}' })).statusCode).toBe(200);
    expect((await call('POST', '/api/staff/metrics/rebuild', { headers: auth, body: JSON.stringify({ day: '2026-11-20' }) })).json).toMatchObject({ sessions: 6, bookings: 0 });
    const created = await call('POST', '/api/staff/tokens', { headers: auth, body: JSON.stringify({ name: 'Temp', role: 'viewer', days: 1 }) });
    expect((await call('POST', `/api/staff/tokens/${created.json.credential_id}/revoke`, { headers: auth })).statusCode).toBe(204);
    expect((await call('DELETE', '/api/staff/session', { headers: { cookie: cookie.split(';')[0]!, 'x-csrf-token': signIn.json.csrf_token, origin: `https://${DOMAIN}` } })).statusCode).toBe(204);

    // A one-time sign-in code (an operator's link), used once.
    const once = await createStaffIdentity({ credentials: createStaffCredentialsRepository(store.ctx), clock: () => new Date() }).createOnceCode({ tenant_id: 'acme', staff_id: 'staff_ops', name: 'Ops', role: 'viewer' });
    const form = { 'content-type': 'application/x-www-form-urlencoded', origin: `https://${DOMAIN}` };
    const used = await call('POST', '/console/sign-in/once', { headers: form, body: `code=${encodeURIComponent(once.presented)}` });
    expect(used.statusCode).toBe(303);
    expect((await call('POST', '/console/sign-in/once', { headers: form, body: `code=${encodeURIComponent(once.presented)}` })).statusCode).toBe(401);

    expect(recorder!.unknown).toEqual([]);
    const observed = Object.fromEntries(Object.entries(recorder!.snapshot()).sort(([a], [b]) => a.localeCompare(b)));
    const declared = Object.fromEntries(
      Object.entries(FUNCTIONS.StaffFunction.tables)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([t, a]) => [t, { actions: [...a.actions].sort(), ...('indexes' in a && a.indexes ? { indexes: true } : {}) }]),
    );
    if (process.env.PRINT_ACCESS) process.stdout.write(JSON.stringify(observed, null, 1));
    expect(observed).toEqual(declared);
  }, 60_000);
});
