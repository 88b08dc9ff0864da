import type { Channel } from '../entities/common';
import type { Decision } from '../entities/decision';
import type { DomainEvent } from '../entities/event';
import type { Itinerary } from '../entities/itinerary';
import type { Lead } from '../entities/lead';
import type { TranscriptMessage } from '../entities/message';
import type { Session } from '../entities/session';
import type { Traveler } from '../entities/traveler';

/*
 * The turn's storage port: what the turn pipeline (src/agent) needs and the DynamoDB turn
 * store (src/store/turn-store.ts) provides. One inbound write, two context reads and one
 * transaction per turn.
 */

export interface StoreInboundInput {
  tenant_id: string;
  channel: Channel;
  /** The channel's own id: `client_message_id` (unique per session), `MessageSid`, `wamid`. */
  channel_message_id: string;
  message: TranscriptMessage;
}

export type StoreInboundResult =
  | { kind: 'stored' }
  /** A redelivery: nothing was written; `reply` is the recorded reply once its turn committed. */
  | { kind: 'duplicate'; inbound: TranscriptMessage; reply?: TranscriptMessage }
  | { kind: 'unavailable'; error: Error };

export interface LoadTurnContextInput {
  tenant_id: string;
  session_id: string;
  lead_id?: string;
  traveler_id?: string;
  /** How many of the latest transcript messages to load (default 20). */
  transcriptLimit?: number;
  /** Also read the session's standing decision (`session.last_decision`) from its record, alongside the transcript. */
  withStanding?: boolean;
}

export interface TurnContext {
  session?: Session;
  lead?: Lead;
  traveler?: Traveler;
  /** The latest transcript messages, oldest first. */
  recent: TranscriptMessage[];
  /** The session's standing decision as its record holds it now (staff may have flagged it), when asked for. */
  standing?: Decision;
}

/** A record updated in place: `expectedVersion` null creates it; the stored version becomes expected + 1 (0 on create). */
export interface VersionedWrite<T> {
  next: T;
  expectedVersion: number | null;
}

export interface CommitTurnInput {
  tenant_id: string;
  session: VersionedWrite<Session>;
  lead?: VersionedWrite<Lead>;
  traveler?: { item: Traveler; create: boolean };
  /** The reply; `reply_to` names the inbound message it answers. */
  outbound: TranscriptMessage;
  /** The turn's new decision; absent when the reply re-sends the session's standing one (`outbound.decision_id`). */
  decision?: Decision;
  /**
   * The earlier decision this one supersedes or revises, from the state the turn saw
   * (`from_state`): staff who moved it meanwhile (a flag) make the commit a conflict, and
   * the turn plans again from the decision as it is now.
   */
  supersede?: { decision_id: string; new_state: 'SUPERSEDED' | 'REVISED'; from_state?: Decision['state'] };
  itinerary?: Itinerary;
  events: DomainEvent[];
  /** The inbound message's dedupe identity, as given to `storeInbound`. */
  dedupe: { channel: Channel; channel_message_id: string };
}

/**
 * Which check failed: `session`/`lead` changed since loaded (reload and retry);
 * `traveler` exists already or vanished; `inbound` was never stored or already has a
 * committed reply (the turn must not run twice); `record` a new record's id exists or
 * the superseded decision is missing.
 */
export type ConflictTarget = 'session' | 'lead' | 'traveler' | 'inbound' | 'record';

export type CommitTurnResult =
  | { kind: 'committed'; session_version: number; lead_version?: number }
  | { kind: 'conflict'; on: ConflictTarget }
  | { kind: 'unavailable'; error: Error };

/** The port the turn pipeline depends on. */
export interface TurnStore {
  storeInbound(input: StoreInboundInput): Promise<StoreInboundResult>;
  loadTurnContext(input: LoadTurnContextInput): Promise<TurnContext>;
  commitTurn(input: CommitTurnInput): Promise<CommitTurnResult>;
  /** Marks an inbound message whose turn gave up (see TranscriptMessage.failed_at). */
  markFailed(tenantId: string, sessionId: string, messageId: string, at: string): Promise<void>;
  /** A decision of the tenant by id, read consistently (the session's standing decision, a recorded reply's). */
  getDecision(tenantId: string, decisionId: string): Promise<Decision | undefined>;
  /** Records whether a stored reply reached the traveler. */
  markDelivered(tenantId: string, sessionId: string, messageId: string, delivery?: 'sent' | 'failed'): Promise<void>;
  /** Every message of the session after `afterMessageId` (all when absent), in order: replay on resume. */
  transcriptAfter(tenantId: string, sessionId: string, afterMessageId?: string): Promise<TranscriptMessage[]>;
}

