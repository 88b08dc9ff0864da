/**
 * Verb frames of trip wishes in French, Spanish, Italian, Portuguese, German and Dutch, one
 * table per concept: the English words every reader after foreign-words.ts already knows
 * (countries.ts for "only" and "or nothing", destinations.ts for "exclude" and "remove",
 * preferences.ts for crowds shunned, drive limits and a first trip). One row per language, so a
 * concept missing in a language is a missing row, not one more regular expression per phrasing.
 * Runs on lower-cased, accent-free text; rewrites only phrases with no everyday English meaning.
 */

type Lang = 'fr' | 'es' | 'it' | 'pt' | 'de' | 'nl';
type Rows = Readonly<Partial<Record<Lang, string>>>;

interface Frame {
  /** The English the later readers know. */
  readonly english: string;
  /** Alternatives per language (regular-expression source, whole words). */
  readonly rows: Rows;
  /** What must follow the phrase for it to count (a lookahead source); absent: anything. */
  readonly before?: string;
  /** Whether an article after the verb goes with it ("escludiamo il", "excluímos o"): one list for every language. */
  readonly article?: true;
}

// Articles after a verb, in every language at once: "excluimos" is Spanish and Portuguese alike.
const ARTICLE = "(?: (?:el|la|los|las|le|les|l'|il|lo|i|gli|o|a|os|as|den|die|das|de|het))?";

// The trip happens in one country or not at all: "tiene que ser en Botsuana", "het moet in Zuid-Afrika blijven".
const LIMITS: readonly Frame[] = [
  {
    english: 'must be in',
    rows: {
      fr: "(?:ca |il )?doit (?:etre|rester) (?:en|au|aux|dans)|il faut que ce soit (?:en|au|aux)|forcement (?:en|au|aux)",
      es: '(?:tiene|ha) (?:que|de) ser (?:en|por)|(?:debe|tendra que) ser (?:en|por)|tiene que quedarse en',
      it: "(?:deve|dev'|dovra) ?(?:essere|restare|rimanere) (?:in|nel|nella)|per forza (?:in|nel|nella)",
      pt: '(?:tem|tera) (?:de|que) ser (?:em|no|na)|(?:deve|precisa) ser (?:em|no|na)',
      de: '(?:es )?muss (?:unbedingt )?(?:in|nach)|(?:es )?soll(?:te)? (?:unbedingt )?in',
      nl: '(?:het )?moet (?:per se )?in|(?:het )?moet (?:per se )?naar',
    },
  },
  {
    english: 'or nothing',
    rows: {
      fr: 'ou rien|sinon rien|ou rien du tout',
      es: 'si o si|o nada|o ninguno',
      it: 'o niente|o nulla|se no niente',
      pt: 'ou nada',
      de: 'oder (?:gar )?nichts|oder gar nicht|sonst (?:gar )?nichts',
      nl: '(?:of|anders) (?:niks|niets)|anders gaan we niet',
    },
  },
  {
    english: 'nowhere else',
    rows: {
      fr: 'nulle part ailleurs|aucun autre pays|pas ailleurs',
      es: 'en ningun otro (?:sitio|lugar|pais)|ningun otro pais|en ningun otro lado',
      it: "da nessun'? ?altra parte|nessun altro paese|in nessun altro posto",
      pt: 'em nenhum outro (?:lugar|pais)|nenhum outro pais',
      de: 'nirgendwo anders|nirgends sonst|kein anderes land',
      nl: 'nergens anders|geen ander land',
    },
  },
  {
    english: 'only',
    // "solo" and "so" are English words too; the stronger words and the Spanish "solo en" are read.
    rows: {
      fr: 'uniquement|seulement|exclusivement',
      es: 'solamente|unicamente|exclusivamente|solo en',
      it: 'soltanto|solamente|unicamente|esclusivamente',
      pt: 'somente|apenas|exclusivamente',
      de: 'nur|ausschliesslich',
      nl: 'alleen|uitsluitend',
    },
    // "alleen" is also "alone" ("ik reis alleen"): only before a place or a time.
    before: '\\s+(?:in|en|em|no|na|nel|nella|naar|nach|au|aux|el|la|le|il|de|het|die|den|das|[a-z]{4,})\\b',
  },
];

