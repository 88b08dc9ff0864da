import type { TripInputField, TripInputs } from '../../domain/trip-inputs';
import { COUNTRY_NAME } from './countries';
import type { Extraction } from '../extraction-schema';

// A message that changes its mind on purpose says so; a statement without these is not a correction.
const CHANGE = /\b(?:actually|instead|change|changed|now|update|updated|correction|sorry|oops|mistake|typo|i mean|i meant|make it|rather|scratch|new plan|turns out|after all|increase|raise|lower|reduce|stretch|(?:not|no) \d+)\b/;
// The party grows or shrinks on purpose: "my brother is joining", "one more", "she can't come".
// "one trip", "the same trip", "a single week": the periods said are one journey's.
const SAME_TRIP = /\b(?:same|single|one) (?:single )?(?:trip|journey|holiday|vacation|safari)\b|\bin one go\b|\ball in one\b/;
// "a second trip in August", "another safari later", "come back in August": a separate journey, not this one's period.
const SEPARATE_TRIP = /\b(?:second|another|separate|next|other|later|return) (?:trip|journey|holiday|vacation|safari|visit)\b|\bcome back\b|\bgo back\b|\btwo trips\b/;
const ALTERNATIVE_WORDS = /\b(?:or|either|otherwise|alternatively|maybe|perhaps|possibly|instead|if not)\b/;
// A birthday or the age at the trip's date: a new age that need not disagree with the one said before.
const AGING = /\b(?:turn|turns|turned|turning|birthday|bday|will be|'ll be|by then|by the (?:trip|time)|at the time|when we (?:go|travel|leave)|on the trip|older|younger|born)\b/;
const PARTY_CHANGE = /\b(?:extra|more|less|fewer|joining|join us|joins|coming|comes|added|adding|add|plus|bring(?:ing)?|tagging along|too|as well|also|another|drop(?:ped)? out|can'?t come|cannot come|not coming|won'?t come|stay(?:s|ing)? (?:at )?(?:home|behind|with)|without|minus)\b/;
// Someone leaves the party, or someone joins it: the direction a restated count must go.
const LEAVES = /\b(?:drop(?:s|ped)? out|dropping out|pulled out|backed out|can'?t (?:come|make it)|cannot (?:come|make it)|(?:is|are) not coming|isn'?t coming|aren'?t coming|won'?t (?:come|make it)|stay(?:s|ing)? (?:at )?home|stay(?:s|ing)? behind|one (?:less|fewer))\b/;
const JOINS = /\b(?:join(?:s|ing)?|coming (?:too|along|with us)|tag(?:s|ging)? along|one more|(?:an)?other (?:person|friend|couple)|add(?:ing)? (?:(?:my|our|his|her|one|a|an|another|\d+|two|three) )?(?:more |extra )?(?:person|people|adults?|friends?|kids?|child(?:ren)?|son|daughter|brother|sister|mother|mum|mom|father|dad|parents?|grand\w+|cousins?|uncle|aunt|wife|husband|partner|niece|nephew|travell?ers?|guests?))\b/;
// "we will add Chobe", "2 adults plus 1 child": a place added or a party restated is not someone joining.
// "so that's $6,000 total": the traveler restates, they do not change.
const RESTATES = /\b(?:so (?:that'?s|that is|it'?s|about|around)|that (?:is|'s|makes|comes to)|i\.e\.|which (?:is|makes|comes to)|in other words|meaning|(?:the )?same (?:as (?:before|earlier|i said|we said)|thing|amount|budget)|nothing(?:'s| has)? changed|no change)\b/;

// "it has to be in August", "only in June", "we're fixed on the first two weeks of December", "the only
// dates we have are 10–20 July", "can only travel in the Easter holidays": a period stated as the one that must hold.
// The words that bind a period, one list for a month and for a season's month (review 9b #10): "has to be", "can only go",
// "are fixed", "the only dates we have are".
const BINDING = "(?:has to be|have to be|must be|needs to be|need to be|can only (?:be|go|travel|do it|come|make it|get away)|only|(?:are|is|'re|were) (?:fixed|locked(?: in)?|tied)|fixed|locked(?: in)?|tied|set in stone|stuck with|the only (?:dates|time|window|weeks?|days?|period|holidays?)(?: (?:we have|we've got|we got|available|free|possible|that work))?(?: (?:is|are))?)";
// "our dates are fixed: we travel in March": the binding words, then who goes and the verb of going before the period.
const FIXED_BEFORE = new RegExp(`\\b${BINDING}\\s*[:,-]?\\s+(?:(?:we|i)(?:'re| are| am|'m)?\\s+(?:travel(?:l?ing)?|go(?:ing)?|leave|leaving|fly(?:ing)?|arrive|arriving|depart(?:ing)?)\\s+)?(?:(?:in|on|for|to|at|during|between|from|over)\\s+)?(?:the\\s+)?(?:(?:first|last|second|final|\\d+)\\s+(?:\\d+\\s+)?(?:half|weeks?|days?|fortnight)\\s+of\\s+(?:the\\s+)?)?(?:early\\s+|mid-?\\s*|late\\s+)?$`);
// "it has to be during the calving season in February", "must be for the migration in July": the month a season, event or
// sighting the trip must catch falls in, said as binding as the month itself (the same binding words, a season between).
const FIXED_SEASON_BEFORE = new RegExp(`\\b${BINDING}\\s+(?:in|during|for|at|over|around)\\s+(?:the\\s+)?(?:[a-z]+\\s+){1,3}(?:season|period|months?|time|window|migration|crossings?|calving|rains|festival)\\s+(?:in|of|during|which is in|that is in|,)\\s*(?:early\\s+|mid-?\\s*|late\\s+)?$`);
// "Serengeti in July and also fixed on December": the second period is added to the first, not put in its place.
// "also a wedding to attend in August", "also free in August if that is better": the month dates an event or offers
// an alternative, not a part the same trip must cover.
const OCCASION = /\b(?:wedding|funeral|conference|meeting|party|birthday|anniversary|graduation|exams?|school|term|holidays?|attend\w*|married|work\w*|busy|away|home)\b/;
const OFFERED_INSTEAD = /\b(?:free|available|open|flexible|could|can|possible|fine|ok(?:ay)?)\b/;
const ALTERNATIVE_AFTER = /^\w+\.?,?\s*(?:20\d\d\s*,?\s*)?(?:if|in case|should|would|instead|as an? (?:option|alternative))\b/;
function otherUseOfMonth(between: string, fromMonth: string): boolean {
  const tail = between.slice(Math.max(0, between.search(/\b(?:also|as well|too)\b/)));
  return OCCASION.test(tail) || OFFERED_INSTEAD.test(tail) || ALTERNATIVE_AFTER.test(fromMonth);
}
const ADDED = /\b(?:and|also|plus|as well|too|but also|while)\b/;
// A period said to be fixed anywhere in a message ("our dates are fixed: …", "we can only travel in …").
const FIXED_SAID = /\b(?:fixed|locked in|set in stone|can only (?:go|travel|get away)|the only (?:dates|time|window|weeks?)|has to be|must be|needs to be)\b/;
// A later message that adds to what was said ("and…", "also…", "…as well"), not one that replaces it.
const ADDED_LATER = /^\s*(?:and|also|plus|oh,? and|but also)\b|\b(?:also|as well|too|still)\b/;
// "we were there in July last year, and this time it must be August": an earlier trip, not this one's period.
const PAST_TRIP = /\b(?:last (?:year|time)|previous|before|went|were there|been there|visited)\b/;
// "back by 10 August", "home before the 3rd": a latest return.
// "need to be home for my sister's wedding on 15 March", "fly home before the 3rd".
// "must be back at work on 1 August", "start the new job on the 3rd", "school starts again on 1 September": the day
// the traveler must be back at their desk is a latest return too.
const DEADLINE_BEFORE = /\b(?:back|home|return(?:ed)?|finish(?:ed)?|done|over)\s+(?:by|before|no later than)\s+(?:the\s+)?$|\b(?:back|return(?:ing)?|be|report)\s+(?:at|to|in)\s+(?:work|the office|(?:my|our|the) (?:desks?|jobs?)|school|uni|university|college|class(?:es)?)\s+(?:by|before|on|for)\s+(?:the\s+)?$|\b(?:start|starts|starting|begin|begins|beginning)\s+(?:(?:a|the|my|our) )?(?:new )?(?:work|job|school|term|uni|university|college|classes)(?:\s+again)?\s+(?:by|on)\s+(?:the\s+)?$|\b(?:work|school|term|classes|uni|college)\s+(?:re)?starts?(?:\s+again)?\s+(?:by|on)\s+(?:the\s+)?$|\b(?:be|get|fly|flying|go|going|getting)\s+(?:back\s+)?home\b[^.!?]{0,40}?\b(?:by|before|for|on)\s+(?:the\s+)?$/;
// "we also have to be at my sister's wedding in Lisbon on the 18th": an event the traveler must attend, somewhere the
// trip is not (a place of the trip named before the day makes it part of the trip).
// The first pass leaves French «on doit être au mariage … le 18 septembre» as "on must be in mariage … the 18 september":
// the day may follow a bare "the" (fr «le», es «el», it «il») or "am" (de), and the verb may stay in its own language.
const EVENT_WORD = '(?:wedding|funeral|graduation|conference|christening|ceremony|reunion|exam|hochzeit|beerdigung|trauerfeier|konferenz|taufe|mariage|enterrement|obseques|bapteme|boda|funeral|bautizo|matrimonio|funerale|battesimo|casamento|funeral|batizado|bruiloft)';
const EVENT_VERB = '(?:(?:have|has|need|needs|got) to|must|mussen|muss|musste|mussten|devons|doit|dois|tenemos que|tengo que|debemos|dobbiamo|devo|temos que|tenho que|precisamos)';
const EVENT_DUE = new RegExp(`\\b${EVENT_VERB} (?:be|attend|go|sein|etre|aller|assister|estar|essere|ir|andare|assistere)\\b[^.!?]{0,50}?\\b${EVENT_WORD}\\b[^.!?]{0,40}?\\b(?:(?:on|for)\\s+(?:the\\s+)?|(?:the|am|il|el|le)\\s+|(?:no )?dia\\s+)$`);
// German puts the day before the event: „wir müssen am 18. September zur Hochzeit meines Bruders in Hamburg“.
const EVENT_DAY_FIRST = new RegExp(`\\b${EVENT_VERB}\\b[^.!?]{0,25}?\\b(?:am|on the|on|the)\\s+$`);
const EVENT_AFTER_DAY = new RegExp(`^[^.!?]{0,30}?\\b${EVENT_WORD}\\b[^.!?]{0,50}`);
// "no children on this trip", "just us adults": the party said to have no children.
const NO_CHILDREN = /\b(?:no (?:kids|children)|without (?:the )?(?:kids|children)|adults only|just (?:us )?adults|only adults)\b/;

// "the youngest of our three is 14", "our daughter is 9", "the kids are 8 and 11": a child's age said by who the child is,
// which the age reader may leave when the same message said "no kids" (the count is "of our three", else one).
// The age may follow in brackets: "our youngest (13)", "my son (aged 12)".
const CHILD_AGE_SAID = /\b(?:youngest|eldest|oldest|(?:our|my) (?:son|daughter|boy|girl|kid|child)|(?:our|my|the) (?:kids|children|boys|girls))\b(?: of (?:our|the) (\d|two|three|four|five))?(?:[^.!?;]{0,20}?\b(?:is|are|turns?|turning|aged?)\s+|\s*\(\s*(?:aged?\s+)?)(\d{1,2})\b/;
// "adults only … our kids are 12 and 14 and stay with grandma": the children named are the ones left at home, no conflict.
const LEFT_HOME = /^[^.!?;]*?\b(?:stay(?:s|ing)?|remain(?:s|ing)?|left|minds?|minding)\s+(?:at\s+)?(?:home|behind|with)\b/;
// "we got engaged in June", "school holidays start in July", "booked in November": a month said of an event, not the trip.
const EVENT_MONTH = /\b(?:engaged|married|wedding|anniversary|birthday|born|retir\w*|graduat\w*|holidays? (?:start|end|begin)\w*|term (?:starts?|ends?)|visa|runs? out|expires?|cheapest|cheaper|booked|decided|bought|paid)\b[^.!?,;]{0,20}$/;
const COUNT_WORD: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };
// "our daughter is 15 - well, she'll be 14 in March": one child's age now and a lower age they are still to reach.
// Nobody grows younger, so one of the two is wrong, and a minimum age may turn on which (the child is one: the
// pronoun points back to the only child named, with no other child or age between).
// The age now in any form the age reader knows: "our son is 15", "our son who is 15", "our son who's 15", "our son (15)",
// "our son. He is 15" (review 9a #2).
const CHILD_NOUN = '(?:son|daughter|boy|girl|kid|child|grandson|granddaughter|nephew|niece|stepson|stepdaughter|youngest|eldest|oldest|teen|teenager)';
const ONE_CHILD_AGE_NOW = new RegExp(`\\b(?:our|my|the)\\s+(?:(?:youngest|eldest|oldest|little|only)\\s+)?(${CHILD_NOUN})(?:\\s+(?:is|'s|who is|who's|that is|aged?)\\s+|\\s*\\(\\s*(?:aged?\\s+)?|[.,;:-]?\\s+(?:he|she)\\s*(?:is|'s)\\s+)(?:now\\s+|currently\\s+|already\\s+)?(\\d{1,2})\\b(?![-\\s]*(?:months?|weeks?|%))`);
// The age to come, with "only", "just" or "still" before it ("he'll only be 14 then"), and not a length of time after it
// ("he'll be 14 days in Rwanda": review 9a #7).
const FUTURE_AGE_AFTER = /^[^.!?;]{0,40}?(?:[.!?;]\s*[^.!?;]{0,20}?)?\b(he|she)\s*(?:'ll|will)\s+(?:(?:only|just|still|actually|really|then)\s+)?(?:be|turn)\s+(\d{1,2})\b(?!\s*(?:-\s*)?(?:days?|nights?|weeks?|months?|hours?|hrs?|km|kms|kilometres?|kilometers?|miles?|mins?|minutes?|%|percent|people|of us|in total)\b)/;
const HE_NOUN = /^(?:son|boy|grandson|nephew|stepson)$/;
const SHE_NOUN = /^(?:daughter|girl|granddaughter|niece|stepdaughter)$/;
// Every child word of a message, for sameChild: the nouns the age now is said of, and the plural and kin words.
const CHILD_WORDS_ALL = new RegExp(`\\b(?:${CHILD_NOUN.slice(3, -1)}|kids|children|boys|girls|sons|daughters|twins?|grandkids|grandchildren|nephews|nieces|teens|teenagers)\\b`, 'g');

/**
 * Whether the pronoun of the age to come can only mean the child whose age now was said: its gender fits the noun and
 * no other child is named anywhere in the message ("Our son is 16. Our nephew too: he'll be 15 in July" names two:
 * review 9b #3).
 */
function sameChild(text: string, noun: string, pronoun: string): boolean {
  if ((pronoun === 'he' && SHE_NOUN.test(noun)) || (pronoun === 'she' && HE_NOUN.test(noun))) return false;
  // The party reader's count is no guide: it may count the one child twice, once per age said.
  const others = text.match(CHILD_WORDS_ALL) ?? [];
  return others.every((w) => w === noun || /^(?:youngest|eldest|oldest)$/.test(w) || /^(?:youngest|eldest|oldest)$/.test(noun));
}



type Said = Pick<TripInputs, 'month' | 'start_date' | 'end_date' | 'children' | 'child_ages' | 'duration_days' | 'group_size' | 'adults'>;

// One traveler said as a person ("solo trip", "travelling alone", "just me", «je voyage seul»), not "just me and my wife"
// nor the Spanish or Italian "only" ("solo Ruanda"): beside a count of two or more adults in the same message, two parties.
// "two women travelling alone", "we go alone", "my sister and I, alone": the group goes without others, it is not one person.
const GROUP_ALONE = /\b(?:we|we'?re|we are|us|both|couple|pair|two|three|four|women|men|girls|guys|ladies|friends|sisters|brothers|and i)\b[^.!?,;]{0,15}$/;
const ONE_PERSON = /\b(?:solo (?:trip|travell?er|travel|safari|adventure|holiday|vacation|journey)|(?:travel\w*|going|go|i'?m|i am|be) (?:solo|alone)|(?:just|only) me|by myself|on my own|i travel alone|je voyage seule?|ich reise allein|viajo (?:solo|sola)|viaggio da sol[oa])\b(?!\s*(?:and|&|\+|plus|with|or|,\s*(?:my|and))\b)/;

// "but we only have 5 days off", "só temos 5 dias de folga", "nur 5 Tage Urlaub" (normalized to "days"): the leave the trip must fit.
const LEAVE_CAP = /\b(?:only|just|so|seulement|nur|solo|solamente|somente|apenas|soltanto|maar)\b[^.!?]{0,20}?\b(\d{1,2})\s+days?\s+(?:off\b|of (?:leave|holiday|vacation|annual leave|pto)\b|de folga\b|de ferias\b|de vacaciones\b|de conge\b|urlaub\b|libres?\b|di ferie\b|verlof\b|vrij\b|leave\b|holiday\b|vacation\b)/;

/**
 * Essentials one message states two ways without a correction between them: a fixed period
 * and another month it must be in ("10–20 July, and it has to be in August"), or no children
 * and a child's age ("no children on this trip … our daughter is 9"). Returns the fields and
 * the earlier statement; the later one is what the message keeps.
 */
export function saidTwoWaysInMessage(text: string, months: ReadonlyArray<{ at: number; value: { month?: number; start_date?: string; end_date?: string } }>, out: Extraction, cues: readonly number[], previous?: TripInputs): { fields: TripInputField[]; earlier: Said; later: Said } | undefined {
  const deadline = returnBeforeStart(text, months, cues.length > 0 || CHANGE.test(text) ? undefined : previous, out, previous);
  if (deadline) return deadline;
  // Nobody grows younger: a lower age to come is a contradiction even beside a correction word or cue ("He is 15, or rather he'll
  // only be 14 by then"), as which of the two holds decides a minimum age (review 9a #2).
  const now = ONE_CHILD_AGE_NOW.exec(text);
  const future = now ? FUTURE_AGE_AFTER.exec(text.slice(now.index + now[0].length)) : null;
  if (now && future && Number(future[2]) < Number(now[2]) && Number(now[2]) < 18 && sameChild(text, now[1]!, future[1]!) && !/\b(?:and|plus|with|other|twins?|both|his|her|their|brother|sister)\b|\d/.test(future[0].slice(0, future[0].search(/\b(?:he|she)\s*(?:'ll|will)\s+(?:\w+\s+)?(?:be|turn)\s+\d{1,2}$/)))) {
    return { fields: ['child_ages'], earlier: { children: 1, child_ages: [Number(now[2])] }, later: { children: 1, child_ages: [Number(future[2])] } };
  }
  if (cues.length > 0) return undefined;
  const ranges = twoFixedRanges(text, months);
  if (ranges) return ranges;
  // A trip length the leave cannot hold, even with a weekend at each end: "2 weeks …, but we only have 5 days off".
  const leave = LEAVE_CAP.exec(text);
  if (leave && out.duration_days !== undefined && out.duration_days > Number(leave[1]) + 4 && !CHANGE.test(text)) {
    return { fields: ['duration_days'], earlier: { duration_days: out.duration_days }, later: { duration_days: Number(leave[1]) } };
  }
  // "Solo trip to Amboseli … budget $2,500 for both of us": one traveler and two, and the per-person amount depends on
  // which. With no budget the count moves no verdict (no age rule either: no child), so the count is kept (b11-041's label).
  const budgeted = out.budget_amount !== undefined || out.budget_rate !== undefined || previous?.budget_amount !== undefined || previous?.budget_rate !== undefined;
  const one = ONE_PERSON.exec(text);
  if (budgeted && one && !GROUP_ALONE.test(text.slice(Math.max(0, one.index - 30), one.index)) && (out.adults ?? out.group_size ?? 0) >= 2 && (out.children ?? 0) === 0 && !CHANGE.test(text) && !PARTY_CHANGE.test(text)) {
    return { fields: ['group_size'], earlier: { group_size: 1, adults: 1 }, later: { group_size: out.group_size ?? out.adults! } };
  }
  if (NO_CHILDREN.test(text) && ((out.children ?? 0) > 0 || (out.child_ages?.length ?? 0) > 0) && !CHANGE.test(text)) {
    // "No children, just us … ages 40, 42 and 12": with an age read, the age is what a permit or a lodge's limit turns on,
    // so it is the age the traveler must settle (the earlier statement: no ages at all).
    if ((out.child_ages?.length ?? 0) > 0) return { fields: ['child_ages'], earlier: { child_ages: [] }, later: { children: out.children ?? out.child_ages!.length } };
    return { fields: ['children'], earlier: { children: 0 }, later: { children: out.children ?? out.child_ages!.length } };
  }
  const childAge = NO_CHILDREN.test(text) && !CHANGE.test(text) ? CHILD_AGE_SAID.exec(text) : null;
  if (childAge && Number(childAge[2]) < 18 && !LEFT_HOME.test(text.slice(childAge.index, childAge.index + 80))) {
    const count = childAge[1] === undefined ? 1 : (COUNT_WORD[childAge[1]] ?? Number(childAge[1]));
    return { fields: ['children'], earlier: { children: 0 }, later: { children: count } };
  }
  const sorted = [...months].sort((a, b) => a.at - b.at);
  for (let i = 1; i < sorted.length; i++) {
    const later = sorted[i]!;
    const earlier = sorted[i - 1]!;
    if (later.value.month === undefined || earlier.value.month === undefined || later.value.month === earlier.value.month) continue;
    const between = text.slice(earlier.at, later.at);
    // "We travel 10–17 March and also want the August crossings, same trip": fixed dates, then another month the
    // same trip should also cover. The dates leave no room for it, so the two periods disagree (no switch between them).
    if (isRange(earlier) && later.value.start_date === undefined && !touches(earlier.value, later.value.month) && !ALTERNATIVE_WORDS.test(between) && !CHANGE.test(between) && !SEPARATE_TRIP.test(text) && !PAST_TRIP.test(text.slice(0, later.at)) && (SAME_TRIP.test(text) || (/\b(?:also|as well|too)\b/.test(between) && !/[.!?;]/.test(between) && !otherUseOfMonth(between, text.slice(later.at, later.at + 40))))) {
      return { fields: ['month', 'start_date'], earlier: { month: earlier.value.month, start_date: earlier.value.start_date, end_date: earlier.value.end_date }, later: { month: later.value.month } };
    }
    // "July or August", "from July to August", "July, maybe August", "July-August": alternatives and spans, not two periods (a hyphen inside "half-term" is neither).
    if (/\b(?:or|to|until|till|through|maybe|perhaps|possibly|instead|either)\b|[-/]\s*$/.test(text.slice(Math.max(earlier.at + 1, later.at - 25), later.at).replace(/\b(?:has|have|needs?|got) to\b/g, ' ')) || CHANGE.test(between)) continue;
    // Two bounded parts of different months added into one trip ("the first week of July and also the last two weeks of
    // December"), or a month and then a complete range in another month said as the same stay ("in April for 10 days
    // from 20 May to 30 May"): one trip cannot be both, fixed or not.
    // "in June so honeymoon from 10 to 20 October", "in May but we go 1 to 10 June", "In January we decided: …": the range is the stay, the month something else.
    const sameStay =
      !/[.!?;:]/.test(between) && !ADDED.test(between) && !PAST_TRIP.test(text.slice(0, later.at)) && !/\b(?:and|then|after|afterwards|before|next|but|so)\b/.test(between) && !EVENT_MONTH.test(text.slice(Math.max(0, earlier.at - 40), earlier.at));
    const monthThenRange = earlier.value.start_date === undefined && isRange(later) && !touches(later.value, earlier.value.month) && sameStay;
    const twoParts = bounded(text, earlier) && bounded(text, later) && ADDED.test(between) && !PAST_TRIP.test(text.slice(0, later.at)) && !/[.!?;]/.test(between);
    if (monthThenRange || twoParts) return { fields: ['month'], earlier: { month: earlier.value.month }, later: { month: later.value.month } };
    if (!FIXED_BEFORE.test(text.slice(Math.max(0, later.at - 60), later.at)) && !FIXED_SEASON_BEFORE.test(text.slice(Math.max(0, later.at - 70), later.at))) continue;
    const earlierFixed = earlier.value.start_date !== undefined || FIXED_BEFORE.test(text.slice(Math.max(0, earlier.at - 60), earlier.at));
    // A plain month and then a fixed period added to it ("in July and also fixed on December") cannot both be the trip.
    if (!earlierFixed && !(ADDED.test(between) && !PAST_TRIP.test(text.slice(0, later.at)))) continue;
    const before: Said = { month: earlier.value.month };
    if (earlier.value.start_date) before.start_date = earlier.value.start_date;
    if (earlier.value.end_date) before.end_date = earlier.value.end_date;
    return { fields: before.start_date ? ['month', 'start_date'] : ['month'], earlier: before, later: { month: later.value.month } };
  }
  return undefined;
}

type TimingMention = { at: number; value: { month?: number; start_date?: string; end_date?: string } };
const isRange = (m: TimingMention) => m.value.start_date !== undefined && m.value.end_date !== undefined;
/** A complete range, or a part of a month ("the first week of", "the last 2 weeks of"): a period, not a month to choose in. */
function bounded(text: string, m: TimingMention): boolean {
  return isRange(m) || /\b(?:first|last|second|third|final|\d+(?:st|nd|rd|th)?)\s+(?:\d+\s+)?(?:half|weeks?|days?|fortnight)\s+(?:of|in)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.at - 40), m.at));
}
/** Whether a range reaches into a month (a range from 28 June to 10 July touches July). */
function touches(v: TimingMention['value'], month: number): boolean {
  const from = Number(v.start_date!.slice(5, 7));
  const to = Number(v.end_date!.slice(5, 7));
  return from <= to ? month >= from && month <= to : month >= from || month <= to;
}

/** Whether a stretch of the message names one of the trip's own places ("a wedding in Zanzibar" on a Serengeti–Zanzibar trip). */
function tripPlaceIn(stretch: string, places: Pick<TripInputs, 'destinations' | 'countries'>): boolean {
  const words = (places.destinations ?? []).flatMap((d) => d.split('_')).filter((w) => w.length >= 5 && !/^(?:national|falls|delta|south|north|crater)$/.test(w));
  if (words.length > 0 && new RegExp(`\\b(?:${words.join('|')})\\b`).test(stretch)) return true;
  return (places.countries?.length ?? 0) > 0 && new RegExp(`\\b(?:${COUNTRY_NAME})\\b`).test(stretch);
}

// "by the end of", "by late", "by mid-", "by early", "by the start of": how a month to be home by is said, before the month.
const MONTH_PART = /(?:(?:the\s+)?(?:(?:very\s+)?(end|start|beginning|middle)\s+of\s+(?:the\s+)?)|(early|mid|late)[\s-]*)$/;

/**
 * A month the traveler must be home by ("home by the end of June", "back before mid-July"), beside a trip with dates:
 * the last day of that month (the 15th for "mid", the 10th for "early" or "the start of"), in the year of the trip's
 * dates when it is that month or up to three before it, else the year after ("1–10 December, home by the end of January").
 */
function deadlineMonth(text: string, d: TimingMention, mentions: readonly TimingMention[]): string | undefined {
  const before = text.slice(Math.max(0, d.at - 90), d.at);
  const part = MONTH_PART.exec(before);
  const head = part ? before.slice(0, part.index) : before;
  if (!DEADLINE_BEFORE.test(head)) return undefined;
  const period = mentions.find((m) => m !== d && m.value.start_date !== undefined);
  if (!period) return undefined;
  const month = d.value.month!;
  const startYear = Number(period.value.start_date!.slice(0, 4));
  const startMonth = Number(period.value.start_date!.slice(5, 7));
  // A month up to a quarter before the trip's is that year's; any other is the next one after the trip starts.
  const year = month <= startMonth && startMonth - month <= 3 ? startYear : startYear + 1;
  const kind = part?.[1] ?? part?.[2];
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = kind === 'middle' || kind === 'mid' ? 15 : kind === 'start' || kind === 'beginning' || kind === 'early' ? 10 : last;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}


/**
 * A latest return before the last day of the dates the same message gives ("fixed 15–24
 * September, and we still need to be back by 10 August", "10–17 March and home for the wedding
 * on 15 March"): both cannot hold, whatever correction came before them. The dates are kept;
 * the return is the other statement.
 */
function returnBeforeStart(text: string, mentions: ReadonlyArray<{ at: number; value: { month?: number; start_date?: string; end_date?: string } }>, previous?: TripInputs, places: Pick<TripInputs, 'destinations' | 'countries'> = {}, known?: TripInputs): { fields: TripInputField[]; earlier: Said; later: Said } | undefined {
  for (const d of mentions) {
    // "10–20 July …, and we must be home by the end of June": a month to be home by, as its last day (or the 15th, said "mid").
    const monthBy = d.value.month !== undefined && d.value.start_date === undefined && d.value.end_date === undefined ? deadlineMonth(text, d, mentions) : undefined;
    if (monthBy) {
      const period = mentions.find((m) => m !== d && m.value.start_date !== undefined && (m.value.end_date ?? m.value.start_date)! > monthBy);
      if (period && !CHANGE.test(text.slice(Math.min(period.at, d.at), Math.max(period.at, d.at)))) return { fields: ['end_date'], earlier: { end_date: monthBy }, later: {} };
      continue;
    }
    // The day to be home by: said alone ("back by 10 August") or as a day ("home for the wedding on 15 March").
    const by = d.value.end_date ?? d.value.start_date;
    if (by === undefined || (d.value.start_date !== undefined && d.value.end_date !== undefined)) continue;
    const before = text.slice(Math.max(0, d.at - 110), d.at);
    // An event elsewhere on a day inside the dates the same message gives: the traveler cannot be at both.
    const dayFirst = EVENT_DAY_FIRST.test(before) ? EVENT_AFTER_DAY.exec(text.slice(d.at, d.at + 110))?.[0] : undefined;
    if ((EVENT_DUE.test(before) && !tripPlaceIn(before.slice(before.search(EVENT_DUE)), places)) || (dayFirst !== undefined && !tripPlaceIn(dayFirst, places))) {
      const during = mentions.find((m) => m !== d && m.value.start_date !== undefined && m.value.end_date !== undefined && m.value.start_date < by && m.value.end_date > by);
      if (during && !CHANGE.test(text.slice(Math.min(during.at, d.at), Math.max(during.at, d.at)))) return { fields: ['end_date'], earlier: { end_date: by }, later: {} };
      // The dates were said before ("Aug 10–20", then "actually, we also must be in Lisbon on Aug 15 for a wedding"): an
      // event is no new date for the trip, so even after a correction word the known dates stay and the event is the other statement.
      const from = known?.start_date;
      const to = known?.end_date;
      if (from && to && from < by && to > by && !mentions.some((m) => m !== d && m.value.start_date !== undefined && m.value.end_date !== undefined) && !tripPlaceIn(before.slice(-60), known)) {
        return { fields: ['end_date'], earlier: { end_date: by }, later: { month: Number(from.slice(5, 7)) } };
      }
    }
    if (!DEADLINE_BEFORE.test(text.slice(Math.max(0, d.at - 70), d.at))) continue;
    // Home before the trip's last day: the trip and the return cannot both hold.
    const period = mentions.find((m) => m !== d && m.value.start_date !== undefined && (m.value.end_date ?? m.value.start_date)! > by);
    if (period && !CHANGE.test(text.slice(Math.min(period.at, d.at), Math.max(period.at, d.at)))) return { fields: ['end_date'], earlier: { end_date: by }, later: {} };
    // The period said before ("10–17 August", then "we need to be home for a wedding on the 14th"): the
    // day is a return, not new dates, so the known period stays and the return is the other statement.
    // (A return the reader already took as an end date is contradictedFields' to name.)
    if (!period && d.value.end_date === undefined && previous?.start_date && previous.end_date && previous.start_date < by && previous.end_date > by && !mentions.some((m) => m !== d && m.value.start_date !== undefined)) {
      return { fields: ['end_date'], earlier: { end_date: by }, later: { month: Number(previous.start_date.slice(5, 7)) } };
    }
  }
  return undefined;
}

// "5–12 August, and also 20–27 August", "… et aussi du 20 au 27", "… und auch …": a second period added to the first.
const ALSO_BETWEEN = /\b(?:also|as well|too|plus|aussi|auch|tambien|también|anche|ook|tambem|também|in addition)\b/;
// "both fixed", "dates fixes toutes les deux", "beide fest": each period said to be fixed.
const BOTH_FIXED = /\b(?:both|toutes? (?:les|the) (?:deux|2)|tous (?:les|the) (?:deux|2)|beide|ambas|ambos|entrambe|entrambi|allebei|alle twee)\b/;
// "fixed" in the other languages' words the first pass leaves ("fixes", "fest", "fijas", "fisse", "vast").
const FIXED_WORD = /\b(?:fix(?:ed|es|e|os|as|o|a|i)|fest|fijas?|fijos?|fiss[eia]|fissate|vast(?:gelegd|staan)?)\b/;
// "5–12 August or 20–27 August", "either … or …", "otherwise": periods offered as alternatives.
const ALTERNATIVE = /\b(?:or|either|otherwise|alternatively|ou|oder|o|of|instead)\b/;

/**
 * Two complete periods in one message that do not overlap, the second added to the first
 * ("5–12 August, and also 20–27 August") while the message says its dates are fixed: one
 * trip cannot hold both. Periods offered as alternatives, or run one after the other (a
 * second stop from the day the first ends), are none.
 */
function twoFixedRanges(text: string, mentions: ReadonlyArray<{ at: number; value: { month?: number; start_date?: string; end_date?: string } }>): { fields: TripInputField[]; earlier: Said; later: Said } | undefined {
  if (!FIXED_SAID.test(text) && !FIXED_WORD.test(text)) return undefined;
  const ranges = [...mentions].filter((m) => m.value.start_date !== undefined && m.value.end_date !== undefined).sort((a, b) => a.at - b.at);
  for (let i = 1; i < ranges.length; i++) {
    const [a, b] = [ranges[i - 1]!.value, ranges[i]!.value];
    const [first, second] = a.start_date! <= b.start_date! ? [a, b] : [b, a];
    // Overlapping, or the second begins within a day of the first's end: one trip in two parts.
    if (second.start_date! <= plusOne(first.end_date!)) continue;
    const between = text.slice(ranges[i - 1]!.at, ranges[i]!.at);
    if (ALTERNATIVE.test(between) || CHANGE.test(between) || PAST_TRIP.test(between)) continue;
    if (!ALSO_BETWEEN.test(between) && !BOTH_FIXED.test(text)) continue;
    const said = (v: typeof a): Said => ({ month: v.month ?? Number(v.start_date!.slice(5, 7)), start_date: v.start_date!, end_date: v.end_date! });
    return { fields: ['start_date', 'end_date'], earlier: said(a), later: said(b) };
  }
  return undefined;
}

function plusOne(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

type BudgetReading = { at: number; value: Pick<TripInputs, 'budget_amount' | 'budget_currency' | 'budget_basis'> };

/**
 * A per-person amount and a total in the same message that disagree for the party
 * ("$3,000 per person, so $4,000 total for both of us"): the other statement, to keep
 * in the order said. A restatement that adds up, or a correction, is none.
 */
export function budgetSaidTwoWays(text: string, readings: readonly BudgetReading[], out: Extraction, previous: TripInputs | undefined, cues: readonly number[] = []): { earlier: BudgetReading['value']; later: BudgetReading['value'] } | undefined {
  if (cues.length > 0 || readings.length < 2 || out.budget_amount === undefined) return undefined;
  const group = out.group_size ?? previous?.group_size ?? (out.adults !== undefined ? out.adults + (out.children ?? 0) : undefined);
  if (group === undefined || group < 2) return undefined;
  const kept = readings.find((r) => r.value.budget_amount === out.budget_amount && r.value.budget_basis === out.budget_basis);
  const other = readings.find((r) => r !== kept && r.value.budget_basis !== undefined && r.value.budget_basis !== out.budget_basis && (r.value.budget_currency ?? out.budget_currency) === out.budget_currency);
  if (!kept || !other || !out.budget_basis) return undefined;
  const between = text.slice(Math.min(kept.at, other.at), Math.max(kept.at, other.at));
  if (CHANGE.test(between)) return undefined;
  const total = (basis: string, amount: number) => (basis === 'total' ? amount : amount * group);
  const a = total(out.budget_basis, out.budget_amount);
  const b = total(other.value.budget_basis!, other.value.budget_amount!);
  if (Math.abs(a - b) <= 0.1 * Math.max(a, b)) return undefined;
  return other.at < kept.at ? { earlier: other.value, later: kept.value } : { earlier: kept.value, later: other.value };
}

// A budget said to be small, and said to have no limit: "our budget is tight … money no object".
const BUDGET_SMALL = /\b(?:(?:our|my|the) budget(?:'s| is) (?:(?:a bit|quite|very|really|pretty|rather) )?(?:tight|limited|small|modest|low)|(?:money|cash|funds)(?:'s| is| are) (?:(?:a bit|quite|very|really|pretty) )?(?:tight|limited|short)|(?:on )?a (?:tight|limited|small|modest|shoestring) budget|(?:we|i) (?:can'?t|cannot) (?:spend|afford) (?:much|a lot))\b/;
// Said of the money itself, not scoped to one thing after it ("no limit for the kids' activities", "sky's the limit next year",
// "price doesn't matter for the flights"): a bare "no limit" or "whatever it costs" is about something else (review s6b F7).
const BUDGET_UNLIMITED = /\b(?:money(?:'s| is)? no object|(?:no|without (?:a|any)) budget limit|no limit (?:on|to) (?:the |our |my )?(?:budget|spending)|budget (?:is |'s )?(?:unlimited|no object|not an issue)|(?:price|cost|money) (?:doesn'?t|does not|is no|is not an?) (?:matter|object|issue|problem)|sky'?s the limit)\b(?!\s*(?:for|on|to|next|though|as|when|with|if|once|after)\b)/;

/**
 * A budget said two ways in one message with no amount to hold either ("our budget is tight, money no object"):
 * true when a small budget and no limit are both said and nothing between them changes the mind.
 */
export function budgetLevelsClash(text: string, cues: readonly number[] = []): boolean {
  const small = BUDGET_SMALL.exec(text);
  const open = BUDGET_UNLIMITED.exec(text);
  if (!small || !open || cues.length > 0) return false;
  const between = text.slice(Math.min(small.index, open.index), Math.max(small.index + small[0].length, open.index + open[0].length));
  // One clause: a sentence end or a semicolon between them leaves two separate remarks.
  if (/[.;!?]/.test(between)) return false;
  return !CHANGE.test(between) && !/\b(?:but|if|unless|except|not)\b/.test(between.replace(small[0], ' ').replace(open[0], ' '));
}

/**
 * The essential inputs one message states differently from what is already known,
 * without correcting them: a second fixed period that cannot hold with the first, a
 * party that disagrees with the one stated ("just me, solo", then "my wife and I"),
 * children after "no children", a per-person budget restated as a different total. A
 * message that changes its mind on purpose ("actually", "my brother is joining", "we can
 * now stretch to…") is a correction, never a contradiction.
 */
export function contradictedFields(text: string, out: Extraction, previous: TripInputs | undefined, cues: readonly number[] = []): TripInputField[] {
  if (!previous) return [];
  const changing = cues.length > 0 || CHANGE.test(text);
  const fields: TripInputField[] = [];

  // Two fixed periods: both stated as not movable, and they disagree.
  if (previous.flexible_dates === false && out.flexible_dates === false && !changing) {
    const before = previous.start_date ? Number(previous.start_date.slice(5, 7)) : previous.month;
    const after = out.start_date ? Number(out.start_date.slice(5, 7)) : out.month;
    if (before !== undefined && after !== undefined && before !== after) {
      fields.push(out.start_date || previous.start_date ? 'start_date' : 'month');
      if (out.start_date || previous.start_date) fields.unshift('month');
    }
  }

  // "Serengeti in July" and then "and we're fixed on the first two weeks of December": a fixed
  // period added to the known month (not put in its place) cannot hold with it.
  if (!changing && !fields.includes('month') && previous.month !== undefined && out.month !== undefined && out.month !== previous.month && FIXED_SAID.test(text) && ADDED_LATER.test(text)) {
    fields.push('month');
  }

  // "Chobe 2–9 June" and then "and we're also fixed on 18–25 June": a second fixed range added to the known one.
  if (!changing && !fields.includes('start_date') && previous.start_date && previous.end_date && out.start_date && out.end_date && (FIXED_SAID.test(text) || FIXED_WORD.test(text)) && ADDED_LATER.test(text) && !ALTERNATIVE.test(text)) {
    const [first, second] = previous.start_date <= out.start_date ? [previous, out] : [out, previous];
    if (second.start_date! > plusOne(first.end_date!)) fields.push('start_date', 'end_date');
  }

  // "we're going in June 2027", then "12 days from the 25th of July": dates in another month than the
  // month and year said before, with no correction, are two periods (a month alone, without its year, may be a guess).
  if (!changing && !fields.includes('month') && previous.month !== undefined && previous.year !== undefined && !previous.start_date && out.start_date && Number(out.start_date.slice(5, 7)) !== previous.month && Number(out.start_date.slice(0, 4)) === previous.year && !/\b(?:or|either|otherwise|alternatively|maybe|perhaps|possibly)\b/.test(text)) {
    fields.push('month');
  }

  // "we need to be back home by 12 February" after 10–17 February: a latest return before the known end.
  if (out.end_date !== undefined && out.start_date === undefined && previous.end_date !== undefined && out.end_date < previous.end_date && !changing) fields.push('end_date');

  // The party said two ways.
  if (!changing && !PARTY_CHANGE.test(text)) {
    const size = (i: { adults?: number; children?: number; group_size?: number }) => i.group_size ?? (i.adults !== undefined ? i.adults + (i.children ?? 0) : undefined);
    const was = size(previous);
    const is = size(out);
    if (was !== undefined && is !== undefined && was !== is && (out.adults !== undefined || out.group_size !== undefined)) {
      fields.push(out.group_size !== undefined ? 'group_size' : 'adults');
    }
  }
  // "my sister dropped out, so it's 4 of us now" after 3: the change said goes one way and the count the other.
  {
    const size = (i: { adults?: number; children?: number; group_size?: number }) => i.group_size ?? (i.adults !== undefined ? i.adults + (i.children ?? 0) : undefined);
    const was = size(previous);
    const is = size(out);
    const leaves = LEAVES.test(text);
    const joins = JOINS.test(text);
    if (was !== undefined && is !== undefined && leaves !== joins && (leaves ? is > was : is < was) && !fields.some((f) => f === 'group_size' || f === 'adults')) {
      fields.push(out.group_size !== undefined ? 'group_size' : 'adults');
    }
  }
  if (previous.children === 0 && ((out.children ?? 0) > 0 || (out.child_ages?.length ?? 0) > 0) && !changing && !PARTY_CHANGE.test(text)) fields.push('children');

  // "me and my son who is 16", later "oh, and he's 12 by the way": the same children's ages said again differently,
  // with no correction word, no birthday and no child added, cannot both hold (a minimum age may turn on it).
  const agesBefore = previous.child_ages;
  const agesNow = out.child_ages;
  if (!changing && !PARTY_CHANGE.test(text) && !AGING.test(text) && agesBefore?.length && agesNow?.length === agesBefore.length && (out.children === undefined || out.children === agesBefore.length)) {
    const key = (a: readonly number[]) => [...a].sort((x, y) => x - y).join(',');
    if (key(agesBefore) !== key(agesNow)) fields.push('child_ages');
  }

  // A per-person amount restated as a different total (or the reverse).
  if (previous.budget_amount !== undefined && out.budget_amount !== undefined && out.budget_basis && previous.budget_basis && out.budget_basis !== previous.budget_basis) {
    const group = out.group_size ?? previous.group_size ?? (previous.adults !== undefined ? previous.adults + (previous.children ?? 0) : undefined);
    const sameCurrency = (out.budget_currency ?? previous.budget_currency) === previous.budget_currency;
    if (group !== undefined && sameCurrency && (RESTATES.test(text) || !changing)) {
      const total = (basis: string, amount: number) => (basis === 'total' ? amount : amount * group);
      const a = total(previous.budget_basis, previous.budget_amount);
      const b = total(out.budget_basis, out.budget_amount);
      if (Math.abs(a - b) > 0.1 * Math.max(a, b)) fields.push('budget_amount');
    }
  }
  return fields;
}

/**
 * A trip total that disagrees with the nightly or daily rate said before, over the trip's
 * length and party ("$500 per person per night", then "total budget is $2,000 for 10
 * days"): the earlier statement as the per-person amount the rate comes to, so both can be
 * named. The length is read both ways (10 days is 9 or 10 nights); a correction is none.
 */
export function rateRestatedAsTotal(text: string, out: Extraction, previous: TripInputs | undefined, cues: readonly number[] = []): Pick<TripInputs, 'budget_amount' | 'budget_currency' | 'budget_basis'> | undefined {
  const rate = previous?.budget_rate;
  if (!rate || out.budget_amount === undefined || out.budget_rate || out.budget_basis !== 'total') return undefined;
  if ((cues.length > 0 || CHANGE.test(text)) && !RESTATES.test(text)) return undefined;
  if ((out.budget_currency ?? rate.currency) !== rate.currency) return undefined;
  const days = out.duration_days ?? previous.duration_days;
  const group = out.group_size ?? previous.group_size ?? (previous.adults !== undefined ? previous.adults + (previous.children ?? 0) : undefined);
  if (days === undefined || days < 1 || group === undefined) return undefined;
  const people = rate.basis === 'total' ? 1 : group;
  const [fewest, most] = rate.per === 'night' ? [Math.max(1, days - 1), days] : [days, days + 1];
  const [low, high] = [rate.amount * fewest * people, rate.amount * most * people];
  if (out.budget_amount >= 0.9 * low && out.budget_amount <= 1.1 * high) return undefined;
  const basis = rate.basis ?? 'per_person';
  return { budget_amount: rate.amount * fewest, budget_currency: rate.currency, budget_basis: basis };
}

/**
 * A child named with an age by who the child is ("our youngest (13)", "the youngest of our three is 14"), not one left at
 * home: the count of children it says (one, or "of our three") and the age. Read after a party said to have no children,
 * "Our youngest (13) is coming after all" puts the child in the party (review 9a #4), which the party reader leaves
 * unread when birth order alone names the child.
 */
export function childNamedWithAge(text: string): { count: number; age: number } | undefined {
  const m = CHILD_AGE_SAID.exec(text);
  if (!m || Number(m[2]) >= 18 || LEFT_HOME.test(text.slice(m.index, m.index + 80))) return undefined;
  if (/\b(?:not|isn'?t|aren'?t|won'?t|can'?t|cannot|never|stays?|staying)\b/.test(text.slice(m.index, m.index + 60))) return undefined;
  return { count: m[1] === undefined ? 1 : (COUNT_WORD[m[1]] ?? Number(m[1])), age: Number(m[2]) };
}

/** Whether a message says the party changes on purpose ("is coming after all", "joins us", "actually"), not a bare restatement. */
export function partyChangedOnPurpose(text: string, cues: readonly number[] = []): boolean {
  return cues.length > 0 || CHANGE.test(text) || JOINS.test(text) || /\b(?:is|are|'s|'re) (?:coming|joining)\b|\b(?:bring(?:ing)?|tagging along|come along|comes along)\b/.test(text);
}
