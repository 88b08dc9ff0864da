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
  // Dutch months that are not already English or German.
  januari: 'january', februari: 'february', maart: 'march', mei: 'may', augustus: 'august',
  // Who is travelling.
  personnes: 'people', personas: 'people', pessoas: 'people', persone: 'people', personen: 'people',
  adultes: 'adults', adultos: 'adults', adulti: 'adults', erwachsene: 'adults', erwachsenen: 'adults', volwassenen: 'adults', kinderen: 'kids',
  enfants: 'kids', ninos: 'kids', ninas: 'kids', hijos: 'kids', kinder: 'kids', kindern: 'kids', criancas: 'kids', bambini: 'kids', watoto: 'kids',
  enfant: 'kid', crianca: 'kid', bambino: 'kid', bebe: 'baby', fils: 'son', fille: 'daughter', sohn: 'son', tochter: 'daughter', hijo: 'son', hija: 'daughter',
  // Dutch children and "our".
  dochter: 'daughter', zoon: 'son',
  // Italian and German "our", so a child named by kin reaches the party readers.
  unserem: 'our', nostro: 'our', nostra: 'our', nostri: 'our', nostre: 'our',
  mois: 'months', ist: 'is', juni: 'june', juli: 'july', dolares: 'dollars', dolar: 'dollar', ados: 'teens', adolescentes: 'teens', jugendliche: 'teens', visado: 'visa', pasaporte: 'passport', reisepass: 'passport', impfung: 'vaccination', impfungen: 'vaccinations', gelbfieberimpfung: 'yellow fever vaccination', gelbfieber: 'yellow fever', vacuna: 'vaccine', vacunas: 'vaccines', kalbersaison: 'calving season', kalber: 'calving', vogelbeobachtung: 'birdwatching', ruhe: 'quiet', allein: 'alone', haben: 'have', yr: 'year', n: 'and', fahren: 'drive', fahrt: 'drive', autofahrt: 'drive', autofahrten: 'drives', stunden: 'hours', stunde: 'hour', hochstens: 'at most', maximal: 'at most', heures: 'hours', horas: 'hours', le: 'the', les: 'the', seul: 'alone', seule: 'alone', couple: 'couple', perdon: 'sorry', desole: 'sorry', disculpa: 'sorry', disculpe: 'sorry', entschuldigung: 'sorry', monate: 'months', meses: 'months', notre: 'our', nuestro: 'our', nuestra: 'our', unser: 'our', unsere: 'our', unseren: 'our',
  famille: 'family', familia: 'family', familie: 'family', famiglia: 'family',
  somos: 'we are', sommes: 'are', nous: 'we', wir: 'we', sind: 'are', siamo: 'we are', tuko: 'we are', tutakuwa: 'we will be',
  // Durations.
  semaines: 'weeks', semanas: 'weeks', wochen: 'weeks', settimane: 'weeks',
  semaine: 'week', semana: 'week', woche: 'week', settimana: 'week',
  jours: 'days', dias: 'days', tage: 'days', tagen: 'days', giorni: 'days', siku: 'days',
  nuits: 'nights', noches: 'nights', nachte: 'nights', noites: 'nights', notti: 'nights',
  // Dutch lengths and the two smallest counts (no English word is spelt so).
  weken: 'weeks', dagen: 'days', nachten: 'nights', twee: '2', drie: '3',
  ans: 'years', anos: 'years', jahre: 'years', jahren: 'years', jahr: 'year', anni: 'years',
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
  gorrila: 'gorilla', gorrilla: 'gorilla', gorrilas: 'gorillas', gorrillas: 'gorillas', gorillaz: 'gorillas',
  gorilles: 'gorillas', gorilas: 'gorillas', plage: 'beach', playa: 'beach', praia: 'beach', spiaggia: 'beach',
  au: 'in', aux: 'in', ya: 'of',
  // Seasons (a birthday "next spring"), companions and how fixed the dates are.
  printemps: 'spring', primavera: 'spring', fruhling: 'spring', fruehling: 'spring', ete: 'summer', verano: 'summer', sommer: 'summer', estate: 'summer',
  automne: 'autumn', otono: 'autumn', herbst: 'autumn', autunno: 'autumn', hiver: 'winter', invierno: 'winter', inverno: 'winter',
  cumple: 'turns', nino: 'kid', nina: 'kid', pareja: 'couple', amigos: 'friends', amigas: 'friends', amis: 'friends', freunde: 'friends', freundinnen: 'friends', todos: 'all',
  seis: '6', sechs: '6', siete: '7', sieben: '7', ocho: '8', huit: '8', acht: '8',
  nur: 'only', en: 'in', fechas: 'dates', fix: 'fixed', fixe: 'fixed', fixes: 'fixed', fijo: 'fixed', fija: 'fixed', fijas: 'fixed', fijos: 'fixed', flexibel: 'flexible', flexibles: 'flexible', flexible: 'flexible', flexiveis: 'flexible', flexivel: 'flexible', flessibili: 'flexible', flessibile: 'flexible', flexibele: 'flexible', visum: 'visa',
};

