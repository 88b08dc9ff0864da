import { DEFAULT_RATE_LIMITS, type Tenant } from '../domain/entities/tenant';
import { originAllowed } from './origin';
import { RateLimiter } from './rate-limiter';

/**
 * Every channel's per-tenant policy in one place: the tenant settings cache, the origin
 * check and the rate limits (per connection, per sender address, per tenant). A tenant
 * without its own limits gets DEFAULT_RATE_LIMITS (src/domain/entities/tenant.ts).
 */

export { DEFAULT_RATE_LIMITS };

/** Frames of any kind one connection may send a minute (a heartbeat is one every few minutes). */
export const MAX_FRAMES_PER_MINUTE = 120;

/**
 * Limits on what else writes (issue 16): new conversations (each stores a traveler, a
 * session and an event) per connection or sender address and per tenant, and WebSocket
 * handshakes (each stores a connection record) per source address. A tenant's
 * `rate_limits` may carry its own values under these names; these are the defaults.
 * In-process counts: on AWS each Lambda instance counts its share (as for messages).
 */
export const DEFAULT_WRITE_LIMITS = {
  /** A page load starts one; resuming is free. */
  sessions_per_connection_per_minute: 10,
  sessions_per_tenant_per_minute: 600,
  /** Generous for many travelers behind one NAT; a flood from one address stops here. */
  handshakes_per_address_per_minute: 600,
  /**
   * A widget says hello once per socket; each hello writes the connection record and a
   * resume replays the whole session, so a client that asks again and again (and need
   * not even read the answer) is held to a few a minute.
   */
  hellos_per_connection_per_minute: 6,
} as const;

type WriteLimits = { -readonly [K in keyof typeof DEFAULT_WRITE_LIMITS]: number };

/** How long tenant settings are kept in memory (per process, or per warm Lambda). */
export const TENANT_CACHE_MS = 60_000;

/** Unknown ids probed at random must not grow the cache without bound. */
const MAX_CACHED_TENANTS = 1000;

/** Who is sending: a WebSocket connection, or a phone address (`+E164`, `whatsapp:+E164`). */
export type SenderKey = { connection: string } | { address: string };

export interface TenantPolicy {
  /** The tenant's settings (cached); undefined for an unknown id. */
  tenant(tenantId: string): Promise<Tenant | undefined>;
  /** Whether a client at `origin` (absent: none sent) may open a channel of this tenant. */
  admits(tenant: Tenant | undefined, origin: string | undefined): tenant is Tenant;
  /** Counts one traveler message; false when the sender or the tenant is over its limit this minute. */
  takeMessage(tenantId: string, sender: SenderKey): Promise<boolean>;
  /** Counts one WebSocket frame of any kind, before any read; false over MAX_FRAMES_PER_MINUTE. */
  takeFrame(connectionId: string): boolean;
  /** Counts one new conversation; false when the sender or the tenant is over its limit this minute. */
  takeSession(tenant: Tenant, sender: SenderKey): boolean;
  /** Counts one handshake from a source address; false when that address is over its limit this minute. */
  takeHandshake(tenant: Tenant, sourceIp: string): boolean;
  /** Counts one hello (new session or resume) on a connection; false over its limit this minute. */
  takeHello(tenant: Tenant, connectionId: string): boolean;
  /** Whether the connection's hellos for this minute are already spent (counts nothing; no tenant needed). */
  helloSpent(connectionId: string): boolean;
}

export interface TenantPolicyOptions {
  getTenant(tenantId: string): Promise<Tenant | undefined>;
  /** Wall-clock milliseconds: rate windows and cache ages are real time, like TTLs (whatever `NOW` a demo sets). */
  now?: () => number;
  limiter?: RateLimiter;
}

/** Builds the policy over the tenants table. */
export function createTenantPolicy(opts: TenantPolicyOptions): TenantPolicy {
  const now = opts.now ?? Date.now;
  const limiter = opts.limiter ?? new RateLimiter();
  const cache = new Map<string, { at: number; tenant: Tenant | undefined }>();

  async function tenant(id: string): Promise<Tenant | undefined> {
    const hit = cache.get(id);
    if (hit && now() - hit.at < TENANT_CACHE_MS) return hit.tenant;
    const found = await opts.getTenant(id);
    if (cache.size >= MAX_CACHED_TENANTS) cache.clear();
    cache.set(id, { at: now(), tenant: found });
    return found;
  }

  return {
    tenant,
    admits: (t, origin): t is Tenant => t !== undefined && t.status === 'active' && originAllowed(t, origin),
    async takeMessage(tenantId, sender) {
      const t = now();
      const limits = (await tenant(tenantId))?.rate_limits ?? DEFAULT_RATE_LIMITS;
      const key = 'connection' in sender ? `conn:${sender.connection}` : `addr:${tenantId}:${sender.address}`;
      return limiter.take(key, limits.per_connection_per_minute, t) && limiter.take(`tenant:${tenantId}`, limits.per_tenant_per_minute, t);
    },
    takeFrame: (connectionId) => limiter.take(`frames:${connectionId}`, MAX_FRAMES_PER_MINUTE, now()),
    takeSession(t, sender) {
      const limits = writeLimits(t);
      const key = 'connection' in sender ? `sess:conn:${sender.connection}` : `sess:addr:${t.tenant_id}:${sender.address}`;
      return limiter.take(key, limits.sessions_per_connection_per_minute, now()) && limiter.take(`sess:tenant:${t.tenant_id}`, limits.sessions_per_tenant_per_minute, now());
    },
    takeHandshake: (t, sourceIp) => limiter.take(`hs:${t.tenant_id}:${sourceIp}`, writeLimits(t).handshakes_per_address_per_minute, now()),
    takeHello: (t, connectionId) => limiter.take(`hello:${connectionId}`, writeLimits(t).hellos_per_connection_per_minute, now()),
    helloSpent: (connectionId) => limiter.spent(`hello:${connectionId}`, now()),
  };
}

/** The tenant's own write limits where its settings carry them, else the defaults. */
function writeLimits(t: Tenant): WriteLimits {
  const own = t.rate_limits;
  return {
    sessions_per_connection_per_minute: own?.sessions_per_connection_per_minute ?? DEFAULT_WRITE_LIMITS.sessions_per_connection_per_minute,
    sessions_per_tenant_per_minute: own?.sessions_per_tenant_per_minute ?? DEFAULT_WRITE_LIMITS.sessions_per_tenant_per_minute,
    handshakes_per_address_per_minute: own?.handshakes_per_address_per_minute ?? DEFAULT_WRITE_LIMITS.handshakes_per_address_per_minute,
    hellos_per_connection_per_minute: own?.hellos_per_connection_per_minute ?? DEFAULT_WRITE_LIMITS.hellos_per_connection_per_minute,
  };
}
