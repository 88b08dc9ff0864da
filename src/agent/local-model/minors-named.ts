// A party that may hold minors, said without counting them: children named as the ones the trip is for ("for my
// grandkids", "pour mes petits-enfants", "für unsere Enkel"), or a group whose members are usually under age (a school
// group, pupils, scouts, a youth club, "the kids' football team"). Nobody is counted and no age is given, so the rules
// must ask the ages wherever an age limit applies: read as a family party whose children's ages are unknown.

// "for the kids", "pour mes …", "para mis …", "für unsere …", "per i …", "voor de …" (the kin words are already English here).
const FOR = '(?:for|pour|fur|fuer|para|per|voor)';
const KIN = '(?:kids|kiddos|children|grandkids|grandchildren|little ones|teens|teenagers|grandsons|granddaughters|nephews|nieces|youngsters)';
// "a gift for the kids", "souvenirs for my grandchildren": something bought for them, nobody travelling.
const NOT_TRAVEL = /\b(?:gifts?|presents?|souvenirs?|toys?|postcards?|something|t-?shirts?)\s*$/;
const BENEFICIARY = new RegExp(`\\b${FOR}\\s+(?:the\\s+|our\\s+|my\\s+|their\\s+|his\\s+|her\\s+)?(?:(?:\\d|two|three|four|five|six)\\s+)?(?:${KIN}|(?:our|my)\\s+(?:boys|girls|sons|daughters))\\b(?!')`, 'g');

// A group whose members are usually minors. Students of a university or college are grown up.
const MINOR_GROUP = new RegExp(
  [
    // "a school group", "our school trip", "the school team"; not "school holidays" or "school term" (a period).
    "\\b(?:school|class|schulklasse|klassenfahrt|schoolreis)(?:'s)?\\s+(?:group|trip|party|class|tour|excursion|students|pupils|kids|children|team|outing|choir|band)\\b",
    '\\b(?:viaje|viagem|voyage|sortie|gita|excursion|excursao|uitje)\\s+(?:escolar|scolaire|scolastica|de estudos?|de fin de curso)\\b|\\bklassenfahrt\\b|\\bschoolreis(?:je)?\\b',
    // "a group of 12 pupils", "my pupils", "our year 9 students", "high school students". Students alone may be grown up
    // ("2 students" on a budget trip): only a school's, a grade's or a year's students are read as minors.
    '\\b(?:my|our|the|his|her|their|\\d{1,2}|group of|group of \\d{1,2})\\s+(?:(?:high[- ]school|secondary(?:[- ]school)?|middle[- ]school|primary(?:[- ]school)?|school|year \\d{1,2}|grade \\d{1,2}|\\d{1,2}(?:th|rd|nd|st)[- ]grade)\\s+)?(?:pupils|schoolchildren|schoolkids|alumnos|alunos|alunni|eleves|schuler|schulern|leerlingen|scholieren)\\b',
    '\\b(?:high[- ]school|secondary(?:[- ]school)?|middle[- ]school|primary(?:[- ]school)?|school|year \\d{1,2}|grade \\d{1,2}|\\d{1,2}(?:th|rd|nd|st)[- ]grade)\\s+students\\b',
    // "my class", "our class of 20": the class a teacher takes along.
    "\\b(?:my|our)\\s+(?:(?:year \\d{1,2}|grade \\d{1,2}|school)\\s+)?class\\b(?!\\s*(?:mates?|reunion))",
    // Scouts and youth groups, teams of children ("the kids' football team", "our under-14s", "the U15 squad").
    '\\b(?:boy|girl|cub|the|our|my)\\s+scouts\\b|\\bgirl guides\\b|\\bbrownies\\b|\\bscout (?:group|troop|pack|camp)\\b|\\b(?:youth|junior|teen|kids\'?|children\'?s)\\s+(?:\\w+\\s+)?(?:group|club|team|troop|squad|choir|orchestra|league|camp)\\b|\\b(?:under[- ]?1\\d\'?s|u-?1\\d)\\b(?:\\s+(?:team|squad|side))?',
    // The same groups in the other languages, as normalize() leaves them: «ma classe», "mi clase", "mijn klas", "minha turma da
    // escola", „Jugendgruppe", „Pfadfinder", «groupe de jeunes», "grupo de jóvenes", "gruppo di ragazzi", "jeugdgroep".
    '\\b(?:my|our|mijn|onze|minha|nossa|la mia|la nostra)\\s+(?:classe|clase|klas|turma|classe)\\b|\\b(?:jugendgruppe|jugendfreizeit|jugendreise|pfadfinder\\w*|jeugdgroep|jeugdreis|scouting(?:groep)?)\\b|\\b(?:groupe|grupo|gruppo) (?:de|di) (?:jeunes|adolescentes|jovenes|ragazzi|adolescenti|escoteiros|scouts)\\b|\\bcolonie de vacances\\b',
  ].join('|'),
  'g',
);

