import { monotonicFactory, ulid } from 'ulid';
import * as zm from './zod-mini';

/** Entity id prefixes (ARCHITECTURE.md "Data"): every id is `<prefix>_<ULID>`. */
export const ID_PREFIXES = {
  traveler: 'trav',
  session: 'sess',
  lead: 'lead',
  decision: 'dec',
  itinerary: 'itin',
  event: 'evt',
  review: 'rev',
  message: 'msg',
  page: 'page',
} as const;

export type IdKind = keyof typeof ID_PREFIXES;
export type IdPrefix = (typeof ID_PREFIXES)[IdKind];

const ULID_PATTERN = '[0-9A-HJKMNP-TV-Z]{26}';

/** The check every id of one prefix passes: `dec_01J...` for `dec`. */
function idCheck(prefix: IdPrefix) {
  return zm.regex(new RegExp(`^${prefix}_${ULID_PATTERN}$`), `expected an id like ${prefix}_<ULID>`);
}

/**
 * A zod/mini schema (./zod-mini.ts) for ids of one prefix, e.g. `idSchema('dec')` accepts
 * `dec_01J...`. zod/mini, like every entity schema: classic zod builds costly schema objects
 * at module load, and a message function's init loads them all (docs/deploy.md). Optional
 * in a schema is `z.optional(SessionId)`.
 */
export function idSchema<P extends IdPrefix>(prefix: P) {
  return zm.string().check(idCheck(prefix));
}

/** The same as `idSchema`, the name the lean functions' schemas use. */
export const miniIdSchema = idSchema;

// Marked pure so a bundle that uses none of them (the connection functions) drops them.
export const TravelerId = /* @__PURE__ */ idSchema('trav');
export const SessionId = /* @__PURE__ */ idSchema('sess');
export const LeadId = /* @__PURE__ */ idSchema('lead');
export const DecisionId = /* @__PURE__ */ idSchema('dec');
export const ItineraryId = /* @__PURE__ */ idSchema('itin');
export const EventId = /* @__PURE__ */ idSchema('evt');
export const ReviewId = /* @__PURE__ */ idSchema('rev');
export const MessageId = /* @__PURE__ */ idSchema('msg');
export const PageId = /* @__PURE__ */ idSchema('page');

/** Tenant ids are short slugs chosen by operators (`demo`, `acme-safaris`). */
export const TenantId = zm.string().check(zm.regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'tenant ids are lowercase letters, digits and dashes'));
export type TenantId = zm.infer<typeof TenantId>;

/** Port: makes new ids. Injected so tests are deterministic. */
export type IdGenerator = (prefix: IdPrefix) => string;

/**
 * Production id generator: monotonic ULIDs, so ids minted in the same
 * millisecond still sort in creation order (transcripts rely on it).
 */
export function ulidIdGenerator(now: () => number = Date.now): IdGenerator {
  const next = monotonicFactory();
  // Only ids that must sort within a millisecond (transcript messages, events) are
  // monotonic; the others get fresh randomness, so a session id reveals nothing about
  // the ids minted next to it.
  return (prefix) => (prefix === 'msg' || prefix === 'evt' ? `${prefix}_${next(now())}` : `${prefix}_${ulid(now())}`);
}

/** Deterministic generator for tests: `dec_00000000000000000000000001`, ... in order. */
export function sequentialIdGenerator(start = 1): IdGenerator {
  let n = start;
  const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  return (prefix) => {
    let v = n++;
    let s = '';
    for (let i = 0; i < 26; i++) {
      s = alphabet[v % 32] + s;
      v = Math.floor(v / 32);
    }
    return `${prefix}_${s}`;
  };
}

/**
 * The lead of a conversation shares its session's ULID (`sess_X` → `lead_X`), so a turn
 * can read session and lead in one batch without first reading the session.
 */
export function leadIdForSession(sessionId: string): string {
  return `lead_${sessionId.slice(sessionId.indexOf('_') + 1)}`;
}
