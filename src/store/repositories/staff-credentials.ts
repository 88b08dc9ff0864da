/**
 * Staff credentials (issue 13): long-lived tokens, console sessions and one-time sign-in
 * codes. A secret is never stored: only its SHA-256 (secrets are 256 random bits, so a
 * fast hash is enough; nothing here is a password). Keys are `<tenant>#<kind>` + id, so
 * every read starts with the tenant the presented credential names.
 */
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import { TenantId } from '../../domain/ids';
import { IsoDateTime } from '../../domain/time';
import { ConflictError, isConditionFailed, NotFoundError } from '../errors';
import { fromItem, send, type Item, type StoreContext } from '../repository-kit';

export const STAFF_ROLES = ['viewer', 'reviewer', 'admin'] as const;
export const StaffRoleSchema = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof StaffRoleSchema>;

export const CREDENTIAL_KINDS = ['token', 'session', 'once'] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

/** One stored credential: who it names, what it may do, until when. */
export const StaffCredentialSchema = z.object({
  tenant_id: TenantId,
  kind: z.enum(CREDENTIAL_KINDS),
  /** A ULID, the public half of the presented credential. */
  credential_id: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/),
  secret_hash: z.string().regex(/^[0-9a-f]{64}$/),
  /** The staff member: a token's id is theirs; sessions and codes carry it on. */
  staff_id: z.string().min(1).max(80),
  name: z.string().min(1).max(120),
  role: StaffRoleSchema,
  created_at: IsoDateTime,
  expires_at: IsoDateTime,
  revoked_at: z.optional(IsoDateTime),
  /** Sessions: the token the session was opened with (revoking it ends its sessions). */
  parent_id: z.string().optional(),
  /** Sessions: the anti-CSRF token every state change must echo. */
  csrf: z.string().optional(),
  /** Epoch seconds after which DynamoDB deletes the record (`credentialTtl`). */
  ttl: z.number().int(),
});
export type StaffCredential = z.infer<typeof StaffCredentialSchema>;

function key(tenantId: string, kind: CredentialKind, id: string): Item {
  return { pk: `${tenantId}#${kind}`, sk: id };
}

/** Days a revoked or expired token is kept for audit before DynamoDB's TTL removes it. */
const AUDIT_DAYS = 90;

/**
 * The TTL (epoch seconds) of a credential valid for `validMs` more: DynamoDB's TTL runs on
 * the wall clock, while `expires_at` follows the product's clock (a `NOW=` demo may run in
 * the past), so the TTL is counted from the real now. Reads still check `expires_at`.
 */
export function credentialTtl(kind: CredentialKind, validMs: number, wallNow = Date.now()): number {
  return Math.floor((wallNow + validMs) / 1000) + (kind === 'token' ? AUDIT_DAYS * 86_400 : 0);
}

/** Credentials of a tenant: put, read, list tokens, revoke, consume a one-time code. */
export function createStaffCredentialsRepository(ctx: StoreContext) {
  const T = () => ctx.tables.staff_credentials;
  return {
    async put(c: StaffCredential): Promise<void> {
      await send('put staff_credentials', () =>
        ctx.doc.send(
          new PutCommand({
            TableName: T(),
            Item: { ...c, ...key(c.tenant_id, c.kind, c.credential_id) },
            ConditionExpression: 'attribute_not_exists(pk)',
          }),
        ),
      );
    },
    /** The credential, or undefined (absent, another tenant's). Strongly consistent: a revocation takes effect at once. */
    async get(tenantId: string, kind: CredentialKind, id: string): Promise<StaffCredential | undefined> {
      const out = await send('get staff_credentials', () =>
        ctx.doc.send(new GetCommand({ TableName: T(), Key: key(tenantId, kind, id), ConsistentRead: true })),
      );
      return out.Item && out.Item.tenant_id === tenantId ? fromItem(StaffCredentialSchema, 'staff_credentials', out.Item) : undefined;
    },
    /** The tenant's tokens, newest first (admins manage them; one page holds a team). */
    async listTokens(tenantId: string): Promise<StaffCredential[]> {
      const out = await send('query staff_credentials', () =>
        ctx.doc.send(
          new QueryCommand({
            TableName: T(),
            KeyConditionExpression: 'pk = :p',
            ExpressionAttributeValues: { ':p': `${tenantId}#token` },
            ScanIndexForward: false,
            Limit: 200,
          }),
        ),
      );
      return (out.Items ?? []).filter((i) => i.tenant_id === tenantId).map((i) => fromItem(StaffCredentialSchema, 'staff_credentials', i));
    },
    /** Marks a token or session revoked; NotFoundError when it is not the tenant's. */
    async revoke(tenantId: string, kind: CredentialKind, id: string, at: string): Promise<void> {
      try {
        await ctx.doc.send(
          new UpdateCommand({
            TableName: T(),
            Key: key(tenantId, kind, id),
            UpdateExpression: 'SET revoked_at = if_not_exists(revoked_at, :at)',
            ConditionExpression: 'attribute_exists(pk) AND tenant_id = :t',
            ExpressionAttributeValues: { ':at': at, ':t': tenantId },
          }),
        );
      } catch (err) {
        if (isConditionFailed(err)) throw new NotFoundError('staff token', id);
        await send('revoke staff_credentials', () => Promise.reject(err));
      }
    },
    /**
     * Deletes a one-time code and returns it, only if this call deleted it: two uses of
     * one link race, one wins. ConflictError when it was already used or never existed.
     */
    async consumeOnce(tenantId: string, id: string): Promise<StaffCredential> {
      try {
        const out = await ctx.doc.send(
          new DeleteCommand({
            TableName: T(),
            Key: key(tenantId, 'once', id),
            ConditionExpression: 'attribute_exists(pk) AND tenant_id = :t',
            ExpressionAttributeValues: { ':t': tenantId },
            ReturnValues: 'ALL_OLD',
          }),
        );
        if (!out.Attributes) throw new ConflictError('sign-in code already used');
        return fromItem(StaffCredentialSchema, 'staff_credentials', out.Attributes);
      } catch (err) {
        if (isConditionFailed(err)) throw new ConflictError('sign-in code already used', { cause: err });
        return send('consume staff_credentials', () => Promise.reject(err));
      }
    },
  };
}

export type StaffCredentialsRepository = ReturnType<typeof createStaffCredentialsRepository>;
