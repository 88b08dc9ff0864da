/**
 * A tenant of its own for every check. The product's limits are per tenant (messages and
 * new sessions a minute) and per tenant and address (handshakes), so checks sharing the
 * demo tenant would spend each other's allowance: after the 300-client check has sent its
 * 600 messages, the demo tenant refuses every message for the rest of that minute. Each
 * tenant is a copy of the demo tenant's settings (same origins, the default limits),
 * stored through the product's own tenants repository on the stack's DynamoDB endpoint:
 * the local seeding the stack offers (there is no public API that creates tenants).
 */
import { loadConfig } from '../src/config';
import { DEFAULT_RATE_LIMITS, type Tenant } from '../src/domain/entities/tenant';
import { createDocumentClient } from '../src/store/client';
import { demoRelays } from '../src/local/relays';
import { createRepositories } from '../src/store/repositories';
import { tableNames } from '../src/store/tables';

/** Write limits a check's tenant may set for itself (its settings' `rate_limits`). */
export type TenantLimits = Partial<Omit<NonNullable<Tenant['rate_limits']>, 'per_connection_per_minute' | 'per_tenant_per_minute'>>;

export interface TenantSeeder {
  /** Stores a fresh tenant for `check` and returns its id. */
  seed(check: string, opts?: { relays?: boolean; limits?: TenantLimits }): Promise<string>;
  close(): void;
}

/** Seeds tenants on `endpoint` (the stack's DynamoDB Local), in the stack's tables. */
export function tenantSeeder(endpoint: string): TenantSeeder {
  const config = loadConfig();
  const { client, doc } = createDocumentClient({ endpoint, region: config.AWS_REGION, maxAttempts: 5 });
  const tenants = createRepositories({ doc, tables: tableNames(config.TABLE_PREFIX) }).tenants;
  // Unique per run, so a stack probed twice within a minute (--url) starts every check afresh.
  const run = Date.now().toString(36);
  return {
    async seed(check, opts = {}) {
      const now = new Date().toISOString();
      const tenant: Tenant = {
        tenant_id: `probe-${check}-${run}`.toLowerCase().replace(/[^a-z0-9-]/g, '-').slice(0, 63),
        name: `Probe: ${check}`,
        status: 'active',
        created_at: now,
        updated_at: now,
        allowed_origins: ['http://localhost:*', 'http://127.0.0.1:*'],
        allow_missing_origin: true,
        rate_limits: { ...DEFAULT_RATE_LIMITS, ...opts.limits },
        locale: 'en',
        ...(opts.relays ? { relays: demoRelays(config) } : {}),
      };
      await tenants.put(tenant);
      return tenant.tenant_id;
    },
    close: () => client.destroy(),
  };
}
