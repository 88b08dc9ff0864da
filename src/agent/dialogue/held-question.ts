import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import type { DestinationId, TripInputs, TripInputsDelta } from '../../domain/trip-inputs';
import type { Extraction } from '../extraction-schema';
import { CONDITIONAL, type ActReading } from './recognise';
import { ADD_EXTEND, PRICE, TIER, WHY_NOT } from './cues';
import { placesExtracted, placesNamed } from './places';
import { cueText, daysToAdd, withoutPictographs } from './text';
import { proposalOf } from './hypothetical';

/**
 * Once a decision stands, a message in the interrogative mood that commits to nothing asks
 * about the plan; it does not change it ("isn't South Luangwa the home of walking safaris?",
 * «et avec un hôtel de plage plus chic ?», „kann unser Sohn in Ruanda zu den Gorillas?",
 * „er wird im Februar 15, dann im Februar?"). Decided on the dialogue act, after the
 * recogniser: whatever facts the extractor read from the question stay out of the merge.
 *
 * The interrogatives that still change the inputs: a request addressed to the agent ("could we
 * add 2 nights in Amboseli?", «on pourrait partir en août ?», „können wir 12 Tage machen?"),
 * which the earlier sets' writers all read as the change asked for; an explicit correction of a
 * fact ("sorry, we're 3 adults, not 2?"); and an acknowledgement before another month ("thanks,
 * and what about December?"), which moves on to it.
 */

