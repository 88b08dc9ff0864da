import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import type { Proposal } from '../../domain/dialogue';
import type { CountryCode, DestinationId, TripInputs, TripInputsDelta } from '../../domain/trip-inputs';
import { MONTH_WORD } from './cues';
import { cueText, withoutPictographs } from './text';
import { withoutPlaces } from './places';
import { addOrExtend } from './reshape';

/**
 * The hypothetical mood, per language, on `cueText`: the traveler tries a change on
 * ("what if we went in March?", "et si on partait en juillet ?", "was wäre, wenn wir im
 * Januar fahren?", "und wenn wir im Juni fahren würden?", "would South Luangwa work?", "is
 * Botswana nicer in May?", "Zanzibar en mars, c'est bien ?"). It asks what the change would
 * give; it does not make it.
 */
const MOOD = [
  // "Could we go in March instead, would that change anything?", «ça changerait quelque chose ?», „würde das etwas ändern?": the change weighed.
  /^(?!.*\b(?:actually|en fait|finalement|eigentlich|tatsachlich)\b).*?\bwould (?:that|it|this) change (?:anything|much|things|the (?:answer|verdict|decision|outcome)|your (?:answer|verdict|mind|decision))\b|\b(?:ca|cela) changerait (?:quelque chose|qqch|grand-chose|la decision|votre (?:avis|reponse|decision))\b|\b(?:wurde|ware) (?:das|es|dies) (?:etwas|was|viel) (?:andern|anders machen)\b/,
  /\b(?:what if|what about|how about|suppos(?:e|ing)|say we|imagine (?:we|if)|(?:and|but|so) if (?:we|i|she|he|they|it)\b|if (?:we|i|she|he|they) (?:went|did|were|was|had|chose|picked|travell?ed|flew|came)|would (?:[\w' ]{1,40} )?(?:work|be (?:better|nicer|good|ok|okay|worth|possible|an option|a better|any better))|how (?:does|do|would) [\w' ]{1,40} compare|(?:is|isn'?t|are) (?:[\w' ]{1,30} )?(?:nicer|better|any good|(?:really|actually|truly|still) (?:good|great|decent|ok|okay)|worse|quieter|nice|worth it)\b|(?:would|wouldn'?t) (?:[\w' ]{1,40} )?(?:give|offer|get) (?:us|me|them|her|him|you)\b|would (?:[\w' ]{1,40} )?not be\b|(?:are|is) (?:they|she|he|the kids|the children|(?:our|my) \w+) old enough\b|(?:could|might) (?:[\w' ]{1,40} )?work\b|(?:is|are|would|could) (?:[\w' ]{1,40} )?(?:an option|possible|doable|feasible)\b|can (?:she|he|they|the kids|the children|(?:our|my) \w+) (?:do|manage|handle|go to)\b|i (?:thought|figured|assumed) (?:that )?[\w' ]{1,40} (?:would be|was|is|were)\b)/,
  /\b(?:et si|et s'ils?|s'ils? (?:avai\w*|etai\w*)|si (?:on|nous|elle|il|ils|elles) (?:partait|partions|allait|allions|avait|avions|etait|etions|faisait|faisions|choisissait|prenait|prenions)|imaginons|supposons|admettons|(?:c'est|c est|est-ce|serait-ce|ce serait|ca serait|ce ne serait|ca ne serait) (?:pas )?(?:vraiment )?(?:mieux|bien|bon|pire|(?:plus|moins) (?!cher|couteux|onereux)\w+)|(?:nous |leur |lui )?(?:donnerait|offrirait)(?:-il|-elle)? (?:pas )?(?:plus|davantage)|(?:ils|elles|il|elle) (?:ont|a|auront|aura|aurait|auraient) l'age|(?:sont|est)-(?:ils|elles|il|elle) assez (?:grand|age)\w*|est-(?:il|elle|ce) (?:mieux|bien|plus beau|plus calme)|(?:ca|cela) (?:irait|marcherait|donnerait|vaudrait)|vaut(?:-il|-elle)? (?:le coup|la peine)|pourrai(?:t|ent) (?:[\w' ]{1,30} )?(?:marcher|convenir|aller)|(?:est|serait)(?:-ce|-il|-elle)? (?:[\w' ]{1,30} )?une option|ce serait (?:possible|faisable|envisageable)|peu(?:t|vent)-(?:elle|il|ils|elles) (?:faire|aller)|je (?:pensais|croyais) que)\b/,
  /\b(?:was ware,? wenn|was waren,? wenn|was wenn|und wenn|wie ware es|wie war'?s|wenn (?:wir|sie|er|ich|die|der|das) (?:[\w ]{0,40} )?(?:wurden|ware|waren|hatten|hatte|fahren|reisen)|angenommen|lohnt (?:es )?sich|ware (?:[\w ]{0,30} )?(?:besser|schoner|ruhiger|gut|eine option|einfacher|leichter|bequemer|angenehmer|privater)|(?:bietet|bote|gabe|wurde) (?:[\w ]{0,30} )?nicht (?:mehr|uns mehr)|(?:sind|ist) (?:sie|er|die kinder|unsere? \w+) (?:[\w ]{0,20} )?alt genug|(?:ist|sind) (?:[\w ]{0,30} )?(?:wirklich|tatsachlich) (?:gut|toll)|(?:ist|sind|war) (?:[\w ]{0,30} )?(?:besser|schon|schoner|gut|ruhiger)\b|(?:ist|waren?) (?:[\w ]{0,30} )?(?:eine option|moglich|machbar)\b|(?:kommt|kame) (?:[\w ]{0,30} )?in frage|was ware mit|(?:kann|konnte) (?:sie|er|die kinder|unsere? \w+) (?:[\w ]{0,30} )?(?:machen|schaffen)\b|ich dachte)/,
];

/** Whether the message is in the hypothetical mood. */
export function hypotheticalMood(t: string): boolean {
  return !PERMISSION.test(t) && MOOD.some((re) => re.test(t));
}

/** "We can move to October if it's better", "on peut décaler si c'est mieux": a change allowed, not tried on. */
const PERMISSION = /\b(?:if (?:it'?s|that'?s|it is|that is) (?:better|nicer|best)|si (?:c'est|c est|ca est) (?:mieux|meilleur)|wenn (?:es|das) (?:dann )?(?:besser|schoner) (?:ist|ware))\b/;

/**
 * A question that names only what it is about ("and December?", "et le delta ?", "und das
 * Delta im Februar?", "what about there in August?"): once the places, months and filler
 * are taken out, nothing is left. It tries the subject on, like "what if".
 */
export function bareSubjectQuestion(text: string, pack: PackIndex, named: readonly DestinationId[] = []): boolean {
  // The first question, or its first clause: "et le delta, c'est trop cher ?" is about the Delta.
  // "et Etosha en février alors", "and Kruger in May": a subject led by "and" asks about it, question mark or not.
  const first = /^([^?]*)\?/.exec(withoutPictographs(text)) ?? (AND_LEAD.test(cueText(text)) ? ([text, withoutPictographs(text)] as const) : null);
  if (!first) return false;
  // Words of the names of places the extractor found (an alias the matcher missed: "die Mara").
  const names = new Set([...pack.aliasToId.entries()].filter(([, id]) => named.includes(id)).flatMap(([alias]) => cueText(alias).split(/[\s-]+/)));
  return [first[1]!, first[1]!.split(',')[0]!].some((clause) => bare(clause, pack, names));
}

/** A message led by "and" (a follow-up that asks about what it names). */
export const AND_LEAD = /^\s*(?:and|et|und)\b/;

function bare(clause: string, pack: PackIndex, names: ReadonlySet<string>): boolean {
  const rest = cueText(withoutPlaces(clause, pack))
    .replace(MONTH_WORDS, ' ')
    .replace(COUNTRY_WORD, ' ')
    .replace(/[^\p{L}\p{N}'\s]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !FILLER.test(w) && !names.has(w));
  return rest.length === 0;
}

// Every month word in a clause, not just the first (`MONTH_WORD` is a test, without the g flag).
const MONTH_WORDS = new RegExp(MONTH_WORD.source, 'g');

/** Country names in the three languages, on `cueText`. */
const COUNTRY_WORD = /\b(?:kenya|kenia|tanzania|tanzanie|tansania|uganda|ouganda|rwanda|ruanda|botswana|south africa|afrique du sud|sudafrika|namibia|namibie|zambia|zambie|sambia|zimbabwe|simbabwe|zim)\b/g;

const FILLER =
  /^(?:and|et|und|so|hmm+|ok|okay|then|alors|dann|what|about|how|there|la|dort|da|in|en|im|au|the|le|la|les|l'\w*|de|des|du|das|die|der|den|dem|maybe|perhaps|vielleicht|instead|plutot|stattdessen|national|park|np|delta|falls|chutes|krater|crater|reserve|mit|ist|was|wie|sieht|s|es|aus|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez|janv|fev|avr|juil|early|late|mid|debut|fin|mi|anfang|ende|mitte)$/;

/** Month abbreviations the cue lists do not spell out ("why not jan?", "and dec?"). */
export const MONTH_ABBREVIATION = /\b(?:jan|feb|febr|mar|apr|jun|jul|aug|sep|sept|oct|okt|nov|dec|dez|janv|fev|avr|juil)\b\.?/;

/** The ages a hypothetical gives a child the trip has ("what if she was 15?", "et si elle avait 15 ans ?", "und wenn sie 15 wäre?"). */
export function hypotheticalAges(t: string, known: TripInputs): number[] | undefined {
  const m = /\b(?:she|he|they|the kids?|the children|our (?:son|daughter|kids?)|elle|il|ils|elles|sie|er|unsere? (?:tochter|sohn|kinder))\b[^.?!\d]{0,20}\b(\d{1,2})\b/.exec(t);
  if (!m) return undefined;
  const age = Number(m[1]);
  const ages = known.child_ages ?? [];
  if (age > 17) return undefined;
  // The extractor may have missed the child ("meine 12-jährige Tochter"): the one the hypothetical speaks of.
  if (ages.length === 0) return [age];
  // One child: that child's age. Several named by "they": all of them (the plan's hard rules read the youngest).
  return ages.length === 1 || /\b(?:they|ils|elles|kids|children|kinder)\b/.test(m[0]) ? ages.map(() => age) : [...ages.slice(0, -1), age].sort((a, b) => a - b);
}

/**
 * What a hypothetical would change against the standing decision: a month other than the
 * decision's, places or countries the decision does not have, other children's ages, an
 * addition asked about. Undefined when it proposes nothing new (then it asks about the plan).
 */
export function proposalOf(delta: TripInputsDelta, ctx: { t: string; known: TripInputs; planned: readonly DestinationId[]; month?: number; pack: PackIndex; adds: boolean; named: readonly DestinationId[] }): Proposal | undefined {
  const out: Proposal = {};
  const month = ctx.month ?? ctx.known.month;
  if (delta.month !== undefined && delta.month !== month) out.month = delta.month;
  if (delta.year !== undefined && out.month !== undefined) out.year = delta.year;
  // A length tried on ("what if we did 10 days?"), other than the trip's.
  if (delta.duration_days !== undefined && delta.duration_days !== ctx.known.duration_days) out.duration_days = delta.duration_days;
  const fresh = ctx.named.filter((id) => !ctx.planned.includes(id));
  if (fresh.length) out.destinations = fresh;
  const plannedCountries = new Set<CountryCode>(ctx.planned.map((id) => ctx.pack.byId.get(id)?.country).filter((c): c is CountryCode => c !== undefined));
  const countries = (delta.countries ?? []).filter((c) => (plannedCountries.size ? !plannedCountries.has(c) : !ctx.known.countries?.includes(c)));
  if (countries.length && !fresh.length) out.countries = countries;
  // A child of the party named by the age already known ("could our 14-year-old do the gorillas?" with children of 7, 11 and
  // 14) is that child, not other ages tried on: the plan's ages stand, the youngest still counts.
  const knownChild = delta.child_ages?.every((a) => ctx.known.child_ages?.includes(a)) ?? false;
  const ages = hypotheticalAges(ctx.t, ctx.known) ?? (delta.child_ages && !knownChild && JSON.stringify(delta.child_ages) !== JSON.stringify(ctx.known.child_ages) ? delta.child_ages : undefined);
  if (ages) out.child_ages = ages;
  if (ctx.adds && out.destinations) out.add = true;
  return Object.keys(out).length ? out : undefined;
}

/** The inputs a proposal leaves in a delta, as the turn merges them. */
export function proposalDelta(p: Proposal): TripInputsDelta {
  const { add: _add, ...delta } = p;
  return delta;
}

/**
 * Taking a hypothetical just answered ("ok let's do March then", "bon, on part en mars
 * alors", "gut, dann Juli", "ja, nehmt die Serengeti mit rein", "let's do that"): a
 * statement, not a new question, with a word of going ahead, that says nothing against what
 * was tried on. Bare thanks or "ok" acknowledge the answer and take nothing.
 */
export function acceptsProposal(text: string, delta: TripInputsDelta, p: Proposal): boolean {
  const t = cueText(text);
  if (/\?/.test(t) || hypotheticalMood(t)) return false;
  if (p.month !== undefined && delta.month !== undefined && delta.month !== p.month) return false;
  const restates = (delta.month !== undefined && delta.month === p.month) || (delta.duration_days !== undefined && delta.duration_days === p.duration_days) || (delta.destinations ?? []).some((id) => p.destinations?.includes(id)) || (delta.countries ?? []).some((c) => p.countries?.includes(c));
  const others = (delta.destinations ?? []).filter((id) => !p.destinations?.includes(id));
  // Anything else the message says (another month, a length) is a change of its own, not this one taken.
  if (others.length || Object.keys(delta).some((k) => !(k in p) && !NOISE.has(k))) return false;
  if (restates) return GO.test(t) || SOFT_GO.test(t);
  return TAKE.test(t);
}

// The extractor's readings of "instead" and "then" beside an acceptance ("let's do Kruger instead").
const NOISE = new Set(['remove_destinations', 'excluded_destinations', 'traveler_type', 'flexible_dates', 'priorities']);

/** Going ahead with what was just tried on. */
const GO =
  /\b(?:let'?s|lets|go (?:with|for)|do (?:it|that|this)|we'?ll (?:take|do|go)|take (?:it|that)|book (?:it|that)|switch|move (?:it|to)|make it|then|yes|yeah|yep|sure|deal|agreed|alors|faisons|on (?:part|fait|prend|y va|change)|va pour|allons-y|d'accord|oui|partons|dann|machen wir|mach(?:en|t) (?:wir|das|es)|nehm\w*|lass(?:t)? uns|einverstanden|abgemacht|gerne|so machen)\b/;
/** Taking it with nothing restated: a whole phrase of going ahead ("let's do that", "on fait ça", "machen wir so"), not a bare "then". */
const TAKE =
  /\b(?:add (?:it|that|them|those)|(?:ajout|rajout)(?:ons|ez|e)-(?:le|la|les)|on (?:l'|les )(?:ajoute|rajoute|prend)|nehm(?:t|en wir) (?:es|sie|das|die|den) (?:mit|dazu)|(?:fugt|fugen wir) (?:es|sie|das|die) (?:hinzu|dazu)|let'?s (?:do|go with|go for|book|try) (?:it|that|this|then)|lets (?:do|go with) (?:it|that|this)|do (?:it|that)|go (?:with|for) (?:it|that)|sounds good,? let'?s|book it|yes(?: please)?$|yeah(?: let'?s)?$|yep$|oui(?: (?:merci|volontiers|allez))?$|ja(?: bitte| gerne)?$|on fait (?:ca|cela|comme ca)|faisons (?:ca|cela|comme ca)|va pour (?:ca|cela)|allons-y|on part (?:la-dessus|sur ca)|(?:machen|nehmen|buchen) wir (?:das|so|es|die|den|sie)|nehmt (?:das|es|die|den|sie)|so machen wir (?:das|es)|einverstanden|abgemacht)\b/;

/** Softer words that go ahead when the message also restates the change ("ok, March", "gut, Juli"). */
const SOFT_GO = /\b(?:ok(?:ay)?|fine|great|good|cool|right|alright|bon|bien|parfait|allez|vas-y|gut|super|prima|perfekt|ja|jawohl|passt|los)\b/;

/**
 * Asking whether anything speaks against a change ("any reason we shouldn't add the
 * Serengeti?", "une raison de ne pas ajouter …", "spricht was dagegen, … dazuzunehmen?",
 * "lohnt sich … zusätzlich?"): a question about the change, not the change.
 */
export const REASON_AGAINST =
  /\b(?:any reason (?:(?:we|i) )?(?:shouldn'?t|should not|not to|to not|why not to|against)|(?:anything|something) against (?:adding|including|doing|going)|(?:is it |would it be )?worth (?:adding|including|tacking|squeezing)|(?:une |des |aucune |une bonne )?raisons? de ne pas|(?:ca|cela) (?:vaut|vaudrait)[- ](?:il )?(?:le coup|la peine) d'(?:ajouter|inclure|aller)|spricht (?:denn |eigentlich )?(?:was|etwas|irgendwas|irgendetwas) dagegen|was spricht (?:denn |eigentlich )?(?:da)?gegen|what'?s (?:the case )?against|lohnt (?:sich|es sich)\b[^.?!]{0,40}\b(?:zusatzlich|dazu\w*|noch)\b|\b(?:add\w*|include|ajout\w*|rajout\w*|inclure|dazu\w*|einbauen|mitnehmen)\b[^.?!]{0,40}\b(?:or not|or no|yes or no|ou pas|ou non|oui ou non|oder nicht|oder lieber nicht|oder nein|ja oder nein)\b|\b(?:zusatzlich|dazu\w*)\b[^.?!]{0,30}\blohnt)/;

/**
 * The inputs a proposal would leave: an added place joins the plan (lengthened as an
 * addition would be); other places or countries replace the plan's; a month or ages are set.
 */
export function proposalInputs(known: TripInputs, p: Proposal, pack: PackIndex, merge: (previous: TripInputs, delta: TripInputsDelta) => TripInputs, opts: { baseDays?: number; planned?: readonly DestinationId[] }): TripInputs {
  const delta = proposalDelta(p);
  if (p.add && p.destinations?.length) return addOrExtend('', known, delta, p.destinations[0], pack, merge, opts).inputs;
  if (p.destinations?.length || p.countries?.length) return merge(known, { ...delta, clear_fields: ['destinations', 'countries'] });
  // Ages tried on for more children than the party has ("what if our 12 year old came too?" for 2 adults): they travel too.
  const ages = p.child_ages?.length ?? 0;
  if (ages > (known.children ?? 0)) return merge(known, { ...delta, children: ages, ...(known.group_size !== undefined ? { group_size: known.group_size + ages - (known.children ?? 0) } : {}) });
  return merge(known, delta);
}
