/**
 * Staff identity (issue 13, item 1) behind a small port, so an OIDC provider can replace
 * the token sign-in later: the routes only ever ask "who is this bearer / this session".
 *
 * Presented credentials read `<kind>.<tenant>.<id>.<secret>`: the tenant and id locate
 * the record (a key starting with the tenant), the secret is checked against its stored
 * SHA-256 in constant time. Tokens are long-lived and revocable; a sign-in exchanges one
 * for a console session (cookie) that dies with it.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { ulid } from 'ulid';
import type { Clock } from '../../domain/time';
import { credentialTtl, type CredentialKind, type StaffCredential, type StaffCredentialsRepository, type StaffRole } from '../../store/repositories/staff-credentials';

/** Who is acting: every staff event records this. */
export interface StaffMember {
  tenant_id: string;
  staff_id: string;
  name: string;
  role: StaffRole;
}

/** A console session as the routes see it. */
export interface StaffSession {
  member: StaffMember;
  session_id: string;
  csrf: string;
  expires_at: string;
}

/** The port the staff routes use. */
export interface StaffIdentity {
  /** The member behind an `Authorization: Bearer` token, or undefined (unknown, expired, revoked). */
  authenticateBearer(token: string): Promise<StaffMember | undefined>;
  /** Exchanges a token for a console session; undefined when the token is not valid. */
  signIn(token: string): Promise<{ session: StaffSession; cookie: string } | undefined>;
  /** Exchanges a one-time sign-in code (printed by `npm start`) for a session; used once. */
  signInOnce(code: string): Promise<{ session: StaffSession; cookie: string } | undefined>;
  /** The session behind a cookie value, or undefined. */
  resolveSession(cookie: string): Promise<StaffSession | undefined>;
  signOut(cookie: string): Promise<void>;
}

const PREFIX: Record<CredentialKind, string> = { token: 'stk', session: 'sts', once: 'sto' };
const PRESENTED = /^(stk|sts|sto)\.([a-z0-9][a-z0-9-]{0,62})\.([0-9A-HJKMNP-TV-Z]{26})\.([A-Za-z0-9_-]{43})$/;

export const SESSION_HOURS = 8;
export const ONCE_MINUTES = 30;

const sha256 = (s: string): string => createHash('sha256').update(s, 'utf8').digest('hex');

/** Constant-time string comparison (lengths may differ: compared through their hashes). */
export function sameSecret(a: string, b: string): boolean {
  return timingSafeEqual(Buffer.from(sha256(a), 'hex'), Buffer.from(sha256(b), 'hex'));
}

function parse(kind: CredentialKind, presented: string): { tenant: string; id: string; secret: string } | undefined {
  const m = PRESENTED.exec(presented);
  if (!m || m[1] !== PREFIX[kind]) return undefined;
  return { tenant: m[2]!, id: m[3]!, secret: m[4]! };
}

export interface StaffIdentityOptions {
  credentials: StaffCredentialsRepository;
  clock: Clock;
  /** Tokens from configuration (the local `demo-staff-token`), compared in constant time, never stored. */
  staticTokens?: readonly { token: string; member: StaffMember }[];
  newId?: () => string;
}

/** What a new credential returns once: the presented string (shown once) and its record. */
export interface IssuedCredential {
  presented: string;
  record: StaffCredential;
}

