import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { EventSchema, type DomainEvent } from '../domain/entities/event';
import { SessionSchema, type Session } from '../domain/entities/session';
import { TravelerSchema, type Traveler } from '../domain/entities/traveler';
import { createPut, send, type StoreContext } from './repository-kit';
import { eventItem } from './repositories/events';
import { sessionItem } from './repositories/sessions';
import { travelerItem } from './repositories/travelers';

/**
 * Stores a new conversation in one transaction: the traveler (unless they exist already),
 * the session and its SESSION_STARTED event. All or nothing, so no orphan traveler and no
 * session without its event.
 */
export async function startConversation(ctx: StoreContext, conv: { traveler: Traveler; session: Session; event: DomainEvent; travelerIsNew: boolean }): Promise<void> {
  const traveler = TravelerSchema.parse(conv.traveler);
  const session = SessionSchema.parse(conv.session);
  const event = EventSchema.parse(conv.event);
  await send('start conversation', () =>
    ctx.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          ...(conv.travelerIsNew ? [{ Put: createPut(ctx, 'travelers', travelerItem(traveler)) }] : []),
          { Put: createPut(ctx, 'sessions', { ...sessionItem(session), version: 0 }) },
          { Put: createPut(ctx, 'events', eventItem(event)) },
        ],
      }),
    ),
  );
}
