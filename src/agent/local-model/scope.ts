import type { Extraction, MessageKind, OutOfScopeTopic } from '../extraction-schema';
import { mentionedActivities, NO_AGE_FIGURE } from './activities';
import { CHILD_NAMED } from './child-words';
import { normalize } from './normalize';
import { scopeFrames } from './scope-frames';
import { ANIMAL, type EarlierTrip, NOT_NEGATED, unsafeInContext } from './unsafe-contexts';

/**
 * How a message should be treated: a trip message, a bare greeting, or one the agent
 * must refuse or guard against. The order matters: an injection is flagged even when it
 * also carries trip details (those are still extracted), then abuse, then requests that
 * would harm wildlife or break park rules, then topics the agent never answers.
 */
export interface Scope {
  message_kind: MessageKind;
  out_of_scope_topic?: OutOfScopeTopic;
}

const INJECTION = [
  /\b(?:ignore|disregard|forget|override|bypass|skip)\s+(?:all\s+|any\s+|the\s+|your\s+|my\s+|every\s+)*(?:previous|prior|above|earlier|preceding|system|original|initial|existing)?\s*(?:instructions?|prompts?|rules?|guidelines?|directions?|constraints?|programming|guardrails?|policies|polic(?:y)?)\b/,
  /\b(?:ignore|disregard|forget)\s+(?:all\s+|everything\s+|anything\s+)?(?:above|before this|said before|you (?:were|have been) told|that came before)\b|\byou are now\b|\byou'?re now (?:a|an|in|called|named|[a-z]*(?:bot|gpt|ai)|dan)\b|\bfrom now on,? you (?:are|will|must)\b|\bnew instructions?\s*:|\bsystem\s*(?:prompt)?\s*:|\[\s*system\s*\]|<\|?\s*(?:system|im_start)|\bdeveloper mode\b|\bjailbreak\b|\bdo anything now\b|\bdan mode\b/,
  /\b(?:print|reveal|show|repeat|output|display|tell me|give me|leak|dump|share|what(?:'s| is| are))\s+(?:me\s+)?(?:your|the)\s+(?:(?:full|entire|exact|hidden|secret|original|initial|internal)\s+)*(?:system\s+)?(?:prompt|instructions|rules|configuration|guidelines)\b/,
  /\b(?:act as|pretend (?:to be|you are|you're)|roleplay as|role-play as|simulate being|behave as)\b/,
  /\b(?:set|force|make|change|output|return|give|respond with|reply with|say|declare|mark)\s+(?:the\s+|your\s+|a\s+)?(?:verdict|decision|outcome|answer|result)\s+(?:to\s+|as\s+|=\s*|:\s*|is\s+|be\s+)?["']?(?:book|wait|switch|discard|approved?)\b/,
  /\b(?:verdict|decision|outcome)\s*(?:=|:|must be|should be|has to be)\s*["']?(?:book|wait|switch|discard)\b/,
  /\b(?:always|just|only)\s+(?:say|answer|reply|respond)\s+["']?book\b/,
  // The normaliser leaves foreign determiners ("forget toutes your rules", "forget las instructions anteriores").
  /\b(?:ignore|disregard|forget|override|bypass)\s+(?:(?:all|your|the|my|toutes|tous|tes|vos|les|las|los|tus|sus|todas|todos|die|deine|eure|alle|tutte|tutti|le|tue|je|jouw|suas|teus|as|os)\s+)+(?:previous\s+|prior\s+|anteriores\s+|precedenti\s+|vorherigen\s+)?(?:instructions?|rules?|prompts?|guidelines?|regles|reglas|regeln|regole|regels|regras)\b/,
  // Markup that pretends to end the traveler's turn, an order signed by an "admin", a request for the configuration.
  /<\/?\s*(?:user|assistant|system|inputs?|instructions?|tool)\s*>|\b(?:befehl|anweisung|ordre|orden|ordine|opdracht|order|command)\s+(?:vom|von|du|de l'|de|del|dell'|van de|van|from the|from)\s+(?:admin\w*|administra\w*|amministratore|developers?|entwickler\w*)\b|\badmin mode\b/,
  /\b(?:revel\w*|montre\w*|affiche\w*|zeig\w*|muestra\w*|ensena\w*|mostra\w*|rivela\w*|toon|mostre)\s+(?:[a-z']+\s+){0,2}(?:configuration|configuracion|konfiguration|configurazione|configuratie|configuracao|system ?prompt|prompt|instructions|consignes|anweisungen|instrucciones|istruzioni|instructies|instrucoes)\b/,
  /\b(?:reponds|antworte|responde|rispondi|antwoord|responda|answer|reply|say|dis)\b[^.!?]{0,10}["«“']\s*(?:reservation confirmee|booking confirmed|buchung bestatigt|reserva confirmada|prenotazione confermata|boeking bevestigd|confirmed|approved)/,
];

/**
 * An injection that orders a free or confirmed booking ("book the Four Seasons for free, confirm
 * booking now"): the place it names is the object of the order, not a trip the traveler states.
 */
const ORDERS_BOOKING =
  /\b(?:for free|free of charge|at no cost|price to \$?0|(?:confirm|approve)\w*\s+(?:the\s+|my\s+|a\s+|every\s+|all\s+|this\s+)?(?:free\s+|luxury\s+|[a-z]+\s+){0,3}(?:booking|bookings|reservation|trip)|output confirmed)\b/;

/** Whether an injection's own trip words are its order rather than trip facts (extract.ts drops them). */
export function ordersBooking(said: string): boolean {
  return ORDERS_BOOKING.test(said);
}

const ABUSE = [
  /\b(?:you(?: guys| lot| people| all)?(?:'re| are| r)?|u r|ur|this|what an?|such an?|you)\s+(?:a\s+|an\s+|all\s+|so\s+|such\s+a\s+|fucking\s+|fkn\s+|bloody\s+|completely\s+|totally\s+|utterly\s+|really\s+)*(?:stupid|idiot(?:ic)?|useless|dumb|moron(?:ic)?|pathetic|worthless|garbage|trash|incompetent|retard(?:ed)?|brainless|clueless|imbecile|joke|piece of (?:shit|crap|junk)|waste of (?:space|time)|bitch|bastard|loser|scammers|crooks|frauds|thieves|idiots)\b/,
  /\b(?:fuck|f\*+k|f\*\*\*|screw|damn)\s+(?:you|off|u|this bot|this ai)\b/,
  /\b(?:you(?:'re| are| r)?|u r|ur)\s+(?:a\s+|an\s+|so\s+|such\s+an?\s+|the\s+|really\s+|just\s+)*(?:terrible|horrible|awful|rubbish|crap|shit|hopeless|worst)\b|\b(?:worst|terrible|horrible|awful|rubbish|crap|shit|dumbest|stupidest) (?:bot|ai|assistant|chatbot|robot|agent) (?:ever|i'?ve)\b/,
  /\bshut (?:the fuck |tf )?up\b|\bstfu\b|\bgo to hell\b|\bkill yourself\b|\bkys\b|\bstupid (?:bot|ai|machine|robot|chatbot|assistant)\b|\bdumb (?:bot|ai|machine|robot|chatbot|assistant)\b|\buseless (?:bot|ai|machine|robot|chatbot|assistant|piece)\b|\bidiot\b|\bmoron\b|\bfuck(?:ing)? (?:idiot|moron|useless)/,
];

const UNSAFE = [
  /\b(?:buy|sell|smuggle|own|adopt|take home|bring home|keep)\s+(?:a\s+|an\s+|some\s+|the\s+)?(?:baby\s+|young\s+|pet\s+|wild\s+)?(?:(?:lion|cheetah|leopard|tiger)\s+cubs?|cubs|chimps?|chimpanzees?|monkeys?|baby (?:animals?|elephants?|lions?|cheetahs?)|wild animals?)\b|\b(?:take|bring|fly|carry)\s+(?:a|an|the|some)\s+(?:baby|young|pet|wild)\s+(?:monkeys?|chimps?|chimpanzees?|cubs?|lions?|cheetahs?|leopards?|elephants?|animals?)\b[^.!?]{0,20}\bhome\b/,
  /\b(?:poach(?:ing|er|ers)?|ivory|rhino horns?|pangolin scales|bush ?meat|(?:buy|sell|smuggle|take home|bring home)\s+(?:some\s+)?(?:ivory|horns?|tusks?|skins?|pelts?|trophies|a baby (?:animal|monkey|cheetah|lion)))\b/,
  /\b(?:shoot|kill|hunt|harm|hurt|poison|trap|snare|capture)\s+(?:a\s+|an\s+|the\s+|some\s+)?(?:lions?|elephants?|rhinos?|leopards?|gorillas?|cheetahs?|giraffes?|animals?|wildlife|hippos?|buffalo(?:es)?|zebras?|baby)\b/,
  /\b(?:take|cut|saw|remove|get|steal|grab|collect)\s+(?:off\s+)?(?:its|their|his|her|a|an|the|some)\s+(?:horns?|tusks?|ivory|skins?|pelts?|scales|teeth|claws|eggs)\b/,
  // "we don't want to feed the animals" is not a request to.
  new RegExp(`\\b(?:touch|pet|${NOT_NEGATED}feed|chase|ride|hug|cuddle|grab|poke)\\s+(?:a\\s+|an\\s+|the\\s+|some\\s+|their\\s+|its\\s+)?(?:(?:wild|baby|young|little|infant)\\s+)?(?:lions?|elephants?|rhinos?|leopards?|gorillas?|chimps?|chimpanzees?|apes?|cheetahs?|animals?|wildlife|hippos?|monkeys?|baboons?|cubs?)\\b`),
  /\b(?:get|step|climb|walk)\s+out\s+of\s+the\s+(?:car|vehicle|jeep|truck)\b[^.!?]{0,40}\b(?:lions?|leopards?|elephants?|animals?|cats?|near|close|closer)\b/,
  // Trekking to gorillas while ill and hiding it: people pass respiratory disease to great apes.
  // The illness and the hiding may sit in two sentences ("I've got a cold. How do I hide it from the rangers?").
  /\b(?:hide|hiding|conceal|concealing|lie about|lying about|not tell(?:ing)?|won'?t tell|don'?t tell)\b[^.!?]{0,40}\b(?:cough|cold|flu|fever|sick|ill|illness|symptoms?|covid|sniffles)\b|\b(?:cough|cold|flu|fever|sick|ill|symptoms?|covid)\b[\s\S]{0,120}\b(?:hide it|hide that|hide this|hide my|conceal it|won'?t tell|not tell|no one will know|nobody will know|keep it quiet|keep it (?:from|secret))\b/,
  // Walking among big game without an armed guide.
  /\b(?:self-guided|unguided|without (?:a |any )?(?:guide|ranger)s?|no (?:guide|ranger)s?|on our own|by ourselves)\b[^.!?]{0,80}\b(?:walk|walking|on foot|hike|hiking)\b|\b(?:walk|walking|on foot|hike|hiking)\b[^.!?]{0,80}\b(?:self-guided|unguided|without (?:a |any )?(?:guide|ranger)s?|no (?:guide|ranger)s?)\b/,
  // Riding outside the vehicle, leaving it near big game, a selfie touching one.
  /\b(?:sit|sitting|ride|riding|stand|standing|climb|climbing)\s+(?:up\s+)?on\s+(?:the\s+)?roof\b|\b(?:leave|leaving|exit|exiting)\s+the\s+(?:car|vehicle|jeep|truck)\b[^.!?]{0,60}\b(?:lions?|leopards?|elephants?|animals?|cats?|selfie|closer|close)\b|\b(?:lions?|leopards?|elephants?|cats?)\b[^.!?]{0,40}\b(?:leave|leaving|exit|exiting|get out of)\s+the\s+(?:car|vehicle|jeep|truck)\b|\bselfie\b[^.!?]{0,30}\b(?:touching|petting|hugging|with a (?:wild )?(?:lion|cheetah|leopard|elephant))\b/,
  // A false age on a permit, to get a child past a minimum age.
  /\b(?:put|write|say|list|claim|tell them|register)\b[^.!?]{0,25}\b(?:\d{1,2}|older|an adult)\b[^.!?]{0,25}\b(?:on|for) (?:the |her |his |their |our |my )?(?:[\w'-]+ ){0,2}permits?\b|\b(?:lie|lying|fib|fibbing|fudge|fake|faking)\b[^.!?]{0,15}\b(?:about )?(?:her|his|their|the|our (?:son|daughter|kid)'?s?) ages?\b/,
  // A child passed off as older than they are, wherever a minimum age is checked ("if we say he's 15…", "tell the rangers they're 16").
  /^(?=[\s\S]*\b(?:permits?|permis|permisos?|permess[oi]|permissao|vergunning|genehmigung|trek\w*|gorill\w*|chimps?|walk\w*|canoe\w*|minimum|age limit|rangers?|checks?|look older|tall)\b)[\s\S]*\b(?:say(?:ing)?|claim(?:ing)?|pretend(?:ing)?|tell(?:ing)? (?:them|the (?:rangers?|guides?|staff|office))|put(?:ting)? (?:down )?|writ(?:e|ing) (?:down )?|register(?:ing)? (?:him|her|them) as)\b[^.!?]{0,20}\b(?:(?:he|she|they|him|her|them)(?:'s|'re|\s+is|\s+are|\s+was)?|(?:our|my|the) (?:son|daughter|kids?|boy|girl|child|children)(?:'s|\s+is|\s+are)?)\s+(?:(?:already|just|over|at least)\s+)?(?:1[5-9]|older|an adult|adults|of age)\b/,
  // Swimming in rivers and lagoons where hippos and crocodiles live (a guided pool at the falls is not this).
  /^(?![\s\S]*\b(?:devil|angel)'?s pool)[\s\S]*(?<!\b(?:hippos?|crocodiles?|crocs?|elephants?|animals?|they|herds?|wildebeest|zebras?)\s)\b(?:swim|swimming|a dip|wade|wading|bathe|bathing)\b(?![^.!?]{0,25}\bpools?\b)[^.!?]{0,60}\b(?:hippos?|crocodiles?|crocs?|rivers?|lagoons?|waterholes?|channels?|chobe|zambezi|okavango|luangwa|grumeti)\b/,
  // Swimming at the lip of the falls while the traveler says it is in flood: asked despite the hazard named.
  // (Devil's Pool in a high-water month without that is a closed activity: the rules discard it, as the README says.)
  /^(?=[\s\S]*\b(?:full flood|in flood|high water|peak (?:flow|flood)|flooding|en crue|hochwasser|crecida|in piena|hoogwater|cheia)\b)[\s\S]*\b(?:swim\w*|a dip|jump\w*|sit\w*|bath\w*|nager|baigner|schwimmen|baden|nadar|banarse|nuotare|tuffar\w*|zwemmen)\b[^.!?]{0,60}\b(?:(?:devil|angel)'?s pool|edge of (?:the )?(?:vic(?:toria)? )?falls|lip of (?:the )?(?:vic(?:toria)? )?falls|piscine du diable|teufelspool)/,
  // Walking with or petting captive lions and cheetahs ("lion walks", "cub petting"): predators kept for it have mauled visitors, children among them.
  /\b(?:walk(?:ing|s)?|stroll(?:ing)?)\s+with\s+(?:the\s+|some\s+|tame\s+|captive\s+)?(?:lions?|lion cubs?|cheetahs?|cubs)\b|\b(?:lion|cheetah) (?:walks?|encounters?)\b|\b(?:cub|lion) petting\b/,
  // Paying a ranger or guide to break the rules.
  // "pay the ranger to let me get closer than the rules": money for a rule broken, whatever the verb of paying.
  /\b(?:pay(?:ing)?|bribe|bribing|offer(?:ing)?)\s+(?:the\s+|our\s+|a\s+|some\s+)?(?:rangers?|guides?|trackers?|wardens?|drivers?|guards?)\b[^.!?]{0,60}\b(?:closer than|(?:break|bend|ignore|skip) (?:the |park |their )?(?:rules|regulations|limits?)|off[ -]road|look the other way|than (?:the )?(?:rules|allowed|permitted))\b/,
  /\b(?:slip|tip|pay off|bung)\s+(?:the\s+|our\s+|a\s+)?(?:ranger|guide|driver|warden)s?\b[^.!?]{0,60}\b(?:off[ -]road|closer|right up|break|ignore|let us)\b|\boff[ -]road\b[^.!?]{0,40}\b(?:right up to|up close|kill)\b/,
  // Getting into a park or to the animals a permit is sold for while going without one ("see the gorillas without buying a permit",
  // "into Bwindi with no permit"), or paying the gate's guards or rangers instead ("the guards can be paid, right?"). Asking whether
  // a permit is needed at all ("do we need a permit?") is not this, nor asking what else needs none once permits sell out.
  /^(?![\s\S]*\b(?:what else|what other|anything else|something else|other (?:things|activities|places|parks|animals)|alternatives?|instead|just for|only for|forest walks?|nature walks?|bird(?:ing|watching)|transit(?:ing)?|passing through)\b)[\s\S]*\b(?:get(?:ting)?|go(?:ing)?|enter(?:ing)?|see(?:ing)?|track(?:ing)?|trek(?:king)?|visit(?:ing)?|walk(?:ing)?|drive|driving)\b[^.!?]{0,50}\b(?:without (?:buying |paying for |getting |having |purchasing )?(?:a |any |the |our )?(?:gorilla |chimp |trekking |park )?(?:permits?|tickets?)|without paying (?:the |any |for (?:the |a )?)?(?:park |entry |gate |conservation )?(?:fees?|permits?|tickets?)|with no (?:gorilla |trekking |park )?permits?)\b/,
  /\b(?:guards?|rangers?|wardens?|gate ?keepers?|officials?|park staff)\b[^.!?]{0,20}\b(?:can|could|will|would|might)\s+(?:be|get)\s+(?:paid(?! (?:a |some |their )?tips?\b| in\b| by card\b)(?: off)?|bought|bribed|persuaded with (?:cash|money))\b|\b(?:pay(?:ing)?(?: off)?|paid off)\s+(?:the\s+)?(?:guards?|rangers?|wardens?|gate ?keepers?)\s+(?:at the gate\s+)?(?:to let|instead|so (?:we|they)|rather than)\b/,
  /\b(?:sneak|sneaking)\s+(?:in|into)\b|\b(?:avoid|dodge|skip|evade|not pay|without paying|get around)\s+(?:the\s+)?(?:park|conservation|entry|gate)\s+fees?\b|\bbribe\b|\b(?:off[ -]road(?:ing)?|drive off[ -]road)\b[^.!?]{0,40}\b(?:where|even though|illegal|not allowed|banned|forbidden|get closer)\b|\b(?:fly|flying|use|launch)\s+(?:a\s+|my\s+|our\s+)?drones?\b[^.!?]{0,40}\b(?:without|no)\s+(?:a\s+)?(?:permit|permission)\b|\b(?:break|ignore|evade|get around)\s+(?:the\s+)?park (?:rules|regulations)\b|\b(?:trophy hunt(?:ing)?|canned (?:lion )?hunt(?:ing)?)\b/,
];

/** What a traveler may want guaranteed: a sighting, the weather, their safety (animals in any of the languages). */
const GUARANTEE_SUBJECT = `\\b(?:see|seeing|sightings?|spot|spotting|crossings?|migration|big (?:5|five)|rain|rains|raining|weather|sunshine|sunny|safe|safety)\\b|${ANIMAL.source}`;
/** Asking for a promise or a guarantee, in English or with a foreign promise verb ("¿me lo prometes?", "versprechen Sie mir"). */
const PROMISE_ASKED =
  "\\b(?:promise (?:me|us)|(?:i|we) (?:really )?(?:need|want) (?:a |your |some )?(?:promise|guarantee)s?|give (?:me|us) (?:a |your )?(?:promise|guarantee)|(?:can|could|will|would) you (?:\\w+ )?(?:promise|guarantee)|(?:is|are) (?:it|that|they|this|those) guaranteed|promise[- ](?:moi|nous|mir|uns|nos|mi|ci|ons)|(?:me|mi|mir|uns|nos|ci|nous|ons|moi)(?: \\w+){0,2} promise)\\b";

/**
 * Asking to be assured of safety in other words than "guarantee": having it confirmed or ensured ("please confirm
 * Kenya is safe", "can you make sure nothing happens to us", "we need your word"), asking for no risk at all ("zero
 * risk", "risk-free", "totally safe?"), or someone to answer for it ("will you take responsibility if anything happens").
 * Any verdict given beside it would read as that assurance, so the message is refused like a guarantee (issue 14 item 5).
 */
// "safe" as the adjective, not the strongbox ("a safe for our cameras", "an in-room safe"), unless a thing said safe follows
// ("a safe trip"); "secure" as the adjective, not the verb that books ("secure a good camp", "secure our permits").
const SAFE_ADJ = "(?:(?<!\\b(?:a|the|in-room|room|electronic|digital|lockable)\\s)safe|\\b(?:a|the) safe(?=\\s+(?:place|trip|journey|area|country|destination|park|camp|lodge|time|holiday|route|option|choice|spot|environment|experience|stay|visit|drive|game drive)\\b))";
const SECURE_ADJ = "secure(?!\\s+(?:a|an|the|our|my|your|some|us|me|them|it|this|that|these|those|two|three|\\d+|rooms?|bookings?|places?|spots?|seats?|permits?|dates?|tickets?|reservations?|accommodation|lodging)\\b)";
const SAFETY_WORD = '(?:' + SAFE_ADJ + '|safety|' + SECURE_ADJ + '|nothing (?:bad |will |could |can )*(?:happens?|go(?:es)? wrong)|no(?:thing)? (?:danger|harm|risk)|(?:won\'?t|will not) (?:get )?(?:hurt|harmed|attacked|robbed))';
const SAFETY_ASSURANCE = new RegExp(
  `\\b(?:confirm\\w*|ensure|make (?:very )?sure|be (?:completely |totally |absolutely |100% )?sure|(?:need|want) to (?:be |feel )?(?:sure|certain|reassured)|reassure\\w*|your word|vouch)\\b[^.!?]{0,50}\\b${SAFETY_WORD}\\b` +
    `|\\b(?:zero|0|no|without any) risks?\\b(?!\\s+(?:of|from|with)\\b|[- ]?(?:takers?|taking|averse|appetite|lovers?|seekers?)\\b)|\\b(?:is it|be|it'?s|is|are)\\s+risk[- ]free\\b|\\brisk[- ]free\\b(?=[^.!]*\\?)` +
    `|\\b(?:be|is|it'?s|are|feel)\\s+(?:totally|completely|perfectly|absolutely|entirely|fully|100 ?%)\\s+(?:safe|secure)\\b[^.!]*\\?` +
    `|\\b(?:will|would|can|could|do|does) (?:you|your company|the company|they)\\s+(?:take|accept|bear)\\s+(?:full\\s+)?responsibility\\b|\\b(?:you|you'?re|you are|the company is)\\s+(?:be\\s+)?(?:held\\s+)?responsible if\\b`,
);

const TOPICS: ReadonlyArray<readonly [OutOfScopeTopic, RegExp]> = [
  ['visa', /\b(?:visas?|visum(?:s|aanvraag|aanvragen|antrag|antrage)?|visados?|e-?visa|evisas?|eta\b|electronic travel authori[sz]ation|entry requirements?|passport (?:requirements?|validity|rules)|passport\b[^.!?]{0,30}\bvalid(?:ity)?|(?:need|require) a passport|immigration|border requirements?)\b/],
  ['health', /\b(?<!car |motion |travel )(?:vaccin\w*|antipaludiques?|paludisme|paludismo|malariaprophylaxe|malariatabletten|malariamittel|antimalarici|jabs?|shots? (?:for|do we need|needed)|yellow fever|malaria|anti-?malarials?|prophylaxis|malarone|doxycycline|pregnan\w*|medic(?:ation|ine|al)s?|doctor|prescription|covid|insulin|diabetes|allerg(?:y|ies|ic)|health (?:risks?|requirements?|advice)|diseases?|sick|altitude sickness|unwell|feeling ill|(?:i'?m|i am|we'?re|we are|he'?s|she'?s|is|are) (?:still |a bit |quite |very )?ill|(?:a |bad |nasty |dry |persistent )?cough(?:ing)?|fever(?! trees?)|flu|(?:have|has|got|caught) a (?:bad |heavy )?cold|diarrh(?:o)?ea|vomiting|asthma|immuni[sz]ations?|epipen|tap water|drinking water|(?:water|food) (?:is |be )?safe to (?:drink|eat)|safe to drink|eau (?:du robinet|potable)|leitungswasser|trinkwasser|agua (?:del grifo|potable)|bilharzia)\b/],
  ['safety_guarantee', /\b(?:guarantee|promise|assure|swear|certain|100 percent)\b[^.!?]{0,40}\b(?:safe|safety|secure|nothing (?:bad )?(?:will )?happen|won'?t get (?:hurt|attacked|robbed)|no danger)\b|\b100 ?%(?!\s*(?:of|refund|refundable|deposit|cash|payment|upfront|self))(?:(?!\b(?:about|decided|committed|set on)\b)[^.!?,;]){0,40}\b(?:safe|safety|secure|nothing (?:bad )?(?:will )?happen|won'?t get (?:hurt|attacked|robbed)|no danger)\b|(?:\b(?:guarantee|guaranteed|promise|assure|swear|certainty|100 percent)\b|\b100 ?%)[^.!?]{0,50}\b(?:see|seeing|sightings?|spot|spotting|crossings?|migration|gorillas?|big (?:5|five)|lions?|leopards?|rhinos?|elephants?|cheetahs?|wildebeest|rain|rains|raining|weather|sunshine|sunny|dry)\b|\b(?:sightings?|crossings?)\s+(?:are\s+|is\s+)?guaranteed\b|\b(?:will|would|can|could|are|do|shall)\s+(?:we|i|you|they|the kids)\s+(?:\w+\s+)?(?:definitely|for sure|certainly|surely|100% |be (?:sure|certain|guaranteed) to)\s*(?:\w+\s+)?(?:see|spot|witness|catch)\b[^.!]*\?|\b(?:see|spot|catch)\b[^.!?]{0,50}\bfor (?:sure|certain)\s*\?|\b(?:is it|are we) (?:certain|sure|guaranteed) (?:that )?(?:we'?ll|we will|to) (?:see|spot)\b|\b(?:is|will) (?:it|we|kenya|tanzania|the (?:country|trip|area|park)|[a-z]+) (?:be )?(?:safe|dangerous)\b|\b(?:safe|dangerous) (?:to (?:travel|go|visit)|for tourists|right now|at the moment)\b|\b(?:will|would|can|could|does) it\s+(?:be\s+)?(?:going to\s+)?(?:definitely|certainly|surely|for sure|100 ?%)\s+(?:not\s+(?:rain|be (?:rainy|wet))|stay (?:dry|sunny)|be (?:dry|sunny)(?=\s*\?|\s+(?:every|each|all|the whole|the entire|throughout|during|for the whole)\b))\b[^.!]{0,80}\?|\b(?:terroris[mt]|kidnapp\w*|crime rate|civil unrest|travel (?:warning|advisory))\b/],
  // The subject first, its guarantee after ("are the lions guaranteed?"), or a promise asked for it in the next sentence ("Will it rain in July? I need a promise").
  ['safety_guarantee', new RegExp(`(?:${GUARANTEE_SUBJECT})[^.!?]{0,50}\\bguarantee(?:d)?\\b(?! (?:departures?|dates?|rooms?|availability|booking|seats?))|(?:${GUARANTEE_SUBJECT})[\\s\\S]{0,120}(?:${PROMISE_ASKED})|(?:${PROMISE_ASKED})[\\s\\S]{0,120}(?:${GUARANTEE_SUBJECT})`)],
  ['price_guarantee', new RegExp(`\\b(?:prices?|rates?|quotes?|costs?)\\b(?:[^.!?]{0,30}\\bguaranteed\\b|[\\s\\S]{0,120}(?:${PROMISE_ASKED}))`)],
  ['price_guarantee', /\b(?:guarantee|lock(?: in)?|promise|freeze|fix|hold|honou?r|match)\s+(?:me\s+|us\s+)?(?:the\s+|this\s+|that\s+|a\s+|your\s+|today'?s\s+)?(?:(?:quoted|current|same)\s+)?(?:price|prices|rate|rates|quote|cost|deal)\b|\b(?:guarantee|promise|assure|swear)\b[^.!?]{0,30}\b(?:prices?|rates?|quotes?|costs?)\b[^.!?]{0,20}\b(?:won'?t|will not|don'?t|stay|remain|change|go up|rise)\b|\bprice (?:match|guarantee|lock|freeze)\b|\b(?:will|would|can|could) (?:the |my |our |your |this |that |these |those )?(?:price|prices|rate|rates|quote|cost|costs)\s+(?:be |get |stay |remain )?(?:locked(?: in)?|frozen|fixed|guaranteed|held|honou?red)\b|\b(?:will|would) (?:the )?(?:price|prices|cost|rates?) (?:stay|remain|go up|change|rise|increase)\b|\b(?:price|prices|quote|rate|cost)s?\b[^.!?]{0,30}\b(?:be|stay|remain) (?:the same|unchanged|valid)\b|\bbest price guarantee(?:d)?\b|\bcheapest (?:possible )?price guaranteed\b/],
  ['booking_admin', /\b(?:(?:get|find|book|buy|search|look for)\s+(?:me\s+|us\s+)?(?:a\s+|the\s+|some\s+|our\s+|my\s+)?(?:cheaper\s+|cheap\s+|cheapest\s+|direct\s+|return\s+|better\s+)?(?:flights?|plane tickets?|air ?fares?|air tickets?)|refund(?:s|ed)?|cancel(?:l?ing|l?ed|lation)?\s+(?:my|our|the)\s+(?:booking|reservation|trip|tour)|(?:my|our) (?:booking|reservation|deposit|invoice|receipt|payment|confirmation)\b|change (?:my|our) (?:booking|reservation)|(?:change|cancel|modify|amend|rebook)\s+(?:my|our)\s+(?:[a-z]+\s+){1,2}(?:booking|reservation)s?|(?:can|could|would|will) you\s+(?:please\s+)?(?:change|cancel|modify|amend|rebook)\s+(?:my|our|the)\s+(?:[a-z]+\s+){0,2}(?:flights?|tickets?)|booking (?:reference|number|ref)|reservation number|invoice|receipt|charged twice|change (?:the )?names? on|(?:flight|plane|air) tickets?\b[^.!?]{0,30}\b(?:change|cancel|name|refund)|(?:is|does|will|would|do|can) (?:my |our |the )?(?:travel )?insurance\b|insurance (?:cover|covers|valid|policy|claim)|(?:best|which|what|recommend\w*|good|cheap\w*|need|get|buy|take out)\s+(?:[a-z]+\s+){0,3}insurance(?!\s+(?:ourselves|myself|ourself|separately|on (?:our|my) own))|(?<!\b(?:have|had|got|own|with)\s+(?:[a-z]+\s+){0,2})insurance(?=[^.!?]{0,60}\?)|payment (?:failed|didn'?t go through)|chargeback|credit card (?:was )?charged|deposit back|cancellation (?:policy|fee))\b/],
  ['legal', /\b(?:legal(?:ly)?|illegal|(?<!in[- ])laws?|lawyer|attorney|sue|suing|lawsuit|liabilit(?:y|ies)|contract|court|terms and conditions|(?:is it|is that) (?:allowed|permitted|against the law)|insurance claim|power of attorney|custody|consent letter|parental consent|tax(?:es)? (?:deductible|return))\b/],
  ['non_travel', /\b(?:(?:best|good|nice|cheap|great|decent|recommend(?:ed)?|where (?:to|can i|can we) (?:get|find|eat))\s+(?:a\s+)?(?:pizza|burgers?|sushi|tacos?|kebabs?|nightclubs?|nightlife|pubs?|cocktail bars?)\b|write (?:me )?(?:a |an )?(?:poem|song|story|essay|haiku|limerick|letter|cover letter|code|script|program|function)|poem|haiku|capital (?:city )?of|(?:python|javascript|typescript|java|sql|html|css|c\+\+|rust|regex|react)\b|(?:write|debug|fix) (?:my|this|some|a) (?:code|program|function|script|bug)|recipe|homework|math (?:problem|question)|solve (?:this|for)|what is \d+ ?[+*/x-] ?\d+|\d+ ?[+*/x] ?\d+ ?=|tell me a joke|joke about|recommend (?:me |us )?(?:a |an |some )?(?:good |nice |great )?(?:movie|film)s?\b|\d+(?:\.\d+)?\s*%\s*of\s*\$?\d|weather\b[^.?!]{0,40}\b(?:today|tomorrow|tonight|this weekend|right now|next week|this week)|(?:complaint|cover) letter|lost (?:luggage|baggage|suitcase)|(?:best|which|what|recommend(?: me)?(?: an?)?) (?:[a-z]+ ){0,2}(?:lens|lenses|camera body|binoculars|tripod)\b|stock (?:tips|market|price)|bitcoin|crypto|weather (?:like )?in (?:london|paris|new york|berlin|madrid|rome|amsterdam|tokyo|sydney|toronto|chicago|dubai)|(?:best|good|cheap|which|recommend(?: me)?(?: an?)?) (?:[a-z]+ ){0,2}(?:laptops?|smartphones?|phones?|computers?|tablets?|headphones|earbuds|televisions?|tvs?|mattress(?:es)?|monitors?)\b|who won|football|world cup|election|president of|meaning of life|translate (?:this|into)|horoscope|dating advice|relationship advice|write my|cv\b|resume\b|chess|how much (?:should |do |would |to )?(?:we |i |you |one )?tip\b|tip(?:ping)? (?:the |our )?(?:guides?|drivers?|rangers?|staff|porters?|trackers?)\b|tipping\b|trinkgeld|pourboires?\b|propinas?\b|(?:plug|power|travel) (?:adapters?|sockets?|plugs?)\b|sim cards?\b|currency exchange|exchange (?:money|currency)|(?:what|which) currenc(?:y|ies)|currenc(?:y|ies) (?:is |are )?(?:used|accepted)|local currency|(?:pay|paying) (?:with|in|by) (?:us )?(?:dollars|euros|pounds|usd|cash|cards?|credit cards?)|(?:use|accept\w*) (?:my |our |a )?(?:credit |debit )?cards?\b|credit cards? (?:accepted|at|in)\b|time (?:difference|zone)|what languages?\b|languages? (?:are |is )?spoken|(?:what|how) (?:should |do |to )?(?:i |we )?pack\b|packing list|(?:bring|take|travel with|leave)\s+(?:my|our|the)\s+(?:dogs?|cats?|pets?|puppy)\b|(?:dogs?|cats?|pets?) (?:allowed|on (?:a |the )?safari|in (?:the )?(?:parks?|lodges?|camps?)))/],
];

// Requests for writing or code are never trip messages, whatever place they name.
// Up to two words may describe the piece ('a short poem', 'a funny little song').
const CREATIVE = /\b(?:write|compose|make up)\s+(?:me\s+|us\s+)?(?:a |an |some )?(?:[a-z]+ ){0,2}(?:poem|song|story|essay|haiku|limerick|rap|code|script|program)\b|\btell me a joke\b/;

const GREETING = /^(?:(?:hi+|hello+|hey+)[\s,!.]+(?=h))*(?:hi+|hello+|hey+|hiya|howdy|yo|hallo|hola|jambo|habari|bonjour|salut|ciao|buenos dias|buenas(?: tardes| noches)?|guten (?:tag|morgen)|namaste|sawubona|mambo|salaam|shalom|good (?:morning|afternoon|evening|day)|greetings|sup|what'?s up|hey there|hi there|hello there|morning|evening)(?:\s+(?:there|all|team|friend|again|guys|folks|bot|everyone))?(?:[\s,!.]+(?:anyone|anybody|somebody|someone) (?:there|here|around|home)|[\s,!.]+(?:what'?s up|how are you(?: doing)?|how'?s it going)|[\s,!.]+(?:buenas(?: tardes| noches)?|buenos dias|guten (?:tag|morgen|abend)|bonjour|bonsoir|good (?:morning|afternoon|evening)))?(?:[\s!.,:)?\u00bf\u00a1]*(?:how are you(?: doing)?|how'?s it going|hope you'?re well|que tal|como estas|como esta|ca va|comment ca va|comment allez-vous|wie geht'?s|wie geht es (?:dir|ihnen|euch)|come stai|come va|tudo bem|hoe gaat het)?)?[\s!.,:)?\u00bf\u00a1]*$/;
// One or more pleasantries in a row ("ok thanks, that's helpful"), and nothing else.
const PLEASANTRY_ITEM = "(?:thanks?(?: you)?(?: so much| very much| a lot| again)?|thank u|thx|ty|cheers|ok(?:ay)?|cool|great|nice|perfect|awesome|brilliant|lovely|bye|goodbye|see you|later|sounds good|got it|noted|much appreciated|appreciate it|that'?s (?:very |really |super )?(?:helpful|useful|great|perfect|brilliant|lovely|kind))(?: (?:mate|guys|all|team|friend|buddy))?";
const PLEASANTRY = new RegExp(`^${PLEASANTRY_ITEM}(?:[\\s!.,:)]+${PLEASANTRY_ITEM})*[\\s!.,:)]*$`);

// Checking someone is there ("anyone there?", "hello? you there?", "is anybody around?").
const ANYONE_THERE = /^(?:(?:hi+|hello+|hey+|yo|hallo|hola|ciao|bonjour|salut)[\s,!.?]+)*(?:is |are )?(?:anyone|anybody|someone|somebody|you|u) (?:there|here|around|home|awake|online)[\s?!.]*$/;

// A question by its mark or by how it opens ("what's the capital of Botswana lol" has no mark).
const ASKED = /\?|^\s*(?:what|what'?s|who|where|which|how|why|can|could|is|are|do|does|should)\b/;

/** Asking how safe a place or an activity is ("wie sicher", "hoe veilig" read the same after scopeFrames). */
const HOW_SAFE = /\bhow (?:safe|dangerous)\b[^.!?]{0,60}\?/;
/**
 * A budget beside a month, dates or a length: the message states a whole trip, so a "how safe" asked
 * in it is a side question and the trip decision stands (a bare "how safe is Nairobi?" is still refused).
 */
const STATES_TRIP =
  /^(?=[\s\S]*(?:[$€£]\s?\d|\b\d[\d,.]*\s?(?:k\b|usd|eur|euros?|dollars?|pounds?|gbp))|[\s\S]*\b(?:budget|each|per person|pp)\b)(?=[\s\S]*\b(?:\d+\s*(?:days?|nights?|weeks?|dagen|tage|nachte|dias|noches|giorni|notti|jours|nuits)|january|february|march|april|may|june|july|august|september|october|november|december)\b)/;

/**
 * How safe a country or a city is, or any place now: the current security, which only a government's
 * travel advice answers. Said beside a whole trip it is still refused with that pointer, the trip's facts
 * kept ("Serengeti in August … How safe is Tanzania right now?"); a park's camps or drives stay a side question.
 */
const CURRENT_SECURITY =
  /\bhow (?:safe|dangerous) (?:is|are) (?:(?:the )?(?:country|countries|city|cities|capital|town|streets)|tanzania|kenya|uganda|rwanda|botswana|namibia|zambia|zimbabwe|south africa|mozambique|malawi|ethiopia|africa|east africa|nairobi|arusha|dar es salaam|johannesburg|joburg|cape town|kampala|kigali|lusaka|livingstone|harare|windhoek|maun|stone town|entebbe|moshi|mombasa)\b|\bhow (?:safe|dangerous)\b[^.!?]{0,40}\b(?:right now|at the moment|currently|these days|nowadays|at present|at the minute)\b/;

/**
 * Classifies one message (normalised text); `hasTripContent` is whether anything was extracted,
 * `earlier` what the conversation asked for before (a pregnancy said after a trek weighs on it).
 */
export function classify(said: string, hasTripContent: boolean, earlier?: EarlierTrip): Scope {
  // Foreign verb frames ("dare da mangiare", «enceinte») read as their English triggers, for the guard alone.
  const text = scopeFrames(said);
  if (INJECTION.some((re) => re.test(text))) return { message_kind: 'injection' };
  if (ABUSE.some((re) => re.test(text))) return { message_kind: 'abuse' };
  if (UNSAFE.some((re) => re.test(text)) || unsafeInContext(text, earlier)) return { message_kind: 'unsafe' };
  for (const [topic, re] of TOPICS) {
    if (!re.test(text) && !(topic === 'non_travel' && CREATIVE.test(text))) continue;
    // A trip message that merely mentions safety or laws in passing stays a trip message;
    // a question about the topic is what the agent refuses.
    if (hasTripContent && (topic === 'legal' || (topic === 'non_travel' && !CREATIVE.test(text))) && !ASKED.test(text)) continue;
    // "a malaria-free safari", «une réserve sans paludisme», „malariafrei bitte": a wish for the place, not a health question.
    if (topic === 'health' && !ASKED.test(text) && !/\?/.test(text) && MALARIA_WISH.test(text) && !re.test(text.replace(MALARIA_WISH_ALL, ' '))) continue;
    return { message_kind: 'out_of_scope', out_of_scope_topic: topic };
  }
  if (SAFETY_ASSURANCE.test(text)) return { message_kind: 'out_of_scope', out_of_scope_topic: 'safety_guarantee' };
  if (asksAboutActivity(text) && CHILD_NAMED.test(text)) return { message_kind: 'out_of_scope', out_of_scope_topic: 'safety_guarantee' };
  if (HOW_SAFE.test(text) && !(hasTripContent && STATES_TRIP.test(text) && !CURRENT_SECURITY.test(text))) return { message_kind: 'out_of_scope', out_of_scope_topic: 'safety_guarantee' };
  if (!hasTripContent && (GREETING.test(text) || PLEASANTRY.test(text) || ANYONE_THERE.test(text))) return { message_kind: 'greeting' };
  return { message_kind: 'trip' };
}

/** Malaria named as what the place should be free of. */
const MALARIA_WISH_SOURCE = String.raw`\b(?:malaria[- ]free|free (?:of|from) malaria|without malaria|no malaria|non-malaria|low[- ]malaria|malaria ?free|malariafrei\w*|ohne malaria|(?:sans|without) (?:le )?palu(?:disme)?|hors zone (?:de )?palu\w*|zones? sans palu\w*)\b`;
const MALARIA_WISH = new RegExp(MALARIA_WISH_SOURCE);
const MALARIA_WISH_ALL = new RegExp(MALARIA_WISH_SOURCE, 'g');

/** Asking for certainty, in any language scopeFrames reads ("guarantee", "promise", "100%", "will we definitely see"). */
const GUARANTEE_ASKED = new RegExp(
  `\\b(?:guarantee\\w*|promise\\w*|assure\\w*|swear|certain(?:ty|ly)?|100 ?%|100 percent|definitely|for sure|surely|nothing (?:bad )?(?:will )?happen)|${SAFETY_ASSURANCE.source}`,
);

/**
 * Whether a message that touches safety asks for a guarantee ("guarantee we will be safe", "100% safe?") rather
 * than asking how things stand ("Is Uganda safe at the moment?"). The question gets its pointer beside the trip
 * verdict; only a guarantee holds the verdict back (issue 14 item 5). Takes the traveler's text as sent.
 */
export function asksGuarantee(text: string): boolean {
  return GUARANTEE_ASKED.test(scopeFrames(normalize(text).text));
}

/** A question about how safe something is ("Is Devil's Pool safe for kids?", "how risky is rafting?"), its sentence ending in a question mark. */
const ACTIVITY_SAFETY_ASKED = /\b(?:safe|safety|dangerous|risky|danger|risks?)\b[^.!?]*\?|\bhow (?:safe|dangerous|risky)\b/;
/** "is it safe?", "how risky is that?": a question whose subject is the thing said just before. */
const ABOUT_WHAT_CAME_BEFORE = /^(?:and |but |so |though |also )?(?:is|are|how (?:safe|dangerous|risky) is|how (?:safe|dangerous|risky) are|would|will|could|can)\b[^.!?]{0,20}\b(?:it|that|this|they|those|them)\b|^(?:is|are) (?:it|that|this|they) (?:safe|dangerous|risky)\b/;

/**
 * Whether a safety question is about an activity the pack knows: the activity named in the question's own sentence
 * ("Is Devil's Pool safe for a 9-year-old?"), or the question asking about "it" right after the sentence naming it
 * ("We want the bungee with our son. Is it safe?"). A country's safety asked beside a trip that has a canoe day in it
 * ("Is Zimbabwe safe at the moment? … maybe a canoe trip too") is about the country.
 */
function asksAboutActivity(t: string): boolean {
  if (!ACTIVITY_SAFETY_ASKED.test(t)) return false;
  const sentences = t.split(/(?<=[.!?;])\s+/);
  return sentences.some((s, k) => {
    if (!ACTIVITY_SAFETY_ASKED.test(s)) return false;
    if (mentionedActivities(s) !== undefined) return true;
    return k > 0 && ABOUT_WHAT_CAME_BEFORE.test(s.trim()) && mentionedActivities(sentences[k - 1]!) !== undefined;
  });
}

/**
 * Whether a safety question is about a risky activity (Devil's Pool, the bungee, rafting, canoeing: the activities
 * the pack knows) done with or by a child: the answer is about that child's safety in it, which no trip verdict may
 * seem to give. A country's or a park's current security asked beside a trip is not this (it gets its pointer).
 */
export function asksActivitySafetyForChild(text: string, extraction: Pick<Extraction, 'children' | 'child_ages' | 'activities'>): boolean {
  const t = scopeFrames(normalize(text).text);
  // The question must be about the activity: a country's safety asked beside a trip with a canoe day is not.
  if (!asksAboutActivity(t)) return false;
  const named = [...(extraction.activities ?? []), ...(mentionedActivities(t) ?? [])];
  const child = (extraction.children ?? 0) > 0 || (extraction.child_ages?.length ?? 0) > 0 || CHILD_NAMED.test(t);
  if (named.length === 0 || !child) return false;
  // Refused when a verdict would stand beside it as a "yes": the child's age already said (the rules would decide on it),
  // or an activity the pack has no age figure for. With ages unknown and a sourced limit, the rules ask the ages first.
  return (extraction.child_ages?.length ?? 0) > 0 || named.some((a) => NO_AGE_FIGURE.includes(a));
}

/** A booking already made, with this or another company: "I booked the Serengeti for June", "booking ref TZ-88231". */
const EXISTING_BOOKING = /\b(?:i|we)(?:'ve| have| had)? (?:already )?(?:booked|reserved|paid for)\b|\b(?:booking|reservation|confirmation) (?:ref\w*|number|no|code)\b|\b(?:my|our) (?:existing |current )?(?:booking|reservation)\b/;
/** Undoing or changing it. */
const UNDO = /\b(?:cancel\w*|refund\w*|money back|deposit back|rebook\w*|change (?:the |our |my )?(?:dates|booking|reservation)|move (?:the |our |my )?(?:booking|reservation))\b/;

/**
 * A message about a booking already made ("I booked the Serengeti for June with another company and want to cancel"):
 * its place and month are that booking's, not a trip to decide, so the guard refuses it as booking admin.
 */
export function adminOfExistingBooking(text: string): boolean {
  const t = scopeFrames(normalize(text).text);
  return EXISTING_BOOKING.test(t) && UNDO.test(t);
}