/** The token-based identity over the credentials table, plus token administration. */
export function createStaffIdentity(opts: StaffIdentityOptions) {
  const newId = opts.newId ?? (() => ulid(opts.clock().getTime()));
  const repo = opts.credentials;

  function live(c: StaffCredential | undefined): c is StaffCredential {
    return Boolean(c && !c.revoked_at && Date.parse(c.expires_at) > opts.clock().getTime());
  }

  async function verify(kind: CredentialKind, presented: string): Promise<StaffCredential | undefined> {
    const p = parse(kind, presented);
    if (!p) return undefined;
    const c = await repo.get(p.tenant, kind, p.id);
    if (!live(c)) return undefined;
    return sameSecret(sha256(p.secret), c.secret_hash) ? c : undefined;
  }

  /** Stores a new credential and returns its presented form (the only time the secret exists). */
  async function issue(kind: CredentialKind, member: StaffMember, expiresAt: Date, extra: Partial<StaffCredential> = {}): Promise<IssuedCredential> {
    const id = newId();
    const secret = randomBytes(32).toString('base64url');
    const now = opts.clock();
    const record: StaffCredential = {
      tenant_id: member.tenant_id,
      kind,
      credential_id: id,
      secret_hash: sha256(secret),
      staff_id: member.staff_id,
      name: member.name,
      role: member.role,
      created_at: now.toISOString(),
      expires_at: expiresAt.toISOString(),
      ttl: credentialTtl(kind, expiresAt.getTime() - now.getTime()),
      ...extra,
    };
    await repo.put(record);
    return { presented: `${PREFIX[kind]}.${member.tenant_id}.${id}.${secret}`, record };
  }

  const memberOf = (c: StaffCredential): StaffMember => ({ tenant_id: c.tenant_id, staff_id: c.staff_id, name: c.name, role: c.role });

  async function openSession(member: StaffMember, parentId?: string): Promise<{ session: StaffSession; cookie: string }> {
    const expires = new Date(opts.clock().getTime() + SESSION_HOURS * 3_600_000);
    const csrf = randomBytes(24).toString('base64url');
    const issued = await issue('session', member, expires, { csrf, ...(parentId ? { parent_id: parentId } : {}) });
    return { cookie: issued.presented, session: { member, session_id: issued.record.credential_id, csrf, expires_at: issued.record.expires_at } };
  }

  async function bearer(token: string): Promise<{ member: StaffMember; parentId?: string } | undefined> {
    for (const s of opts.staticTokens ?? []) if (sameSecret(token, s.token)) return { member: s.member };
    const c = await verify('token', token);
    return c ? { member: memberOf(c), parentId: c.credential_id } : undefined;
  }

  const identity: StaffIdentity = {
    authenticateBearer: async (token) => (await bearer(token))?.member,
    async signIn(token) {
      const who = await bearer(token);
      return who ? openSession(who.member, who.parentId) : undefined;
    },
    async signInOnce(code) {
      const p = parse('once', code);
      if (!p) return undefined;
      const c = await verify('once', code);
      if (!c) return undefined;
      try {
        await repo.consumeOnce(p.tenant, p.id);
      } catch {
        return undefined; // used already (two clicks race; one wins)
      }
      return openSession(memberOf(c));
    },
    async resolveSession(cookie) {
      const c = await verify('session', cookie);
      if (!c || !c.csrf) return undefined;
      // A session opened with a token ends when the token is revoked.
      if (c.parent_id) {
        const parent = await repo.get(c.tenant_id, 'token', c.parent_id);
        if (!live(parent)) return undefined;
      }
      return { member: memberOf(c), session_id: c.credential_id, csrf: c.csrf, expires_at: c.expires_at };
    },
    async signOut(cookie) {
      const p = parse('session', cookie);
      if (p && (await verify('session', cookie))) await repo.revoke(p.tenant, 'session', p.id, opts.clock().toISOString());
    },
  };

  return {
    identity,
    /** Creates a token for a new staff member (admin API, `npm run staff-token`); the token is shown once. */
    createToken(input: { tenant_id: string; name: string; role: StaffRole; days: number }): Promise<IssuedCredential> {
      const id = newId();
      const expires = new Date(opts.clock().getTime() + input.days * 86_400_000);
      return issue('token', { tenant_id: input.tenant_id, staff_id: `staff_${id}`, name: input.name, role: input.role }, expires);
    },
    /** A one-time sign-in link's code (the local demo sign-in). */
    createOnceCode(member: StaffMember, minutes = ONCE_MINUTES): Promise<IssuedCredential> {
      return issue('once', member, new Date(opts.clock().getTime() + minutes * 60_000));
    },
    revokeToken: (tenantId: string, id: string) => repo.revoke(tenantId, 'token', id, opts.clock().toISOString()),
    listTokens: (tenantId: string) => repo.listTokens(tenantId),
  };
}

export type StaffAuth = ReturnType<typeof createStaffIdentity>;
