import { z } from 'zod';
import { DestinationIdSchema } from './trip-inputs';

/**
 * What a traveler's message does in the conversation, a small closed set (issue 15).
 * `trip` states or corrects trip facts; the rest are questions, pleasantries and changes
 * of plan that the agent answers from the standing decision and the knowledge pack.
 */
export const DIALOGUE_ACTS = ['trip', 'why', 'why_not', 'suggest', 'greeting', 'thanks', 'goodbye', 'emoji', 'price', 'add_extend', 'change_mind', 'out_of_scope'] as const;
export const DialogueActSchema = z.enum(DIALOGUE_ACTS);
export type DialogueAct = z.infer<typeof DialogueActSchema>;

/** The languages the agent writes in; a session keeps the one its traveler writes. */
export const LANGUAGES = ['en', 'fr', 'de'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** The language a locale tag names ("fr-CH" → fr), when the agent writes it. */
export function languageOfLocale(locale: string | undefined): Language | undefined {
  const primary = locale?.trim().toLowerCase().split(/[-_]/)[0];
  return LanguageSchema.safeParse(primary).data;
}

/** What a reply records of the act it answered, so staff see why it said what it said. */
export const MessageDialogueSchema = z.object({
  act: DialogueActSchema,
  /** The pack place the act was about ("why not the Mara?"). */
  about: DestinationIdSchema.optional(),
  /** What the reply answered, in plain words for staff. */
  answered: z.string().min(1).max(300),
  language: LanguageSchema,
  /** An add/extend that named no place: the next place named fills it. */
  pending_add: z.boolean().optional(),
});
export type MessageDialogue = z.infer<typeof MessageDialogueSchema>;
