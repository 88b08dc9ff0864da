/**
 * The fixed texts a phone gets outside a turn (consent confirmations, help, "text only",
 * "send that again"), in the language the conversation is held in: a French or German
 * traveler never gets an English line between two replies in their language (issue 15).
 * Each stays GSM-7 (no ê, ç, ô…: one of them would make a segment 70 characters) and the
 * consent lines fit one segment beside a business name of up to 30 characters.
 */
import type { Language } from '../../domain/dialogue';
import type { ConsentKeyword } from './consent';
import type { Address, RelayChannel } from './address';
import { addressKey } from './address';
import type { RelayDeps } from './relay-deps';

export interface FixedTexts {
  consent: Record<ConsentKeyword, (businessName: string) => string>;
  /** A photo, a voice note, a sticker: not stored, answered with this. */
  textOnly: string;
  /** The turn failed: nothing was answered, the traveler sends it again. */
  tryAgain: string;
}

export const FIXED_TEXTS: Record<Language, FixedTexts> = {
  en: {
    consent: {
      stop: (b) => `${b}: you are unsubscribed and will get no more messages. Reply START to resume.`,
      start: (b) => `${b}: you are subscribed again. Tell me about the trip you are planning.`,
      help: (b) => `${b} trip advice: tell me where and when you want to travel, who is going and your budget. Reply STOP to unsubscribe.`,
    },
    textOnly: 'Sorry, I can only read text messages. Tell me about your trip in words.',
    tryAgain: 'Sorry, something went wrong on our side. Please send that again.',
  },
  fr: {
    consent: {
      stop: (b) => `${b} : votre désinscription est enregistrée, vous ne recevrez plus de messages. Répondez START pour reprendre.`,
      start: (b) => `${b} : vous recevrez de nouveau nos messages. Parlez-moi du voyage que vous préparez.`,
      help: (b) => `${b}, conseils voyage : dites-moi où et quand vous voulez partir, qui voyage et votre budget. Répondez STOP pour vous désinscrire.`,
    },
    textOnly: 'Désolé, je ne lis que les messages écrits. Décrivez-moi votre voyage avec des mots.',
    tryAgain: 'Désolé, un problème est survenu chez nous. Merci de renvoyer votre message.',
  },
  de: {
    consent: {
      stop: (b) => `${b}: Sie sind abgemeldet und erhalten keine Nachrichten mehr. Antworten Sie START, um sie wieder zu erhalten.`,
      start: (b) => `${b}: Sie sind wieder angemeldet. Erzählen Sie mir von der Reise, die Sie planen.`,
      help: (b) => `${b} Reiseberatung: Schreiben Sie mir Reiseziel, Reisezeit, Mitreisende und Budget. Antworten Sie STOP zum Abmelden.`,
    },
    textOnly: 'Entschuldigung, ich kann nur Textnachrichten lesen. Beschreiben Sie mir Ihre Reise bitte in Worten.',
    tryAgain: 'Entschuldigung, bei uns ist etwas schiefgelaufen. Bitte senden Sie Ihre Nachricht noch einmal.',
  },
};

/** The language of a session's conversation (kept once detected), English when unknown or unreadable. */
export async function sessionLanguage(deps: Pick<RelayDeps, 'sessionLanguage' | 'log'>, tenantId: string, sessionId: string): Promise<Language> {
  try {
    return (await deps.sessionLanguage?.(tenantId, sessionId)) ?? 'en';
  } catch (err) {
    // A fixed line is not worth failing the webhook over: it goes out in English.
    deps.log(`relay: language of ${tenantId}/${sessionId} not read: ${(err as Error).message}`);
    return 'en';
  }
}

/** The language of whoever wrote from `who` on `channel`, when they have written before (no contact: English, and nothing is created). */
export async function senderLanguage(deps: Pick<RelayDeps, 'sessionLanguage' | 'contacts' | 'log'>, tenantId: string, channel: RelayChannel, who: Address): Promise<Language> {
  const contact = await deps.contacts.get(tenantId, channel, addressKey(who)).catch(() => undefined);
  return contact ? sessionLanguage(deps, tenantId, contact.session_id) : 'en';
}
