import type { DecisionContent } from '../../domain/entities/decision';
import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import type { Destination } from '../../domain/knowledge-pack/schema';
import { NOT_IN_AFRICA, type CountryCode, type DestinationId, type TripInputField, type TripInputs } from '../../domain/trip-inputs';
import type { DialogueCopy } from './copy';
import { blockerFor, fitScore, monthFacts } from './facts';
import { cap, hours, list, money } from './format';
import type { Language } from './language';
import { monthName } from './months';
import { cueText } from './text';
import type { Proposal } from '../../domain/dialogue';
import type { DecideResult } from '../../domain/rules/types';
import { standingView, type StandingView } from './standing';
import { countryName } from './localize-decision';

/** What every answer reads: the pack, the traveler's inputs, the standing decision, the language. */
export interface AnswerContext {
  pack: PackIndex;
  inputs: TripInputs;
  view?: StandingView;
  copy: DialogueCopy;
  lang: Language;
}

// Names French and German travelers use for a few places; the rest are the same proper names.
// The pack's names are English ("Tsavo East and Tsavo West"): French and German replies use the names their readers know.
// French names carry their article where French uses one ("le delta de l'Okavango", "le Masai Mara", "le parc Kruger"),
// all masculine so a pronoun or adjective after them agrees; templates avoid gendered words after a name anyway;
// Victoria Falls is the town's name in French too, singular in every template.
const LOCAL_NAMES: Partial<Record<Language, Record<DestinationId, string>>> = {
  fr: {
    masai_mara: 'le Masai Mara', amboseli: "le parc d'Amboseli", samburu: 'Samburu', laikipia: 'Laikipia', tsavo: 'le Tsavo', serengeti: 'le Serengeti',
    ngorongoro: 'le cratère du Ngorongoro', tarangire: 'le parc de Tarangire', lake_manyara: 'le lac Manyara', ruaha: 'le parc de Ruaha', nyerere: 'Nyerere (Selous)',
    bwindi: 'Bwindi', volcanoes: 'le parc des Volcans', okavango_delta: "le delta de l'Okavango", chobe: 'le parc de Chobe', kruger: 'le parc Kruger', etosha: "le parc d'Etosha",
    south_luangwa: 'South Luangwa', victoria_falls: 'Victoria Falls', zanzibar: 'Zanzibar',
  },
  de: {
    masai_mara: 'Masai Mara', amboseli: 'Amboseli', samburu: 'Samburu', laikipia: 'Laikipia', tsavo: 'Tsavo', serengeti: 'Serengeti',
    ngorongoro: 'Ngorongoro-Krater', tarangire: 'Tarangire', lake_manyara: 'Manyara-See', ruaha: 'Ruaha', nyerere: 'Nyerere (Selous)',
    bwindi: 'Bwindi', volcanoes: 'Volcanoes-Nationalpark', okavango_delta: 'Okavango-Delta', chobe: 'Chobe', kruger: 'Krüger-Nationalpark', etosha: 'Etosha',
    south_luangwa: 'South Luangwa', victoria_falls: 'Victoriafälle', zanzibar: 'Sansibar',
  },
};

export function placeName(d: Destination, lang: Language): string {
  return LOCAL_NAMES[lang]?.[d.id] ?? d.name;
}

function places(ids: readonly DestinationId[], pack: PackIndex): Destination[] {
  return ids.map((id) => pack.byId.get(id)).filter((d): d is Destination => d !== undefined);
}

/** "Serengeti and Ngorongoro in August" in the traveler's language. */
function what(a: AnswerContext, ids: readonly DestinationId[], month: number | undefined): string {
  const names = list(places(ids, a.pack).map((d) => placeName(d, a.lang)), a.lang);
  if (!names) return month ? monthName(month, a.lang) : '';
  return month ? a.copy.placeIn(names, monthName(month, a.lang)) : names;
}

/** The field phrases a refusal asks for, in the traveler's language. */
export function asks(a: AnswerContext, fields: readonly TripInputField[]): string {
  const phrases = [...new Set(fields.map((f) => a.copy.ask[f]).filter((p): p is string => Boolean(p)))];
  return list(phrases.length ? phrases : [a.copy.ask.destinations, a.copy.ask.month], a.lang);
}

/** One line on the standing decision, in the traveler's language (a refusal says what it still needs). */
export function standingLine(a: AnswerContext): string {
  const v = a.view;
  if (!v) return a.copy.noDecisionYet(asks(a, missingEssentials(a.inputs)));
  if (v.content.refusal) return a.copy.noDecisionYet(asks(a, v.content.refusal.missing_inputs.length ? v.content.refusal.missing_inputs : missingEssentials(a.inputs)));
  return a.copy.standing(a.copy.outcome[v.content.verdict.outcome], what(a, v.places, v.month));
}

