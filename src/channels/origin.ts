import type { Tenant } from '../domain/entities/tenant';

/**
 * Whether a tenant lets a browser page at `origin` open the widget's socket. Patterns
 * are exact origins, or an origin whose port is `*` (`http://localhost:*`). A client
 * that sends no Origin (a native app, a test) is allowed only where the tenant says so.
 */
export function originAllowed(tenant: Pick<Tenant, 'allowed_origins' | 'allow_missing_origin'>, origin: string | undefined): boolean {
  if (origin === undefined || origin === '' || origin === 'null') return tenant.allow_missing_origin && (origin === undefined || origin === '');
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const normalised = `${url.protocol}//${url.host}`;
  if (normalised !== origin.replace(/\/$/, '').toLowerCase()) return false;
  return tenant.allowed_origins.some((pattern) => {
    if (pattern === origin) return true;
    const star = /^(https?:\/\/[^/:]+):\*$/.exec(pattern);
    // Any port, the scheme's default included (`http://localhost` is `http://localhost:80`).
    return star !== undefined && star !== null && `${url.protocol}//${url.hostname}` === star[1];
  });
}