// Read after the words are English: foreign word order ("juillet prochain", "wird im Oktober 15", "del 20 de diciembre al 2 de enero").
const MONTH_WORD = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
const AFTER: ReadonlyArray<readonly [RegExp, string | ((m: string, n: string) => string)]> = [
  [new RegExp(String.raw`\b(?:in )?(spring|summer|autumn|winter|${MONTH_WORD}) (?:prochaine?|proxim[oa]|que viene|prossim[oa])\b`, 'g'), 'next $1'],
  [/\b(?:aura|tendra) (\d{1,2}) years en\b/g, 'will be $1 in'],
  [/\b(?:aura|tendra) (\d{1,2}) years\b/g, 'will be $1'],
  // „wird im Sommer 15", „wird 15 im Herbst": a season birthday, read by its last month (child-ages.ts).
  [new RegExp(String.raw`\bwird (?:im|in) (${MONTH_WORD}|spring|summer|autumn|fall|winter) (\d{1,2})\b`, 'g'), 'turns $2 in $1'],
  [new RegExp(String.raw`\bwird (\d{1,2})(?: years)? (?:im|in) (${MONTH_WORD}|spring|summer|autumn|fall|winter)\b`, 'g'), 'turns $1 in $2'],
  [/\bwird (?:nachsten|naechsten|next) (?:monat|month) (\d{1,2})\b/g, 'turns $1 next month'],
  [/\bwird (\d{1,2})\b/g, 'will be $1'],
  // "im Mai": the German "in the" before a month ("im" alone is the SMS "I'm").
  [new RegExp(String.raw`\bim (${MONTH_WORD})\b`, 'g'), 'in $1'],
  [new RegExp(String.raw`\bturns (\d{1,2})(?: years)? (?:en|in|im) (${MONTH_WORD})\b`, 'g'), 'turns $1 in $2'],
  [/\b(?:tiene|a|hat) (\d{1,2}) years\b/g, 'is $1'],
  // "siamo due", "siamo tre amici": Italian small numbers after "we are" ("due", "tre" alone are English words).
  [/\bwe are (due|tre|quattro|cinque)\b/g, (_m: string, n: string) => `we are ${({ due: 2, tre: 3, quattro: 4, cinque: 5 } as Record<string, number>)[n]}`],
  [new RegExp(String.raw`\b(?:du|vom|del|dal|de) (\d{1,2})(?:\.|er|eme|o)? (?:de )?(${MONTH_WORD}) (?:au|bis|al|a|zum) (\d{1,2})\.? (?:de )?(${MONTH_WORD})\b`, 'g'), 'from $1 $2 to $3 $4'],
  [/\b(?:on part|nous partons|salimos|partimos|wir fliegen|wir reisen)(?: (?:the|el|am))? (\d{1,2})\b/g, 'we leave on $1'],
  [/\b(?:pour|para|fur) (\d{1,3}) (days|nights|weeks)\b/g, 'for $1 $2'],
  [/\b(?:fester termin|feste termine|feste daten|dates fixes|fechas fijas)\b/g, 'fixed dates'],
];

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