/** The inputs without which the rules cannot decide: what, then when. */
export function missingEssentials(i: TripInputs): TripInputField[] {
  const out: TripInputField[] = [];
  if (!(i.destinations?.length || i.countries?.length || i.priorities?.length)) out.push('destinations');
  if (i.month === undefined && i.start_date === undefined) out.push('month');
  return out;
}

/** The traveler's budget per person in USD, when they gave one. */
export function budgetPerPersonUsd(pack: PackIndex, i: TripInputs): number | undefined {
  if (i.budget_amount === undefined) return undefined;
  const usd = pack.toUsd(i.budget_amount, i.budget_currency ?? 'USD');
  if (usd === undefined) return undefined;
  const people = i.group_size ?? ((i.adults ?? 0) + (i.children ?? 0) || 2);
  return i.budget_basis === 'total' ? usd / people : usd;
}

function nightsOf(a: AnswerContext, d: Destination): number {
  const v = a.view;
  const planned = v?.nights[d.id];
  if (planned !== undefined && v && Object.keys(v.nights).length === 1) return planned;
  const days = v?.days ?? a.inputs.duration_days;
  return days !== undefined ? Math.max(1, days - 1) : d.nights.ideal;
}

/** Why: the standing decision's place and month, in the pack's facts, and what decided it. */
export function whyAnswer(a: AnswerContext): string {
  const v = a.view;
  if (!v || v.content.refusal) return standingLine(a);
  const c = a.copy;
  const label = c.outcome[v.content.verdict.outcome];
  const lead = places(v.places, a.pack)[0];
  const month = v.month ?? a.inputs.month;
  if (!lead || !month) return standingLine(a);
  const reasons = list(monthFacts(lead, month, a.inputs, c, a.lang, 4), a.lang);
  const lines = [c.why(label, what(a, v.places, month), reasons)];
  const asked = a.inputs.month;
  if (v.content.verdict.outcome === 'wait' && asked && asked !== month) {
    lines.push(c.whyWait(c.placeIn(placeName(lead, a.lang), monthName(month, a.lang)) + ` (${list(monthFacts(lead, month, a.inputs, c, a.lang, 2), a.lang)})`, `${monthName(asked, a.lang)} (${list(monthFacts(lead, asked, a.inputs, c, a.lang, 2), a.lang)})`));
  }
  const named = places(a.inputs.destinations ?? [], a.pack).filter((d) => !v.places.includes(d.id));
  if (v.content.verdict.outcome === 'switch' && named[0] && month) {
    const reason = blockerFor(named[0], month, a.inputs, c, a.lang, monthName(month, a.lang)) ?? list(monthFacts(named[0], month, a.inputs, c, a.lang, 2), a.lang);
    lines.push(c.whySwitch(placeName(lead, a.lang), `${placeName(named[0], a.lang)} (${reason})`));
  }
  return lines.join(' ');
}

/**
 * The gateway's short name, a proper noun every language reads: "Nairobi" from "Nairobi
 * (Wilson Airport …)", "Mfuwe" from "Mfuwe airport", "Iringa" from "Iringa by road".
 */
