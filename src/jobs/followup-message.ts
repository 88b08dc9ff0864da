import type { Decision } from '../domain/entities/decision';
import type { TranscriptMessage } from '../domain/entities/message';

/** Names the follow-up text in FOLLOWUP_SENT events, so a later wording is a new version. */
export const FOLLOWUP_TEMPLATE = 'followup_wait_v1';

/**
 * The follow-up a WAITING traveler gets when the window we told them to wait for comes:
 * the standing verdict again, and an open door. Plain text, short enough for one SMS
 * segment pair; no prices, no promises (Principle 4).
 */
export function followupText(decision: Decision | undefined): string {
  const headline = decision?.verdict.headline;
  return [
    'Checking in on your trip.',
    headline ? `When we last spoke, our advice was to wait: ${headline}` : 'When we last spoke, our advice was to wait for a better window.',
    'If your plans or dates have changed, reply here and I will look at it again.',
  ].join(' ');
}

export interface FollowupMessageInput {
  messageId: string;
  now: string;
  tenantId: string;
  sessionId: string;
  travelerId: string;
  leadId: string;
  channel: TranscriptMessage['channel'];
  decision?: Decision;
  replyTo?: string;
}

/**
 * The outbound transcript message of a follow-up, stored pending as a neutral record
 * (`followup: true`). One that re-sends its decision in answer to the message the
 * decision answered is a reply any channel can deliver and replay (on the web a `reply`
 * frame with `followup: true`); without the decision it is text on the transcript only.
 */
export function followupMessage(input: FollowupMessageInput): TranscriptMessage {
  const text = followupText(input.decision);
  return {
    message_id: input.messageId,
    tenant_id: input.tenantId,
    session_id: input.sessionId,
    traveler_id: input.travelerId,
    lead_id: input.leadId,
    channel: input.channel,
    direction: 'outbound',
    text,
    created_at: input.now,
    ...(input.replyTo ? { reply_to: input.replyTo } : {}),
    ...(input.decision ? { decision_id: input.decision.decision_id } : {}),
    delivery: 'pending',
    followup: true,
  };
}
