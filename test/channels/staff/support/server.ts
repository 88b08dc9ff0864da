/**
 * The staff app alone, mounted on a bare Hono app and served on 127.0.0.1:0 over the shared
 * DynamoDB Local (its own tables), plus helpers to mint tokens and call it as a client.
 */
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { createStaffApp } from '../../../../src/channels/staff/app';
import type { ReplayRules } from '../../../../src/channels/staff/context';
import { createStaffIdentity, type StaffMember } from '../../../../src/channels/staff/identity';
import { ulidIdGenerator, type IdGenerator } from '../../../../src/domain/ids';
import type { Clock } from '../../../../src/domain/time';
import { createStaffCredentialsRepository, type StaffRole } from '../../../../src/store/repositories/staff-credentials';
import { createTestStore, type TestStore } from '../../../support/dynamodb';
import { productionRules } from './seed';

export interface StaffServer {
  url: string;
  store: TestStore;
  ids: IdGenerator;
  /** A fresh token for a member of `tenant` with `role`. */
  token(tenant: string, role: StaffRole, name?: string): Promise<string>;
  /** Signs in with a token; returns the cookie header value and the CSRF token. */
  signIn(token: string): Promise<{ cookie: string; csrf: string }>;
  call(method: string, path: string, opts?: { token?: string; cookie?: string; csrf?: string; body?: unknown; origin?: string }): Promise<{ status: number; json: any; text: string; headers: Headers }>;
  close(): Promise<void>;
}

export const DEMO_TOKEN = 'demo-staff-token';
export const DEMO_ADMIN: StaffMember = { tenant_id: 'demo', staff_id: 'staff_demo', name: 'Demo admin', role: 'admin' };

export async function startStaffServer(opts: { clock?: Clock; rules?: ReplayRules; store?: TestStore } = {}): Promise<StaffServer> {
  const store = opts.store ?? (await createTestStore());
  const clock = opts.clock ?? (() => new Date());
  const ids = ulidIdGenerator();
  const staff = createStaffApp({ store: store.ctx, clock, ids, rules: opts.rules ?? productionRules, staticTokens: [{ token: DEMO_TOKEN, member: DEMO_ADMIN }], log: (l) => console.error(l) });
  const http = new Hono();
  http.route('/', staff);
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: http.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const admin = createStaffIdentity({ credentials: createStaffCredentialsRepository(store.ctx), clock });
  let n = 0;

  const call: StaffServer['call'] = async (method, path, o = {}) => {
    const headers: Record<string, string> = {};
    if (o.token) headers.authorization = `Bearer ${o.token}`;
    if (o.cookie) headers.cookie = o.cookie;
    if (o.csrf) headers['x-csrf-token'] = o.csrf;
    if (o.origin) headers.origin = o.origin;
    let body: string | undefined;
    if (o.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = typeof o.body === 'string' ? o.body : JSON.stringify(o.body);
    }
    const res = await fetch(url + path, { method, headers, ...(body !== undefined ? { body } : {}), redirect: 'manual' });
    const text = await res.text();
    let json: unknown;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, json, text, headers: res.headers };
  };

  return {
    url,
    store,
    ids,
    async token(tenant, role, name) {
      return (await admin.createToken({ tenant_id: tenant, role, name: name ?? `${role} ${++n}`, days: 30 })).presented;
    },
    async signIn(token) {
      const r = await call('POST', '/api/staff/session', { body: { token } });
      if (r.status !== 200) throw new Error(`sign-in failed: ${r.status} ${r.text}`);
      const set = r.headers.get('set-cookie') ?? '';
      return { cookie: set.split(';')[0]!, csrf: r.json.csrf_token };
    },
    call,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!opts.store) await store.close();
    },
  };
}
