import type { Animal } from '../../domain/trip-inputs';

// Animals on normalized text (foreign-words.ts reads some foreign names as English first).
const NAMES: ReadonlyArray<[Animal, RegExp]> = [
  ['lion', /\b(?:lions?|lioness(?:es)?|lowen|leones?)\b/g],
  ['leopard', /\b(?:leopards?|leopardos?)\b/g],
  ['cheetah', /\b(?:cheetahs?|guepards?|guepardos?|geparde?n?)\b/g],
  ['wild_dog', /\b(?:wild ?dogs?|painted (?:dogs?|wolf|wolves)|lycaons?|wildhunde?)\b/g],
  ['elephant', /\b(?:elephants?|ellies|elephantes?|elefant(?:e|en)?)\b/g],
  ['buffalo', /\b(?:buffalo(?:es|s)?|buffles?|bufalos?|buffel)\b/g],
  ['rhino', /\b(?:rhinos?|rhinoceros(?:es)?|rinocerontes?|nashorn(?:e|er)?)\b/g],
  ['hippo', /\b(?:hippos?|hippopotam(?:us|i|uses)|hipopotamos?|nilpferde?|flusspferde?)\b/g],
  ['giraffe', /\b(?:giraffes?|girafes?|jirafas?|giraffen)\b/g],
  // Animals no African place has (NOT_IN_AFRICA in trip-inputs.ts): asked for, they are a trip the rules decide as impossible.
  // Not the Zambezi's tigerfish ("tiger fishing on Lake Kariba"), a real African draw.
  ['tiger', /\b(?:tigers?|tigres?|tigern?|tigri)\b(?![\s-]*(?:fish|fishing|fisch|poissons?|pesca|lily|lilies|prawns?|moth|balm|beer))/g],
  ['polar_bear', /\b(?:polar bears?|ours polaires?|oso polar|osos polares|eisbar(?:en)?|orsi? polari?)\b/g],
  ['jaguar', /\b(?:jaguars?|jaguares)\b(?! (?:car|cars|xj|xf|xe|f-type|e-pace|f-pace))/g],
  ['kangaroo', /\b(?:kangaroos?|kangourous?|canguros?|kanguru(?:s)?)\b/g],
  ['koala', /\b(?:koalas?)\b/g],
  ['panda', /\b(?:giant pandas?|pandas?)\b(?! (?:express|bear))/g],
  ['orangutan', /\b(?:orang-?utans?|orangs-outans?)\b/g],
];
// Other species whose names hold one of ours: a snow leopard, a sea lion or a water buffalo lives at no African place,
// so the name is not a wish for the leopard, the lion or the buffalo (nor for the Big Five).
const OTHER_SPECIES = /\b(?:snow|clouded|amur|sunda|arabian|persian|sri lankan|indian|indochinese) leopards?\b|\b(?:sea|mountain|ant|asiatic|asian|indian) ?lions?\b|\b(?:water|asian|asiatic|wild water) buffalo(?:es|s)?\b|\b(?:asian|asiatic|indian|sri lankan|sumatran|bornean) elephants?\b|\b(?:indian|javan|sumatran|greater one-horned|one-horned) rhinos?(?:ceros(?:es)?)?\b/g;

/** The text with other continents' species blanked (same length, so offsets still line up). */
export function withoutOtherSpecies(t: string): string {
  return t.replace(OTHER_SPECIES, (m) => ' '.repeat(m.length));
}

// Named only as something not wanted, already seen or asked about in passing ("no lions needed", "we've seen elephants").
const SET_ASIDE = /\b(?:no|not|never|without|seen|saw|done|except|but not|afraid of|scared of)\b[^.;!?,]{0,16}$/;

/**
 * The animals a traveler asks to see by name ("the dream is seeing lions", "rhinos and
 * elephants at the waterholes"), so the rules can check the place has them; animals named
 * only as seen before or not wanted are left out.
 */
