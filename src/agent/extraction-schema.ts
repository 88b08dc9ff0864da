import { z } from 'zod';
import { TripInputsDeltaSchema } from '../domain/trip-inputs';
import { DialogueActSchema } from './dialogue/acts';

/** What kind of message the traveler sent, as the extractor judges it. */
export const MESSAGE_KINDS = ['trip', 'greeting', 'out_of_scope', 'unsafe', 'abuse', 'injection'] as const;
export const MessageKindSchema = z.enum(MESSAGE_KINDS);
export type MessageKind = z.infer<typeof MessageKindSchema>;

/** Topics the agent never answers itself: it refuses, bounded, and points to a safe next step. */
export const OUT_OF_SCOPE_TOPICS = [
  'visa',
  'health',
  'legal',
  'safety_guarantee',
  'price_guarantee',
  'booking_admin',
  'non_travel',
] as const;
export const OutOfScopeTopicSchema = z.enum(OUT_OF_SCOPE_TOPICS);
export type OutOfScopeTopic = z.infer<typeof OutOfScopeTopicSchema>;

/**
 * The extraction tool's argument: the TripInputs delta of this one message plus how the
 * message should be treated. The model proposes it; zod validates it; the rules decide.
 */
export const ExtractionSchema = z.object({
  ...TripInputsDeltaSchema.shape,
  message_kind: MessageKindSchema.optional(),
  out_of_scope_topic: OutOfScopeTopicSchema.optional(),
  /** What the message does in the conversation (src/agent/dialogue): a question, a pleasantry, a change of plan… */
  dialogue_act: z.optional(
    DialogueActSchema.check(
      z.describe(
        'What the message does: trip (states or corrects trip facts), why (also a month, length or age only tried on: "what if we went in March?", "et si on partait en juillet ?", "was wäre, wenn …?", which changes nothing), why_not (asks about a place or country not chosen, "why not Botswana?"), suggest, greeting, thanks, goodbye, emoji (pictographs only), price, add_extend (add a stop or days), change_mind (replace the plan), out_of_scope',
      ),
    ),
  ),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
