import { LOCALE, type Language } from './language';

const EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** The first English month name in a text (the rules write their copy in English), 1–12. */
export function monthOfText(text: string): number | undefined {
  const m = new RegExp(`\\b(${EN.join('|')})\\b`, 'i').exec(text);
  return m ? EN.indexOf(m[1]!.toLowerCase()) + 1 : undefined;
}

/** A month's name in the traveler's language, from `Intl` ("August", "août", "August"). */
export function monthName(month: number, lang: Language): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { month: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2026, month - 1, 15)));
}
