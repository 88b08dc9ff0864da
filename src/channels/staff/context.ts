/**
 * What the staff channel is built from (`createStaffApp(deps)`): the store, the clock and
 * id generator, and the rules replay runs. Everything else is derived here, once.
 */
import type { DecideResult, GuardSignal } from '../../domain/rules';
import type { IdGenerator } from '../../domain/ids';
import type { Clock } from '../../domain/time';
import type { TripInputs } from '../../domain/trip-inputs';
import type { StoreContext } from '../../store/repository-kit';
import { createDecisionsRepository } from '../../store/repositories/decisions';
import { createEventsRepository } from '../../store/repositories/events';
import { createLeadsRepository } from '../../store/repositories/leads';
import { createMessagesRepository } from '../../store/repositories/messages';
import { createMetricRollupsRepository } from '../../store/repositories/metric-rollups';
import { createReviewsRepository } from '../../store/repositories/reviews';
import { createSessionsRepository } from '../../store/repositories/sessions';
import { createStaffActions } from '../../store/repositories/staff-actions';
import { createStaffCredentialsRepository } from '../../store/repositories/staff-credentials';
import { createStaffQueries } from '../../store/repositories/staff-queries';
import { createTravelersRepository } from '../../store/repositories/travelers';
import { createStaffIdentity, type StaffMember } from './identity';

/** The rules as replay needs them: the same `decide` the turn runs, and its version. */
export interface ReplayRules {
  decide(inputs: TripInputs, now: Date, guard?: GuardSignal): DecideResult;
  logicVersion: string;
}

export interface StaffDeps {
  store: StoreContext;
  clock: Clock;
  ids: IdGenerator;
  rules: ReplayRules;
  /** Tokens from configuration (the local stack's `demo-staff-token`): never stored. */
  staticTokens?: readonly { token: string; member: StaffMember }[];
  /** Ids of staff credentials (tests make them deterministic). */
  credentialIds?: () => string;
  log?: (line: string) => void;
}

/** Builds the repositories, queries and identity the staff routes share. */
export function staffContext(deps: StaffDeps) {
  const ctx = deps.store;
  const auth = createStaffIdentity({
    credentials: createStaffCredentialsRepository(ctx),
    clock: deps.clock,
    ...(deps.staticTokens ? { staticTokens: deps.staticTokens } : {}),
    ...(deps.credentialIds ? { newId: deps.credentialIds } : {}),
  });
  return {
    clock: deps.clock,
    ids: deps.ids,
    rules: deps.rules,
    auth,
    leads: createLeadsRepository(ctx),
    sessions: createSessionsRepository(ctx),
    decisions: createDecisionsRepository(ctx),
    events: createEventsRepository(ctx),
    reviews: createReviewsRepository(ctx),
    messages: createMessagesRepository(ctx),
    travelers: createTravelersRepository(ctx),
    queries: createStaffQueries(ctx),
    actions: createStaffActions(ctx),
    rollups: createMetricRollupsRepository(ctx),
    log: deps.log ?? (() => {}),
  };
}

export type StaffContext = ReturnType<typeof staffContext>;
