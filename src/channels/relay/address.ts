/**
 * Who a relay message is from or to, normalised once at the edge: an E.164 number parsed
 * by libphonenumber-js (never string slicing), or WhatsApp's business-scoped user id
 * (BSUID, `US.13491208655302741918`) for a user who shares no phone number.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js';

export type RelayChannel = 'sms' | 'whatsapp';

/** A sender's or recipient's address on a relay channel. */
export type Address =
  | { kind: 'phone'; e164: string }
  | { kind: 'bsuid'; id: string };

const BSUID = /^[A-Z]{2}\.(?:ENT\.)?[A-Za-z0-9]{1,128}$/;

/** E.164 form of a phone number written with a leading `+` or as WhatsApp's bare digits; undefined when it is not a possible number. */
export function toE164(raw: string): string | undefined {
  const trimmed = raw.trim();
  if (trimmed.length === 0 || trimmed.length > 40) return undefined;
  // WhatsApp's wa_id is the international number without its plus.
  const withPlus = /^\d+$/.test(trimmed) ? `+${trimmed}` : trimmed;
  if (!withPlus.startsWith('+')) return undefined;
  const parsed = parsePhoneNumberFromString(withPlus);
  return parsed && parsed.isPossible() ? parsed.number : undefined;
}

/** A Twilio `From`/`To`: `+E164` for SMS, `whatsapp:+E164` for WhatsApp through Twilio. */
export function parseTwilioAddress(raw: string): { channel: RelayChannel; e164: string } | undefined {
  const m = /^(whatsapp:)?(.+)$/i.exec(raw.trim());
  if (!m) return undefined;
  const e164 = toE164(m[2]!);
  return e164 ? { channel: m[1] ? 'whatsapp' : 'sms', e164 } : undefined;
}

/** The Twilio form of an address on a channel. */
export function twilioAddress(channel: RelayChannel, e164: string): string {
  return channel === 'whatsapp' ? `whatsapp:${e164}` : e164;
}

/** A WhatsApp Cloud API user: their phone (wa_id) when shared, else their BSUID. */
export function whatsappUser(waId: string | undefined, userId: string | undefined): Address | undefined {
  if (waId) {
    const e164 = toE164(waId);
    if (e164) return { kind: 'phone', e164 };
  }
  if (userId && BSUID.test(userId)) return { kind: 'bsuid', id: userId };
  return undefined;
}

/** The one string an address is stored and looked up by: `+E164`, or the BSUID as Meta sent it. */
export function addressKey(a: Address): string {
  return a.kind === 'phone' ? a.e164 : a.id;
}

/** Reads back a stored address key. */
export function parseAddressKey(key: string): Address {
  return key.startsWith('+') ? { kind: 'phone', e164: key } : { kind: 'bsuid', id: key };
}
