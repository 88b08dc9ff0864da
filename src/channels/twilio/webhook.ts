/**
 * Twilio's Programmable Messaging webhook (SMS, and WhatsApp through Twilio) as a zod
 * schema: an inbound message, or a status callback of one we sent. Parameters outside
 * Twilio's documented set are refused (a clear 400), so a forged or mistyped body never
 * reaches the store.
 */
import { z } from 'zod';

/** Twilio's documented request parameters (Messaging webhooks and status callbacks). */
const KNOWN = new Set([
  'MessageSid', 'SmsSid', 'SmsMessageSid', 'AccountSid', 'MessagingServiceSid', 'From', 'To', 'Body',
  'NumMedia', 'NumSegments', 'ApiVersion', 'SmsStatus', 'MessageStatus', 'ErrorCode', 'ErrorMessage',
  'FromCity', 'FromState', 'FromZip', 'FromCountry', 'ToCity', 'ToState', 'ToZip', 'ToCountry',
  'ProfileName', 'WaId', 'Forwarded', 'FrequentlyForwarded', 'Latitude', 'Longitude', 'Address', 'Label',
  'OptOutType', 'MessageType', 'StructuredMessage', 'RawDlrDoneDate', 'ListId', 'ListTitle',
]);
const KNOWN_PATTERNS = [/^Media(?:Url|ContentType)\d{1,2}$/, /^(?:Referral|Button|Channel|OriginalReplied)[A-Za-z]{1,40}$/];

/** Whether a parameter name is one Twilio documents. */
export function isKnownTwilioParam(name: string): boolean {
  return KNOWN.has(name) || KNOWN_PATTERNS.some((p) => p.test(name));
}

const Sid = (prefix: string) => z.string().regex(new RegExp(`^${prefix}[0-9a-fA-F]{32}$`), `a Twilio id starting ${prefix}`);
/** Message SIDs: SM… (SMS), MM… (MMS and WhatsApp media). */
const MessageSid = z.string().regex(/^(?:SM|MM)[0-9a-fA-F]{32}$/, 'a Twilio MessageSid (SM… or MM…)');

/** The most characters a relayed message may carry (Twilio's own limit for a body is 1,600). */
export const MAX_RELAY_TEXT = 2000;

export const TwilioInboundSchema = z.object({
  MessageSid,
  AccountSid: Sid('AC'),
  From: z.string().min(2).max(64),
  To: z.string().min(2).max(64),
  Body: z.string().max(MAX_RELAY_TEXT),
  NumMedia: z.string().regex(/^\d{1,2}$/).optional(),
  ProfileName: z.string().max(256).optional(),
  WaId: z.string().max(64).optional(),
  OptOutType: z.enum(['STOP', 'START', 'HELP']).optional(),
});
export type TwilioInbound = z.infer<typeof TwilioInboundSchema>;

export const TWILIO_STATUSES = ['accepted', 'scheduled', 'queued', 'sending', 'sent', 'delivered', 'read', 'undelivered', 'failed', 'receiving', 'received', 'canceled', 'partially_delivered'] as const;

export const TwilioStatusSchema = z.object({
  MessageSid,
  AccountSid: Sid('AC'),
  MessageStatus: z.enum(TWILIO_STATUSES),
  ErrorCode: z.string().regex(/^\d{1,6}$/).optional(),
  To: z.string().max(64).optional(),
  From: z.string().max(64).optional(),
});
export type TwilioStatus = z.infer<typeof TwilioStatusSchema>;

export type TwilioWebhook =
  | { kind: 'message'; message: TwilioInbound }
  | { kind: 'status'; status: TwilioStatus }
  | { kind: 'invalid'; problem: string };

/**
 * Reads a verified form body. A request with `MessageStatus` and no `Body` is a status
 * callback (PROTOCOL.md §2); anything else must be an inbound message.
 */
export function parseTwilioWebhook(params: ReadonlyArray<readonly [string, string]>): TwilioWebhook {
  const seen = new Set<string>();
  for (const [name] of params) {
    if (!isKnownTwilioParam(name)) return { kind: 'invalid', problem: `unknown parameter ${JSON.stringify(name.slice(0, 40))}` };
    if (seen.has(name)) return { kind: 'invalid', problem: `parameter ${name} given twice` };
    seen.add(name);
  }
  const form = Object.fromEntries(params);
  if (form.MessageStatus !== undefined && form.Body === undefined) {
    const s = TwilioStatusSchema.safeParse(form);
    return s.success ? { kind: 'status', status: s.data } : { kind: 'invalid', problem: issues(s.error) };
  }
  const m = TwilioInboundSchema.safeParse(form);
  return m.success ? { kind: 'message', message: m.data } : { kind: 'invalid', problem: issues(m.error) };
}

function issues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.join('.') || 'body'}: ${i.message}`)
    .join('; ');
}
