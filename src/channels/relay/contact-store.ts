/**
 * The relays' own records in the `channel_contacts` table, each read by its key (a
 * GetItem or a conditional write, never a scan):
 * - a contact, `<tenant>#contact#<channel>#<address>`: who writes from that address (the
 *   traveler and their current session), their consent on that channel and when they last
 *   wrote (the WhatsApp 24 h window);
 * - a receipt, `<tenant>#receipt#<channel>#<provider message id>`: which transcript message
 *   a provider's status callback is about, and the furthest status seen.
 * The tenant leads every key, so another tenant's address or message id is never matched.
 */
import { GetCommand, PutCommand, TransactWriteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { z } from 'zod';
import type { DomainEvent } from '../../domain/entities/event';
import type { Session } from '../../domain/entities/session';
import type { Traveler } from '../../domain/entities/traveler';
import { IsoDateTime } from '../../domain/time';
import { cancellationCodes, isConditionFailed, translateError } from '../../store/errors';
import { createPut, send, type StoreContext } from '../../store/repository-kit';
import { eventItem } from '../../store/repositories/events';
import { sessionItem } from '../../store/repositories/sessions';
import { travelerItem } from '../../store/repositories/travelers';
import type { RelayChannel } from './address';

export const ContactSchema = z.object({
  tenant_id: z.string(),
  channel: z.enum(['sms', 'whatsapp']),
  /** `+E164`, or a WhatsApp BSUID. */
  address: z.string().min(1).max(160),
  traveler_id: z.string(),
  session_id: z.string(),
  /** The lead a new session after a quiet period carries on. */
  lead_id: z.string().optional(),
  status: z.enum(['active', 'suppressed']),
  /** Which provider the address last wrote through (WhatsApp may come through Twilio or Meta). */
  provider: z.enum(['twilio', 'meta']),
  last_inbound_at: z.optional(IsoDateTime),
  suppressed_at: z.optional(IsoDateTime),
  created_at: IsoDateTime,
  updated_at: IsoDateTime,
});
export type Contact = z.infer<typeof ContactSchema>;

export const ReceiptSchema = z.object({
  tenant_id: z.string(),
  channel: z.enum(['sms', 'whatsapp']),
  provider_message_id: z.string(),
  session_id: z.string(),
  message_id: z.string(),
  status: z.string(),
  status_rank: z.number().int(),
  error_code: z.string().optional(),
  updated_at: IsoDateTime,
});
export type Receipt = z.infer<typeof ReceiptSchema>;

export function contactKey(tenantId: string, channel: RelayChannel, address: string): string {
  return `${tenantId}#contact#${channel}#${address}`;
}

/** The contact a session belongs to (the sweep's follow-ups start from a lead's session). */
export function sessionLinkKey(tenantId: string, sessionId: string): string {
  return `${tenantId}#session#${sessionId}`;
}

function sessionLink(c: Pick<Contact, 'tenant_id' | 'channel' | 'address'>, sessionId: string) {
  return { pk: sessionLinkKey(c.tenant_id, sessionId), tenant_id: c.tenant_id, channel: c.channel, address: c.address, session_id: sessionId };
}

export function receiptKey(tenantId: string, channel: RelayChannel, providerMessageId: string): string {
  return `${tenantId}#receipt#${channel}#${providerMessageId}`;
}

function parseContact(item: Record<string, unknown> | undefined, tenantId: string): Contact | undefined {
  if (!item) return undefined;
  const { pk: _pk, ...rest } = item;
  const c = ContactSchema.parse(rest);
  // The key already carries the tenant; this is a second lock on the door.
  return c.tenant_id === tenantId ? c : undefined;
}

export interface NewContact {
  contact: Contact;
  traveler: Traveler;
  travelerIsNew: boolean;
  session: Session;
  event: DomainEvent;
}

/** The contacts and receipts of the relays over one store. */
export function createContactStore(ctx: StoreContext) {
  const table = ctx.tables.channel_contacts;
  return {
    async get(tenantId: string, channel: RelayChannel, address: string): Promise<Contact | undefined> {
      const out = await send('get contact', () => ctx.doc.send(new GetCommand({ TableName: table, Key: { pk: contactKey(tenantId, channel, address) }, ConsistentRead: true })));
      return parseContact(out.Item, tenantId);
    },

    /**
     * Records an inbound message's time on its contact and returns the contact as it was
     * before (its previous `last_inbound_at` decides the quiet period); undefined when
     * the address is new. One round trip.
     */
    async touch(tenantId: string, channel: RelayChannel, address: string, provider: Contact['provider'], at: string): Promise<Contact | undefined> {
      try {
        const out = await ctx.doc.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk: contactKey(tenantId, channel, address) },
            UpdateExpression: 'SET last_inbound_at = :at, updated_at = :at, provider = :p',
            ConditionExpression: 'attribute_exists(pk) AND tenant_id = :t',
            ExpressionAttributeValues: { ':at': at, ':t': tenantId, ':p': provider },
            ReturnValues: 'ALL_OLD',
          }),
        );
        return parseContact(out.Attributes, tenantId);
      } catch (err) {
        if (isConditionFailed(err)) return undefined;
        throw translateError(err, 'touch contact');
      }
    },

    /**
     * A first message from an address: the contact, the traveler (unless known from
     * another channel), the session and its SESSION_STARTED event, in one transaction.
     * `false` when another delivery created the contact first (nothing is written).
     */
    async create(n: NewContact): Promise<boolean> {
      try {
        await ctx.doc.send(
          new TransactWriteCommand({
            TransactItems: [
              { Put: { TableName: table, Item: { ...n.contact, pk: contactKey(n.contact.tenant_id, n.contact.channel, n.contact.address) }, ConditionExpression: 'attribute_not_exists(pk)' } },
              { Put: { TableName: table, Item: sessionLink(n.contact, n.session.session_id) } },
              ...(n.travelerIsNew ? [{ Put: createPut(ctx, 'travelers', travelerItem(n.traveler)) }] : []),
              { Put: createPut(ctx, 'sessions', { ...sessionItem(n.session), version: 0 }) },
              { Put: createPut(ctx, 'events', eventItem(n.event)) },
            ],
          }),
        );
        return true;
      } catch (err) {
        if (cancellationCodes(err)[0] === 'ConditionalCheckFailed') return false;
        throw translateError(err, 'create contact');
      }
    },

    /** Moves a contact to a new session (after the quiet period), stored with it; `false` when another delivery moved it first. */
    async moveSession(contact: Contact, session: Session, event: DomainEvent, at: string): Promise<boolean> {
      try {
        await ctx.doc.send(
          new TransactWriteCommand({
            TransactItems: [
              {
                Update: {
                  TableName: table,
                  Key: { pk: contactKey(contact.tenant_id, contact.channel, contact.address) },
                  UpdateExpression: 'SET session_id = :new, updated_at = :at',
                  ConditionExpression: 'session_id = :old',
                  ExpressionAttributeValues: { ':new': session.session_id, ':old': contact.session_id, ':at': at },
                },
              },
              { Put: { TableName: table, Item: sessionLink(contact, session.session_id) } },
              { Put: createPut(ctx, 'sessions', { ...sessionItem(session), version: 0 }) },
              { Put: createPut(ctx, 'events', eventItem(event)) },
            ],
          }),
        );
        return true;
      } catch (err) {
        if (cancellationCodes(err)[0] === 'ConditionalCheckFailed') return false;
        throw translateError(err, 'move contact session');
      }
    },

    /** The contact whose conversation a session is, if it is an SMS or WhatsApp session. */
    async bySession(tenantId: string, sessionId: string): Promise<Contact | undefined> {
      const link = await send('get session link', () => ctx.doc.send(new GetCommand({ TableName: table, Key: { pk: sessionLinkKey(tenantId, sessionId) } })));
      const l = link.Item;
      if (!l || l.tenant_id !== tenantId) return undefined;
      return this.get(tenantId, l.channel as RelayChannel, String(l.address));
    },

    /** Sets a contact's consent on its channel. */
    async setStatus(contact: Contact, status: Contact['status'], at: string): Promise<void> {
      await send('set contact status', () =>
        ctx.doc.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk: contactKey(contact.tenant_id, contact.channel, contact.address) },
            UpdateExpression: status === 'suppressed' ? 'SET #s = :s, suppressed_at = :at, updated_at = :at' : 'SET #s = :s, updated_at = :at REMOVE suppressed_at',
            ConditionExpression: 'attribute_exists(pk)',
            ExpressionAttributeNames: { '#s': 'status' },
            ExpressionAttributeValues: { ':s': status, ':at': at },
          }),
        ),
      );
    },

    /**
     * Links a provider's message id to the transcript message it carried. A status that
     * arrived first (callbacks can beat the send's own answer) is kept.
     */
    async putReceipt(r: { tenant_id: string; channel: RelayChannel; provider_message_id: string; session_id: string; message_id: string; updated_at: string }): Promise<Receipt> {
      const out = await send('put receipt', () =>
        ctx.doc.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk: receiptKey(r.tenant_id, r.channel, r.provider_message_id) },
            UpdateExpression:
              'SET tenant_id = :t, channel = :c, provider_message_id = :id, session_id = :s, message_id = :m, updated_at = :at, #st = if_not_exists(#st, :accepted), status_rank = if_not_exists(status_rank, :zero)',
            ConditionExpression: 'attribute_not_exists(pk) OR tenant_id = :t',
            ExpressionAttributeNames: { '#st': 'status' },
            ExpressionAttributeValues: { ':t': r.tenant_id, ':c': r.channel, ':id': r.provider_message_id, ':s': r.session_id, ':m': r.message_id, ':at': r.updated_at, ':accepted': 'accepted', ':zero': 0 },
            ReturnValues: 'ALL_NEW',
          }),
        ),
      );
      const { pk: _pk, ...rest } = out.Attributes ?? {};
      return ReceiptSchema.parse(rest);
    },

    /**
     * Applies a status callback: a receipt moves only forward (statuses arrive in any
     * order). Returns the receipt when it moved and is linked to its message; undefined
     * when the status is not news, or it came before the send was linked (kept for then).
     */
    async advanceReceipt(tenantId: string, channel: RelayChannel, providerMessageId: string, status: string, rank: number, at: string, errorCode?: string): Promise<Receipt | undefined> {
      try {
        const out = await ctx.doc.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk: receiptKey(tenantId, channel, providerMessageId) },
            UpdateExpression: `SET tenant_id = :t, #st = :s, status_rank = :r, updated_at = :at${errorCode ? ', error_code = :e' : ''}`,
            ConditionExpression: 'attribute_not_exists(pk) OR (tenant_id = :t AND status_rank < :r)',
            ExpressionAttributeNames: { '#st': 'status' },
            ExpressionAttributeValues: { ':s': status, ':r': rank, ':at': at, ':t': tenantId, ...(errorCode ? { ':e': errorCode } : {}) },
            ReturnValues: 'ALL_NEW',
          }),
        );
        const { pk: _pk, ...rest } = out.Attributes ?? {};
        const parsed = ReceiptSchema.safeParse(rest);
        return parsed.success ? parsed.data : undefined;
      } catch (err) {
        if (isConditionFailed(err)) return undefined;
        throw translateError(err, 'advance receipt');
      }
    },

    /**
     * AWS: hands a stored message's turn to another invocation. The table's stream carries
     * the item to the relay turn function (filtered on `kind`), which retries and then
     * parks failures in its dead-letter queue; the item expires after a day.
     */
    async putHandoff(inbound: { tenant_id: string; session_id: string; message_id: string }, at: Date): Promise<void> {
      const item = { pk: `${inbound.tenant_id}#handoff#${inbound.message_id}`, kind: 'handoff', tenant_id: inbound.tenant_id, session_id: inbound.session_id, message_id: inbound.message_id, ttl: Math.floor(at.getTime() / 1000) + 86_400 };
      await send('put handoff', () => ctx.doc.send(new PutCommand({ TableName: table, Item: item })));
    },

    /** Why an outbound message stays pending (a follow-up outside WhatsApp's window with no template). */
    async putPending(tenantId: string, messageId: string, reason: string, at: string): Promise<void> {
      await send('put pending', () => ctx.doc.send(new PutCommand({ TableName: table, Item: { pk: `${tenantId}#pending#${messageId}`, tenant_id: tenantId, message_id: messageId, reason, at } })));
    },

    async pendingReason(tenantId: string, messageId: string): Promise<string | undefined> {
      const out = await send('get pending', () => ctx.doc.send(new GetCommand({ TableName: table, Key: { pk: `${tenantId}#pending#${messageId}` }, ConsistentRead: true })));
      return out.Item?.tenant_id === tenantId ? String(out.Item.reason) : undefined;
    },

    /** Records that the reply to an inbound provider message went out by REST, not in the webhook's answer. */
    async markAnsweredByRest(tenantId: string, channel: RelayChannel, channelMessageId: string, at: string): Promise<void> {
      await send('mark answered', () => ctx.doc.send(new PutCommand({ TableName: table, Item: { pk: `${tenantId}#rest#${channel}#${channelMessageId}`, tenant_id: tenantId, at } })));
    },

    /** Whether the reply to an inbound provider message went out by REST (a redelivery then gets an empty answer). */
    async answeredByRest(tenantId: string, channel: RelayChannel, channelMessageId: string): Promise<boolean> {
      const out = await send('get answered', () => ctx.doc.send(new GetCommand({ TableName: table, Key: { pk: `${tenantId}#rest#${channel}#${channelMessageId}` }, ConsistentRead: true })));
      return out.Item?.tenant_id === tenantId;
    },

    async getReceipt(tenantId: string, channel: RelayChannel, providerMessageId: string): Promise<Receipt | undefined> {
      const out = await send('get receipt', () => ctx.doc.send(new GetCommand({ TableName: table, Key: { pk: receiptKey(tenantId, channel, providerMessageId) }, ConsistentRead: true })));
      if (!out.Item || out.Item.tenant_id !== tenantId) return undefined;
      const { pk: _pk, ...rest } = out.Item;
      return ReceiptSchema.safeParse(rest).data;
    },
  };
}

export type ContactStore = ReturnType<typeof createContactStore>;
