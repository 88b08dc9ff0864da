import { systemClock, type Clock } from '../../domain/time';
import type { StoreContext } from '../repository-kit';
import { createTurnStore } from '../turn-store';
import { createCircuitBreakersRepository } from './circuit-breakers';
import { createConnectionsRepository } from './connections';
import { createDecisionsRepository } from './decisions';
import { createEventsRepository } from './events';
import { createItinerariesRepository } from './itineraries';
import { createLeadsRepository } from './leads';
import { createMessagesRepository } from './messages';
import { createReviewsRepository } from './reviews';
import { createSessionsRepository } from './sessions';
import { createTenantsRepository } from './tenants';
import { createTravelersRepository } from './travelers';

/** Every repository and the turn store over one store context: what the composition root wires. */
export function createRepositories(ctx: StoreContext, clock: Clock = systemClock) {
  return {
    travelers: createTravelersRepository(ctx),
    sessions: createSessionsRepository(ctx),
    leads: createLeadsRepository(ctx),
    decisions: createDecisionsRepository(ctx),
    itineraries: createItinerariesRepository(ctx),
    events: createEventsRepository(ctx),
    reviews: createReviewsRepository(ctx),
    messages: createMessagesRepository(ctx),
    connections: createConnectionsRepository(ctx, clock),
    tenants: createTenantsRepository(ctx),
    circuitBreakers: createCircuitBreakersRepository(ctx),
    turns: createTurnStore(ctx),
  };
}

export type Repositories = ReturnType<typeof createRepositories>;