// A place ruled out or taken out of the plan: "escludiamo il Masai Mara", "on enlève le Ngorongoro", "quitamos Tarangire".
const PLACES: readonly Frame[] = [
  {
    english: 'exclude the',
    rows: {
      fr: '(?:on )?(?:exclut|exclue|excluons|evite|evitons)',
      es: 'excluimos|excluyamos|descartamos|descartemos|evitamos|evitemos',
      it: 'escludiamo|escluderei|escludete|evitiamo|eviterei|scartiamo',
      pt: 'excluimos|excluir|descartamos|evitamos',
      nl: 'vermijden|vermijd',
    },
    article: true,
  },
  {
    english: 'remove the',
    rows: {
      fr: '(?:on )?(?:enleve|enlevons|enlever|retirons|retirer|supprime|supprimons|vire|virons)|on retire',
      es: 'quitamos|quitemos|quita|quitad|quitar|sacamos|saquemos|saca|eliminamos|eliminemos|elimina|borramos|borra',
      it: 'togliamo|togli|togliete|togliere|eliminiamo|elimina|leviamo|leva|cancelliamo',
      pt: 'tiramos|tira|tirar|tiremos|retiramos|removemos|eliminamos|cortamos|corta',
      de: 'streich|streicht',
      nl: 'schrap|schrappen we',
    },
    article: true,
  },
];

// Crowds shunned and a quiet place asked for: privacy, not the pace of the days.
const CROWDS: readonly Frame[] = [
  {
    english: 'avoid crowds',
    rows: {
      fr: "(?:on |nous )?(?:deteste|detestons|n'aime pas|n'aimons pas|fuit|fuyons) (?:la foule|les foules|le monde|les touristes)|peu de (?:touristes|monde|vehicules)|moins de (?:touristes|monde)|sans (?:la )?foule",
      es: '(?:odiamos|odio|no nos gustan?|evitar) (?:la gente|las multitudes|las masas|los turistas|las aglomeraciones)|pocos (?:turistas|vehiculos)|poca gente|menos (?:turistas|gente)|sin (?:multitudes|masas|aglomeraciones)',
      it: 'troppa gente|troppi (?:turisti|veicoli)|pochi (?:turisti|veicoli)|poca gente|meno (?:turisti|gente)|(?:odiamo|odio|evitare) (?:la folla|le folle|la gente|i turisti)|senza folla',
      pt: 'muita gente|muitos turistas|poucos (?:turistas|veiculos)|pouca gente|menos (?:turistas|gente)|(?:odiamos|odeio|evitar) (?:multidoes|a multidao|turistas)|longe (?:das multidoes|da multidao|dos turistas)|sem multidoes',
      de: 'menschenmassen|touristenmassen|(?:etwas|was) ruhiger(?:es|e)?|ruhigere[nrs]? (?:park|parks|gegend|ort|region|ecke)|weniger (?:touristen|leute|fahrzeuge|trubel)|kein (?:trubel|massentourismus)|ohne (?:massen|trubel|massentourismus)',
      nl: 'te druk|(?:niet|minder|nergens) (?:te )?druk|rustiger(?:e)? (?:plek|park|gebied)?|weinig (?:toeristen|mensen)|minder (?:toeristen|mensen)|(?:geen|vermijden van de) drukte|drukte vermijden|massatoerisme',
    },
  },
  {
    english: 'somewhere quiet',
    rows: {
      fr: '(?:du|le|au) calme|(?:un )?(?:endroit|coin|lieu|camp) (?:plus )?(?:calme|tranquille)|(?:quelque chose|qqch) de (?:plus )?(?:calme|tranquille)',
      es: '(?:algo|un (?:sitio|lugar)|lugares|sitios) (?:mas )?tranquilos?|la tranquilidad',
      it: '(?:qualcosa di|un posto|un luogo|posti) (?:piu )?tranquill[oi]|la tranquillita',
      pt: '(?:algo|um lugar|um sitio|lugares) (?:mais )?(?:tranquilo|calmo|sossegado)s?|a tranquilidade|sossego',
      de: '(?:etwas|was) ruhiges|(?:die )?ruhe und abgeschiedenheit',
      nl: '(?:iets|een plek|een plekje|plekken) (?:wat )?(?:rustigs?|rustiger)|de rust',
    },
  },
];

