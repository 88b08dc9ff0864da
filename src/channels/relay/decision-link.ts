/**
 * The signed link that keeps the full decision one tap away from a phone reply
 * (issue 12, item 7): `/d/{tenant}/{ulid}.{expiry}.{signature}`. The signature is an
 * HMAC-SHA256 over tenant, decision and expiry, cut to 128 bits (base64url) to keep
 * SMS short; it opens only that decision and its itinerary, and only until it expires.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** Default life of a link: long enough to come back to a trip decision, not forever. */
export const DEFAULT_LINK_TTL_DAYS = 30;

const PATH = /^([0-9A-HJKMNP-TV-Z]{26})\.([0-9a-z]{1,10})\.([A-Za-z0-9_-]{22})$/;

function sign(secret: string, tenantId: string, decisionId: string, expiry: string): string {
  return createHmac('sha256', secret).update(`decision-link\n${tenantId}\n${decisionId}\n${expiry}`).digest().subarray(0, 16).toString('base64url');
}

export interface DecisionLinks {
  /** The public URL of a decision's web view, valid until `now + ttl`. */
  linkFor(tenantId: string, decisionId: string, now: Date): string;
  /** The decision id a token opens for this tenant, or why it does not. */
  open(tenantId: string, token: string, now: Date): { ok: true; decisionId: string } | { ok: false; reason: 'malformed' | 'bad_signature' | 'expired' };
}

/** Link maker and checker over one secret and the public base URL the links point at. */
export function decisionLinks(opts: { secret: string; publicBaseUrl: string; ttlDays?: number }): DecisionLinks {
  const ttlMs = (opts.ttlDays ?? DEFAULT_LINK_TTL_DAYS) * 86_400_000;
  const base = opts.publicBaseUrl.replace(/\/+$/, '');
  return {
    linkFor(tenantId, decisionId, now) {
      const ulid = decisionId.slice(decisionId.indexOf('_') + 1);
      const expiry = Math.floor((now.getTime() + ttlMs) / 1000).toString(36);
      return `${base}/d/${tenantId}/${ulid}.${expiry}.${sign(opts.secret, tenantId, `dec_${ulid}`, expiry)}`;
    },
    open(tenantId, token, now) {
      const m = PATH.exec(token);
      if (!m) return { ok: false, reason: 'malformed' };
      const [, ulid, expiry, sig] = m as unknown as [string, string, string, string];
      const decisionId = `dec_${ulid}`;
      const expected = Buffer.from(sign(opts.secret, tenantId, decisionId, expiry));
      const given = Buffer.from(sig);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'bad_signature' };
      if (parseInt(expiry, 36) * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
      return { ok: true, decisionId };
    },
  };
}