// Safari words travelers misspell ("gorrila", "calfing", "honeymooon", "leapards"): a typo away, the word meant.
const TRIP_WORDS = ['gorilla', 'gorillas', 'honeymoon', 'calving', 'migration', 'photographer', 'photography', 'elephant', 'elephants', 'leopard', 'leopards', 'cheetah', 'cheetahs', 'giraffe', 'giraffes', 'wildebeest', 'chimpanzees'];
// Real words a typo away from one of them.
const NOT_TRIP_TYPOS = new Set(['leonard', 'leonards', 'carving', 'calling', 'halving', 'salving', 'gorillaz', 'migrations', 'photographers', 'photographs', 'photograph']);

// Keys next to each other on a QWERTY keyboard, and letters that sound alike ("calfing", "elefants" for the "ph"):
// the letter swaps a hurried typist makes. A swap of far keys ("calming" for "calving") is another word.
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const SOUND_ALIKE = new Set(['fv', 'vf', 'fp', 'pf', 'ck', 'kc', 'sz', 'zs', 'cs', 'sc', 'gj', 'jg']);
const VOWELS = 'aeiouy';
function keyAt(ch: string): readonly [number, number] | undefined {
  for (let r = 0; r < KEY_ROWS.length; r++) {
    const c = KEY_ROWS[r]!.indexOf(ch);
    if (c >= 0) return [r, c];
  }
  return undefined;
}
/** Whether typing `x` for `y` is a plausible slip: two vowels, neighbouring keys, or like sounds. */
export function plausibleSlip(x: string, y: string): boolean {
  if (VOWELS.includes(x) && VOWELS.includes(y)) return true;
  if (SOUND_ALIKE.has(x + y)) return true;
  const a = keyAt(x);
  const b = keyAt(y);
  if (!a || !b || Math.abs(a[0] - b[0]) > 1) return false;
  // Rows are staggered by half a key: the key below-left of "d" is "x", below-right "c".
  const shift = b[0] - a[0];
  const d = b[1] - a[1];
  return shift === 0 ? Math.abs(d) === 1 : shift === 1 ? d === -1 || d === 0 : d === 0 || d === 1;
}
// An English inflection ("migrating", "photographed"): a real word of its own unless the safari word ends the same way.
const INFLECTION = /(?:ing|ed|ly)$/;

/** A misspelt safari word as the word, else undefined (one plausible slip from six letters, two from nine). */
export function fuzzyTripWord(word: string): string | undefined {
  if (word.length < 6 || NOT_TRIP_TYPOS.has(word)) return undefined;
  const inflected = INFLECTION.exec(word)?.[0];
  for (const w of TRIP_WORDS) {
    if (w[0] !== word[0] || w === word) continue;
    if (inflected && !w.endsWith(inflected)) continue;
    const max = w.length >= 9 ? 2 : 1;
    if (Math.abs(w.length - word.length) <= max && editDistance(word, w, max, plausibleSlip) <= max) return w;
  }
  return undefined;
}

// Real words a typo away from a month name; never rewrite them ("ça marche" is "that works", not March).
const NOT_MONTHS = new Set(['augusta', 'augustine', 'marche', 'marches', 'marched', 'octobers', 'decembers', 'aprils', 'septembers', 'novembers', 'januarys', 'februarys']);

// Small numbers said in French, Spanish and German inside the phrases below (the word table turns them later).
const SMALL_NUMBERS: Readonly<Record<string, string>> = { deux: '2', dos: '2', zwei: '2', trois: '3', tres: '3', drei: '3', quatre: '4', cuatro: '4', vier: '4', cinq: '5', cinco: '5', funf: '5', six: '6', seis: '6', sechs: '6', siete: '7', sieben: '7', huit: '8', ocho: '8', acht: '8' };

