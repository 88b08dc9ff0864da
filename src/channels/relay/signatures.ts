/**
 * Webhook signatures of the two providers, computed with node:crypto and compared in
 * constant time. Both are checked before a body is parsed or stored (PROTOCOL.md §2).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Twilio's `X-Twilio-Signature`: base64 HMAC-SHA1, keyed with the auth token, of the URL
 * Twilio was configured with (query string included) followed by every POST parameter
 * sorted by name, each as name then value. Repeated names keep their values in order of
 * value, as Twilio's own validators sort them.
 */
export function twilioSignature(authToken: string, url: string, params: ReadonlyArray<readonly [string, string]>): string {
  const sorted = [...params].sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0));
  const hmac = createHmac('sha1', authToken).update(url, 'utf8');
  for (const [name, value] of sorted) hmac.update(name, 'utf8').update(value, 'utf8');
  return hmac.digest('base64');
}

/** Meta's `X-Hub-Signature-256` value: `sha256=` + hex HMAC-SHA256 of the raw body bytes, keyed with the app secret. */
export function metaSignature(appSecret: string, rawBody: Uint8Array | string): string {
  return `sha256=${createHmac('sha256', appSecret).update(rawBody).digest('hex')}`;
}

/** Why a signature was refused: logged with the tenant, never with the payload. */
export type SignatureProblem = 'missing' | 'malformed' | 'mismatch';

/** Constant-time comparison of two ASCII signature strings (a length difference is a mismatch, not a throw). */
function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  // timingSafeEqual needs equal lengths; comparing `a` with itself keeps the time flat.
  return a.length === b.length ? timingSafeEqual(a, b) : (timingSafeEqual(a, a), false);
}

/** Verifies a Twilio request; `ok` or the problem. */
export function verifyTwilio(
  authToken: string,
  publicUrl: string,
  params: ReadonlyArray<readonly [string, string]>,
  header: string | undefined,
): { ok: true } | { ok: false; problem: SignatureProblem } {
  if (!header) return { ok: false, problem: 'missing' };
  if (!/^[A-Za-z0-9+/]{27}=$/.test(header)) return { ok: false, problem: 'malformed' };
  return sameSignature(twilioSignature(authToken, publicUrl, params), header) ? { ok: true } : { ok: false, problem: 'mismatch' };
}

/** Verifies a Meta request over its raw body bytes; `ok` or the problem. */
export function verifyMeta(appSecret: string, rawBody: Uint8Array, header: string | undefined): { ok: true } | { ok: false; problem: SignatureProblem } {
  if (!header) return { ok: false, problem: 'missing' };
  if (!/^sha256=[0-9a-f]{64}$/i.test(header)) return { ok: false, problem: 'malformed' };
  return sameSignature(metaSignature(appSecret, rawBody), header.toLowerCase()) ? { ok: true } : { ok: false, problem: 'mismatch' };
}
