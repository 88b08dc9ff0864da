/**
 * The WhatsApp Cloud API webhook (Meta) as a zod schema. The envelope is strict (an
 * unknown field there is a clear 400); a message keeps fields Meta adds over time
 * (`context`, `referral`, `identity`…), since only its id, sender, type and text are read.
 */
import { z } from 'zod';
import { MAX_RELAY_TEXT } from '../twilio/webhook';

const Digits = z.string().regex(/^\d{1,20}$/);
/** A wamid: base64-ish text after `wamid.`; older payloads carry shorter ids. */
const MessageId = z.string().min(1).max(256);

const ContactSchema = z.looseObject({
  profile: z.looseObject({ name: z.string().max(256).optional(), username: z.string().max(256).optional() }).optional(),
  wa_id: Digits.optional(),
  /** The business-scoped user id (2026): present whether or not the user shares a phone. */
  user_id: z.string().max(160).optional(),
});

const MessageSchema = z.looseObject({
  id: MessageId,
  from: Digits.optional(),
  from_user_id: z.string().max(160).optional(),
  timestamp: Digits,
  type: z.string().min(1).max(40),
  text: z.strictObject({ body: z.string().max(MAX_RELAY_TEXT) }).optional(),
});
export type WhatsappMessage = z.infer<typeof MessageSchema>;

const StatusSchema = z.looseObject({
  id: MessageId,
  status: z.enum(['sent', 'delivered', 'read', 'failed', 'deleted', 'warning']),
  timestamp: Digits,
  recipient_id: z.string().max(160).optional(),
  errors: z.array(z.looseObject({ code: z.number().int() })).optional(),
});
export type WhatsappStatus = z.infer<typeof StatusSchema>;

const ValueSchema = z.strictObject({
  messaging_product: z.literal('whatsapp'),
  metadata: z.strictObject({ display_phone_number: z.string().max(32), phone_number_id: z.string().min(1).max(64) }),
  contacts: z.array(ContactSchema).max(100).optional(),
  messages: z.array(MessageSchema).max(100).optional(),
  statuses: z.array(StatusSchema).max(100).optional(),
  errors: z.array(z.looseObject({ code: z.number().int() })).optional(),
});

export const WhatsappWebhookSchema = z.strictObject({
  object: z.literal('whatsapp_business_account'),
  entry: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(64),
        changes: z.array(z.strictObject({ field: z.string().min(1).max(64), value: ValueSchema })).max(100),
      }),
    )
    .min(1)
    .max(100),
});
export type WhatsappWebhook = z.infer<typeof WhatsappWebhookSchema>;

/** One inbound message with who sent it, as the relay handles it. */
export interface WhatsappInbound {
  phoneNumberId: string;
  message: WhatsappMessage;
  /** The matching `contacts[]` entry (same wa_id or user id), for the profile name and BSUID. */
  waId?: string;
  userId?: string;
  profileName?: string;
}

/** The messages and statuses of a verified webhook, in the order Meta listed them. */
export function flattenWebhook(body: WhatsappWebhook): { messages: WhatsappInbound[]; statuses: Array<{ phoneNumberId: string; status: WhatsappStatus }> } {
  const messages: WhatsappInbound[] = [];
  const statuses: Array<{ phoneNumberId: string; status: WhatsappStatus }> = [];
  for (const entry of body.entry) {
    for (const change of entry.changes) {
      if (change.field !== 'messages') continue;
      const v = change.value;
      const phoneNumberId = v.metadata.phone_number_id;
      for (const message of v.messages ?? []) {
        const contact =
          v.contacts?.find((c) => (message.from && c.wa_id === message.from) || (message.from_user_id && c.user_id === message.from_user_id)) ??
          (v.contacts?.length === 1 ? v.contacts[0] : undefined);
        const waId = message.from ?? contact?.wa_id;
        const userId = message.from_user_id ?? contact?.user_id;
        const profileName = contact?.profile?.name;
        messages.push({ phoneNumberId, message, ...(waId ? { waId } : {}), ...(userId ? { userId } : {}), ...(profileName ? { profileName } : {}) });
      }
      for (const status of v.statuses ?? []) statuses.push({ phoneNumberId, status });
    }
  }
  return { messages, statuses };
}
