import { z } from 'zod';

/**
 * What a traveler's message does in the conversation, a small closed set. `trip` states or
 * corrects trip facts; the others are answered from the standing decision and the pack
 * (src/agent/dialogue), and only `suggest`, `add_extend` and `change_mind` may move it.
 */
export const DIALOGUE_ACTS = [
  'trip',
  'why',
  'why_not',
  'suggest',
  'greeting',
  'thanks',
  'goodbye',
  'emoji',
  'price',
  'add_extend',
  'change_mind',
  'out_of_scope',
] as const;
export const DialogueActSchema = z.enum(DIALOGUE_ACTS);
export type DialogueAct = z.infer<typeof DialogueActSchema>;

/** Acts that never change the trip inputs: the standing decision stays in force. */
export const QUESTION_ACTS: ReadonlySet<DialogueAct> = new Set(['why', 'why_not', 'greeting', 'thanks', 'goodbye', 'emoji', 'price', 'out_of_scope']);

/** Acts answered with a short social reply rather than a verdict. */
export const SOCIAL_ACTS: ReadonlySet<DialogueAct> = new Set(['greeting', 'thanks', 'goodbye', 'emoji']);