export function gatewayName(d: Destination): string {
  const cut = d.gateway.name.search(/[(;,]/);
  return (cut > 0 ? d.gateway.name.slice(0, cut) : d.gateway.name)
    .replace(/\s+by road\b.*$/i, '')
    .replace(/\s+(?:international\s+)?(?:airport|airstrip)\b/i, '')
    .trim();
}

/** The best place of a country in a month for the traveler's priorities. */
function bestIn(a: AnswerContext, country: CountryCode, month: number): Destination | undefined {
  const prio = a.inputs.priorities ?? [];
  return [...a.pack.byId.values()].filter((d) => d.country === country).sort((x, y) => fitScore(y, month, prio) - fitScore(x, month, prio))[0];
}

/**
 * Why not X: X in the decision's month against the chosen place, from the pack, and what
 * rules it out when something does; nothing about the trip changes. Without a place, a
 * country stands for its best place that month, and "why not wait?" compares the best month.
 */
export function whyNotAnswer(a: AnswerContext, about: DestinationId | undefined, text: string, countries: readonly CountryCode[]): string {
  const v = a.view;
  const c = a.copy;
  const chosen = v ? places(v.places, a.pack)[0] : undefined;
  const month = v?.month ?? a.inputs.month;
  if (!v || v.content.refusal || !chosen || !month) return standingLine(a);
  let other = about ? a.pack.byId.get(about) : undefined;
  if (!other && countries[0]) other = bestIn(a, countries[0], month);
  const monthText = monthName(month, a.lang);
  if (!other || other.id === chosen.id) {
    if (/\b(?:wait|dry|attendre|seche|warten|trocken)/.test(cueText(text))) {
      const prio = a.inputs.priorities ?? [];
      const best = chosen.months.map((_, k) => k + 1).sort((x, y) => fitScore(chosen, y, prio) - fitScore(chosen, x, prio))[0]!;
      return [c.whyNotCompare(`${cap(c.placeIn(placeName(chosen, a.lang), monthName(best, a.lang)))}${c.colon}${list(monthFacts(chosen, best, a.inputs, c, a.lang, 3), a.lang)}`, `${monthText}${c.colon}${list(monthFacts(chosen, month, a.inputs, c, a.lang, 3), a.lang)}`), standingLine(a)].join(' ');
    }
    return whyAnswer(a);
  }
  const budget = budgetPerPersonUsd(a.pack, a.inputs);
  const nights = nightsOf(a, other);
  const currency = a.inputs.budget_currency && a.pack.fromUsd(1, a.inputs.budget_currency) !== undefined ? a.inputs.budget_currency : 'USD';
  const blocked = blockerFor(other, month, a.inputs, c, a.lang, monthText, budget, budget !== undefined ? nights : undefined, (usd) => money(a.pack.fromUsd(usd, currency) ?? usd, currency, a.lang));
  const lines: string[] = [];
  // Asked about distance ("isn't it closer?") or with a driving limit: the road hours lead.
  const drive = a.inputs.drive_tolerance_hours !== undefined || /\b(?:clos|near|drive|driving|proche|route|nah|naher|fahr)/.test(cueText(text));
  const facts = (d: Destination) => [...(drive ? [c.driveFrom(hours(d.gateway.drive_hours, a.lang), gatewayName(d))] : []), ...monthFacts(d, month, a.inputs, c, a.lang, 3)];
  if (blocked) lines.push(c.whyNotBlocked(cap(placeName(other, a.lang)), blocked));
  else {
    lines.push(
      c.whyNotCompare(
        `${cap(c.placeIn(placeName(other, a.lang), monthText))}${c.colon}${list(facts(other), a.lang)}`,
        `${placeName(chosen, a.lang)}${c.colon}${list(facts(chosen), a.lang)}`,
      ),
    );
    const prio = a.inputs.priorities ?? [];
    lines.push(fitScore(other, month, prio) + 0.25 < fitScore(chosen, month, prio) ? c.whyNotVerdict.worse(placeName(chosen, a.lang)) : c.whyNotVerdict.fair(placeName(other, a.lang)));
  }
  lines.push(standingLine(a));
  return lines.join(' ');
}

const CHEAPER = /\b(?:cheap\w*|less expensive|budget|afford\w*|moins cher|economique|petit budget|bon marche|gunstig\w*|billig\w*|preiswert\w*|spar\w*)/;

/** Price: the pack's cost floors per lodging tier for the plan's places, the trip's range, and a cheaper place when asked. */
export function priceAnswer(a: AnswerContext, text: string): string {
  const c = a.copy;
  const v = a.view;
  const ids = v?.places.length ? v.places : (a.inputs.destinations ?? []);
  const stops = places(ids, a.pack).slice(0, 2);
  if (stops.length === 0) return standingLine(a);
  const currency = a.inputs.budget_currency && a.pack.fromUsd(1, a.inputs.budget_currency) !== undefined ? a.inputs.budget_currency : 'USD';
  const m = (usd: number) => money(a.pack.fromUsd(usd, currency) ?? usd, currency, a.lang);
  const lines = stops.map((d) => c.priceTiers(placeName(d, a.lang), m(d.cost_floor_usd_pppn.budget), m(d.cost_floor_usd_pppn.fair_value), m(d.cost_floor_usd_pppn.premium)));
  const totalNights = v && Object.keys(v.nights).length ? Object.values(v.nights).reduce((s, n) => s + (n ?? 0), 0) : nightsOf(a, stops[0]!);
  const per = (tier: 'budget' | 'premium') =>
    stops.length === 1 || !v || !Object.keys(v.nights).length
      ? stops[0]!.cost_floor_usd_pppn[tier] * totalNights
      : stops.reduce((s, d) => s + d.cost_floor_usd_pppn[tier] * (v.nights[d.id] ?? 0), 0);
  lines.push(c.priceTrip(totalNights, m(per('budget')), m(per('premium'))));
  for (const d of stops) {
    if (!d.permits.length) continue;
    const costs = d.permits.map((p) => p.cost_usd);
    const listed = d.permits.map((p) => `${p.name}: ${m(p.cost_usd)}`).join('; ');
    lines.push(c.pricePermits(placeName(d, a.lang), m(Math.min(...costs)), m(Math.max(...costs)), listed));
  }
  const month = v?.month ?? a.inputs.month;
  if (CHEAPER.test(cueText(text)) && month) {
    const cheaper = [...a.pack.byId.values()]
      .filter((d) => !ids.includes(d.id) && !a.inputs.excluded_destinations?.includes(d.id) && d.kind === stops[0]!.kind && !d.months[month - 1]!.closed && d.months[month - 1]!.wildlife >= 4)
      .filter((d) => d.cost_floor_usd_pppn.budget < stops[0]!.cost_floor_usd_pppn.budget)
      .sort((x, y) => x.cost_floor_usd_pppn.budget - y.cost_floor_usd_pppn.budget)[0];
    if (cheaper) lines.push(c.priceCheaper(placeName(cheaper, a.lang), monthName(month, a.lang), m(cheaper.cost_floor_usd_pppn.budget)));
  }
  lines.push(c.priceNote, standingLine(a));
  return lines.join(' ');
}

/** The one question for the most decisive input still missing, if any: when, who, how long, budget. */
export function oneQuestion(a: AnswerContext, i: TripInputs): string | undefined {
  const c = a.copy;
  if (i.month === undefined && i.start_date === undefined) return c.oneQuestion(c.question.month);
  if (!(i.destinations?.length || i.countries?.length || i.priorities?.length)) return c.oneQuestion(c.question.destinations!);
  if ((i.children ?? 0) > 0 && !i.child_ages?.length) return c.oneQuestion(c.question.child_ages!);
  if (i.adults === undefined && i.group_size === undefined) return c.oneQuestion(c.question.adults!);
  if (i.duration_days === undefined && i.end_date === undefined) return c.oneQuestion(c.question.duration_days!);
  if (i.budget_amount === undefined) return c.oneQuestion(c.question.budget_amount!);
  return undefined;
}

/** A suggestion when the rules still lack the month: the place that serves what is known best in its best months. */
export function yearRoundSuggestion(a: AnswerContext, i: TripInputs): string {
  const prio = i.priorities ?? [];
  const pool = [...a.pack.byId.values()].filter((d) => !i.excluded_destinations?.includes(d.id) && (!i.destinations?.length || i.destinations.includes(d.id)) && (!i.countries?.length || i.countries.includes(d.country)));
  const peak = (d: Destination) => Math.max(...d.months.map((_, k) => fitScore(d, k + 1, prio)));
  const best = pool.sort((x, y) => peak(y) - peak(x))[0];
  if (!best) return '';
  const top = peak(best);
  const months = best.months.map((_, k) => k + 1).filter((m) => fitScore(best, m, prio) >= top - 0.25).slice(0, 4);
  return a.copy.suggestYear(placeName(best, a.lang), list(months.map((m) => monthName(m, a.lang)), a.lang));
}

/** The short verdict line of a decision the rules just made, in the traveler's language, with its two main reasons. */
/**
 * A discard whose reason is an animal that lives wild nowhere in Africa (tigers, pandas), said in the reply's language,
 * or undefined when no such animal was asked for (or the language has no template: English uses the rules' copy).
 */
export function notInAfricaReason(inputs: TripInputs | undefined, c: DialogueCopy, lang: Language): string | undefined {
  const t = c.notInAfrica;
  const gone = (inputs?.animals ?? []).filter((x) => (NOT_IN_AFRICA as readonly string[]).includes(x));
  if (!t || gone.length === 0) return undefined;
  return t.reason(list(gone.map((x) => t.names[x] ?? x), lang));
}

export function shortVerdict(a: AnswerContext, content: DecisionContent, view: StandingView): string {
  const c = a.copy;
  // A trip for tigers: the reason, not a month ("Renoncer : août." read as if August were what was turned down).
  const wild = content.verdict.outcome === 'discard' ? notInAfricaReason(content.inputs_snapshot, c, a.lang) : undefined;
  if (wild) return c.verdictLine(c.outcome.discard, wild);
  if (content.refusal) {
    const needs = c.needs(asks(a, content.refusal.missing_inputs.length ? content.refusal.missing_inputs : missingEssentials(a.inputs)));
    // German capitalises a sentence after a colon; English and French do not.
    return `${c.outcome.refused}${c.colon}${a.lang === 'de' ? needs : needs[0]!.toLowerCase() + needs.slice(1)}`;
  }
  const lead = places(view.places, a.pack)[0];
  const head = c.verdictLine(c.outcome[content.verdict.outcome], what(a, view.places, view.month));
  if (!lead || !view.month) return head;
  return `${head} ${c.inBrief(list(monthFacts(lead, view.month, content.inputs_snapshot, c, a.lang, 2), a.lang))}`;
}

/**
 * A hypothetical ("what if we went in March?", "what if she was 15?"): what the rules say
 * with the change tried on, in brief, then the standing decision, which stays until the
 * traveler takes the change. Undefined when the rules could not decide on it (the caller
 * answers as for any "why not").
 */
export function whatIfAnswer(a: AnswerContext, proposal: Proposal, trial: DecideResult | undefined): string | undefined {
  const c = a.copy;
  if (!a.view || !trial || trial.content.refusal) return undefined;
  const content = trial.content;
  const tv = standingView(content, a.pack, trial.kind === 'issued' ? trial.itinerary : undefined);
  const month = proposal.month !== undefined ? monthName(proposal.month, a.lang) : undefined;
  const named = places(proposal.destinations ?? [], a.pack).map((d) => placeName(d, a.lang));
  const where = named.length ? list(named, a.lang) : proposal.countries?.length ? list(proposal.countries.map((cc) => countryName(cc, a.lang)), a.lang) : undefined;
  const condition = proposal.child_ages?.length
    ? c.ifAges(proposal.child_ages.length, list(proposal.child_ages.map(String), a.lang))
    : where
      ? proposal.add
        ? c.ifAdded(where)
        : c.ifPlace(where, month)
      : month
        ? c.ifMonth(month)
        : proposal.duration_days !== undefined
          ? c.ifDays(proposal.duration_days)
          : undefined;
  if (!condition) return undefined;
  const lead = places(tv.places, a.pack)[0];
  const facts = lead && tv.month ? list(monthFacts(lead, tv.month, content.inputs_snapshot, c, a.lang, 2), a.lang) : '';
  // A verdict with no place of its own (a discard) is about the place or country tried on.
  const about = tv.places.length || !where ? what(a, tv.places, tv.month) : tv.month ? c.placeIn(where, monthName(tv.month, a.lang)) : where;
  // Ages an age limit rules out: the limit is the answer, not the place's strengths.
  const limit = proposal.child_ages?.length && content.verdict.outcome !== 'book' ? ageLimit(a, proposal.child_ages) : undefined;
  // Ages that meet it: said so, so the traveler knows the limit was weighed and not overlooked.
  const met = proposal.child_ages?.length && !limit ? ageMet(a, proposal.child_ages) : undefined;
  // A length tried on ("what if we had 10 days?"): how the rules would spend the days, stop by stop.
  const stops = proposal.duration_days !== undefined && tv.days ? places(tv.places, a.pack).filter((d) => tv.nights[d.id]).map((d) => c.nightsAt(placeName(d, a.lang), tv.nights[d.id]!)) : [];
  const plan = stops.length ? c.planLine(tv.days!, list(stops, a.lang)) : '';
  return [c.whatIf(condition, c.outcome[content.verdict.outcome], about), limit ?? [met, facts ? c.inBrief(facts) : '', plan].filter(Boolean).join(' '), standingLine(a), c.whatIfTake].filter(Boolean).join(' ');
}

/** The highest age limit of the standing plan's places when the ages given meet it ("The age limit of 15 is met: …"). */
function ageMet(a: AnswerContext, ages: readonly number[]): string | undefined {
  const youngest = Math.min(...ages);
  const limits = places(a.view?.places ?? [], a.pack).flatMap((x) => (x.min_age ? [x.min_age.age] : []));
  const top = limits.length ? Math.max(...limits) : undefined;
  return top !== undefined && youngest >= top ? a.copy.ageMet(top, youngest) : undefined;
}

/** The age limit of the standing plan's places that the ages given break, as a sentence ("Its main activity needs age 15 and your youngest is 12 (Bwindi)."). */
export function ageLimit(a: AnswerContext, ages: readonly number[]): string | undefined {
  const youngest = Math.min(...ages);
  const d = places(a.view?.places ?? [], a.pack).find((x) => x.min_age && youngest < x.min_age.age);
  return d?.min_age ? `${cap(a.copy.blocker.minAge(d.min_age.age, youngest))} (${placeName(d, a.lang)}).` : undefined;
}
