import { describe, expect, it } from 'vitest';
import { DEFAULT_RATE_LIMITS, MAX_FRAMES_PER_MINUTE, TENANT_CACHE_MS, createTenantPolicy } from '../../src/channels/tenant-policy';
import type { Tenant } from '../../src/domain/entities/tenant';

const at = '2026-01-01T00:00:00.000Z';
const tenant = (over: Partial<Tenant> = {}): Tenant => ({
  tenant_id: 'acme',
  name: 'Acme',
  status: 'active',
  created_at: at,
  updated_at: at,
  allowed_origins: ['https://shop.example', 'http://localhost:*'],
  allow_missing_origin: false,
  rate_limits: { per_connection_per_minute: 2, per_tenant_per_minute: 3 },
  locale: 'en',
  ...over,
});

function policyOver(tenants: Record<string, Tenant>) {
  let now = 1_000_000;
  let reads = 0;
  const policy = createTenantPolicy({
    getTenant: async (id) => {
      reads += 1;
      return tenants[id];
    },
    now: () => now,
  });
  return { policy, advance: (ms: number) => void (now += ms), reads: () => reads };
}

describe('the per-tenant policy every channel shares', () => {
  it('keeps tenant settings a minute, then reads them again', async () => {
    const t = policyOver({ acme: tenant() });
    await t.policy.tenant('acme');
    await t.policy.tenant('acme');
    expect(t.reads()).toBe(1);
    t.advance(TENANT_CACHE_MS);
    await t.policy.tenant('acme');
    expect(t.reads()).toBe(2);
  });

  it('admits an active tenant from an allowed origin only', async () => {
    const t = policyOver({ acme: tenant(), off: tenant({ tenant_id: 'off', status: 'disabled' }) });
    const acme = await t.policy.tenant('acme');
    expect(t.policy.admits(acme, 'https://shop.example')).toBe(true);
    expect(t.policy.admits(acme, 'http://localhost:5173')).toBe(true);
    expect(t.policy.admits(acme, 'https://evil.example')).toBe(false);
    expect(t.policy.admits(acme, undefined)).toBe(false); // no Origin, and the tenant does not allow that
    expect(t.policy.admits(await t.policy.tenant('off'), 'https://shop.example')).toBe(false);
    expect(t.policy.admits(await t.policy.tenant('nobody'), 'https://shop.example')).toBe(false);
  });

  it('limits messages per connection, per sender address and per tenant, each minute', async () => {
    const t = policyOver({ acme: tenant() });
    expect(await t.policy.takeMessage('acme', { connection: 'c1' })).toBe(true);
    expect(await t.policy.takeMessage('acme', { connection: 'c1' })).toBe(true);
    expect(await t.policy.takeMessage('acme', { connection: 'c1' })).toBe(false); // its connection's 2
    expect(await t.policy.takeMessage('acme', { address: '+15550001' })).toBe(true);
    expect(await t.policy.takeMessage('acme', { address: '+15550002' })).toBe(false); // the tenant's 3
    t.advance(60_000);
    expect(await t.policy.takeMessage('acme', { address: '+15550002' })).toBe(true);
  });

  it('gives a tenant without settings the stated defaults, and bounds frames per connection', async () => {
    const t = policyOver({});
    for (let i = 0; i < DEFAULT_RATE_LIMITS.per_connection_per_minute; i++) expect(await t.policy.takeMessage('ghost', { connection: 'c' })).toBe(true);
    expect(await t.policy.takeMessage('ghost', { connection: 'c' })).toBe(false);
    for (let i = 0; i < MAX_FRAMES_PER_MINUTE; i++) t.policy.takeFrame('c');
    expect(t.policy.takeFrame('c')).toBe(false);
    expect(t.policy.takeFrame('other')).toBe(true);
  });
});
