/**
 * Authentication, roles and CSRF for the staff routes. A request is a staff member's by an
 * `Authorization: Bearer` token (API clients: no ambient credential, so no CSRF) or by the
 * console's session cookie (HttpOnly, SameSite=Strict, Secure outside localhost), in which
 * case every state change must also echo the session's CSRF token and come from our origin.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { StaffRole } from '../../store/repositories/staff-credentials';
import { StaffError } from './errors';
import { SESSION_HOURS, sameSecret, type StaffIdentity, type StaffMember, type StaffSession } from './identity';

export const SESSION_COOKIE = 'staff_session';

/** How the member was recognised, and the session's CSRF token when by cookie. */
export interface StaffAuthState {
  member: StaffMember;
  via: 'bearer' | 'cookie';
  session?: StaffSession;
}

export type StaffEnv = { Variables: { staff: StaffAuthState } };

const RANK: Record<StaffRole, number> = { viewer: 0, reviewer: 1, admin: 2 };

/** Whether a request came to a loopback host (the local stack): only there may the cookie go without Secure. */
export function isLocalRequest(c: Context): boolean {
  const host = new URL(c.req.url).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]';
}

/** Sets the console's session cookie. */
export function setSessionCookie(c: Context, cookie: string): void {
  setCookie(c, SESSION_COOKIE, cookie, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: !isLocalRequest(c),
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
}

export function clearSessionCookie(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/', secure: !isLocalRequest(c) });
}

/** Reads who is calling; undefined when nobody valid is. */
export async function recognise(c: Context, identity: StaffIdentity): Promise<StaffAuthState | undefined> {
  const header = c.req.header('authorization');
  if (header !== undefined) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(header);
    const member = m ? await identity.authenticateBearer(m[1]!) : undefined;
    return member ? { member, via: 'bearer' } : undefined;
  }
  const cookie = getCookie(c, SESSION_COOKIE);
  if (!cookie) return undefined;
  const session = await identity.resolveSession(cookie);
  return session ? { member: session.member, via: 'cookie', session } : undefined;
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Refuses a request another site's page sent (sign-in has no session yet, so no CSRF token). */
export function assertSameOrigin(c: Context): void {
  const origin = c.req.header('origin');
  if (origin !== undefined && origin !== new URL(c.req.url).origin) throw new StaffError('forbidden', 'cross-site request refused');
}

/**
 * The CSRF check of a cookie-authenticated state change: the Origin (when the browser
 * sends one) must be ours, and the session's token must come back in `x-csrf-token` or
 * the form's `_csrf` field.
 */
export async function checkCsrf(c: Context, state: StaffAuthState): Promise<void> {
  if (state.via !== 'cookie' || !UNSAFE.has(c.req.method)) return;
  assertSameOrigin(c);
  let presented = c.req.header('x-csrf-token');
  if (presented === undefined && /form/.test(c.req.header('content-type') ?? '')) {
    const body = await c.req.parseBody();
    presented = typeof body._csrf === 'string' ? body._csrf : undefined;
  }
  if (!presented || !state.session || !sameSecret(presented, state.session.csrf)) throw new StaffError('forbidden', 'missing or wrong CSRF token');
}

/** Requires a staff member (401 otherwise), checks CSRF on state changes. */
export function requireStaff(identity: StaffIdentity, onMissing?: (c: Context) => Response | Promise<Response>): MiddlewareHandler<StaffEnv> {
  return async (c, next) => {
    const state = await recognise(c, identity);
    if (!state) {
      if (onMissing) return onMissing(c);
      throw new StaffError('unauthorized', 'a valid staff token or session is required');
    }
    await checkCsrf(c, state);
    c.set('staff', state);
    await next();
  };
}

/** Throws 403 unless the member's role is at least `role`. */
export function assertRole(state: StaffAuthState, role: StaffRole): void {
  if (RANK[state.member.role] < RANK[role]) throw new StaffError('forbidden', `this needs the ${role} role; you are ${state.member.role}`);
}
