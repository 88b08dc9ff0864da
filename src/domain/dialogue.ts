import { DestinationIdSchema, TripInputsSchema } from './trip-inputs';
import * as z from './zod-mini';

// zod/mini (./zod-mini.ts): sessions, transcript messages and decisions nest these.

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

/**
 * A change a traveler tried on without making it ("what if we went in March?"): what it
 * would change, and whether it adds a place rather than replacing the plan's. The reply that
 * answered it records it, so "ok, let's do that then" takes exactly that change.
 */
export const ProposalSchema = z.extend(z.pick(TripInputsSchema, { month: true, year: true, duration_days: true, destinations: true, countries: true, child_ages: true }), { add: z.optional(z.boolean()) });
export type Proposal = z.infer<typeof ProposalSchema>;

/** What a reply records of the act it answered, so staff see why it said what it said. */
export const MessageDialogueSchema = z.object({
  act: DialogueActSchema,
  /** The pack place the act was about ("why not the Mara?"). */
  about: z.optional(DestinationIdSchema),
  /** What the reply answered, in plain words for staff. */
  answered: z.string().check(z.minLength(1), z.maxLength(300)),
  language: LanguageSchema,
  /** An add/extend that named no place: the next place named fills it. */
  pending_add: z.optional(z.boolean()),
  /** Nothing new was decided: the standing decision stays in force (a phone gets the answer's words, not the verdict again). */
  kept: z.optional(z.boolean()),
  /** A hypothetical the reply answered, decision unchanged: what a following "ok, let's do that" takes. */
  proposal: z.optional(ProposalSchema),
});
export type MessageDialogue = z.infer<typeof MessageDialogueSchema>;

/**
 * The decision record's copy in the traveler's language (French or German), written from
 * the dialogue's templates beside the rules' English copy: every text a traveler sees of
 * a decision (the widget's card, an SMS or WhatsApp reply, the signed web view) is read
 * from here when it is present, so a reply is never half English. Staff keep the English.
 */
export const LocalizedDecisionSchema = z.object({
  language: z.enum(['fr', 'de']),
  /** The outcome's label ("Réserver", "Warten"). */
  label: z.string().check(z.minLength(1), z.maxLength(40)),
  headline: z.string().check(z.minLength(1), z.maxLength(200)),
  summary: z.string().check(z.minLength(1), z.maxLength(1200)),
  assumptions: z.array(z.object({ text: z.string().check(z.minLength(1), z.maxLength(400)), confidence: z.number().check(z.minimum(0), z.maximum(1)) })).check(z.maxLength(8)),
  gains: z.array(z.string().check(z.minLength(1), z.maxLength(400))).check(z.maxLength(8)),
  losses: z.array(z.string().check(z.minLength(1), z.maxLength(400))).check(z.maxLength(8)),
  change_conditions: z.array(z.string().check(z.minLength(1), z.maxLength(400))).check(z.maxLength(6)),
  /** A refusal's next step and what it asks for, as phrases. */
  next_action: z.optional(z.string().check(z.minLength(1), z.maxLength(400))),
  missing: z.optional(z.array(z.string().check(z.minLength(1), z.maxLength(200))).check(z.maxLength(3))),
  plan: z.optional(
    z.object({
      title: z.string().check(z.minLength(1), z.maxLength(160)),
      stops: z.array(z.object({ destination_id: DestinationIdSchema, name: z.string().check(z.minLength(1)), line: z.string().check(z.minLength(1), z.maxLength(200)) })),
      inclusions: z.array(z.string().check(z.minLength(1), z.maxLength(300))),
      exclusions: z.array(z.string().check(z.minLength(1), z.maxLength(300))),
    }),
  ),
});
export type LocalizedDecision = z.infer<typeof LocalizedDecisionSchema>;

/** How staff read each act in the console ("why not", "change of mind"). */
export const DIALOGUE_ACT_LABEL: Record<DialogueAct, string> = {
  trip: 'trip details',
  why: 'why',
  why_not: 'why not',
  suggest: 'asks for a suggestion',
  greeting: 'greeting',
  thanks: 'thanks',
  goodbye: 'goodbye',
  emoji: 'emoji',
  price: 'price question',
  add_extend: 'add or extend',
  change_mind: 'change of mind',
  out_of_scope: 'out of scope',
};

/** The language names staff read beside an act. */
export const LANGUAGE_NAME: Record<Language, string> = { en: 'English', fr: 'French', de: 'German' };
