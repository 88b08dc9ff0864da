import type { Pace, Priority, TravelerType } from '../../domain/trip-inputs';
import { pick, type Mention } from './mention';
import { MONTH_SOURCE } from './months';

/**
 * What the traveler cares about and how they like to travel: priorities, pace, traveler
 * type, drive tolerance and whether the dates can move. Phrases, not keywords alone:
 * "no beach" or "not into birds" add nothing. A vague "hate long drives" sets no
 * drive tolerance: the message gives no number and we never invent one.
 */
export interface Preferences {
  priorities?: Priority[];
  pace?: Pace;
  traveler_type?: TravelerType;
  drive_tolerance_hours?: number;
  flexible_dates?: boolean;
}

const PRIORITY_PHRASES: ReadonlyArray<readonly [Priority, RegExp]> = [
  ['migration', /\b(?:(?:great |wildebeest |the )?migration|river crossings?|(?:mara|river) crossings?|crossings|(?<=\b(?:for|catch) (?:a|the) )crossing(?! (?:point|post|into|to|from|at|over|of the border))|wildebeest|calving|gnus?|(?:the|great|migrating) herds)\b/g],
  ['wildlife_density', /\b(?:(?:lots|loads|tons|plenty|heaps) of (?:wildlife|animals|game|cats|predators)|(?:as many|max(?:imum)?|the most|most) (?:wildlife|animals|game)|(?:best|great|good|amazing|excellent|top|incredible|dense|rich|prime|fantastic) (?:wildlife|game)(?:[ -]viewing)?|wildlife density|game[ -]viewing|animal sightings|big cats|predators?|(?:see|seeing|spot|spotting) (?:lots|loads|plenty)|wildlife[ -]rich|high density|(?:highest|high|best|greatest|biggest|maximum) (?:density|concentrations?) of (?:animals|wildlife|game)|(?:great|good|proper|real|classic|big|amazing|fantastic)\s+(?:family\s+|first\s+|little\s+)?(?:wildlife|game)\s+(?:trip|safari|holiday|experience|adventure))\b/g],
  ['privacy', /\b(?:(?:avoid|away from|hate|no|fewer|without|escape|skip|dodge|not|hardly any|barely any|very few|(?<!\ba )few|as few as possible|(?:a )?minimum of) (?:the )?(?:other )?(?:crowds?|tourists|other (?:vehicles|cars|people)|(?:safari )?vehicles|(?:safari )?jeeps|minibuses|tourist traps)|real wilderness|true wilderness|(?:wild|untouched|unspoilt|unspoiled) wilderness|crowds? (?:free|-free)|uncrowded|not (?:too )?(?:crowded|busy|touristy)|(?:it'?s|is|are|gets?) (?:(?:way|far|much|so) )?too (?:crowded|packed)|less touristy|(?<!\b(?:we'?re|i'?m|we are|i am|be|been|life(?:'s| is)|work(?:'s| is)|they'?re|you'?re|(?:schedule|itinerary|days?|plan|pace|program(?:me)?)(?:'s| is| are| feels| looks| seems| gets)?) )too (?:busy|crowded|packed|overrun)(?= these days| nowadays| now\b| lately| for us|\s*[,.;!?]|\s*$)|overcrowded|overrun (?:with|by) (?:tourists|vehicles|people)|fewer (?:people|cars|vehicles|tourists)|not too many (?:people|tourists|vehicles|cars|other vehicles)|(?:low|small|limited|few|fewer) (?:vehicle|car|visitor|tourist|guest) (?:numbers|counts?|density)|low[ -]density|less crowded|quiet(?:er)?|privacy|private(?! (?:bath(?:room)?|toilet|shower|room|pool|plunge|transfers?|jet|plane|flights?|charter)s?\b)|secluded|exclusive|remote|off the beaten (?:track|path)|away from (?:it all|everyone|other people))\b/g],
  ['photography', /\b(?:photograph(?:y|s|er|ers|ing)?|photo(?:s|graphic)?|camera|lens(?:es)?|shoot(?:ing)? (?:photos|pictures|wildlife))\b/g],
  ['comfort', /\b(?:luxury|luxurious|comfort|(?:be|stay|feel|something|somewhere|but|and|very|reasonably|fairly|quite) comfortable(?! (?:with|doing|driving|walking|to|in a|on a))|comfortable (?:(?:but|and|yet) [a-z]+(?:-[a-z]+)? )?(?:(?!with |doing |driving |walking |to |in |on |about )[a-z]+ )?(?:lodges?|camps?|beds?|accommodation|rooms?|stays?|tents?|trip)|5[ -]star|upscale|high[ -]end|boutique|fancy|pamper(?:ed|ing)?|posh|nice lodges?|good lodges?|plush|lavish|premium|treat ourselves|splurge|splash out|no roughing it|not (?:roughing it|camping)|(?:nothing|not) too (?:rustic|basic))\b/g],
  ['value', /\b(?:(?:good|great|best|real|better|more)[ -]value|(?:way |far |a bit |rather )?(?:over|above|beyond) (?:our|my) (?:budget|means)|(?:costs?|prices?) (?:too much|too high)|value (?:matters|is (?:important|key|what matters|the priority)|comes first|first)|(?:is|are|'s|was|were|seems?|looks?|sounds?) (?:way |far |much |a bit |rather |just )?too (?:expensive|pricey|steep(?! for (?:my|our|his|her|their|your|the|old|older|bad|weak) (?:\w+ )?(?:knees?|legs?|back|hips?|joints?|feet|ankles?|heart|lungs|age|fitness))(?<!\b(?:hikes?|hiking|climbs?|climbing|trails?|treks?|trekking|walks?|walking|paths?|slopes?|hills?|terrain|ascents?|gradients?|inclines?|mountains?|volcanos?|volcanoes)\b[^.!?;,]{0,30})|dear|costly|much money)|(?:less|more reasonably) (?:expensive|priced|pricey)|value for money|budget[ -]friendly|cheap(?:er|est)?|affordable|inexpensive|on a (?:tight )?budget|(?:tight|limited|small|low|modest|shoestring) budget|budget(?:'s| is) (?:tight|limited|small|low)|save money|bang for (?:the |our )?buck|not (?:too )?(?:expensive|pricey)|cost[ -]conscious|economical|low[ -]cost|money[ -]saving|low season prices?|bargain|on a shoestring|nothing fancy|no frills|no-frills|basic is (?:fine|ok|okay)|simple is (?:fine|ok|okay)|(?:money|cash|funds)(?:'s| is| are) (?:(?:a bit|quite|very|really|pretty) )?(?:tight|limited)|(?:green|low|rainy|wet) season (?:bargains?|deals?|prices|rates|discounts?|savings)|bargains?|(?:best|good|great) deals?)\b/g],
  ['beach', /\b(?:beach(?:es)?|seaside|ocean|coast(?:al)?|snorkel(?:l?ing)?|diving|scuba|bush and beach|by the sea|indian ocean)\b/g],
  ['gorillas', /\b(?:gorillas?|silverbacks?|primates?|gorilla trek(?:king)?)\b/g],
  // "walk with a guide to the pool / inside the camp" is an escort in camp, not a walking safari (review s6b F15).
  ['walking', /\b(?:walking safaris?|walking|(?:keen |avid |big )?walkers|on foot|bush ?walks?|guided walks?|nature walks?|walks(?! with (?:a|her|his|my|our) guide dogs?)|go for a walk|walk(?:ing)? (?:with|alongside) (?:the |a |our )?(?:rangers?|guides?|trackers?|scouts?)(?! dogs?)(?![^.!?;,]{0,30}\b(?:lodge|camp|pool|tent|garden|chalet|room|restaurant|inside|around the)\b)|hik(?:e|es|ing))\b(?! distance| sticks?| frames?| aids?| boots| shoes| poles?)/g],
  // "a proper big game safari": the game is the point, wherever the place named.
  ['wildlife_density', /\bbig[ -]game\b(?! (?:fish|fishing|hunt\w*))/g],
  ['birding', /\b(?:birds?|birding|birdwatching|bird[ -]watching|birders?|ornitholog\w*|flamingos?|birdlife)\b/g],
  ['big_five', /\b(?:big[ -]?(?:5|five)|all 5|all five)\b/g],
];
const NEGATED = /(?:\bno interest in|\b(?:zero|0) interest in|\bno need of|\bno|\bnothing|\bnot|n't|\bcannot|\bunable to|\bnever|\bwithout|\bskip|\bnot really|\bnot into|\bnot interested in|\bnot bothered (?:about|by)|\bnot fussed about|\bdon'?t (?:care|need|want|mind)(?: about| for)?|\bless|\bno need for|\bnor|\bhates?|\bforget)\s+(?:(?:the|a|any|much|really|so|super|very|that|about|for|in|into|on|of|too|big|interested|care|lots of|fussy|bothered|worried|do|manage|handle|long|longer|far|steep|(?:need|needs|have|has) to be)\s+)*$/;

const PACE_PHRASES: ReadonlyArray<readonly [Pace, RegExp]> = [
  ['slow', /\b(?:relax(?:ed|ing)?|slow(?:er)?(?: pace| paced)?|(?:not|never|without|[a-z]+n't) (?:[a-z']+ ){0,3}?(?:rushed|rushing|hurried|rush(?: around| about)?)|no rush|gentle(?: pace| safari| trip)?|(?:not|nothing) (?:too )?(?:strenuous|demanding|tiring|hectic|exhausting)|easy[ -]?going|unhurried|leisurely|take (?:it|things) easy|laid[ -]back|chill(?:ed)?|easy pace|gentle pace|stay put|fewer (?:places|stops|moves)|not (?:too much|a lot of) moving around|don'?t want to (?:rush|move around (?:too much|a lot))|not (?:too )?hectic|downtime|slow travel|no early mornings?|(?:travel|go|move|take it)\w* (?:rather |more |quite )?slowly)\b/g],
  ['fast', /\b(?:see as much as (?:possible|we can)|as many (?:animals|things|sights) as (?:possible|we can)|as many (?:places|parks|destinations) as (?:possible|we can)|pack (?:it|as much) in|pack in as much as (?:possible|we can)|fast travell?ers|action[ -]packed|busy (?:itinerary|schedule)|cover (?:a lot|lots)(?: of ground)?|fast[ -]paced|whirlwind|fast pace|pack (?:a lot|lots|loads|plenty) in|cram (?:it|as much|in)|maximi[sz]e (?:our|the) time|don'?t mind (?:moving around|early starts)|on the go)\b/g],
  ['balanced', /\b(?:balanced|moderate pace|mix(?:ture)? of [a-z ]{0,25}?(?:drives?|activit(?:y|ies)|action|safari|adventure|excursions?) and (?:some )?(?:rest|relax(?:ation|ing)?|downtime|down time|chill(?:ing)?|pool time|lazing)|some (?:game drives|activities|action)[a-z ,]{0,10}some (?:downtime|relaxing|rest)|not too (?:fast|rushed) (?:and|or|but|,)? ?not too slow|steady pace|medium pace)\b/g],
];

const TYPE_PHRASES: ReadonlyArray<readonly [TravelerType, RegExp]> = [
  ['honeymoon', /\b(?:honeymoon(?:ers?|ing)?|just (?:got )?married|newlyweds?|newly married)\b/g],
  ['first_time', /\b(?:(?:first|1st)(?:[ -]ever)? (?:safari|time (?:on safari|in africa|to africa|doing|going)|trip to (?:africa|kenya|tanzania)|time)|never (?:been on|done|had) (?:a )?safari|never been to africa|new to safaris?|newbies?|first[ -]?timers?)\b/g],
  ['repeat', /\b(?:(?:been|gone) (?:on (?:a )?safari )?before|been on (?:\d+|several|many|a few|a couple of|lots of|loads of) safaris|(?:second|2nd|third|3rd|fourth|4th|fifth|5th|another|next) safari|(?:done|did|been on) (?:about |around |over |more than |at least )?(?:a |several |many |a few |\d+ )?safaris?(?: before)?|been (?:there |here |on safari |to africa )?(?:twice|(?:\d+|several|many) times)|(?:we'?ve|i'?ve|we have|i have) been to|(?<!\b(?:help|advice|tips?|chat|talk|service|support|answers?)(?: \w+)? )last time|we did the|returning|back to (?:africa|kenya|tanzania)|seasoned|many safaris|several safaris|safari veterans?|repeat (?:visitors?|travell?ers?))\b/g],
  // "photographer, 1 pax, …": the message opens by naming who travels.
  ['photographer', /^\W*(?:(?:a|an|keen|serious|amateur|pro|professional|wildlife)\s+)*photographers?(?=\s*(?:[,:;]|-\s|here\b|$))|\b(?:(?:i'?m|i am|we'?re|we are|as) (?:a |an |keen |serious |amateur |professional |wildlife |bird |birding |nature |hobby |landscape )*photographers?|photography (?:trip|safari|tour|holiday)|photo (?:safari|trip|tour)|serious about (?:my )?photography|wildlife photographer|(?:pro|professional|semi-pro|keen|serious|amateur|\d{1,2}) photographers?|photographers? (?:shooting|on assignment|working) |photography (?:club|society|group|workshop|course)|(?:big|long|telephoto|600mm|400mm) lens|(?:shoot|shooting) (?:with|on) (?:a |an |my )?(?:\d{3}\s?mm|telephoto|long lens|dslr|mirrorless)|\b\d{3}\s?mm (?:lens|prime|zoom))\b/g],
  // The traveler calls it a family trip; children named alone are counted (party.ts), not typed.
  ['family', /\b(?:family(?: trip| safari| holiday| vacation| adventure| group| reunion| gathering| celebration| with|:)|(?:whole|big|extended) family|families|(?:for|with|take|taking|bring|bringing) (?:the|my|our) (?:whole )?family|(?:my|our) family (?:is|are|of)|family of \d+|a family\b|family[ -]friendly)/g],
  ['adventure', /\b(?:adventur(?:e|ous|ers?)|thrill(?:s|ing)?|adrenaline|rough(?:ing)? it|wild camping|fly[ -]camping|mobile camping)\b/g],
];
const TYPE_RANK: readonly TravelerType[] = ['honeymoon', 'first_time', 'photographer', 'repeat', 'family', 'adventure'];

const DRIVE_CONTEXT = '(?:driv(?:e|es|ing)|in (?:a|the) (?:car|vehicle|jeep|truck|bus)|on the road|road transfers?|transfers?|car rides?|in the car|by road)';
const HOURS = '(\\d{1,2}(?:\\.5)?|0\\.5|an?|1|half an?|a couple of|couple of)\\s*(?:-|to)?\\s*(?:\\d{1,2}\\s*)?(?:hours?|hrs?|h)\\b';
const DRIVE = [
  new RegExp(`\\b(?:(?:don'?t|do not|won'?t|wouldn'?t) (?:want|like|do|drive)(?: to drive)? (?:more than|over)|(?:can'?t|cannot|can not|couldn'?t) (?:do|drive|handle|manage|face) (?:more than|over)|no more than|not more than|max(?:imum)?(?: of)?|at most|up to|under|less than|limit(?:ed)? (?:to|of)|cap (?:it )?at|happy (?:to|with)|fine with|ok(?:ay)? with|can (?:do|handle|manage)|tolerate|willing to (?:drive|do))\\s+(?:${DRIVE_CONTEXT}\\s+(?:for\\s+)?)?${HOURS}`, 'g'),
  new RegExp(`\\b${HOURS}(?:\\s+(?:max(?:imum)?|tops|at most))?\\s+(?:of\\s+)?${DRIVE_CONTEXT}`, 'g'),
  new RegExp(`\\b${DRIVE_CONTEXT}[^.!?]{0,25}?\\b(?:max(?:imum)?|at most|no more than|not more than|up to|under|less than|limit(?:ed)? to|over|more than)\\s+${HOURS}`, 'g'),
  // "don't mind long drives of 6 hrs", "happy with drives of up to 5 hours": the longest drive accepted.
  new RegExp(`\\b(?:(?:don'?t|do not|wouldn'?t|would not) mind|(?:happy|fine|ok(?:ay)?) with|can (?:do|handle|manage)|(?:are|'re|am|'m) (?:ok(?:ay)?|fine) with)\\s+(?:(?:long|longer|longish|the|some)\\s+)*${DRIVE_CONTEXT}\\s+(?:of\\s+)?(?:up to\\s+|about\\s+|around\\s+)?${HOURS}`, 'g'),
];
const DRIVE_LIMIT_AFTER = /^\s*(?:max(?:imum)?|tops|at most|a day|per day|each day|(?:is|would be|are) (?:fine|ok|okay|our limit|the limit|my limit|max|the max|plenty|enough|the most (?:we|i) (?:can|could|will|would|want)|as much as (?:we|i) (?:can|could|want))|is about|or less)/;
// "we don't like long road transfers, 2 hours is the limit": the limit follows the drive.
const DRIVE_THEN_HOURS = new RegExp(`\\b${DRIVE_CONTEXT}[^.!?\\d]{0,40}?\\b${HOURS}`, 'g');

const FLEX_FALSE = new RegExp(
  String.raw`\b(?:not (?:very |at all |really )?flexible|inflexible|(?:can'?t|cannot|won'?t|couldn'?t) be flexible|no longer flexible|(?:${MONTH_SOURCE}) (?:is|are) (?:fixed|set|locked(?: in)?|non-negotiable|not negotiable)|(?:${MONTH_SOURCE})(?: \d{4})?,? (?:fixed|non-negotiable|not negotiable)(?=\s*(?:[,.;!]|$)|\s+(?:and|but|dates?)\b)|only (?:${MONTH_SOURCE})(?=\s*(?:[,.;!]|or\b|and\b|$))|flights? (?:already )?booked|no flexibility|(?:dates|timing|trip) (?:are|is) (?:fixed|set|locked|booked|not flexible)|(?<!\bno longer (?:have |got )?(?:any )?|n'?t have (?:any )?|\bnot have (?:any )?|\bno )fixed dates?|(?<!\bno )dates? (?:are |is )?fixed|\btermine? (?:is|are|ist|sind) (?:fixed|fix|fest)|can'?t (?:move|change|shift)(?: (?:the|our|it|them))?|cannot (?:move|change|shift)|set in stone|locked in|(?:dates?|timing|trip) (?:are |is )?(?:not|non-?) ?(?:movable|moveable|changeable|flexible)|(?:dates?|timing) (?:are |is )?(?:immovable|unmovable)|(?:that|this|it|das|c'est|eso)(?:'s| is| es)? (?:fixed|fix|fest|fixe|fijo)(?! (?:up|it))|\bsteht fest|(?:has|have) to be (?:in|during) (?=(?:early |mid-?|late |the )?(?:${MONTH_SOURCE}|school|summer|winter|christmas|easter|the holidays|\d))|have to (?:go|travel) (?:in|during) (?=(?:early |mid-?|late |the )?(?:${MONTH_SOURCE}|school|summer|winter|christmas|easter|the holidays|\d))|must (?:be|go|travel) (?:in|during) (?=(?:early |mid-?|late |the )?(?:${MONTH_SOURCE}|school|summer|winter|christmas|easter|the holidays|\d))|only (?:in|during|travel in|go in|available in|possible in|free in) (?:early |mid-?|late |the )?(?:${MONTH_SOURCE}|school|summer|winter|christmas|easter|the holidays)|can only (?:go|travel|do|come|make it|get away)|(?:must|has to|needs to) be (?=(?:early |mid-?|late )?(?:${MONTH_SOURCE})\b)|(?:stuck|tied|bound) (?:with|to) (?:the |our )?(?:easter|christmas|school|summer|winter|half[- ]term|autumn|spring|work|university|uni) (?:holidays?|break|vacation|leave|calendar|dates)|school (?:holidays?|break|vacation)|(?:already|have) booked (?:our |the )?flights?|(?:flights?|tickets?) (?:are|is|were|was|have been) (?:already )?booked|exact dates|specific dates|our wedding is|(?:go|leave|travel|fly|head off|set off|depart|come) (?:straight|right|directly|immediately) after(?:wards)?|(?:straight|right|directly|immediately) after (?:the |our |my )?(?:wedding|ceremony|graduation|exams?|conference|reception|we (?:get|are|'re) married|getting married)|(?:dates?|timing|trip|month|it) (?:is |are )?(?:fixed|set|dictated|determined|decided|tied|pinned) (?:by|to) (?:the |our |my |a )?(?:wedding|ceremony|graduation|exams?|conference|event|honeymoon|work|school|job)|(?:is |are )?(?:not|non)[- ]negotiable|nothing else (?:is )?possible|no other (?:time|dates|month)|only (?:approved|allowed|possible|free) (?:for|in|during)|(?:(?:the|our|my) )?only (?:time|window|chance|dates|weeks?|month) (?:(?:we|i) (?:have|can|could|get|are free|are off)|available|that works)|(?:the|our|my) only (?:window|chance|option|dates|days|weeks?|leave|holidays?|vacation|time off)|(?:${MONTH_SOURCE})(?: \d{4})? only(?! (?:if|when|because|for|as|on|in|to|a|an|the|we|our)\b)(?=\s*(?:[,.;!-]|$)|\s+(?:and|but|dates?)\b))\b`,
  'g',
);
const FLEX_TRUE = /\b(?:(?<!not |not very |aren'?t |isn'?t |n't |no |(?:n'?t|not|cannot|no longer) be (?:very |too |that |as )?|no longer |(?:budget|price|money|spend|spending|cost)(?: is| are|'s)? (?:also |quite |very |fairly )?)flexib(?:le|ility)(?! (?:on|with|about|re|regarding|in|as to) (?:the |our |my |a |where|which|what)?(?:money|budget|price|prices|cost|costs|spend|spending|where|destinations?|places?|parks?|locations?|countr(?:y|ies)|accommodation|lodges?|camps?|comfort|style|activities|itinerary|route)\b)|no longer (?:have |got )?(?:any )?fixed dates|(?:don'?t|do not) have (?:any )?fixed dates|open to (?:shifting|moving|changing|adjusting)(?: (?:it|them|the dates|dates|the month))?|(?:january|february|march|april|may|june|july|august|september|october|november|december)(?:-?ish)?,? (?:more or less|roughly|approximately)|we can move|can (?:move|shift|change) (?:it|them|the dates|our dates|dates)|(?:dates?|timing|the trip) (?:can|could) (?:slide|slip|move|shift)|could (?:easily |also |just as well )?(?:go|travel|move it|be) (?:later|earlier|another month|any ?time)|any ?time|whenever|open (?:on|about|with|to) (?:the )?(?:dates|timing|when|months?)|(?:dates|timing) (?:(?:are|is) )?(?:still |quite |fairly |pretty |very |totally |completely )?(?:open|not fixed|flexible|undecided|tbc|tbd)|not fixed|not set in stone|no fixed dates|no dates (?:are )?fixed|dates (?:are )?no longer fixed|don'?t mind when|any month|whichever month|either month|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* or (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*,? (?:whichever|either is fine|either works|both work)|(?:happy|willing|free|able|can) (?:to )?(?:wait|move|shift)|best time to go|when (?:is|would be) (?:the )?best|(?:timing|dates?|the month|when) (?:really |honestly |actually |much )?(?:doesn'?t|does not|don'?t|do not) (?:really |much )?matter|(?:can|could) (?:move|shift|change|push|go)(?: it| them| the trip)? (?:by|a month|a couple|a few|either way|between|from \w+ to|later|earlier)|either way|whenever suits|or (?:even )?later|we'?re easy|easy (?:about|on) (?:the )?(?:dates|timing)|(?:spring|summer|autumn|fall|winter|later|earlier|another month|january|february|march|april|may|june|july|august|september|october|november|december) (?:also |would also |would )?(?:works?|suits?|is fine|is ok|is okay|would work|would be fine) (?:too|as well|also|for us too)|(?:or|and) (?:a bit |a little |slightly )?later (?:is|would be) fine|push(?:ed|ing)? (?:it |the trip |things |the dates |them )?(?:back|out|to later|later)|later in the year|(?:january|february|march|april|may|june|july|august|september|october|november|december|month)(?: 20\d\d)?,? give or take|give or take a (?:week|month|few weeks)|(?:give or take|plus or minus) (?:a|one|two|a couple of|a few|\d) (?:weeks?|months?)|(?:flex|flexi|flexible) (?:on|with|about) (?:the )?(?:dates|timing|months?)|not (?:fussed|bothered|picky|fussy) (?:about )?(?:exactly |precisely )?(?:when|which(?: one| month)?|the (?:exact )?dates)|either (?:month|date|week)s? (?:is fine|works|would work|is ok|is okay))\b/g;

function found<T>(re: RegExp, text: string, value: T, negatable: boolean): Array<Mention<T>> {
  const out: Array<Mention<T>> = [];
  for (const m of text.matchAll(re)) {
    if (negatable && NEGATED.test(text.slice(Math.max(0, m.index! - 30), m.index!))) continue;
    out.push({ at: m.index!, value });
  }
  return out;
}

function hours(h: string): number {
  if (h === 'a' || h === 'an') return 1;
  if (h.startsWith('half')) return 0.5;
  if (h.includes('couple')) return 2;
  return Number(h);
}

/** Preferences stated in one message. */
export function extractPreferences(text: string, cues: readonly number[]): Preferences {
  const out: Preferences = {};
  const priorities = new Set<Priority>();
  for (const [p, re] of PRIORITY_PHRASES) {
    // "crowds" are privacy only when shunned: the phrase itself carries the negation.
    if (found(re, text, p, p !== 'privacy').length > 0) priorities.add(p);
  }
  // A gorilla trek is about gorillas, not a walking holiday.
  if (priorities.has('walking') && priorities.has('gorillas') && !/\bwalking safari|bush ?walk|on foot|guided walk/.test(text)) priorities.delete('walking');
  if (priorities.size) out.priorities = [...priorities];

  const pace = pick(PACE_PHRASES.flatMap(([p, re]) => found(re, text, p, true)), cues);
  if (pace) out.pace = pace;

  const types = TYPE_PHRASES.flatMap(([t, re]) => found(re, text, t, t !== 'repeat'));
  if (types.length) {
    const afterCue = pick(types, cues);
    const ranked = [...types].sort((a, b) => TYPE_RANK.indexOf(a.value) - TYPE_RANK.indexOf(b.value));
    const corrected = cues.some((c) => types.some((t) => t.at < c) && types.some((t) => t.at > c));
    out.traveler_type = corrected ? afterCue! : ranked[0]!.value;
  }

  const drives: Array<Mention<number>> = [];
  for (const re of DRIVE) {
    for (const m of text.matchAll(re)) {
      const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 20);
      const limitWord = /\b(?:want|like|mind|no more than|not more than|max|at most|up to|under|less than|limit|cap|happy|fine|ok|okay|can|cannot|couldn'?t|tolerate|willing)\b/.test(m[0]) || DRIVE_LIMIT_AFTER.test(after);
      if (!limitWord) continue;
      drives.push({ at: m.index!, value: hours(m[1]!) });
    }
  }
  for (const m of text.matchAll(DRIVE_THEN_HOURS)) {
    const after = text.slice(m.index! + m[0].length, m.index! + m[0].length + 20);
    if (DRIVE_LIMIT_AFTER.test(after) && !drives.some((d) => d.at === m.index)) drives.push({ at: m.index!, value: hours(m[1]!) });
  }
  const drive = pick(drives, cues);
  if (drive !== undefined && drive <= 24) out.drive_tolerance_hours = drive;

  const flex = pick([...found(FLEX_FALSE, text, false, false), ...found(FLEX_TRUE, text, true, false)], cues);
  if (flex !== undefined) out.flexible_dates = flex;
  return out;
}