/** On `cueText`: a question mark, or a question's opening (question word, inversion, "what about", «et si», „wäre", a supposition: "say we …", «mettons …», „angenommen …"). */
const INTERROGATIVE =
  /\?|^(?:(?:and|so|but|hmm+|well|wait|et|mais|alors|bon|und|aber|also|na)\W+)*(?:what about|how about|what if|what (?:would|does|do|is|'?s|changes|happens)|say|suppose|supposing|assuming|hypothetically|imagine|imaginons|mettons|supposons|en admettant|(?:ca|cela) change (?:quoi|quelque chose)|qu'est-ce qui change|angenommen|gesetzt den fall|falls|was andert sich|andert sich (?:was|etwas)|how (?:would|does|much|many|is|are)|how'?s|is|isn'?t|are|aren'?t|would|wouldn'?t|wud|wld|wd|does|doesn'?t|do|don'?t|will|et si|et avec|et pour|et en|est-ce|est ce|c'?est (?:possible|faisable|jouable)|c possible|(?:passt|geht|klappt|reicht|reichen|funktioniert|ginge|wurde) (?:das|es)|und (?:im|in|fur)|serait|ce serait|ca serait|qu'en est-il|was (?:ware|ist|wenn|kostet)|ware|waren|wie (?:ware|sieht|ist)|ist|sind|kann (?!ich\b|man\b)|und wenn|und mit)\b/;

/**
 * A tag question or a question's closing words with no "?" ("june is fine too, right", «c'est la saison sèche, non», „das
 * geht auch, oder", «en mai ça donne quoi», „im Mai ginge das auch"): it asks. "no"/«non»/„ne" only after a comma, so that a sentence ending on the word is not one.
 */
const TAG = /(?:\b(?:wie sahe (?:das|es) aus|wie sieht (?:das|es) (?:dann )?aus|(?:ca|cela) (?:donne|donnerait|ferait) quoi|(?:ginge|geht|klappt|passt|reicht|funktioniert) (?:das|es)(?: (?:auch|dann|noch))?|or not|ou pas|right|correct|isn'?t it|aren'?t they|doesn'?t it|don'?t they|n'est-ce pas|pas vrai|hein|oder|oder nicht|nicht wahr|gell|stimmt'?s)|,\s*(?:no|non|ne))\W*$/;

/** Words that commit to a change: the traveler decides, not asks (SMS "well go in july" is "we'll"; "as well" is not). */
const COMMITMENT =
  /\b(?:let'?s|lets|let us|it is|make it|we'll|we will|(?<!\bas )well (?=go|do|take|book|stay|travel|leave|fly)|we'?re going|go (?:with|for)|book (?:it|that|this)|switch (?:it )?to|change (?:it )?to|on part|partons|c'est decide|on fait|faisons|va pour|on prend|prenons|on y va|machen wir|nehmen wir|wir nehmen|wir fahren|fahren wir|schieben wir|buch(?:t|en)? (?:es|das)|abgemacht)\b/;

/** A supposition opens the message ("say we go in June", „angenommen wir fahren im Juni"): what follows is supposed, not committed to. */
const SUPPOSED = /^(?:say|suppose|supposing|assuming|hypothetically|imagine|imaginons|mettons|supposons|en admettant|angenommen|gesetzt den fall|falls)\b/;

/**
 * A commitment outside a supposition: "say we go in June" supposes, but "Falls möglich, nehmen wir lieber den Oktober",
 * "say, let's switch to the Mara", "mettons 10 jours, on part comme ça" decide once the supposed clause has closed (F14).
 */
function committed(t: string): boolean {
  if (!COMMITMENT.test(t)) return false;
  if (!SUPPOSED.test(t)) return true;
  const rest = /(?:[,;:]|\s(?:but|mais|aber|then)\s)(.*)$/.exec(t)?.[1] ?? '';
  return COMMITMENT.test(rest) && !/\?|\b(?:what|how|quoi|comment|was|wie)\b/.test(rest);
}

/**
 * Children named as travelers: "our kids", "the grandchildren", «nos enfants», „die Kinder", „unserem Sohn", and the kin the
 * extractor counts as children (party.ts): "my niece", "our grandson", «mon neveu», „meine Nichte" (review 1, P1).
 */
const CHILD_WORD =
  /\b(?:kids?|children|child|grandchildren|grandkids?|grandsons?|granddaughters?|nieces?|nephews?|step-?sons?|step-?daughters?|babies|baby|infants?|son|sons|daughters?|toddlers?|teens?|teenagers?|enfants?|fils|filles?|petits-enfants|petite?s?-(?:fils|filles?)|neveux?|filleule?s?|ados?|kinder\w*|kind|kindern|enkel\w*|sohn\w*|sohne\w*|tochter\w*|tochtern|nichte\w*|neffe\w*|patenkind\w*|stief(?:sohn|tochter|kind)\w*)\b/;

/**
 * Whether children join whom the inputs do not hold: a child counted or aged beyond the known ones, or children named
 * with no number ("with our kids") when none are known, which the extractor reads as a family.
 */
export function childrenJoin(t: string, delta: TripInputsDelta, known: TripInputs): boolean {
  if (!CHILD_PARTY.test(t)) return false;
  const youngest = known.child_ages?.length ? Math.min(...known.child_ages) : Infinity;
  if ((delta.children ?? 0) > (known.children ?? 0) || (delta.child_ages ?? []).some((age) => age < youngest)) return true;
  return !(known.children ?? 0) && !known.child_ages?.length;
}


/** Children named with no number join the party (on the raw text): the merge counts a family, so the age rules ask their ages. */
export function childrenNamed(text: string, delta: TripInputsDelta, known: TripInputs): boolean {
  return delta.traveler_type === undefined && delta.children === undefined && childrenJoin(cueText(withoutPictographs(text)).trim(), delta, known);
}

/** Words that state a change rather than weigh one: "now", "instead", "actually", «finalement», „jetzt", "move it to". */
const STATED_CHANGE = /\b(?:now|instead|actually|after all|we decided|decided|maintenant|finalement|desormais|en fait|jetzt|nun|stattdessen|eigentlich|move (?:it |the trip )?to)\b/;

/** A tag closing a stated fact: held only when it weighs an option ("october is fine as well, right"), not when it states one. */
function tagStated(t: string, delta: TripInputsDelta): boolean {
  if (INTERROGATIVE.test(t) || !TAG.test(t)) return false;
  if (STATED_CHANGE.test(t)) return true;
  const facts = [...PARTY_OR_MONEY, 'budget_basis'] as const;
  return facts.some((k) => delta[k] !== undefined) && !ALSO.test(t) && !CONDITIONAL_ASK.test(t);
}

/** A request addressed to the agent: "could we …", «on pourrait …», „können wir …", "can you make it …". */
const REQUEST =
  /\b(?:(?:could|can|may|might|shall) (?:we|i|you|u|they)|is it possible to|possible d'|(?:on|nous) (?:pourrait|pourrions|peut|pouvons|peut-tu)|pourrait-on|pourrions-nous|peut-on|pouvons-nous|(?:pouvez|pourriez)-vous|(?:vous|tu) (?:pouvez|pourriez|peux)|serait-il possible|est-il possible|(?:konnen|konnten|konnt|konntet) (?:wir|ihr|sie|ma|mir)|(?:wir|ihr) (?:konnen|konnten)|kann (?:ich|man)|konnte man|geht noch|chond mir)\b/;

/**
 * "Can you see leopards there too?", «on peut voir des gorilles ?», „kann man dort Nashörner sehen?": a request's words
 * asking what the plan shows (a generic "you"/«on»/„man"), not a change asked of the agent.
 */
const SIGHTING = /\b(?:see|spot|watch|observe|photograph|encounter|voir|observer|apercevoir|croiser|photographier|sehen|beobachten|erleben|fotografieren|entdecken)\b/;

function requested(t: string): boolean {
  return REQUEST.test(t) && !(SIGHTING.test(t) && !ADDS.test(t) && !/\d/.test(t));
}

/** A fact corrected, not asked ("sorry, 3 adults not 2", «pardon, 3 adultes et pas 2», „sorry, 3 Erwachsene, nicht 2"). */
const CORRECTION = /\b(?:sorry|oops|correction|i meant|we meant|my mistake|pardon|je voulais dire|erreur|korrektur|ich meinte|verschrieben|actually|en fait|eigentlich)\b|\b(?:not|pas|nicht)\s+\d/;

/** An acknowledgement first: "thanks, and what about December?" moves on to the month (the earlier sets' writers). */
const ACK_LEAD = /^(?:thanks?|thank you|thx|ty|cheers|merci\w*|danke\w*|vielen dank|ok(?:ay)?|d'accord|gut|super)\b/;

/**
 * "ok, would May work as well?", «d'accord, juin ça irait aussi ?», „ok, ginge auch Mai?": after an acknowledgement, a
 * conditional asked with "too/also" weighs one more option beside the plan; it does not move to it ("instead" does).
 */
const ALSO = /\b(?:too|as well|also|aussi|egalement|auch|ebenfalls)\b/;
const INSTEAD = /\b(?:instead|rather|plutot|a la place|stattdessen|lieber|eher)\b/;
const CONDITIONAL_ASK = /\b(?:would|wouldn'?t|wud|wld|wd|could|might|serait|ferait|irait|marcherait|passerait|ware|waren|wurde|ginge|klappte)\b/;

function alsoAsked(t: string): boolean {
  return ALSO.test(t) && CONDITIONAL_ASK.test(t) && !INSTEAD.test(t);
}

/** An upgrade asked about ("something fancier?", «plus chic», „was Schickeres"): the price of a higher tier. */
const UPGRADE = /\b(?:fancier|fancy|posher|posh|plusher|upscale|swankier|nicer (?:camps?|lodges?|hotels?)|plus (?:chic|luxueu\w*|haut de gamme|confortables?)|(?:hotel|lodge|camp)s? (?:plus )?chics?|schicker\w*|edler\w*|luxurioser\w*|gehobener\w*)\b/;

export interface HeldContext {
  extraction: Extraction;
  delta: TripInputsDelta;
  known: TripInputs;
  planned: readonly DestinationId[];
  month?: number;
  pack: PackIndex;
}

/** Whether a message is asked rather than stated (on the raw text). */
export function interrogative(text: string): boolean {
  return asked(cueText(withoutPictographs(text)).trim());
}

function asked(t: string): boolean {
  return INTERROGATIVE.test(t) || TAG.test(t);
}

/**
 * The question act a message held by the interrogative mood is answered with, or undefined when
 * the message may change the inputs (not a question, a commitment, a request, a correction, an
 * addition asked for). `price` for a tier or cost; `why_not` when it names a place or country the
 * plan does not have (or "what about" a new interest); else `why`, with what it would change
 * recorded as a proposal ("ok, let's do that" takes it).
 */
export function heldQuestion(text: string, reading: ActReading, ctx: HeldContext): ActReading | undefined {
  if (reading.act !== 'trip' && reading.act !== 'change_mind' && reading.act !== 'add_extend') return undefined;
  const t = cueText(withoutPictographs(text)).trim();
  if (!asked(t) || committed(t) || (ACK_LEAD.test(t) && !alsoAsked(t))) return undefined;
  // Children who join ("can we see the gorillas with our kids?", "we bring the kids, right", „angenommen, die Kinder kommen mit"):
  // who travels changes, in any form, so the age rules see them (second safety review, F2, F5, F13).
  if (childrenJoin(t, ctx.delta, ctx.known)) return undefined;
  // So do others who join ("my sister comes too, right", "say my parents join us", "we bring my mother too, right"); a count
  // only supposed ("what if we were 4 adults?") is still weighed as a trial.
  if ((JOINS.test(t) || BRINGS.test(t) || (TAG.test(t) && !INTERROGATIVE.test(t))) && changesParty(ctx.delta, ctx.known)) return undefined;
  // A fact stated and closed by a tag ("our budget is $12000 now, right", "3 adults, no"): a change asking to be confirmed (F6).
  if (tagStated(t, ctx.delta)) return undefined;
  const priced = PRICE.some((re) => re.test(t)) || TIER.test(t) || UPGRADE.test(t);
  const named = [...new Set([...placesExtracted(ctx.extraction), ...placesNamed(text, ctx.pack)])];
  const fresh = named.filter((id) => !ctx.planned.includes(id));
  // An addition is asked for, unless the question is what it would cost ("what would a luxury camp add?").
  // So is one that asks whether the plan holds with someone more or another length ("et avec ma sœur en plus ?", „passt das auch mit 7 Tagen"): no place, no days added, no verb of adding.
  const partyOrLength = fresh.length === 0 && daysToAdd(text) === undefined && !ADDS.test(t) && !ctx.delta.destinations?.length && !ctx.delta.countries?.length && !ctx.delta.priorities?.length;
  if (reading.act === 'add_extend' && !((priced || partyOrLength) && fresh.length === 0 && daysToAdd(text) === undefined && !requested(t))) return undefined;
  if (requested(t) || ADD_EXTEND.some((re) => re.test(t) && reading.act !== 'add_extend')) return undefined;
  // "What if we do 9 days instead of 7?": a length set against the old one, in the present, is a change (the seventh round).
  const corrects = (CORRECTION.test(t) && PARTY_OR_MONEY.some((k) => ctx.delta[k] !== undefined)) || (ctx.delta.duration_days !== undefined && SET_AGAINST.test(t) && !CONDITIONAL.test(t));
  if (corrects) return undefined;
  if (priced && fresh.length === 0) return { act: 'price' };
  const plannedCountries = new Set(ctx.planned.map((id) => ctx.pack.byId.get(id)?.country));
  const otherCountry = (ctx.delta.countries ?? []).some((c) => !plannedCountries.has(c) && !ctx.known.countries?.includes(c));
  const newInterest = (ctx.delta.priorities ?? []).some((p) => !ctx.known.priorities?.includes(p)) && WHY_NOT.some((re) => re.test(t));
  const proposal = proposalOf(ctx.delta, { t, known: ctx.known, planned: ctx.planned, ...(ctx.month !== undefined ? { month: ctx.month } : {}), pack: ctx.pack, adds: false, named });
  const act = fresh.length || otherCountry || newInterest ? 'why_not' : 'why';
  const about = act === 'why_not' ? fresh[0] : (reading.about ?? ctx.planned[0]);
  const ownAges = proposal?.child_ages && OWN_CHILD.test(t) ? ({ ownAges: true } as const) : {};
  // Someone of the party stated, not supposed ("we are 3 adults now, ok?", „darf unser Sohn (13) mit?"): merged and decided on,
  // so an age limit or a per-person cost is not lost (safety review, finding 1). A child whose age the trial weighs stays with ownAges.
  // A child of the party who comes along ("can our 12-year-old come too?") is a traveler stated, whatever the booking's age limit.
  if ((!('ownAges' in ownAges) || JOINS.test(t)) && partyStated(text, ctx.delta, ctx.known)) return undefined;
  return { act, ...(about ? { about } : {}), ...(proposal ? { proposal } : {}), ...ownAges };
}

/** A child of the party named with its age ("our 12 year old", «notre fils de 12 ans», „unsere 12-jährige"), or one who comes along. */
const OWN_CHILD = /\b(?:our|my|notre|nos|mon|ma|unser\w*|mein\w*)\b[^.?!]{0,25}\d|\b(?:came|comes|coming) (?:too|along|with us)\b|\b(?:vient|viendrait|venait) (?:aussi|avec nous)\b|\b(?:kommt|kame|kommen) (?:auch )?mit\b/;

/** Someone joining the trip: "come too / along / with us", «venir aussi / avec nous», „mitkommen", „kommt auch mit". */
const JOINS_SRC = String.raw`\b(?:come|comes|came|coming|join|joins|joined|joining|tag along)\b|\b(?:venir|viennent|vient|viendrait|venait|viendra|rejoindre|rejoint)\b|\bmitk[oa]mm\w*|\b(?:kommt|kommen|kame|kamen) (?:auch |ebenfalls )?mit\b`;
const JOINS = new RegExp(JOINS_SRC);

/** Someone brought along: "we bring my mother", «on emmène ma sœur», „wir nehmen Oma mit". */
const BRINGS = /\b(?:bring|brings|bringing|emmen\w*|amen\w*|mitbring\w*|mitnehm\w*)\b|\b(?:nehmen|nehme|bringen)\b[^.?!]{0,30}\bmit\b/;

/**
 * Children named as the party's own ("with our kids", "say our kids come along", «avec les enfants», „die Kinder kommen
 * mit"); not a child supposed in general ("would a 12 year old be ok?", „mit 3 Kindern"), which the trial answers with the limit.
 */
const CHILD_PARTY = new RegExp(String.raw`\b(?:our|my|the|with|nos|mes|les|avec|unser\w*|mein\w*|die|den|mit)\s+(?:(?!\d|a\b|an\b|un\b|une\b|ein\w*\b)\w+\s+)?${CHILD_WORD.source}`);

const ADDS = /\b(?:add\w*|tack|extend\w*|throw in|include|fit in|squeeze in|ajout\w*|rajout\w*|prolong\w*|inclure|hinzu\w*|dranh\w*|anh[a]ng\w*|hinten dran|verlanger\w*|einbauen|einplanen)\b/;

const SET_AGAINST = /\b(?:instead of|rather than|au lieu de|plutot que|statt|anstatt|anstelle von)\s+\d/;

const PARTY_OR_MONEY = ['adults', 'children', 'child_ages', 'group_size', 'budget_amount', 'duration_days'] as const;

/** Someone of the party with a number: "our 12 year old", «notre fille de 12 ans», „wir sind jetzt 3", «nous serons 3 adultes». */
const OWN_PARTY =
  /\b(?:our|my|notre|nos|mon|ma|unser\w*|mein\w*)\b[^.?!]{0,25}\d|\b(?:we are|we're|we will be|we'?ll be|there are|there will be|nous (?:sommes|serons)|on (?:est|sera)|wir sind|wir werden)\b[^.?!]{0,25}\d/;

/** A question that states who travels (not a supposition like "what if we were 4?") and brings someone the inputs lack, or children joining. */
export function partyStated(text: string, delta: TripInputsDelta, known: TripInputs): boolean {
  const t = cueText(withoutPictographs(text)).trim();
  return (OWN_PARTY.test(t) && changesParty(delta, known)) || childrenJoin(t, delta, known);
}

/**
 * Whether the message brings someone the inputs do not hold: more adults or travellers, or a
 * child younger than any counted. Fewer people, an older age or a known child's birthday can only
 * relax an age limit or a cost the standing decision already met, so such a question may be held.
 */
export function changesParty(delta: TripInputsDelta, known: TripInputs): boolean {
  const counts = { adults: known.adults ?? 1, children: known.children ?? 0, group_size: known.group_size ?? (known.adults ?? 1) + (known.children ?? 0) };
  const more = (k: keyof typeof counts) => delta[k] !== undefined && delta[k] > counts[k];
  // A child younger than every child counted (or the first one): an age limit the decision did not weigh. An older age for
  // a counted child ("she'll be 15 by then") stays a question: merging it would drop the youngest.
  const youngest = known.child_ages?.length ? Math.min(...known.child_ages) : Infinity;
  const newAge = (delta.child_ages ?? []).some((age) => age < youngest);
  return more('adults') || more('children') || more('group_size') || newAge;
}