// The animals no African place has: read only as a wish to see them on this trip. A name ("our son Tiger", "Tiger Woods"),
// a team ("Leicester Tigers supporters"), a car ("rent a Jaguar", "a Fiat Panda"), a toy ("her toy panda") or a past
// trip elsewhere ("last year we went to India for the tigers") is no such wish, and must never discard a good trip.
const ELSEWHERE_ONLY: ReadonlySet<Animal> = new Set<Animal>(['tiger', 'polar_bear', 'jaguar', 'kangaroo', 'koala', 'panda', 'orangutan', 'snow_leopard']);
/** Words just before the name that make it a person's or a pet's name, a car, a toy or a brand. */
const OTHER_SENSE_BEFORE = new RegExp(
  [
    // "our son Tiger", "a dog called Panda", "nicknamed Tiger"
    String.raw`\b(?:son|daughter|boy|girl|kid|child|baby|husband|wife|partner|brother|sister|friend|dog|cat|puppy|pet|horse|named|called|nicknamed|nickname|name is|known as)\s+(?:is\s+)?$`,
    // "rent a Jaguar", "hire a Fiat Panda", "drive our Jaguar", "a Fiat Panda"
    String.raw`\b(?:rent|rents|rented|renting|rental|hire|hires|hired|hiring|drive|drives|drove|driving|lease|leasing|leased|borrow|borrowing)\s+(?:a|an|the|our|my|his|her|their)?\s*(?:new\s+|old\s+|little\s+|red\s+|black\s+|white\s+|silver\s+|blue\s+)?(?:fiat\s+)?$`,
    String.raw`\b(?:fiat|kung fu|kung-fu)\s+$`,
    // "her toy panda", "a stuffed tiger", "the tiger onesie" is after; "Leicester Tigers", "Detroit Tigers", "Hull City Tigers"
    String.raw`\b(?:toy|toys|stuffed|soft|plush|plushie|cuddly|teddy|fluffy|inflatable|paper|origami|cartoon|leicester|detroit|hull|hull city|wests|richmond|castleford|jacksonville|jaguars|carolina|the tamil|tamil|celtic)\s+$`,
  ].join('|'),
);
/** Words just after the name that make it a name, a team, a brand or a thing. */
const OTHER_SENSE_AFTER = /^\s*(?:woods|king|mom|mum|moms|economy|economies|balm|beer|bread|prawns?|shark|sharks|fans?|supporters?|games?|match|matches|rugby|football|team|squad|player|players|stadium|kit|shirts?|jerseys?|onesies?|costumes?|plushies?|toys?|teddy|teddies|cars?|dealership|print|prints|pattern|stripes?|striped|mums?|parents?|eye|eyes|lilies|lily|car|suv|saloon|xj|xf|xe|f-type|e-pace|f-pace|i-pace|express|bear|is\s+(?:12|\d{1,2})|who)\b|^\s*,\s*(?:who|aged?|\d)/;
/** A past trip: the sentence is about a journey already made ("last year we went to India for the tigers"). */
const PAST_TRIP = /\b(?:went|visited|travell?ed|saw|seen|last (?:year|time|trip|summer|winter|spring|autumn|month)|years? ago|previous(?:ly)?|back in|earlier this year)\b/;

function otherSense(t: string, at: number, len: number): boolean {
  const before = t.slice(Math.max(0, at - 40), at);
  const after = t.slice(at + len, at + len + 30);
  if (OTHER_SENSE_BEFORE.test(before) || OTHER_SENSE_AFTER.test(after)) return true;
  // The sentence the name stands in, up to the name: a past trip there speaks of that trip, not of this one.
  const start = Math.max(t.lastIndexOf('.', at - 1), t.lastIndexOf('!', at - 1), t.lastIndexOf('?', at - 1), t.lastIndexOf(';', at - 1)) + 1;
  return PAST_TRIP.test(t.slice(start, at));
}

export function wantedAnimals(text: string): Animal[] | undefined {
  const t = withoutOtherSpecies(text);
  const out: Animal[] = [];
  // The snow leopard is blanked above as not our leopard, but asked for it is a wish no African place can meet.
  for (const m of text.matchAll(/\bsnow leopards?\b/g)) if (!SET_ASIDE.test(text.slice(Math.max(0, m.index - 30), m.index)) && !otherSense(text, m.index, m[0].length) && !out.includes('snow_leopard')) out.push('snow_leopard');
  for (const [animal, re] of NAMES) {
    for (const m of t.matchAll(re)) {
      if (SET_ASIDE.test(t.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (ELSEWHERE_ONLY.has(animal) && otherSense(t, m.index, m[0].length)) continue;
      if (!out.includes(animal)) out.push(animal);
    }
  }
  return out.length > 0 ? out : undefined;
}
