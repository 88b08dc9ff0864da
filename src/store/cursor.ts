/**
 * Opaque list cursors: base64url of the page's last key, bound to the tenant and the
 * list it came from. A cursor from tenant A (or from another list) is rejected for
 * tenant B, so a cursor can never widen a query beyond the caller's tenant.
 */
import * as z from '../domain/zod-mini';
import { InvalidCursorError } from './errors';

// zod/mini (domain/zod-mini.ts): every repository imports this module, the connection functions' too.
const CursorSchema = z.object({
  v: z.literal(1),
  t: z.string(),
  l: z.string(),
  k: z.record(z.string(), z.union([z.string(), z.number()])),
});

/** Encodes a page's last key as an opaque cursor for one tenant and one list. */
export function encodeCursor(tenantId: string, list: string, key: Record<string, unknown>): string {
  return Buffer.from(JSON.stringify({ v: 1, t: tenantId, l: list, k: key }), 'utf8').toString('base64url');
}

/** Decodes and checks a cursor; throws InvalidCursorError when it was not issued for this tenant and list. */
export function decodeCursor(tenantId: string, list: string, cursor: string): Record<string, string | number> {
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidCursorError('cursor is not one we issued');
  }
  const c = CursorSchema.safeParse(parsed);
  if (!c.success) throw new InvalidCursorError('cursor is not one we issued');
  if (c.data.t !== tenantId) throw new InvalidCursorError('cursor belongs to another tenant');
  if (c.data.l !== list) throw new InvalidCursorError('cursor belongs to another list');
  // Every key value we issue that names a record starts with the tenant: a forged one does not.
  const pk = c.data.k.pk;
  if (typeof pk !== 'string' || !pk.startsWith(`${tenantId}#`)) throw new InvalidCursorError('cursor belongs to another tenant');
  return c.data.k;
}
