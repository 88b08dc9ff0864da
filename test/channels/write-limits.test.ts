import { describe, expect, it } from 'vitest';
import { TenantSchema, type Tenant } from '../../src/domain/entities/tenant';
import { DEFAULT_WRITE_LIMITS, createTenantPolicy } from '../../src/channels/tenant-policy';

const tenant = (id: string, extra: Record<string, number> = {}): Tenant =>
  ({
    tenant_id: id,
    name: id,
    status: 'active',
    created_at: '2026-12-01T00:00:00.000Z',
    updated_at: '2026-12-01T00:00:00.000Z',
    allowed_origins: [],
    allow_missing_origin: true,
    rate_limits: { per_connection_per_minute: 30, per_tenant_per_minute: 600, ...extra },
    locale: 'en',
  }) as Tenant;

/** How many of `n` attempts pass. */
const passing = (n: number, take: () => boolean) => Array.from({ length: n }, take).filter(Boolean).length;

describe('write limits (issue 16): new conversations and handshakes', () => {
  it('caps new sessions per connection, and per tenant across connections, within a minute; the next minute starts afresh', () => {
    let now = 1_000_000;
    const policy = createTenantPolicy({ getTenant: async () => undefined, now: () => now });
    const t = tenant('acme');
    expect(passing(50, () => policy.takeSession(t, { connection: 'c1' }))).toBe(DEFAULT_WRITE_LIMITS.sessions_per_connection_per_minute);
    let created = DEFAULT_WRITE_LIMITS.sessions_per_connection_per_minute;
    for (let c = 2; c <= 100; c++) created += passing(20, () => policy.takeSession(t, { connection: `c${c}` }));
    expect(created).toBe(DEFAULT_WRITE_LIMITS.sessions_per_tenant_per_minute);
    // Another tenant has its own allowance.
    expect(policy.takeSession(tenant('other'), { connection: 'c1-other' })).toBe(true);
    now += 60_000;
    expect(policy.takeSession(t, { connection: 'c1' })).toBe(true);
  });

  it('caps handshakes per source address, not per tenant as a whole', () => {
    const policy = createTenantPolicy({ getTenant: async () => undefined, now: () => 5_000 });
    const t = tenant('acme');
    expect(passing(1000, () => policy.takeHandshake(t, '203.0.113.7'))).toBe(DEFAULT_WRITE_LIMITS.handshakes_per_address_per_minute);
    expect(policy.takeHandshake(t, '203.0.113.8')).toBe(true);
  });

  it('caps hellos (each a connection write, a resume a whole replay) per connection', () => {
    const policy = createTenantPolicy({ getTenant: async () => undefined, now: () => 5_000 });
    const t = tenant('acme');
    expect(passing(100, () => policy.takeHello(t, 'conn-a'))).toBe(DEFAULT_WRITE_LIMITS.hellos_per_connection_per_minute);
    expect(policy.takeHello(t, 'conn-b')).toBe(true);
    // Spent is known without the tenant and without counting, at the limit last applied.
    expect(policy.helloSpent('conn-a')).toBe(true);
    expect(policy.helloSpent('conn-b')).toBe(false);
    expect(policy.helloSpent('conn-never-seen')).toBe(false);
  });

  it("takes a tenant's own limits from its rate_limits where it sets them", () => {
    const policy = createTenantPolicy({ getTenant: async () => undefined, now: () => 5_000 });
    const strict = tenant('strict', { sessions_per_connection_per_minute: 2, handshakes_per_address_per_minute: 3 });
    expect(passing(10, () => policy.takeSession(strict, { connection: 'c' }))).toBe(2);
    expect(passing(10, () => policy.takeHandshake(strict, '198.51.100.1'))).toBe(3);
    // A sender address (SMS, WhatsApp) counts like a connection.
    expect(passing(10, () => policy.takeSession(strict, { address: '+15550001111' }))).toBe(2);
  });

  it('keeps those limits through the tenant schema, as a stored tenant is read', () => {
    const policy = createTenantPolicy({ getTenant: async () => undefined, now: () => 5_000 });
    const stored = TenantSchema.parse({ ...tenant('stored', { hellos_per_connection_per_minute: 1 }) });
    expect(stored.rate_limits.hellos_per_connection_per_minute).toBe(1);
    expect(passing(5, () => policy.takeHello(stored, 'conn'))).toBe(1);
    expect(() => TenantSchema.parse({ ...tenant('bad', { sessions_per_tenant_per_minute: -1 }) })).toThrow();
  });
});
