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
export function wantedAnimals(text: string): Animal[] | undefined {
  const t = withoutOtherSpecies(text);
  const out: Animal[] = [];
  // The snow leopard is blanked above as not our leopard, but asked for it is a wish no African place can meet.
  for (const m of text.matchAll(/\bsnow leopards?\b/g)) if (!SET_ASIDE.test(text.slice(Math.max(0, m.index - 30), m.index)) && !out.includes('snow_leopard')) out.push('snow_leopard');
  for (const [animal, re] of NAMES) {
    for (const m of t.matchAll(re)) {
      if (SET_ASIDE.test(t.slice(Math.max(0, m.index - 30), m.index))) continue;
      if (!out.includes(animal)) out.push(animal);
    }
  }
  return out.length > 0 ? out : undefined;
}
