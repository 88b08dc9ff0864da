/**
 * Unsafe requests read as an activity in a protected context rather than one pattern per
 * sentence: each class lists the parts that must all appear in one sentence (and the
 * parts that make it safe), in English, French, German and Spanish. Text is normalised
 * (lower case, accents stripped, some foreign words turned into English: "ohne" reads
 * "without", "Löwen" reads "lions") before it gets here, so both forms are listed.
 */

/** Wild animals a traveler might name, in the four languages ("giraffes" left out: feeding them at the Giraffe Centre is a sanctioned visit). */
export const ANIMAL =
  /\b(?:lions?|leopards?|elephants?|rhinos?|rhinoceros(?:es)?|cheetahs?|hyenas?|buffalo(?:es|s)?|hippos?|gorillas?|chimps?|chimpanzees?|monkeys?|baboons?|zebras?|wildebeest|animals?|wildlife|herds?|big cats?|predators?|lionnes?|guepards?|hyenes?|buffles?|hippopotames?|gorilles?|singes?|babouins?|zebres?|gnous?|animaux|fauves|troupeaux?|lowen|lowin|leoparden|elefanten|nashorner?|geparden?|hyanen|buffel|flusspferde?|schimpansen|affen|paviane|gnus|tiere|herden?|raubkatzen|raubtiere|leones?|leopardos?|elefantes?|rinocerontes?|guepardos?|hienas?|bufalos?|hipopotamos?|gorilas?|chimpances?|monos?|babuinos?|cebras?|animales|manadas?|felinos?|depredadores|leoni|leonesse|iene|babbuini|elefanti|ghepardi|leopardi|rinoceronti|ippopotami|scimpanze|scimmie|zebre|animali|leeuwen|olifanten|neushoorns?|nijlpaarden?|luipaarden?|bavianen|apen|dieren|leoes|leoa|hienas|babuinos|macacos|chitas|animais)\b/;

/** Any animal a vehicle or drone could run down, giraffes and antelopes too. */
const ANY_ANIMAL = new RegExp(`${ANIMAL.source}|\\b(?:giraffes?|girafes?|giraffen|jirafas?|gazelles?|gazellen|gacelas?|antelopes?|antilopes?|antilopen|impalas?|elands?|ostrich(?:es)?)\\b`);

/** Nobody qualified along: the traveler on their own. */
const UNGUIDED =
  /\b(?:without (?:a |an |any |our )?(?:guides?|guia|fuhrer|rangers?|escorts?)|no (?:guides?|rangers?|escorts?)|without anyone|with nobody|no one with us|on (?:our|my) own|by (?:ourselves|myself)|alone|unguided|self-guided|sans (?:guide|ranger|accompagnateur)s?|tout seuls?|seul(?:e|s|es)?|ohne (?:guide|fuhrer|ranger|begleit\w*)|(?:ganz )?alleine?|auf eigene faust|sin (?:guia|guardabosques|ranger|escolta)s?|solos?|por (?:nuestra|our) cuenta)\b/;

/** A qualified person or a sanctioned activity along: the same words then describe a normal outing. */
const GUIDED =
  /\b(?:with (?:a |an |our |the )?(?:guides?|rangers?|escorts?|trackers?)|guided|(?:our|a|the) guide (?:drives|will drive|is driving)|conservancy|conservancies|avec (?:un |notre |le )?(?:guide|ranger)|mit (?:einem |unserem |dem )?(?:guide|fuhrer|ranger)|gefuhrt\w*|con (?:un |nuestro |el )?(?:guia|ranger|guardabosques)|guiad[oa]s?)\b/;

