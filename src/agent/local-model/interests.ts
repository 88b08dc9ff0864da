import type { Priority } from '../../domain/trip-inputs';
import { withoutOtherSpecies } from './animals';

/**
 * Priorities said through what the traveler wants to see or where they want to sleep,
 * rather than by the priority's own words: animals ("leopards and rhinos top of the
 * wishlist", "mostly cheetahs") and lodging styles ("lodges with a pool", "budget
 * camping is fine"). An animal named in passing ("Tarangire for the elephants",
 * "elephants!!") is not a priority: only a wish said about them is. Two or more of the
 * Big Five wished for make `big_five`; any other animal wished for (a cheetah, hippos,
 * wild dogs) makes `wildlife_density`, the many-species viewing the traveler is after.
 */

const BIG_FIVE = /\b(?:lions?|leopards?|rhinos?|rhinoceros(?:es)?|elephants?|buffalo(?:es|s)?|cape buffalo)\b/g;
// The other animals that make a game-rich trip; a region's specialties (gerenuk, Grevy's zebra) are what a place has, not density.
const OTHER_GAME = /\b(?:cheetahs?|hippos?|hippopotamus(?:es)?|wild ?dogs?|painted (?:dogs|wolves)|hyenas?|crocodiles?|crocs|servals?|caracals?)\b/;
// A wish about what they name: to see it, a list of hopes, what they came for.
const WISH = /\b(?:see|seeing|spot|spotting|watch|wish ?list|bucket list|top of|mostly|most of all|especially|above all|keen on|hoping|hope to|dream(?:ing)? of|(?:a|our|my) dream|would be (?:great|amazing|nice|wonderful|incredible|a dream)|love|loves|adore|mad about|crazy about|obsessed with|nuts about|really into|big fans? of|want|wants|wanted|wanna|would like|'d like|must|priority|priorities|after|looking for|up close|highlight|the dream|top priority|must[- ]see|can'?t miss|most want|(?:are|is) (?:my|our) (?:(?:big |biggest |real )?(?:thing|favou?rites?|passion|obsession))|if possible|cerco|cerchiamo|voglio|vogliamo|vorremmo|quiero|queremos|busco|buscamos|on veut|nous voulons|je veux|on cherche|wir wollen|ich will|wir mochten|wir suchen|we willen|ik wil|we zoeken|queremos|quero|\b(?:coming|come|going|travell?ing|here|there) (?:mainly |mostly |just |especially )?for (?:the |some )?(?=(?:lions?|leopards?|rhinos?|rhinoceros|cheetahs?|wild ?dogs?|hippos?)\b))\b/;
// Animals that are the crossing itself ("the crossings, crocs and all"): a migration wish, not another.
const CROSSING_SCENE = /\b(?:migration|crossings?|wildebeest|calving|the herds)\b/;
// "in the camp", "walk to the lion": the wish must not be the unsafe kind (scope.ts reads those).
const NEGATED = /\b(?:no|not|never|don'?t (?:care|mind)|not bothered|not fussed)\b[^.!?]{0,25}$/;

const LODGING: ReadonlyArray<readonly [Priority, RegExp]> = [
  // "lodges with a pool", "a camp with a plunge pool", "glamping": comfort in where they sleep.
  ['comfort', /\b(?:lodges?|camps?|hotels?|rooms?|tents?|accommodation) with (?:a |their own |its own |private )?(?:plunge )?pools?\b|\bglamping\b|\btree ?house lodges?\b|\b(?:a |private |plunge )?pools? (?:would be|is|'d be|are) (?:great|nice|lovely|a must|essential|a bonus|a plus|important)\b|\b(?:want|need|would like|'d like|love) (?:a |our own )?(?:private |plunge )?pool\b|\b(?:a |private |plunge )?pools? at the (?:lodges?|camps?|hotels?)\b/],
  // "budget camping is fine", "basic camps", "camping is fine": the cheaper way to sleep.
  ['value', /\b(?:keep|keeping) (?:the )?costs? (?:down|low)\b|\b(?:budget|basic|simple|cheap|public) (?:mobile |tented |small |bush )?(?:camping|campsites?|camps?|lodges?|accommodation|tents?|options?)\b|\bcamping (?:is|would be) (?:fine|ok(?:ay)?|good|perfect)\b/],
];

// A message that is only animals ("wild dogs", "cheetahs!! lots of cheetahs", "giraffes for the kids"): the answer to
// what they want to see, so a wish without a wish word. Quantities, fillers and interests may stand beside them.
const FRAGMENT_ANIMAL = /\b(?:lions?|leopards?|rhinos?|rhinoceros(?:es)?|elephants?|buffalo(?:es|s)?|cheetahs?|hippos?|wild ?dogs?|painted (?:dogs|wolves)|hyenas?|crocodiles?|crocs|giraffes?|zebras?|big cats?)\b/g;
const FRAGMENT_FILLER = /\b(?:lots|lot|loads|plenty|many|so many|of|ganz|viele|muchos|muchas|beaucoup|de|tanti|tante|molti|veel|and|n|und|y|et|e|the|some|for|kids|children|little ones|please|pls|especially|mostly|mainly|basically|also|too|as well|up close|oh|yes|migration|great|big|huge|big five|big 5|birds|birding|whole lot|them|if possible|ideally|hopefully)\b|[^a-z]+/g;
const GAME_ONLY = /\b(?:giraffes?|zebras?)\b/;
// Game wanted in numbers ("lots of elephants", "loads of zebras", "giraffes, masses of them"): a game-rich trip.
const GAME_IN_NUMBERS = /\b(?:lots|loads|plenty|masses|tons|heaps|hundreds|thousands) of (?:the )?(?:elephants|giraffes|zebras|hippos|animals|game|wildlife)\b|\bso many (?:elephants|giraffes|zebras|hippos|animals)\b|\b(?:elephants|giraffes|zebras|hippos|buffalo(?:es)?|wildebeest|animals)\b (?:by the |in (?:their )?)(?:hundreds|thousands|dozens?)\b|\b(?:elephants|giraffes|zebras|hippos)\b[^.!?]{0,20}\b(?:lots|loads|masses|tons|heaps|plenty) of them\b/;
// A trek named at a gorilla park ("Bwindi trek", "the trek in Volcanoes") is the gorilla trek.
const GORILLA_PARK_TREK = /\b(?:bwindi|volcanoes|mgahinga)\b[^.!?,]{0,20}\btreks?\b|\btreks? (?:in|at) (?:the )?(?:bwindi|volcanoes|mgahinga)\b/;

// Interests that may stand in a list beside the animals ("walking + leopards"): the list is still the wish.
const LIST_INTEREST = /\b(?:walking|walks|walking safaris?|birding|birds|photography|photos|canoeing|mokoro|boat trips?|night drives?|game drives?|beach|culture)\b/g;

function animalFragment(text: string): boolean {
  FRAGMENT_ANIMAL.lastIndex = 0;
  if (!FRAGMENT_ANIMAL.test(text)) return false;
  FRAGMENT_ANIMAL.lastIndex = 0;
  return text.replace(FRAGMENT_ANIMAL, ' ').replace(LIST_INTEREST, ' ').replace(FRAGMENT_FILLER, ' ').trim() === '';
}

/** A list item of a fuller message that is only animals ("Aug. walking + leopards. 2 adults", "rhinos + lions, nothing else matters"). */
function fragmentItem(sentence: string): boolean {
  return sentence.split(/,|\s[-–]\s/).some((item) => /[a-z]/.test(item) && animalFragment(item));
}

/** Priorities implied by animals wished for and by lodging styles. */
export function impliedInterests(said: string): Priority[] {
  const text = withoutOtherSpecies(said);
  const out = new Set<Priority>();
  const fragment = animalFragment(text);
  let from = 0;
  for (const sentence of text.split(/[.!?;]+/)) {
    const at = text.indexOf(sentence, from);
    from = at + sentence.length;
    // "any chance of seeing leopards?": a question about one animal is not a wish for the Big Five.
    const question = text[from] === '?' || /^\s*(?:any chance|is it|are there|can we|could we|will we|would we|do you)\b/.test(sentence);
    // A list item names the Big Five wanted only when no other game stands beside it ("hippos, elephants, lions, everything!" is game in numbers).
    const bigFiveItem = fragmentItem(sentence) && !OTHER_GAME.test(sentence) && !GAME_ONLY.test(sentence);
    if (!WISH.test(sentence) && !fragment && !bigFiveItem) continue;
    const big = new Set<string>();
    for (const m of sentence.matchAll(BIG_FIVE)) {
      if (!NEGATED.test(sentence.slice(0, m.index))) big.add(m[0].replace(/(?:es|s)$/, '').slice(0, 5));
    }
    // One of the Big Five wished for ("rhinos up close", "we love leopards") is the Big Five the traveler is after;
    // elephants alone are in almost every park and make no such wish.
    if (big.size >= 2 || (big.size === 1 && !big.has('eleph') && !question)) out.add('big_five');
    // "Elephants, so many elephants", "giraffes for the kids": game in numbers, said as the whole answer.
    else if (fragment && (big.has('eleph') || GAME_ONLY.test(sentence))) out.add('wildlife_density');
    const other = OTHER_GAME.exec(sentence);
    const scene = other !== null && /^croc/.test(other[0]) && CROSSING_SCENE.test(sentence);
    if (other && !scene && !NEGATED.test(sentence.slice(0, other.index))) out.add('wildlife_density');
  }
  if (GAME_IN_NUMBERS.test(text) && !out.has('big_five')) out.add('wildlife_density');
  if (GORILLA_PARK_TREK.test(text)) out.add('gorillas');
  for (const [p, re] of LODGING) if (re.test(text)) out.add(p);
  return [...out];
}
