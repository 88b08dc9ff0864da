import type { Config } from '../config';
import type { Tenant } from '../domain/entities/tenant';
import type { TenantsRepository } from '../store/repositories/tenants';

/** The widget origins of the AllowedOrigins parameter: comma-separated, blanks dropped. */
export function parseOrigins(list: string | undefined): string[] {
  return (list ?? '').split(',').map((o) => o.trim()).filter(Boolean);
}

/**
 * Makes sure the stack's own tenant exists with the origins the stack was deployed with
 * (parameters TenantId and AllowedOrigins). Runs once per `$connect` container start; a
 * tenant that already has these origins is left as it is. Other tenants are untouched.
 */
export async function ensureBootstrapTenant(tenants: TenantsRepository, config: Config, now: Date): Promise<void> {
  const tenantId = config.BOOTSTRAP_TENANT_ID;
  if (!tenantId) return;
  const origins = parseOrigins(config.ALLOWED_ORIGINS);
  const existing = await tenants.get(tenantId);
  if (existing && JSON.stringify(existing.allowed_origins) === JSON.stringify(origins)) return;
  const at = now.toISOString();
  const tenant: Tenant = existing
    ? { ...existing, allowed_origins: origins, updated_at: at }
    : {
        tenant_id: tenantId,
        name: tenantId,
        status: 'active',
        created_at: at,
        updated_at: at,
        allowed_origins: origins,
        allow_missing_origin: false,
        rate_limits: { per_connection_per_minute: 30, per_tenant_per_minute: 600 },
        locale: 'en',
      };
  await tenants.put(tenant);
}
