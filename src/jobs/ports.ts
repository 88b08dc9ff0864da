import type { Channel } from '../domain/entities/common';
import type { Decision } from '../domain/entities/decision';
import type { DomainEvent } from '../domain/entities/event';
import type { Lead, LeadState } from '../domain/entities/lead';
import type { TranscriptMessage } from '../domain/entities/message';

/** One lead change the sweep commits: the lead under its version check, its events and, for a follow-up, the outbound message. */
export interface LeadChange {
  lead: Lead;
  expectedVersion: number;
  events: DomainEvent[];
  message?: TranscriptMessage;
}

/** Where a follow-up goes on the lead's transcript, and the standing decision it re-sends. */
export interface FollowupContext {
  sessionId?: string;
  decision?: Decision;
  /** The inbound message the decision answered (the `reply_to` of a re-sent reply frame). */
  replyTo?: string;
}

/** Port: what the dormancy sweep reads and writes. The DynamoDB adapter is `dynamoSweepStore`. */
export interface SweepStore {
  /** Tenants whose leads the sweep may touch (active ones). */
  listTenantIds(): Promise<string[]>;
  /** The tenant's leads in `state` whose `last_activity_at` is at or before `cutoff`. */
  leadsInactiveSince(tenantId: string, state: LeadState, cutoff: string): AsyncIterable<Lead>;
  /** Every lead of the tenant in `state`. */
  leadsInState(tenantId: string, state: LeadState): AsyncIterable<Lead>;
  /** Writes a change atomically; `conflict` when the lead moved meanwhile (the traveler acted): nothing is written. */
  commit(change: LeadChange): Promise<'committed' | 'conflict'>;
  followupContext(lead: Lead): Promise<FollowupContext>;
  markDelivered(tenantId: string, sessionId: string, messageId: string): Promise<void>;
  appendEvent(event: DomainEvent): Promise<void>;
}

/**
 * Port: the outbound path of a channel. True when the message reached the traveler now;
 * false leaves it pending. `decision` is the one the message re-sends, when it has one.
 */
export interface FollowupOutbound {
  deliver(channel: Channel, message: TranscriptMessage, decision?: Decision): Promise<boolean>;
}
