/**
 * Consent keywords on SMS and WhatsApp (PROTOCOL.md §2). They are read before anything
 * else and never reach the decision engine: a traveler who writes STOP is suppressed on
 * that channel, START lifts it, HELP gets a fixed text.
 */

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

/** The fixed texts a keyword is answered with (short enough for one GSM-7 segment). */
export function consentReply(keyword: ConsentKeyword, businessName: string): string {
  switch (keyword) {
    case 'stop':
      return `${businessName}: you are unsubscribed and will get no more messages. Reply START to resume.`;
    case 'start':
      return `${businessName}: you are subscribed again. Tell me about the trip you are planning.`;
    case 'help':
      return `${businessName} trip advice: tell me where and when you want to travel, who is going and your budget. Reply STOP to unsubscribe.`;
  }
}
