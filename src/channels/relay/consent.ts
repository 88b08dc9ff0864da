/**
 * Consent keywords on SMS and WhatsApp (PROTOCOL.md §2). They are read before anything
 * else and never reach the decision engine: a traveler who writes STOP is suppressed on
 * that channel, START lifts it, HELP gets a fixed text.
 */

import type { Language } from '../../domain/dialogue';
import { FIXED_TEXTS } from './fixed-texts';

export type ConsentKeyword = 'stop' | 'start' | 'help';

/** Twilio's default opt-out, opt-in and help keywords; WhatsApp travelers get the same words. */
const KEYWORDS: Record<string, ConsentKeyword> = {
  STOP: 'stop',
  STOPALL: 'stop',
  UNSUBSCRIBE: 'stop',
  CANCEL: 'stop',
  END: 'stop',
  QUIT: 'stop',
  START: 'start',
  UNSTOP: 'start',
  HELP: 'help',
  INFO: 'help',
};

/**
 * The keyword a message is, if it is one: the whole message, any case, surrounding
 * spaces and a trailing full stop or exclamation mark allowed ("Stop.", " stop ").
 * A sentence that merely contains the word ("don't stop the plan") is not one.
 */
export function consentKeyword(text: string, optOutType?: 'STOP' | 'START' | 'HELP'): ConsentKeyword | undefined {
  // Twilio's Advanced Opt-Out names the keyword class itself (custom keywords included).
  if (optOutType) return optOutType.toLowerCase() as ConsentKeyword;
  const word = text.trim().replace(/[.!]+$/, '').toUpperCase();
  return Object.hasOwn(KEYWORDS, word) ? KEYWORDS[word] : undefined;
}

/** The fixed text a keyword is answered with, in the conversation's language (one GSM-7 segment). */
export function consentReply(keyword: ConsentKeyword, businessName: string, lang: Language = 'en'): string {
  return FIXED_TEXTS[lang].consent[keyword](businessName);
}
