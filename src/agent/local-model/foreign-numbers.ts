/**
 * Amounts written in words in Italian, German, Dutch, French and Spanish ("cinquemila",
 * "fünftausend", "vijfduizend", "deux mille cinq cents", "cinco mil"), as digits, so the
 * budget reader sees "5000" as it sees it in English. Italian, German and Dutch glue the
 * parts into one word; French and Spanish write them apart: both are one run of parts
 * here. Only runs that hold a thousand are rewritten: small numbers in these languages
 * are read by the word tables (lexicon.ts), where a lone "sei" or "tre" has its context.
 */

const UNIT: Readonly<Record<string, number>> = {
  // Italian
  uno: 1, un: 1, due: 2, tre: 3, quattro: 4, cinque: 5, sei: 6, sette: 7, otto: 8, nove: 9, dieci: 10, undici: 11, dodici: 12, tredici: 13, quattordici: 14, quindici: 15, sedici: 16, diciassette: 17, diciotto: 18, diciannove: 19,
  // German
  ein: 1, eins: 1, zwei: 2, drei: 3, funf: 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, elf: 11, zwolf: 12, zwoelf: 12,
  // Dutch
  een: 1, twee: 2, drie: 3, vijf: 5, zes: 6, zeven: 7, negen: 9, tien: 10, twaalf: 12,
  // French
  deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, onze: 11, douze: 12, quinze: 15,
  // Spanish
  dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, doce: 12, quince: 15,
  // The teens and the rest of the small numbers, for ages ("dodici anni", "treze anos", "veertien jaar").
  once: 11, trece: 13, catorce: 14, dieciseis: 16, diecisiete: 17,
  dreizehn: 13, vierzehn: 14, funfzehn: 15, fuenfzehn: 15, sechzehn: 16, siebzehn: 17,
  dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, vier: 4,
  treize: 13, quatorze: 14, seize: 16,
  um: 1, uma: 1, dois: 2, duas: 2, quatro: 4, sete: 7, oito: 8, dez: 10, doze: 12, treze: 13, catorze: 14, dezesseis: 16, dezasseis: 16, dezessete: 17, dezassete: 17,
};
const TEN: Readonly<Record<string, number>> = {
  venti: 20, vent: 20, trenta: 30, trent: 30, quaranta: 40, quarant: 40, cinquanta: 50, cinquant: 50, sessanta: 60, settanta: 70, ottanta: 80, novanta: 90,
  zwanzig: 20, dreissig: 30, vierzig: 40, funfzig: 50, fuenfzig: 50, sechzig: 60, siebzig: 70, achtzig: 80, neunzig: 90,
  twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
  vingt: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60,
  veinte: 20, treinta: 30, cuarenta: 40, cincuenta: 50, sesenta: 60, setenta: 70, ochenta: 80, noventa: 90,
};
// Hundreds that carry their own multiple ("quinientos", "duecento" is "due" + "cento").
const HUNDREDS: Readonly<Record<string, number>> = {
  cento: 100, hundert: 100, honderd: 100, cent: 100, cents: 100, cien: 100, ciento: 100,
  doscientos: 200, trescientos: 300, cuatrocientos: 400, quinientos: 500, seiscientos: 600, setecientos: 700, ochocientos: 800, novecientos: 900,
};
const THOUSAND = new Set(['mila', 'mille', 'mil', 'tausend', 'duizend']);
// Joiners inside a number: German "fünfundzwanzig", Dutch "vijfentwintig", Spanish "treinta y cinco", Italian "e".
const JOIN = new Set(['und', 'en', 'y', 'e', 'et']);

const PARTS = [...Object.keys(UNIT), ...Object.keys(TEN), ...Object.keys(HUNDREDS), ...THOUSAND, ...JOIN].sort((a, b) => b.length - a.length);

/** A glued word split into number parts ("duemilacinquecento" → due, mila, cinque, cento), or undefined. */
function split(word: string): string[] | undefined {
  const out: string[] = [];
  let at = 0;
  while (at < word.length) {
    const part = PARTS.find((p) => word.startsWith(p, at) && !(JOIN.has(p) && (out.length === 0 || at + p.length === word.length)));
    if (!part) return undefined;
    out.push(part);
    at += part.length;
  }
  return out;
}