/** Sleeping or camping out. "a tented camp" is lodging, so only the verb forms count. */
const SLEEP_OUT =
  /\b(?:camp(?:ing)? (?:out|wild|rough)|wild[- ]?camp\w*|(?:to|we|we'll|i|and|could|can|go) camp\b|pitch\w* (?:a |our |the )?tents?|put up (?:a |our |the )?tents?|overnight\w* (?:in|out)|spend (?:the|a) night (?:in|out)|(?:stay|sleep)\w* in (?:a|our|the) tents?|sleep\w* (?:out|outside|in the open|in the bush|under the stars|in (?:the|our|a) (?:car|vehicle|tent))|camper|planter (?:la|une|notre) tente|dormir (?:dehors|a la belle etoile|en pleine nature|dans la brousse|al aire libre|fuera|en la sabana|en (?:una|la) tienda)|zelten|wild ?campen|im (?:freien|busch) (?:schlafen|ubernachten)|draussen (?:schlafen|ubernachten)|acampar)\b/;

/** Without the permit or permission a park requires. */
const NO_PERMIT = /\b(?:without (?:a |any |the |paying for (?:a |the )?)?(?:permits?|permission|authori[sz]ation)|no permits?(?!\s+(?:needed|required|necessary|experience|hassle|worries|problem|issue|stress|paperwork))|illegal(?:ly)?|unauthori[sz]ed)\b/;
/** Asking whether something is allowed ("is it unauthorized to camp there?") is not a plan to break the rule. */
const ASKS_RULE = /\b(?:is|isn'?t|would|will) (?:it|that|this|camping) (?:be )?(?:unauthori[sz]ed|illegal|allowed|permitted|forbidden|ok)\b|\b(?:do|would|will) (?:we|i|you) need (?:a |any )?(?:permits?|permission)\b/;
// "just camp in Chobe": beside a missing permit in its clause, the bare verb before a place is enough.
const CAMPING = new RegExp(`${SLEEP_OUT.source}|\\bcamping\\b|\\bcamp(?=\\s+(?:in|inside|outside|at|on|anywhere|wherever)\\b)`);
/**
 * Camping out with the permit missing, said of the camping in one clause ("camp without a permit",
 * "illegally camping"): "camping safari … budget without park fees" or "no permits hassle" is not it.
 */
// A comma may stand between them ("camp in the Serengeti, no permit"); a sentence end, a colon or a "but" closes the clause.
const SAME_CLAUSE = "(?:(?!\\b(?:but|though|however|whereas)\\b)[^.!?:;]){0,40}";
const CAMP_NO_PERMIT = new RegExp(`(?:${CAMPING.source})${SAME_CLAUSE}(?:${NO_PERMIT.source})|(?:${NO_PERMIT.source})${SAME_CLAUSE}(?:${CAMPING.source})`);

/** Out in the open among big game, beyond any fence. */
const WILD_PLACE =
  /\b(?:bush|wild|unfenced|in the open|outside (?:the |a )?[a-z]+|among|next to|close to|near (?:the )?(?:lions?|predators?|animals?)|parmi|pres (?:des|du|de la)|au milieu des|brousse|inmitten|neben (?:den )?(?:lowen|tieren)|entre (?:los )?(?:leones|animales)|cerca de (?:los )?(?:leones|animales)|en dehors (?:du|de la) (?:parc|reserve|camp)|busch|wildnis|ausserhalb (?:des|der) (?:parks?|reservats?|camps?)|sabana|fuera (?:del|de la) (?:parque|reserva|campamento))\b/;

/** After dark. */
const NIGHT =
  /\b(?:at night|after dark|night-?time|in the dark|after (?:the )?gates? (?:close|shut)|after sunset|la nuit|de nuit|apres la tombee de la nuit|nachts|in der nacht|bei nacht|nach (?:einbruch der dunkelheit|sonnenuntergang)|de noche|por la noche|despues del atardecer)\b/;

/** Driving themselves, in their own or a hired vehicle. */
const SELF_DRIVE =
  /\b(?:self[- ]?driv\w*|drive (?:ourselves|myself|our own|it ourselves)|(?:our|my) own (?:car|vehicle|jeep|4x4|truck)|(?:rental|hire|hired|rented) (?:car|vehicle|4x4|jeep)|(?:our|my|the|a) (?:rental|hire car|hired car)|(?:our|my) own (?:game )?drives?|(?:we|i) (?:could |can |will |want to |wanna )?drive|conduire nous-memes|(?:notre|ma) (?:propre )?voiture|voiture de location|(?:eigenen|unserem|einem) (?:auto|wagen|mietwagen|gelandewagen)|mietwagen|(?:selbst|selber) (?:\w+ ){0,4}(?:fahren|drive)|conduire (?:nous|we)-memes|(?:eigenen|unserem|einem) (?:\w+ )?(?:auto|wagen)|nuestro (?:propio )?(?:coche|carro|auto)|coche de alquiler|conducir nosotros|manejar nosotros)\b/;

/** A park or reserve: night drives there are for the park's or a conservancy's guides only. */
const PARK =
  /\b(?:parks?|reserves?|serengeti|mara|ngorongoro|tarangire|amboseli|tsavo|kruger|etosha|chobe|moremi|manyara|ruaha|selous|nyerere|samburu|nakuru|queen elizabeth|murchison|hwange|luangwa|parc|reserve|nationalpark|reservat|parque|reserva)\b/;

/** Wild camping in the park itself: the park a few words after the phrase ("wild camping at home but in Kruger" is not it) and the wish not turned down ("wild camping is not for us"). */
const WILD_CAMP_IN_PARK = new RegExp(
  `\\b(?:wild[- ]?camp\\w*|camp(?:ing)? (?:wild|rough))\\b(?![^,:;]{0,25}\\b(?:not for|isn'?t for|is not|no thanks|never)\\b)(?:\\s+(?!but\\b|home\\b|instead\\b)[a-z']+){0,3}?,?\\s+(?:in|inside|within|at|on|near|by|around|beside|close to|next to)\\s+(?:the\\s+)?(?:(?:bush|wilds?|heart|middle|banks?|edge|depths) of\\s+(?:the\\s+)?)?(?:${PARK.source})`,
);

const DRONE = /\b(?:drones?|drohnen?|dron(?:es)?|dji|mavic|quadcopters?|uavs?)\b/;
/** Flying at or after animals: low, close, to move them. */
const HARASS =
  /\b(?:low|close|closer|right over|right up to|up to the|running|buzz\w*|dive|swoop|scare|spook|startle|make them (?:run|move|scatter|stampede)|chase|herd|stampede|scatter|bas|pres|faire (?:courir|fuir|bouger)|courent|fuient|effrayer|tief|nah|naher|aufscheuchen|scheuchen|erschrecken|jagen|bajo|cerca|asustar|espantar|hacer(?:les)? correr|perseguir)\b/;

/** Going after animals, in any vehicle or on foot. "follow the migration" is a normal trip, so only pursuing verbs count. */
const CHASE =
  /\b(?:chas(?:e|ing)|run (?:them |it )?down|go(?:es)? after|drive after|race after|drive (?:right )?(?:at|after|into) (?:the )?(?:herd|animals?|lions?|elephants?|cheetahs?)|pourchasser|courir apres|poursuivre en voiture|hetzen|hinterherjagen|jagen|perseguir|correr (?:tras|detras de))\b/;

/** Giving food to wild animals. */
const FEED =
  /\b(?:feed(?:ing)?|hand-feed\w*|give (?:some |our )?(?:food|bread|snacks?|bananas?|fruit|leftovers)|throw (?:some )?(?:food|bread|snacks?|bananas?)|nourrir|donner (?:a manger|de la nourriture|du pain|des bananes)|futter\w*|futtern|zu fressen geben|dar de comer|alimentar|dar(?:les)? (?:comida|pan|platanos))\b/;
// "we don't want to feed the animals", "no queremos alimentar", "non dare da mangiare": a negated frame is not a request.
const NEGATED = "(?<!\\b(?:no|not|never|don'?t|do not|won'?t|will not|non|nicht|niet|nao|jamais|nunca|mai)\\s+";
const WANT_TO = '(?:(?:want to|wanna|plan to|going to|will|we want(?: to)?|we will|i want(?: to)?|quiero|vamos a|vogliamo|voglio|wollen|willen|voulons)\\s+)?)';
/** A lookbehind: the verb after it is not negated ("no queremos", "don't want to"). */
export const NOT_NEGATED = `${NEGATED}${WANT_TO}`;
const FEED_ASKED = new RegExp(`${NOT_NEGATED}${FEED.source}`);
/** Watching animals feed or hunt, or a sanctioned feeding at a sanctuary: what the animals do, not the traveler. */
const WATCHING = /\b(?:watch\w*|see(?:ing)?|saw|spot\w*|orphanage|sanctuary|giraffe cent(?:re|er)|feeding time|regarder|voir|observer|beobachten|sehen|beim|ver|observar)\b/;
const MIGRATION = /\b(?:migrations?|migracion|wanderung)\b/;

/** A child named by age ("our 12-year-old", "my 10 yo") or by word. */
const CHILD = '(?:(?:our|my|the|his|her) (?:\\d{1,2}[- ]?(?:year[- ]old|yr[- ]old|yo|y\\/o)|son|daughter|kids?|boy|girl|child|children|teen(?:ager)?|youngest|little one))';
/** Passing a child off as older where a minimum age is checked: "tell the rangers our 12-year-old is 15". */
const AGE_LIE = new RegExp(`\\b(?:say|claim|pretend|tell (?:them|the (?:rangers?|guides?|staff|office|park))|put (?:down )?|write (?:down )?|register)\\b[^.!?]{0,20}${CHILD}(?:'s|\\s+is|\\s+are)?\\s+(?:(?:already|just|over|at least)\\s+)?(?:1[5-9]|older|an adult|of age)\\b`);
/** Getting a child past the check itself: "get my 12 year old past the gorilla age check", "bypass the minimum age". */
const AGE_CHECK = /\b(?:age (?:checks?|limits?|rules?|requirements?|restrictions?)|minimum age|min(?:imum)? age)\b/;
/** Keeping the check from happening: "without them checking his age", "so nobody asks for her passport". */
const NO_CHECK =
  /\b(?:without|before|so (?:that )?(?:they|nobody|no one|the rangers?) (?:don'?t|won'?t|can'?t|never|do not|will not))\b[^.!?]{0,25}\b(?:check\w*|ask\w*|verif\w*|look\w* at|see)\b[^.!?]{0,20}\b(?:ages?|passports?|ids?|birth certificates?|papers|documents)\b/;
/** Where a minimum age is checked, or the child whose age it is. */
const AGE_CHECKED = new RegExp(`\\b(?:permits?|trek\\w*|gorillas?|chimps?|walk\\w*|canoe\\w*|rafting)\\b|${CHILD}|\\b\\d{1,2}[- ]?(?:year[- ]old|yr[- ]old|yo|y\\/o)\\b`);
const DODGE = /\b(?:get|sneak|smuggle|slip)\b[^.!?]{0,30}\b(?:past|around|round|through)\b|\b(?:bypass|dodge|cheat|fool|trick|get around|get round|work around|beat|fake)\b/;

/** On foot with nobody qualified along, said either way round ("walk on our own", "on our own … a walk"). */
const ALONE = '(?:on (?:our|my) own|by (?:ourselves|myself)|unguided|self-guided|without (?:a |an |any |our )?(?:guides?|rangers?|escorts?))';
const ON_FOOT_ALONE = new RegExp(`\\b(?:walk\\w*|stroll\\w*|hik(?:e|es|ing)|wander\\w*|on foot)\\b[^.!?]{0,30}\\b${ALONE}\\b|\\b${ALONE}\\b[^.!?]{0,30}\\b(?:walk\\w*|stroll\\w*|hik(?:e|es|ing)|wander\\w*|on foot)\\b`);
/** Past the fence that keeps big game out of a camp. */
const BEYOND_FENCE = /\b(?:outside|beyond|past|over|leave|leaving)\s+(?:the\s+|our\s+)?(?:(?:camp|lodge|rest camp)\s+)?(?:fences?|perimeter|gates?)\b|\bunfenced\b|\boutside (?:the |our )?(?:rest )?camp\b/;
/** Out when the predators hunt (camps close their gates at dusk). */
const DUSK = /\b(?:at|around|after) (?:dusk|sunset|nightfall)\b|\bafter dark\b|\bat night\b|\bin the dark\b/;
/** A walk sold with its guide: "walking safari", "bush walk". */
const GUIDED_WALK = /\b(?:walking safaris?|bush ?walks?|guided walks?|walking trails?|wilderness trails?)\b/;

/** Turning the qualified person down: "we don't want a ranger", "skip the trackers", "no guide", "keinen Ranger". */
const REFUSES_ESCORT = new RegExp(
  `\\b(?:unguided|self-guided|auf eigene faust)\\b|\\b(?:(?:don'?t|do not|won'?t|will not|wouldn'?t) (?:want|need|take|hire|bother with|use)|skip(?:ping)?|ditch\\w*|lose|without|no|keinen?|ohne|sans|sin|senza) (?:a |an |any |the |our |un |une |el |los |la |le |les |die |den )?(?:guides?|rangers?|trackers?|escorts?|scouts?|guias?|fuhrer|pisteurs?|guardabosques|rastreadores?|spurenleser)\\b(?![- ]?(?:books?|lines?|dogs?))|\\b(?:find|track|trek to|reach|follow|look for|search for)\\b[^.!?]{0,30}\\b(?:ourselves|myself|on (?:our|my) own|by (?:ourselves|myself)|alone)\\b`,
);
/** Great apes, tracked in forest only with a park's rangers and trackers (UWA, RDB and ICCN rules). */
const APES = /\b(?:gorillas?|gorilles?|gorilas?|berggorillas?|chimps?|chimpanzees?|chimpanzes?|chimpances?|schimpansen|scimpanze|apes?|primates?)\b/;
/** The escort turned down while the turning down is itself refused: "we'd never go without a ranger", "the rangers will lead us". */
const ESCORT_KEPT =
  /\b(?:never|not|wouldn'?t|won'?t|don'?t want to|do not want to|can'?t|cannot)\b[^.!?]{0,20}\b(?:without|alone|on our own|by ourselves)\b|\b(?:the |park |uwa |official )?(?:rangers?|trackers?) (?:will|are|lead|leads|take|takes|go|come)\b|\b(?:is|are|do|does|can) (?:it|we|you|one)\b[^.!?]{0,20}\b(?:allowed|permitted|possible|legal)\b|\b(?:private|personal|own) guide\b/;
/** A paddled boat: canoe, kayak, dugout; a motor "boat" on its own is a cruise with its skipper. */
const PADDLE_CRAFT =
  /\b(?:canoe\w*|kayak\w*|mokoros?|mekoro|dugouts?|paddl\w*|kanu\w*|canoa\w*|pirogue\w*|piragua\w*|paddelboot\w*)\b/;
/** Paddling with nobody qualified along: the escort turned down, or the paddling done on their own. */
const PADDLE_ALONE = new RegExp(
  `${REFUSES_ESCORT.source}|\\b(?:paddl\\w*|canoe\\w*|kayak\\w*|row\\w*)\\b[^.!?]{0,40}\\b(?:ourselves|myself|on (?:our|my) own|by (?:ourselves|myself))\\b|\\b(?:rent|hire|rented|hired)\\b[^.!?]{0,15}\\b(?:canoes?|kayaks?)\\b[^.!?]{0,60}\\b(?:ourselves|on (?:our|my) own)\\b`,
);
/** Water holding hippos, crocodiles or elephants crossing. */
const GAME_WATER = new RegExp(
  `${ANIMAL.source}|\\b(?:crocs?|crocodiles?|krokodile?|cocodrilos?|zambezi|sambesi|zambeze|chobe|okavango|delta|luangwa|rufiji|lower zambezi|mana pools|river|lagoon|fluss|rivi[e]re|rio)\\b`,
);

interface UnsafeClass {
  all: readonly RegExp[];
  none?: readonly RegExp[];
}

const CLASSES: readonly UnsafeClass[] = [
  // Camping or sleeping out among big game with no guide or ranger.
  // The normaliser turns "zelten", "acampar" into a bare "camping": with no guide in the wild that is enough.
  { all: [new RegExp(`${SLEEP_OUT.source}|\\bcamping\\b`), UNGUIDED, WILD_PLACE], none: [GUIDED] },
  { all: [SLEEP_OUT, WILD_PLACE, ANIMAL], none: [GUIDED] },
  // Camping where no camp is allowed: without the permit, or wild inside a park (parks allow it only at their camps or on guided trails).
  { all: [CAMP_NO_PERMIT], none: [ASKS_RULE] },
  { all: [WILD_CAMP_IN_PARK], none: [GUIDED] },
  // Walking unguided beyond a camp's fence or out at dusk among big game: only armed guides walk there, by day.
  { all: [ON_FOOT_ALONE, BEYOND_FENCE], none: [GUIDED, GUIDED_WALK] },
  { all: [ON_FOOT_ALONE, DUSK, new RegExp(`${ANIMAL.source}|${PARK.source}|\\bbush\\b`)], none: [GUIDED, GUIDED_WALK] },
  // Private vehicles in a park after dark (most East African parks forbid it).
  { all: [SELF_DRIVE, NIGHT, PARK], none: [GUIDED] },
  { all: [SELF_DRIVE, NIGHT, ANIMAL], none: [GUIDED] },
  // "a night drive alone", "a night drive in our rental": the noun names the time, the rest who drives.
  { all: [/\bnight[- ](?:self[- ]?)?driv(?:e|es|ing)\b/, new RegExp(`${UNGUIDED.source}|${SELF_DRIVE.source}`)], none: [GUIDED, /\bby day\b/] },
  // Leaving the roads in a park in their own vehicle or unguided: off-road driving is for a
  // conservancy's guides only ("off-road game drives" in a private reserve stay a trip).
  { all: [/\b(?:off[- ]?road\w*|hors[- ]piste|abseits der (?:wege|strassen|pisten)|fuera de (?:la )?(?:pista|carretera)s?)\b/, PARK, new RegExp(`${UNGUIDED.source}|${SELF_DRIVE.source}`)], none: [GUIDED] },
  // A drone flown at animals (harassing wildlife; drones need permits and are banned in most parks).
  { all: [DRONE, HARASS, ANY_ANIMAL] },
  // Moving animals on purpose, whatever the means ("so they run", "make them scatter").
  { all: [/\b(?:make|get|so) (?:them|it|they|the \w+) (?:to )?(?:run|running|scatter|stampede|flee|bolt)\b/, ANY_ANIMAL], none: [WATCHING] },
  { all: [DRONE, /\b(?:over|above|at|toward|towards|sur|dessus|uber|sobre|encima)\b/, ANY_ANIMAL, /\b(?:run|move|scatter|stampede|courir|fuir|laufen|rennen|correr|huir)\b/] },
  // "chase the lions" names its object after the verb; "cheetahs chasing gazelles" is what the animals do.
  // German puts the verb last ("wir wollen die Zebras hetzen"), so there the traveler must be the subject.
  { all: [new RegExp(`${CHASE.source}[^.!?]{0,30}(?:${ANY_ANIMAL.source})`)], none: [MIGRATION, new RegExp(`(?:${ANY_ANIMAL.source})\\s+(?:\\w+\\s+)?${CHASE.source}`)] },
  { all: [new RegExp(`${ANIMAL.source}[^.!?]{0,40}\\b(?:hetzen|hinterherjagen|jagen)\\b`), /\b(?:we|wir|ich|i)\b/], none: [WATCHING, MIGRATION] },
  { all: [FEED_ASKED, ANIMAL], none: [WATCHING] },
  // Leaving the vehicle near animals or for a selfie (scope-frames.ts says "bajarnos del coche", "uit de auto stappen" this way).
  { all: [/\bget out of the (?:car|vehicle|jeep|truck)\b/, new RegExp(`${ANIMAL.source}|\\b(?:selfie|closer|near|close)\\b`)] },
  // A child passed off as older, or slipped past an age check: permits' minimum ages protect children and apes.
  { all: [AGE_LIE] },
  { all: [AGE_CHECK, DODGE] },
  { all: [NO_CHECK, AGE_CHECKED] },
  // A child slipped onto a trek or walk: "sneak my 12 yo onto a gorilla trek".
  { all: [/\b(?:sneak|sneaking|smuggle|slip)\b[^.!?]{0,25}\b(?:onto|into|past|through)\b/, AGE_CHECKED] },
  // Getting in among big game where rangers keep people out: "into the rhino enclosure at night without rangers".
  { all: [/\b(?:get|go|sneak|climb|break|walk)\s+(?:in)?to\b|\benter\b/, /\b(?:enclosures?|bomas?|pens?|sanctuary|sanctuaries|fenced (?:area|section))\b/, ANY_ANIMAL, new RegExp(`${UNGUIDED.source}|${NIGHT.source}`)], none: [GUIDED] },
  // Tracking great apes with the rangers and trackers turned down: every gorilla and chimp trek is led by them by law,
  // for the apes' safety (disease, habituation) and the visitors' (a silverback's charge, forest elephants).
  { all: [APES, REFUSES_ESCORT], none: [GUIDED, ESCORT_KEPT] },
  // Paddling among hippos, crocodiles or elephants with no guide: hippos overturn canoes; only guided canoe trips go out.
  { all: [PADDLE_CRAFT, PADDLE_ALONE, GAME_WATER], none: [GUIDED, ESCORT_KEPT] },
];

/** A pregnancy in the party ("7 months pregnant", "expecting a baby in May", "my wife is due in April"). */
const PREGNANT =
  /\b(?:pregnan(?:t|cy)|expecting (?:a baby|our baby|twins|our (?:first|second|third)(?: (?:baby|child|kid|little one)\b|(?=\s*(?:[.,!?;)]|$))))|(?:\d{1,2}|five|six|seven|eight|nine) months along|(?:baby|she) (?:is )?due (?:in|on|at)|(?:my|her|our|the baby'?s|(?:wife|partner|daughter)'?s) due date\b(?![^.!?]{0,30}\b(?:payments?|permits?|deposits?|invoices?|balance|booking|fees?)\b))/;
// A pregnancy needs its subject: "the due date for the final payment", "expecting our first safari to be amazing" are not one.
/**
 * An activity a late pregnancy rules out: a trek to apes (hours of steep, muddy climbing at 2,000–3,000 m,
 * far from obstetric care), a walk or climb among big game, paddling a dugout. Travel-health guidance
 * (CDC Yellow Book, "Pregnant travelers") advises against strenuous exertion at altitude and remote
 * places without obstetric care; planning such a trek is not advice the agent gives.
 */
const STRENUOUS =
  /\b(?:gorillas?|chimps?|chimpanzees?|primates?|trek\w*|hik(?:e|es|ing)|walking safaris?|bush walks?|on foot|climb\w*|kilimanjaro|summit|canoe\w*|mokoro|kayak\w*|rafting|bungee|horse ?back|horse riding)\b/;
/** The activity ruled out or left to others: "no trekking for her", "she stays at the lodge while we trek". */
const NOT_FOR_HER =
  /\b(?:no|not|won'?t|will not|wouldn'?t|can'?t|cannot|skip\w*|without|instead of|rather than|avoid\w*|sit(?:s|ting)? out|miss(?:es)? (?:the|out))\b[^.!?]{0,25}\b(?:trek\w*|hik\w*|walk\w*|climb\w*|gorillas?|chimps?|canoe\w*)\b|\b(?:stay|stays|staying|wait|waits|waiting|rest|rests|resting|relax\w*)\b[^.!?]{0,40}\b(?:lodge|camp|hotel|behind|back)\b/;

/**
 * A pregnancy beside a strenuous trek or walk, anywhere in the message: the plan itself puts the
 * traveler at risk, so it is refused as unsafe rather than booked beside a health pointer.
 */
export function pregnantOnStrenuous(text: string, earlier?: EarlierTrip): boolean {
  if (!PREGNANT.test(text) || NOT_FOR_HER.test(text)) return false;
  // Said after the trek was planned ("gorillas in March" … "my wife will be 7 months pregnant by then").
  return STRENUOUS.test(text) || (earlier?.priorities ?? []).some((p) => p === 'gorillas' || p === 'walking') || (earlier?.activities ?? []).length > 0;
}

/** What the conversation already asked for: a pregnancy said later weighs on it. */
export interface EarlierTrip {
  priorities?: readonly string[];
  activities?: readonly string[];
}

/** Whether one sentence of the message asks for an activity in a context that endangers people or wildlife. */
export function unsafeInContext(text: string, earlier?: EarlierTrip): boolean {
  if (pregnantOnStrenuous(text, earlier)) return true;
  // The escort turned down in a later message, the apes or the canoe named earlier ("we don't want a ranger though").
  const apesEarlier = (earlier?.priorities ?? []).some((p) => p === 'gorillas' || p === 'chimpanzees' || p === 'primates');
  const canoeEarlier = (earlier?.activities ?? []).includes('canoeing');
  // Or in another sentence of this message ("Gorilla trekking in June. We'd rather skip the trackers.").
  if (
    (apesEarlier || canoeEarlier || APES.test(text) || (PADDLE_CRAFT.test(text) && GAME_WATER.test(text))) &&
    text.split(/[.!?;]+/).some((s) => REFUSES_ESCORT.test(s) && !GUIDED.test(s) && !ESCORT_KEPT.test(s))
  )
    return true;
  return text
    .split(/[.!?;]+/)
    .some((sentence) => CLASSES.some((c) => c.all.every((re) => re.test(sentence)) && !(c.none ?? []).some((re) => re.test(sentence))));
}
