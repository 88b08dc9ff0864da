import { PutCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { TravelerSchema, type Traveler } from '../../domain/entities/traveler';
import { entityKey, phoneKey, timeSortKey } from '../keys';
import { compact, fromItem, getItem, putNew, send, type Item, type StoreContext } from '../repository-kit';

/** The stored item of a traveler, with its lookup key (phone, else WhatsApp number). */
export function travelerItem(t: Traveler): Item {
  const phone = t.contact.phone ?? t.contact.whatsapp;
  const sk = timeSortKey(t.created_at, t.traveler_id);
  return compact({
    ...t,
    pk: entityKey(t.tenant_id, t.traveler_id),
    by_phone_pk: phone ? phoneKey(t.tenant_id, phone) : undefined,
    by_phone_sk: phone ? sk : undefined,
  });
}

/** Travelers: by id, by tenant + phone (E.164). Nothing looks a traveler up by email, so no index keeps one. */
export function createTravelersRepository(ctx: StoreContext) {
  /** The oldest traveler with this lookup key: the index does not enforce uniqueness, so the first one wins. */
  async function findOne(tenantId: string, index: 'by_phone', key: string): Promise<Traveler | undefined> {
    const out = await send(`query travelers.${index}`, () =>
      ctx.doc.send(
        new QueryCommand({
          TableName: ctx.tables.travelers,
          IndexName: index,
          KeyConditionExpression: '#p = :p',
          ExpressionAttributeNames: { '#p': `${index}_pk` },
          ExpressionAttributeValues: { ':p': key },
          Limit: 1,
        }),
      ),
    );
    const item = out.Items?.[0];
    return item && item.tenant_id === tenantId ? fromItem(TravelerSchema, 'travelers', item) : undefined;
  }

  return {
    /** Creates a traveler; a DuplicateError when the id exists. */
    create: (traveler: Traveler): Promise<void> => putNew(ctx, 'travelers', travelerItem(traveler)),
    /** Replaces a traveler's record (profile, consent, status changes). */
    async save(traveler: Traveler): Promise<void> {
      await send('save travelers', () => ctx.doc.send(new PutCommand({ TableName: ctx.tables.travelers, Item: travelerItem(traveler) })));
    },
    /** The traveler, or undefined (also for another tenant's id). */
    get: (tenantId: string, travelerId: string): Promise<Traveler | undefined> =>
      getItem(ctx, 'travelers', TravelerSchema, tenantId, { pk: entityKey(tenantId, travelerId) }),
    /** The traveler with this E.164 number (phone, or WhatsApp when no phone) in this tenant. */
    findByPhone: (tenantId: string, e164: string): Promise<Traveler | undefined> =>
      findOne(tenantId, 'by_phone', phoneKey(tenantId, e164)),
  };
}

export type TravelersRepository = ReturnType<typeof createTravelersRepository>;