/** The value of a run of parts, or undefined when it holds no thousand (left to the word tables). */
function valueOf(parts: readonly string[]): number | undefined {
  // A thousand word alone is as often a name or slang ("Mila", "my mil") as an amount.
  if (parts.length < 2 || !parts.some((p) => THOUSAND.has(p))) return undefined;
  let total = 0;
  let current = 0;
  for (const p of parts) {
    if (JOIN.has(p)) continue;
    if (p in UNIT) current += UNIT[p]!;
    else if (p in TEN) current += TEN[p]!;
    else if (p in HUNDREDS) current = HUNDREDS[p]! === 100 ? (current || 1) * 100 : current + HUNDREDS[p]!;
    else {
      total += (current || 1) * 1000;
      current = 0;
    }
  }
  return total + current;
}

const LONE_THOUSAND = /(?<![a-z-] ?)\b(?:mille|mil|tausend|duizend)\b(?= (?:euros?|dollars?|dollari|dolares|francs?|pounds?|libras?|sterline|rand|usd|eur|gbp|chf)\b)/g;

// A run of words and spaces or hyphens that may be a number (checked part by part below).
const RUN = /\b[a-z]+(?:[\s-]+[a-z]+)*\b/g;

/** Rewrites foreign amounts in words with a thousand in them as digits; text lower-cased and accent-free. */
export function foreignAmountsToDigits(text: string): string {
  if (!/mila|mille|mil\b|tausend|duizend/.test(text)) return text;
  // A thousand word alone is an amount when a currency follows ("mille euros", "mil dólares").
  text = text.replace(LONE_THOUSAND, '1000');
  return text.replace(RUN, (run) => {
    const words = run.split(/([\s-]+)/);
    let out = '';
    // Walk word by word; a maximal stretch of number words with a thousand in it becomes digits.
    for (let i = 0; i < words.length; i += 2) {
      let j = i;
      const parts: string[] = [];
      while (j < words.length) {
        const p = split(words[j]!);
        if (!p || (JOIN.has(words[j]!) && parts.length === 0)) break;
        parts.push(...p);
        j += 2;
      }
      // A trailing joiner belongs to the text ("mille e ... ", "cinco mil y algo").
      while (j > i && JOIN.has(words[j - 2]!)) {
        j -= 2;
        parts.pop();
      }
      const v = j > i ? valueOf(parts) : undefined;
      if (v !== undefined) {
        out += `${i > 0 ? words[i - 1] : ''}${v}`;
        i = j - 2;
      } else out += `${i > 0 ? words[i - 1] : ''}${words[i]}`;
    }
    return out;
  });
}

// A unit of a child's age in the seven languages: the number word before it is an age, whatever its size.
// Plural units only: "un an", "un anno" are as often a span of time as an age.
const AGE_UNIT = '(?:anni|anos|ans|jahre|jahren|jaar|years|mesi|meses|mois|monate|monaten|maanden|months)';
const AGE_WORDS = new RegExp(`\\b([a-z]+(?:-[a-z]+)?)(?= ${AGE_UNIT}\\b)`, 'g');

/**
 * Small numbers in words before an age unit as digits ("dodici anni", "treze anos", "dix-sept
 * ans", "zes maanden"), in every language at once: the unit says the word is a number, where
 * alone "sei" or "elf" may be a verb or a word of its own.
 */
export function foreignAgesToDigits(text: string): string {
  return text.replace(AGE_WORDS, ageWord).replace(AGE_VERB_WORDS, ageWord);
}

// An age verb says the same of the word after it: "acaba de cumplir trece", "ha compiuto dodici", "è appena diventato undici".
const AGE_VERB_WORDS = /(?<=\b(?:cumplir|cumplio|cumple|cumplira|compiuto|compie|compira|completou|completa|completara|fez|faz|fara|avoir|aura|wordt|werd|wird|diventato|diventata) )[a-z]+(?:-[a-z]+)?\b|\b[a-z]+(?= (?:jahre alt|geworden)\b)/g;

function ageWord(word: string): string {
  const parts = word.split('-').flatMap((w) => split(w) ?? ['?']);
  if (parts.includes('?') || parts.some((p) => THOUSAND.has(p) || p in HUNDREDS)) return word;
  let n = 0;
  for (const p of parts) if (!JOIN.has(p)) n += UNIT[p] ?? TEN[p] ?? 0;
  return n > 0 && n < 100 ? String(n) : word;
}
