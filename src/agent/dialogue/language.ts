import { LANGUAGES, type Language } from '../../domain/dialogue';
import { cueText } from './text';

export { LANGUAGES, LanguageSchema, type Language } from '../../domain/dialogue';

/** BCP 47 tags for `Intl` formatting. */
export const LOCALE: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };

// Short, frequent words of each language that the other two rarely use. Place names and
// loan words ("safari", "budget", "super") are left out on purpose.
const WORDS: Record<Language, RegExp> = {
  en: /\b(?:the|and|we|we're|our|you|your|is|are|what|why|how|would|could|can|with|for|of|thanks?|thank you|hi|hello|bye|please|days?|nights?|adults?|kids|in|to|it|that|this|not|about|cheaper|cost|maybe|sounds|great|cheers|see ya|goodbye|which|where|there|any|do|does)\b/g,
  fr: /\b(?:le|la|les|des|du|et|nous|notre|nos|vous|votre|est|sont|on|c'est|qu'|quoi|pourquoi|comment|combien|avec|pour|merci|bonjour|bonsoir|salut|coucou|au revoir|jours?|nuits?|adultes|enfants|en|pas|moins|cher|plus|peut|pourrait|ca|ce|cette|finalement|oubliez|quelle?s?|ou|tu|vos|une?|alors|donc|aussi|tres|bien|plutot|a plus|a\+|bcp|genial|parfait)\b/g,
  de: /\b(?:der|die|das|den|dem|und|wir|unser|unsere|sie|ihr|ist|sind|was|warum|wieso|weshalb|wie|mit|fur|danke|hallo|moin|servus|tschuss|tage?|nachte|erwachsene|kinder|im|nicht|noch|doch|gunstiger|billiger|kostet|kosten|vielleicht|ein|eine|einen|auch|gerade|lieber|bitte|dort|geht|gibt|es|ich|du|dich|euch|bis|schon|mal|sehr|prima|passt|gruss gott)\b/g,
};

/**
 * The language a message is written in, when its words say so clearly; undefined for
 * text too short or mixed to tell ("ok", "🦁", "Serengeti?"). The session keeps the last
 * language detected, so a reply never switches language on a one-word message.
 */
export function detectLanguage(text: string): Language | undefined {
  const t = cueText(text).replace(/[^\p{L}\p{N}'+\s]/gu, ' ');
  const counts = LANGUAGES.map((l) => (t.match(WORDS[l]) ?? []).length);
  const best = Math.max(...counts);
  if (best === 0) return undefined;
  const winners = LANGUAGES.filter((_, k) => counts[k] === best);
  return winners.length === 1 ? winners[0] : undefined;
}
