import { publicDecision } from '../../domain/entities/decision';
import { inTravelerLanguage, inTravelerLanguagePlan } from '../../agent/render/in-language';
import type { NeutralReply } from '../../agent/conversation/neutral-reply';
import type { ReplyFrame } from './frames';

/** The WebSocket `reply` frame of a neutral reply: the only place one is built. */
export function replyFrame(reply: NeutralReply): ReplyFrame {
  return {
    type: 'reply',
    message_id: reply.message_id,
    reply_to: reply.reply_to,
    text: reply.text,
    // A French or German traveler's client reads the decision in their language (issue 15).
    decision: publicDecision(inTravelerLanguage(reply.decision)),
    ...(reply.itinerary ? { itinerary: inTravelerLanguagePlan(reply.itinerary, reply.decision.localized) } : {}),
    ...(reply.followup ? { followup: true as const } : {}),
    ...(reply.dialogue ? { dialogue: { act: reply.dialogue.act, language: reply.dialogue.language } } : {}),
  };
}
