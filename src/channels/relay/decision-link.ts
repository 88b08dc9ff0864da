/**
 * The signed link that keeps the full decision one tap away from a phone reply
 * (issue 12, item 7): `/d/{tenant}/{ulid}.{expiry}.{lang}.{signature}`. The signature is an
 * HMAC-SHA256 over tenant, decision, expiry and language, cut to 128 bits (base64url) to
 * keep SMS short; it opens only that decision and its itinerary, only until it expires, and
 * only in the language of the reply that carried it (issue 15): editing the language breaks
 * the signature like editing anything else. Links made before the language was signed
 * (`{ulid}.{expiry}.{signature}`) still open, in the language the decision was stored in.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { LANGUAGES, type Language } from '../../domain/dialogue';

/** Default life of a link: long enough to come back to a trip decision, not forever. */
export const DEFAULT_LINK_TTL_DAYS = 30;

const PATH = new RegExp(`^([0-9A-HJKMNP-TV-Z]{26})\\.([0-9a-z]{1,10})(?:\\.(${LANGUAGES.join('|')}))?\\.([A-Za-z0-9_-]{22})$`);

function sign(secret: string, tenantId: string, decisionId: string, expiry: string, lang: Language | undefined): string {
  // The language line is absent, not empty, for the older links, so their signatures still verify.
  return createHmac('sha256', secret)
    .update(`decision-link\n${tenantId}\n${decisionId}\n${expiry}${lang ? `\n${lang}` : ''}`)
    .digest()
    .subarray(0, 16)
    .toString('base64url');
}

/** What a token opens; `language` only once the signature vouches for it (an expired link's too, so its page can say so in that language). */
export type OpenedLink = { ok: true; decisionId: string; language?: Language } | { ok: false; reason: 'malformed' | 'bad_signature' | 'expired'; language?: Language };

export interface DecisionLinks {
  /** The public URL of a decision's web view in `lang` (the reply's language), valid until `now + ttl`. */
  linkFor(tenantId: string, decisionId: string, now: Date, lang?: Language): string;
  /** The decision id a token opens for this tenant, with the language it was signed for (none on an older link), or why it does not. */
  open(tenantId: string, token: string, now: Date): OpenedLink;
}

/** Link maker and checker over one secret and the public base URL the links point at. */
export function decisionLinks(opts: { secret: string; publicBaseUrl: string; ttlDays?: number }): DecisionLinks {
  const ttlMs = (opts.ttlDays ?? DEFAULT_LINK_TTL_DAYS) * 86_400_000;
  const base = opts.publicBaseUrl.replace(/\/+$/, '');
  return {
    linkFor(tenantId, decisionId, now, lang) {
      const ulid = decisionId.slice(decisionId.indexOf('_') + 1);
      const expiry = Math.floor((now.getTime() + ttlMs) / 1000).toString(36);
      return `${base}/d/${tenantId}/${ulid}.${expiry}${lang ? `.${lang}` : ''}.${sign(opts.secret, tenantId, `dec_${ulid}`, expiry, lang)}`;
    },
    open(tenantId, token, now) {
      const m = PATH.exec(token);
      if (!m) return { ok: false, reason: 'malformed' };
      const [, ulid, expiry, lang, sig] = m as unknown as [string, string, string, Language | undefined, string];
      const decisionId = `dec_${ulid}`;
      const expected = Buffer.from(sign(opts.secret, tenantId, decisionId, expiry, lang));
      const given = Buffer.from(sig);
      if (expected.length !== given.length || !timingSafeEqual(expected, given)) return { ok: false, reason: 'bad_signature' };
      if (parseInt(expiry, 36) * 1000 < now.getTime()) return { ok: false, reason: 'expired', ...(lang ? { language: lang } : {}) };
      return { ok: true, decisionId, ...(lang ? { language: lang } : {}) };
    },
  };
}
