import type { Channel } from '../../domain/entities/common';
import type { Decision } from '../../domain/entities/decision';
import type { DomainEvent } from '../../domain/entities/event';
import type { Itinerary } from '../../domain/entities/itinerary';
import type { Lead } from '../../domain/entities/lead';
import type { TranscriptMessage } from '../../domain/entities/message';
import type { Session } from '../../domain/entities/session';
import type { Traveler } from '../../domain/entities/traveler';

/** What storing an inbound message can come to (src/store/turn-store.ts implements it). */
export type StoreInboundOutcome =
  | { kind: 'stored' }
  | { kind: 'duplicate'; inbound: TranscriptMessage; reply?: TranscriptMessage }
  | { kind: 'unavailable'; error: unknown };

export interface TurnContext {
  session?: Session;
  lead?: Lead;
  traveler?: Traveler;
  /** The latest messages of the session, oldest first. */
  recent: TranscriptMessage[];
}

export interface CommitTurnInput {
  tenant_id: string;
  session: { next: Session; expectedVersion: number | null };
  lead?: { next: Lead; expectedVersion: number | null };
  outbound: TranscriptMessage;
  /** The turn's new decision; absent when the reply re-sends the standing one. */
  decision?: Decision;
  supersede?: { decision_id: string; new_state: 'SUPERSEDED' | 'REVISED' };
  itinerary?: Itinerary;
  events: DomainEvent[];
  dedupe: { channel: Channel; channel_message_id: string };
}

export type CommitTurnOutcome =
  | { kind: 'committed' }
  | { kind: 'conflict'; on: string }
  | { kind: 'unavailable'; error: unknown };

/** Port: the turn's storage, as the pipeline needs it (one write in, two reads, one transaction). */
export interface TurnStore {
  storeInbound(input: { tenant_id: string; channel: Channel; channel_message_id: string; message: TranscriptMessage }): Promise<StoreInboundOutcome>;
  loadTurnContext(input: { tenant_id: string; session_id: string; lead_id?: string; traveler_id?: string; transcriptLimit?: number }): Promise<TurnContext>;
  commitTurn(input: CommitTurnInput): Promise<CommitTurnOutcome>;
}
