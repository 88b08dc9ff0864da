/**
 * Per-tenant relay secrets: the Twilio auth token, Meta's app secret, verify token and
 * access token. Never in code, the template or the tenant record: locally they come from
 * configuration (the demo tenant's PROTOCOL.md defaults); on AWS from SSM Parameter Store
 * (SecureString) through the AWS Parameters and Secrets Lambda Extension, which caches
 * them and needs no SDK in the bundle.
 */
import { z } from 'zod';

export interface RelaySecrets {
  twilioAuthToken?: string;
  metaAppSecret?: string;
  metaVerifyToken?: string;
  metaAccessToken?: string;
}

/** Port: the relay secrets of a tenant (empty when it has none). */
export interface SecretSource {
  secrets(tenantId: string): Promise<RelaySecrets>;
}

/** Fixed secrets by tenant (the local stack, tests). */
export function staticSecrets(byTenant: Record<string, RelaySecrets>): SecretSource {
  return { secrets: async (tenantId) => (Object.hasOwn(byTenant, tenantId) ? byTenant[tenantId]! : {}) };
}

/** Parameter names under the tenant's path. */
export const PARAMETER_NAMES: Record<keyof RelaySecrets, string> = {
  twilioAuthToken: 'twilio-auth-token',
  metaAppSecret: 'meta-app-secret',
  metaVerifyToken: 'meta-verify-token',
  metaAccessToken: 'meta-access-token',
};

const ExtensionAnswer = z.object({ Parameter: z.object({ Value: z.string() }) });

/**
 * Secrets from Parameter Store at `<prefix>/<tenant>/<name>` through the Lambda extension
 * (`GET http://localhost:<port>/systemsmanager/parameters/get?name=…&withDecryption=true`,
 * the session token as `X-Aws-Parameters-Secrets-Token`). A missing parameter (400/404)
 * is an absent secret; the extension's own cache keeps repeat reads local, and ours keeps
 * them off the network altogether for `ttlMs`.
 */
export function parameterStoreSecrets(opts: { prefix: string; port: number; sessionToken: string; ttlMs?: number; fetch?: typeof fetch; now?: () => number }): SecretSource & { parameter(path: string): Promise<string | undefined> } {
  const doFetch = opts.fetch ?? fetch;
  const now = opts.now ?? Date.now;
  const cache = new Map<string, { at: number; value: RelaySecrets }>();
  async function read(name: string): Promise<string | undefined> {
    const url = `http://localhost:${opts.port}/systemsmanager/parameters/get?name=${encodeURIComponent(name)}&withDecryption=true`;
    const res = await doFetch(url, { headers: { 'X-Aws-Parameters-Secrets-Token': opts.sessionToken }, signal: AbortSignal.timeout(3000) });
    if (res.status === 400 || res.status === 404) return undefined;
    if (!res.ok) throw new Error(`parameter store answered ${res.status} for ${name}`);
    return ExtensionAnswer.parse(await res.json()).Parameter.Value;
  }
  return {
    /** One parameter under the prefix (`<prefix>/<path>`), e.g. the stack's decision link key. */
    parameter: (path) => read(`${opts.prefix}/${path}`),
    async secrets(tenantId) {
      const hit = cache.get(tenantId);
      if (hit && now() - hit.at < (opts.ttlMs ?? 300_000)) return hit.value;
      const entries = await Promise.all(
        (Object.keys(PARAMETER_NAMES) as Array<keyof RelaySecrets>).map(async (k) => [k, await read(`${opts.prefix}/${tenantId}/${PARAMETER_NAMES[k]}`)] as const),
      );
      const value = Object.fromEntries(entries.filter(([, v]) => v !== undefined)) as RelaySecrets;
      cache.set(tenantId, { at: now(), value });
      return value;
    },
  };
}
