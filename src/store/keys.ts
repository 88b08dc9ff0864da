/**
 * Key builders. Every key a lookup or a staff query uses starts with the tenant id
 * (`demo#sess_01J...`), so a query can never cross tenants: tenant ids are slugs
 * without `#`, which keeps the prefix unambiguous.
 */
import type { Channel } from '../domain/entities/common';

/** Primary key of a tenant's record: `demo#dec_01J...`. */
export function entityKey(tenantId: string, id: string): string {
  return `${tenantId}#${id}`;
}

/** Phone lookup key (E.164, `+254712345678`). */
export function phoneKey(tenantId: string, e164: string): string {
  return `${tenantId}#${e164}`;
}

/** Partition of a per-tenant list by a value (lead state, event type, review status): `demo#WAITING`. */
export function groupKey(tenantId: string, value: string): string {
  return `${tenantId}#${value}`;
}

/**
 * Index sort key: time order, the id breaking ties and keeping keys unique. The time is
 * normalised to `toISOString()` form so `...:00Z` and `...:00.000Z` sort as the same instant.
 */
export function timeSortKey(at: string, id: string): string {
  return `${normaliseTime(at)}#${id}`;
}

/** An ISO instant in the one form sort keys use (millisecond precision, `Z`). */
export function normaliseTime(at: string): string {
  const d = new Date(at);
  return Number.isNaN(d.getTime()) ? at : d.toISOString();
}

/**
 * Dedupe key of an inbound message. SMS and WhatsApp ids (`MessageSid`, `wamid`) are
 * unique per provider; the widget's `client_message_id` is only unique per session
 * (PROTOCOL.md), so web keys include the session.
 */
export function dedupeKey(tenantId: string, channel: Channel, channelMessageId: string, sessionId: string): string {
  return channel === 'web'
    ? `${tenantId}#web#${sessionId}#${channelMessageId}`
    : `${tenantId}#${channel}#${channelMessageId}`;
}
