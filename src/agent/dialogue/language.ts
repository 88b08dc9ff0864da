import { LANGUAGES, type Language } from '../../domain/dialogue';
import { cueText } from './text';

export { LANGUAGES, LanguageSchema, type Language } from '../../domain/dialogue';

/** BCP 47 tags for `Intl` formatting. */
export const LOCALE: Record<Language, string> = { en: 'en-GB', fr: 'fr-FR', de: 'de-DE' };

// Short, frequent words of each language that the other two rarely use. Place names and
// loan words ("safari", "budget", "super") are left out on purpose.
const WORDS: Record<Language, RegExp> = {
  en: /\b(?:the|and|we|we're|our|you|your|is|are|what|why|how|would|could|can|with|for|of|thanks?|thank you|hi|hello|bye|please|days?|nights?|adults?|kids|to|it|that|this|not|about|cheaper|cost|maybe|sounds|great|cheers|see ya|goodbye|which|where|there|any|do|does|on|at|i|i'm|my|me|want|like|just|or|will|going|planning|weeks?|first|around)\b/g,
  fr: /\b(?:le|la|les|des|du|et|nous|notre|nos|vous|votre|est|sont|on|c'est|qu'|quoi|pourquoi|comment|combien|avec|pour|merci|bonjour|bonsoir|salut|coucou|au revoir|jours?|nuits?|adultes|enfants|en|pas|moins|cher|plus|peut|pourrait|ca|ce|cette|finalement|oubliez|quelle?s?|ou|tu|vos|une?|alors|donc|aussi|tres|bien|plutot|a plus|a\+|bcp|genial|parfait|bjr|bsr|slt|cc|bonne|journee|soiree|je|j'|mon|ma|mes|il|elle|deux|trois|quatre|mois|semaines?|voyage|partir|aller|dans|sur|avril|juin|juillet|aout|fevrier|janvier|octobre|novembre|decembre|septembre|ans|fils|fille|mari|femme|copine|copain|envie|voir|janv|fevr|avr|juil|bisous)\b/g,
  de: /\b(?:der|die|das|den|dem|und|wir|unser|unsere|sie|ihr|ist|sind|was|warum|wieso|weshalb|wie|mit|fur|danke|hallo|moin|servus|tschuss|tage?|nachte|erwachsene|kinder|im|nicht|noch|doch|gunstiger|billiger|kostet|kosten|vielleicht|ein|eine|einen|auch|gerade|lieber|bitte|dort|geht|gibt|es|ich|du|dich|euch|bis|schon|mal|sehr|prima|passt|gruss gott|guten|morgen|abend|gruezi|gruessech|hallochen|huhu|nabend|erw|sohn|tochter|juli|juni|marz|oktober|dezember|januar|februar|wochen?|reise|alleine?|mitte|anfang|insgesamt|gesamt|pro|oder|aber|nur|hab|habe|sehen|fahren|fliegen|paar|zweit|luxus|ungefahr|etwa|monat|jahr|jahre|zwei|drei|vier|meine?|frau|mann|strand|hast|empfehlung|tipp|vorschlag|wo|wohin|wurden|wurdet|wurde|unserer|stelle|hinfahren|reisen|freunde|ende)\b/g,
};

/** Words said in passing in any of the three languages ("hi", "merci vielmal", "ok danke", "bye"). */
const LOAN_ONLY = /^(?:(?:hi|hello|hey|hallo|bye|byebye|merci|danke|thanks|thank|you|thx|ciao|salut|ok|okay|super|top|cool|yes|no|oui|non|ja|nein|vielmal|viumau|viu|mau|dir|beaucoup|bcp|vielen|dank|mille|alles|klar|ade|sorry|pardon|bravo|parfait|perfekt|perfect|great|nice|gut|sehr)\s*)+$/;

/**
 * The language a message is written in, when its words say so clearly; undefined for
 * text too short or mixed to tell ("ok", "🦁", "Serengeti?"). The session keeps the last
 * language detected, so a reply never switches language on a one-word message.
 */
export function detectLanguage(text: string, kept?: Language): Language | undefined {
  const t = cueText(text).replace(/[^\p{L}\p{N}'+\s]/gu, ' ');
  const counts = LANGUAGES.map((l) => (t.match(WORDS[l]) ?? []).length);
  const best = Math.max(...counts);
  if (best === 0) return undefined;
  const winners = LANGUAGES.filter((_, k) => counts[k] === best);
  const winner = winners.length === 1 ? winners[0] : undefined;
  // A word or three in another language once one is kept ("hi", "merci vielmal", "bye!" from a German traveler): a loan
  // word said in passing, not a change of language; two words of the other language or a longer message are.
  if (kept !== undefined && winner !== kept && LOAN_ONLY.test(t.trim())) return kept;
  return winner;
}
