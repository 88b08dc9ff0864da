import { z } from 'zod';
import { TenantId } from '../ids';
import { IsoDateTime } from '../time';

/**
 * A tenant (one travel business) and its channel settings. Secrets are never
 * stored here in clear: `*_secret_ref` names a configuration entry.
 */
export const TenantSchema = z.object({
  tenant_id: TenantId,
  name: z.string().min(1).max(120),
  status: z.enum(['active', 'disabled']),
  created_at: IsoDateTime,
  updated_at: IsoDateTime,
  /** Origins allowed to open the widget's WebSocket; `*` patterns allowed for ports, e.g. `http://localhost:*`. */
  allowed_origins: z.array(z.string().min(1)).default([]),
  /** Whether a client that sends no Origin header (a native app, a test) may connect. */
  allow_missing_origin: z.boolean().default(false),
  rate_limits: z
    .object({
      per_connection_per_minute: z.number().int().positive(),
      per_tenant_per_minute: z.number().int().positive(),
    })
    .default({ per_connection_per_minute: 30, per_tenant_per_minute: 600 }),
  locale: z.string().default('en'),
});
export type Tenant = z.infer<typeof TenantSchema>;