// Phrases whose words mean something else one by one ("au" is "to" in "du 5 au 15 août",
// "zusammen" is "in total" beside money): read as a whole, before the words.
const PHRASES: ReadonlyArray<readonly [RegExp, string | ((m: string, n: string) => string)]> = [
  [/^(hallo|hi|hello|servus|moin) zusammen\b/, '$1 all'],
  // The month locked in French and German as in English ("May can't change, it's our only leave"): «impossible à changer»,
  // «ce sont nos seules vacances», „nicht verschiebbar", „unser einziger Urlaub" (dialogue acts, s9-D).
  [/\b(?:c'?est )?impossible (?:a|de) (?:changer|decaler|deplacer|bouger)(?! (?:de|d'|le|la|les|l')\b)|\b(?:ist |sind )?nicht (?:verschiebbar|anderbar|zu verschieben)\b/g, "can't change"],
  [/\b(?:ce sont |c'?est )?(?:nos|notre|mes|ma|mon) seul(?:es?|s)? (?:vacances|conges|semaines? de (?:vacances|conges)|fenetre|creneau)\b|\b(?:das )?(?:ist |sind )?(?:unser|unsere|mein|meine) einzige[nr]? (?:urlaub|ferien|urlaubswochen|zeitfenster|freie[nr]? (?:wochen|zeit))\b/g, 'our only holidays'],
  [/\b(?:du|vom|del|dal|de) (\d{1,2})(?:\.|er|eme|o)? (?:au|bis|al|a|to|zum) (\d{1,2})\.?(?= [a-z])/g, 'from $1 to $2'],
  [/\b(?:pour|para|fur|fuer) (?:nous|los|uns|wir) (\d|deux|dos|zwei|trois|tres|drei)\b/g, 'for the $1 of us'],
  [/\b(?:pour tout le groupe|pour le groupe|pour toute la famille|para todo el grupo|para todos|fur alle|fuer alle|fur die ganze (?:gruppe|familie))\b/g, 'for the whole group'],
  // A budget shared by the party: Dutch "samen", Spanish "entre ambos/los dos/todos", Portuguese "ao todo", Italian "in tutto".
  [/\b(?:en total|au total|insgesamt|zusammen|en tout|in totale|in tutto|ao todo|no total|samen|entre (?:ambos|ambas|los dos|las dos|nosotros|todos|os dois|as duas|nos dois)|tra (?:tutti|noi)(?: e due)?)\b/g, 'in total'],
  [/\bbetween (?:all of us|all of them|the (\d+) of us|us all|us)\b/g, 'in total'],
  [/\bzu (zweit|dritt|viert|funft|sechst)\b/g, (_m, n) => `${{ zweit: 2, dritt: 3, viert: 4, funft: 5, sechst: 6 }[n as 'zweit']} of us`],
  [/\b(?:nur )?wir (?:beide|zwei)\b|\bnous deux\b|\blos dos\b|\bnosotros dos\b/g, 'just the 2 of us'],
  [/\b(?:on est|on sera|nous sommes|nous partons a|nous serons|somos|seremos|wir sind|wir werden|wir reisen zu) (\d{1,2}|deux|trois|quatre|cinq|six|huit|dos|tres|cuatro|cinco|seis|siete|ocho|zwei|drei|vier|funf|sechs|sieben|acht)\b/g, (_m, n) => `we are ${SMALL_NUMBERS[n] ?? n}`],
  [/\b(?:tout sauf|tous sauf|todo menos|todo excepto|alles au(?:ss|ß)er|alles ausser)\b/g, 'anything but'],
  [/\b(?:l'an prochain|l'annee prochaine|el ano que viene|el proximo ano|nachstes jahr|naechstes jahr|im nachsten jahr|l'anno prossimo)\b/g, 'next year'],
  [/\b(?:voyage de noces|lune de miel|luna de miel|flitterwochen|lua de mel|hochzeitsreise|viaggio di nozze|luna di miele|huwelijksreis|wittebroodsweken)\b/g, 'honeymoon'],
  [/\b(?:premier safari|primer safari|erste safari|erstes safari|primo safari|eerste safari)\b/g, 'first safari'],
  [/\b(?:primera vez|premiere fois|erstes mal|prima volta|eerste keer)\b/g, 'first time'],
  [/\b(?:cinco grandes|big 5|les cinq grands|die grossen funf|die grossen 5)\b/g, 'big five'],
  // Walking safaris named as one word or phrase: German compounds ("Fußsafari" (normalized fusssafari), "Wandersafari",
  // "Buschwanderung"), Dutch "wandelsafari", Italian "safari a piedi", Spanish "safari caminando" / "caminata por la sabana".
  [/\b(?:fu(?:ss|s)|wander|geh|pirsch|wandel|loop)safaris\b/g, 'walking safaris'],
  [/\b(?:fu(?:ss|s)|wander|geh|pirsch|wandel|loop)safari\b/g, 'walking safari'],
  [/\b(?:busch|bush)wanderung(en)?\b|\bbuschspaziergang\w*/g, 'bush walks'],
  [/\bsafaris? (?:a piedi|caminando|a caminar|de caminata|andando)\b/g, 'walking safari'],
  [/\bcaminatas? (?:por|en|entre) (?:la |el )?(?:sabana|bush|monte|selva|sabana africana)\b/g, 'walking safari'],
  [/\ba piedi\b/g, 'on foot'],
  [/\b(?:safari a pied|a pied|zu fuss|a pie)\b/g, 'walking safari'],
  [/\b(?:keine kinder|pas d'enfants|sans enfants|sin ninos|sin hijos)\b/g, 'no kids'],
  [/\b(?:ich reise allein|je voyage seul|viajo solo|viajo sola)\b/g, 'i travel alone'],
  // "Solo Kenia.", "solo Tanzania, per favore": the Spanish and Italian "only", said of a country as the whole answer
  // (English "solo Kenya trip" is a solo traveler, so the country must end the sentence).
  [/(^|[.!?,;:]\s*)solo (?=(?:kenia|kenya|tanzania|uganda|ruanda|rwanda|botsuana|botswana|namibia|zambia|zimbabue|zimbabwe|sudafrica|south africa)\s*(?:[.!?]|$|,?\s*(?:por favor|per favore|nada mas|e basta|niente altro|y ya)\b))/g, '$1only '],
  [/\b(?:rythme tranquille|rythme lent|ritmo tranquilo|ruhiges tempo|gemutlich)\b/g, 'slow pace'],
  [/\b(?:keine massen(?: an touristen)?|pas de foule|sin multitudes|ohne massen)\b/g, 'no crowds'],
  [/\bhey there,? anyone (?:home|there)\b/g, 'hey there'],
  [/\b(?:viaje en familia|voyage en famille|en famille|familienreise|familienurlaub|vacaciones en familia|viaggio in famiglia|vacanza in famiglia|gezinsreis|familiereis|gezinsvakantie)\b/g, 'family trip'],
  [/\bam tag\b|\bpar jour\b|\bal dia\b|\bpor dia\b/g, 'a day'],
  [/\bjusqu'(?:a|au|en)\b|\bhasta (?:el |la )?/g, 'until '],
  [/\b(?:decaler|repousser|reporter|verschieben|aplazar|posponer)\b/g, 'move'],
  [/\bw\/\s*/g, 'with '],
];

/** Rewrites lower-cased, accent-free text so foreign, SMS and misspelt words read as English. */
export function toEnglishWords(text: string): string {
  let t = text;
  for (const [re, to] of PHRASES) t = typeof to === 'string' ? t.replace(re, to) : t.replace(re, to);
  t = t.replace(/[a-z0-9]+/g, (w) => {
    const mapped = WORDS[w];
    if (mapped !== undefined) return mapped;
    if (NOT_MONTHS.has(w) || !/^[a-z]+$/.test(w)) return w;
    if (TRIP_WORDS.includes(w)) return w;
    return fuzzyMonth(w) ?? fuzzyTripWord(w) ?? w;
  });
  for (const [re, to] of AFTER) t = typeof to === 'string' ? t.replace(re, to) : t.replace(re, to);
  t = t.replace(PER_PERSON, 'per person').replace(ARE, '$1 are').replace(FAMILY_OF, 'family of $1');
  return t;
}