/** Whether a message names children or a likely-minor group as (part of) the party without counting them. */
export function minorsNamed(t: string): boolean {
  for (const m of t.matchAll(BENEFICIARY)) {
    const just = t.slice(Math.max(0, m.index! - 25), m.index!);
    if (NOT_TRAVEL.test(just) || NOT_FOR.test(just) || STAY_HOME.test(clauseBefore(t, m.index!))) continue;
    return true;
  }
  const groups = t.replace(/\b(?:university|uni|college|graduate|grad|phd|medical|masters?|postgraduate|mba)\s+(?:students|class)\b/g, ' ');
  for (const m of groups.matchAll(MINOR_GROUP)) {
    const before = clauseBefore(groups, m.index!);
    // "my wife teaches high school students", "I run a youth club at home": the group is someone's work, not the party.
    if (AT_WORK.test(before) && !TRAVELS.test(before + m[0] + groups.slice(m.index! + m[0].length).match(/^[^.!?;]*/)![0])) continue;
    return true;
  }
  return false;
}

/** The text from the start of the clause holding `at` up to `at`. */
function clauseBefore(t: string, at: number): string {
  const head = t.slice(0, at);
  return head.slice(Math.max(head.lastIndexOf('.'), head.lastIndexOf('!'), head.lastIndexOf('?'), head.lastIndexOf(';')) + 1);
}

// Children the money, a keepsake or a chore is for stay at home: "not for the kids", "carvings for our grandkids", "saving the rest
// for the grandkids", "grandma will babysit for the kids", "photos for the grandkids", "a break from the kids".
const STAY_HOME = /\b(?:carvings?|crafts?|beads?|jewell?ery|photos?|photographs?|pictures?|pics|videos?|stories|memories|savings|the rest|leftovers?|(?:bring(?:ing)?|brought|take|taking) (?:back|home)|babysit\w*|look(?:s|ing)? after|break from|away from|inheritance)\b/;
// "this trip is for us, not for the kids": the children are said not to be the ones it is for.
const NOT_FOR = /\b(?:not|never|n't|rather than|instead of)\s+(?:just\s+|only\s+|really\s+)?$/;
// Work with a group: "teaches", "I run", "coaches", "works with", "volunteers at".
const AT_WORK = /\b(?:teach(?:es|ing)?|taught|teacher|coach(?:es|ing)?|run(?:s|ning)?|work(?:s|ing|ed)?\s+(?:with|at|for|in)|lead(?:s|ing)?|volunteer(?:s|ing|ed)?|manag(?:e|es|ing))\b/;
// The group taken along all the same: "I teach year 9 and we're taking my class", "bringing the youth club".
const TRAVELS = /\b(?:bring(?:ing)?|tak(?:e|ing)|travel(?:l?ing)?|trip|tour|excursion|safari|with us|coming|join(?:s|ing)?)\b/;
