import { LOCALE, type Language } from './language';

/** "$1,250", "1 250 $US", "1.250 USD": an amount for the locale, rounded to tens (the pack's floors are estimates). */
export function money(amount: number, currency: string, lang: Language): string {
  const rounded = amount < 100 ? Math.round(amount) : Math.round(amount / 10) * 10;
  try {
    // German's "$" alone could be any dollar: German travel prices write "USD".
    const currencyDisplay = lang === 'de' && currency === 'USD' ? 'code' : 'symbol';
    return new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency, currencyDisplay, maximumFractionDigits: 0 }).format(rounded);
  } catch {
    return `${currency} ${new Intl.NumberFormat(LOCALE[lang]).format(rounded)}`;
  }
}

/** "a, b and c" / "a, b et c" / "a, b und c". */
export function list(items: readonly string[], lang: Language): string {
  return new Intl.ListFormat(LOCALE[lang], { style: 'long', type: 'conjunction' }).format(items);
}

/** "5.5 h" / "5,5 h"; under an hour in minutes ("30 min", not "0,5 h"). */
export function hours(h: number, lang: Language): string {
  // German writes the units out ("30 Minuten", "2,5 Stunden"): an abbreviation would end a sentence in "Min..".
  if (h > 0 && h < 1) return `${Math.max(5, Math.round((h * 60) / 5) * 5)} ${lang === 'de' ? 'Minuten' : 'min'}`;
  const n = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 }).format(h);
  return lang === 'de' ? `${n} ${h === 1 ? 'Stunde' : 'Stunden'}` : `${n} h`;
}

/** Upper-cases the first letter. */
export function cap(s: string): string {
  return s ? s[0]!.toUpperCase() + s.slice(1) : s;
}
