import { editDistance } from './edit-distance';

/**
 * Words travelers write that the English matchers would miss, mapped to the English the
 * matchers read: a little French, Spanish, Portuguese, Italian, German and Swahili (the
 * languages safari guests most often slip into), SMS spellings ("nxt", "bout", "dayz")
 * and misspelt month names ("octobr", "febuary"). Applied once in `normalize`, token by
 * token, so every matcher gains them at no cost of its own. Only words that have no
 * other everyday meaning in an English message are listed: "sept" (September or the
 * French seven), "mar" (the sea), "due", "kind", "pour", "con" and "y" are left alone.
 */
const WORDS: Readonly<Record<string, string>> = {
  // Months (accents are already stripped: "août" arrives as "aout").
  janvier: 'january', enero: 'january', januar: 'january', janeiro: 'january', gennaio: 'january',
  fevrier: 'february', febrero: 'february', februar: 'february', fevereiro: 'february', febbraio: 'february',
  mars: 'march', marzo: 'march', marz: 'march',
  avril: 'april', abril: 'april', aprile: 'april',
  mai: 'may', mayo: 'may', maio: 'may', maggio: 'may',
  juin: 'june', junio: 'june', junho: 'june', giugno: 'june',
  juillet: 'july', julio: 'july', julho: 'july', luglio: 'july',
  aout: 'august', agosto: 'august',
  septembre: 'september', septiembre: 'september', setiembre: 'september', setembro: 'september', settembre: 'september',
  octobre: 'october', octubre: 'october', oktober: 'october', outubro: 'october', ottobre: 'october',
  noviembre: 'november', novembro: 'november',
  decembre: 'december', diciembre: 'december', dezember: 'december', dezembro: 'december', dicembre: 'december',
  // Who is travelling.
  personnes: 'people', personas: 'people', pessoas: 'people', persone: 'people', personen: 'people',
  adultes: 'adults', adultos: 'adults', adulti: 'adults', erwachsene: 'adults', erwachsenen: 'adults',
  enfants: 'kids', ninos: 'kids', ninas: 'kids', hijos: 'kids', kinder: 'kids', kindern: 'kids', criancas: 'kids', bambini: 'kids', watoto: 'kids',
  enfant: 'kid', crianca: 'kid', bambino: 'kid', bebe: 'baby', fils: 'son', fille: 'daughter', sohn: 'son', tochter: 'daughter', hijo: 'son', hija: 'daughter',
  mois: 'months', ist: 'is', perdon: 'sorry', desole: 'sorry', disculpa: 'sorry', disculpe: 'sorry', entschuldigung: 'sorry', monate: 'months', meses: 'months', notre: 'our', nuestro: 'our', nuestra: 'our', unser: 'our', unsere: 'our', unseren: 'our',
  famille: 'family', familia: 'family', familie: 'family', famiglia: 'family',
  somos: 'we are', sommes: 'are', nous: 'we', wir: 'we', sind: 'are', siamo: 'we are', tuko: 'we are', tutakuwa: 'we will be',
  // Durations.
  semaines: 'weeks', semanas: 'weeks', wochen: 'weeks', settimane: 'weeks',
  semaine: 'week', semana: 'week', woche: 'week', settimana: 'week',
  jours: 'days', dias: 'days', tage: 'days', giorni: 'days', siku: 'days',
  nuits: 'nights', noches: 'nights', nachte: 'nights', noites: 'nights', notti: 'nights',
  ans: 'years', anos: 'years', jahre: 'years', anni: 'years',
  // Small numbers (only words that are not also English words).
  deux: '2', dos: '2', zwei: '2', dois: '2', wawili: '2',
  trois: '3', tres: '3', drei: '3', watatu: '3',
  quatre: '4', cuatro: '4', vier: '4', quattro: '4', wanne: '4',
  cinq: '5', cinco: '5', funf: '5', cinque: '5', watano: '5',
  dix: '10', diez: '10', zehn: '10', dieci: '10',
  et: 'and', und: 'and', avec: 'with',
  // SMS spellings.
  nxt: 'next', bout: 'about', abt: 'about', dayz: 'days', dys: 'days', mnths: 'months', mths: 'months',
  b4: 'before', tho: 'though', bday: 'birthday', fam: 'family',
  // Trip words.
  gorilles: 'gorillas', gorilas: 'gorillas', plage: 'beach', playa: 'beach', praia: 'beach', spiaggia: 'beach',
  au: 'in', aux: 'in', ya: 'of',
};

// "par personne", "por persona", "pro Person": the budget basis in another language.
const PER_PERSON = /\b(?:par|por|pro) (?:personne|persona|person|pessoa)\b/g;
// "we r 3", "u r": SMS for "are" only after a pronoun, never the rand's "R".
const ARE = /\b(we|u|you|they) r\b/g;
// "famille de 5", "familia de 4": "of" only in that phrase ("de" is a name particle elsewhere).
const FAMILY_OF = /\bfamily (?:de|di|von|ya) (\d)/g;

const MONTHS = ['january', 'february', 'march', 'april', 'august', 'september', 'october', 'november', 'december'];

/** A misspelt month name ("octobr", "septmber", "febuary") as the month, else undefined. */
function fuzzyMonth(word: string): string | undefined {
  if (word.length < 6) return undefined;
  for (const m of MONTHS) {
    if (m[0] !== word[0] || m === word) continue;
    const max = m.length >= 8 ? 2 : 1;
    if (editDistance(word, m, max) <= max) return m;
  }
  return undefined;
}

// Real words a typo away from a month name; never rewrite them.
const NOT_MONTHS = new Set(['augusta', 'augustine', 'marches', 'marched', 'octobers', 'decembers', 'aprils', 'septembers', 'novembers', 'januarys', 'februarys']);

/** Rewrites lower-cased, accent-free text so foreign, SMS and misspelt words read as English. */
export function toEnglishWords(text: string): string {
  let t = text.replace(/[a-z0-9]+/g, (w) => {
    const mapped = WORDS[w];
    if (mapped !== undefined) return mapped;
    if (NOT_MONTHS.has(w) || !/^[a-z]+$/.test(w)) return w;
    return fuzzyMonth(w) ?? w;
  });
  t = t.replace(PER_PERSON, 'per person').replace(ARE, '$1 are').replace(FAMILY_OF, 'family of $1');
  return t;
}
