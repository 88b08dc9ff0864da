import type { Decision } from '../domain/entities/decision';
import type { TranscriptMessage } from '../domain/entities/message';
import type { Language } from '../domain/dialogue';
import { decisionLanguage } from '../agent/render/in-language';
import { afterLabel } from '../agent/render/labels';

/** Names the follow-up text in FOLLOWUP_SENT events, so a later wording is a new version. */
export const FOLLOWUP_TEMPLATE = 'followup_wait_v1';

/** The follow-up's sentences per language: the check-in, the advice (with the decision's headline, or without), the open door. */
const FOLLOWUP: Record<Language, { hello: string; advice: (headline: string) => string; noHeadline: string; door: string }> = {
  en: {
    hello: 'Checking in on your trip.',
    advice: (h) => `When we last spoke, our advice was to wait: ${h}`,
    noHeadline: 'When we last spoke, our advice was to wait for a better window.',
    door: 'If your plans or dates have changed, reply here and I will look at it again.',
  },
  fr: {
    hello: 'Je reviens vers vous au sujet de votre voyage.',
    advice: (h) => `Lors de notre dernier échange, notre conseil était d'attendre : ${afterLabel('fr', h)}`,
    noHeadline: "Lors de notre dernier échange, notre conseil était d'attendre une meilleure période.",
    door: 'Si vos projets ou vos dates ont changé, répondez ici et je réexaminerai votre voyage.',
  },
  de: {
    hello: 'Ich melde mich wegen Ihrer Reise.',
    advice: (h) => `Bei unserem letzten Austausch haben wir Ihnen geraten zu warten: ${h}`,
    noHeadline: 'Bei unserem letzten Austausch haben wir Ihnen geraten, auf einen besseren Zeitpunkt zu warten.',
    door: 'Wenn sich Ihre Pläne oder Reisedaten geändert haben, antworten Sie einfach hier, und ich sehe mir Ihre Reise noch einmal an.',
  },
};

/**
 * The follow-up a WAITING traveler gets when the window we told them to wait for comes:
 * the standing verdict again, and an open door, in the language the decision was written
 * for (its localized copy's; English otherwise), so the text, the decision it re-sends and
 * the link under it on a phone agree. Plain text, short enough for one SMS segment pair;
 * no prices, no promises (Principle 4).
 */
export function followupText(decision: Decision | undefined): string {
  const lang = decision ? decisionLanguage(decision) : 'en';
  const t = FOLLOWUP[lang];
  const headline = decision?.localized?.headline ?? decision?.verdict.headline;
  return [t.hello, headline ? t.advice(headline) : t.noHeadline, t.door].join(' ');
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
