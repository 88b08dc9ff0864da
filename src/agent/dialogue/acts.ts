export { DIALOGUE_ACTS, DialogueActSchema, type DialogueAct } from '../../domain/dialogue';
import type { DialogueAct } from '../../domain/dialogue';

/** Acts that never change the trip inputs: the standing decision stays in force. */
export const QUESTION_ACTS: ReadonlySet<DialogueAct> = new Set(['why', 'why_not', 'greeting', 'thanks', 'goodbye', 'emoji', 'price', 'out_of_scope']);

/** Acts answered with a short social reply rather than a verdict. */
export const SOCIAL_ACTS: ReadonlySet<DialogueAct> = new Set(['greeting', 'thanks', 'goodbye', 'emoji']);