// A drive limit, the party's count, a total, a first trip and two activities, in the words left once the numbers are digits.
const TRIP_WORDS: readonly Frame[] = [
  { english: 'hours of driving', rows: { it: 'ore (?:di guida|di macchina|in macchina|di strada|al volante)', nl: 'uur (?:rijden|autorijden|in de auto|achter het stuur)', pt: 'horas (?:de estrada|de carro|ao volante|de conducao)' } },
  // "al massimo 5 ore di guida": the limit word before the hours this table reads (French, Spanish and German ones
  // foreign-words.ts reads with their own hours).
  { english: 'at most', rows: { it: 'al massimo|massimo|non piu di', pt: 'no maximo|maximo|nao mais de', nl: 'maximaal|hoogstens|niet meer dan' }, before: '\\s+\\d' },
  { english: 'hours', rows: { nl: 'uur' }, before: '\\s+(?:per dag|op een dag|per rit|rijden)' },
  { english: 'long drives', rows: { nl: 'lange (?:ritten|autoritten|rijdagen)', it: 'lunghi (?:trasferimenti|spostamenti) in (?:auto|macchina)', pt: 'longas (?:viagens de carro|horas de estrada)', es: 'largos trayectos en coche|muchas horas de coche' } },
  { english: 'first time in', rows: { pt: 'primeira vez (?:em|no|na|a)', es: 'primera vez en', it: 'prima volta in', fr: 'premiere fois en', de: 'erstes mal in', nl: 'eerste keer (?:in|naar)' } },
  // "vamos em 3", "somos 4": the party's count, read only before a bare count ("vamos 2 semanas" is a length).
  { english: 'we are', rows: { pt: 'vamos em|vamos ser|seremos|somos', es: 'vamos a ser|seremos|somos', it: 'saremo in|saremo', fr: 'nous serons|on sera', nl: 'we zijn met|we gaan met', de: 'wir sind zu|wir werden' }, before: '\\s+\\d{1,2}\\s*(?:[,.;!?]|$|adult|pessoas|personas|persone|personen|personnes|amigos|amigas|amici|vrienden|freunde)' },
  { english: 'in total we have', rows: { nl: 'samen hebben we', de: 'zusammen haben wir', it: 'in tutto abbiamo', fr: 'en tout (?:on a|nous avons)', es: 'entre todos tenemos|en total tenemos', pt: 'ao todo temos|no total temos' } },
  { english: 'photograph', rows: { it: 'fotografare', nl: 'fotograferen', pt: 'fotografar' } },
  { english: 'on foot', rows: { pt: 'a pe', it: 'a piedi', es: 'a pie', fr: 'a pied', de: 'zu fuss', nl: 'te voet' } },
];

// The verb after the place: "Chobe eruit" (Dutch); "lass den Chobe weg", "nimm Chobe raus" (German, where
// "weg" and "raus" alone are too common to read without the verb before).
const POSTFIX_REMOVE = /\b(?:(?:haal|halen we) )?(?:de |het )?([a-z][a-z'-]+(?: [a-z][a-z'-]+)?) (?:eruit|schrappen we|laten we vallen|streichen(?: wir)?)\b|\b(?:lass|lasst|nimm|nehmt|lassen wir) (?:den |die |das )?([a-z][a-z'-]+(?: [a-z][a-z'-]+)?) (?:weg|raus)\b/g;
const POSTFIX_ADD = /\b(?:de |het )?([a-z][a-z'-]+(?: [a-z][a-z'-]+)?) (?:erbij|er ook bij|noch dazu|auch dazu)\b/g;
const PRONOUN = /^(?:haal|halen|we|ze|het|dat|dit|die|uns|es|sie|ihn|alles|das)$/;

function compile(frames: readonly Frame[]): Array<readonly [RegExp, string]> {
  return frames.map((f) => [new RegExp(`\\b(?:${Object.values(f.rows).join('|')})${f.article ? ARTICLE : ''}\\b${f.before ? `(?=${f.before})` : ''}`, 'g'), f.english] as const);
}

// Crowds first: "evitamos las multitudes" shuns crowds, it rules out no place.
const ALL = compile([...CROWDS, ...LIMITS, ...PLACES, ...TRIP_WORDS]);

/** Every table, for tests that walk the matrix of concepts and languages. */
export const FRAME_TABLES = { LIMITS, PLACES, CROWDS, TRIP_WORDS } as const;

/**
 * The same text with each foreign frame in its English words; "Chobe eruit" (Dutch, the verb after
 * the place) reads as "remove Chobe". Text already lower-cased and accent-free.
 */
export function framesToEnglish(text: string): string {
  let t = text.replace(POSTFIX_REMOVE, (m, nl?: string, de?: string) => {
    const what = nl ?? de ?? '';
    return PRONOUN.test(what) ? m : `remove ${what}`;
  });
  // "Victoria Falls erbij", "Chobe noch dazu": a place added, so a list beside a removal keeps it wanted.
  t = t.replace(POSTFIX_ADD, (m, what: string) => (PRONOUN.test(what) ? m : `add ${what}`));
  for (const [re, english] of ALL) t = t.replace(re, english);
  // "only en Tanzanie", "only nach Kenia": the preposition as countries.ts reads it.
  return t.replace(/\bonly (?:en|em|no|na|nel|nella|naar|nach|au|aux|dans|a) /g, 'only in ');
}
