import type { LocalizedDecision } from '../../domain/dialogue';
import type { DecisionContent } from '../../domain/entities/decision';
import type { LodgingTier, RouteStop } from '../../domain/entities/itinerary';
import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import type { Destination } from '../../domain/knowledge-pack/schema';
import { DEFAULTS } from '../../domain/rules/context';
import { bindingAge } from '../../domain/rules/pack-tables';
import type { CountryCode, DestinationId, TripInputs } from '../../domain/trip-inputs';
import { budgetPerPersonUsd, gatewayName, notInAfricaReason, placeName } from './answers';
import { COPY } from './copy';
import { blockerFor, monthFacts } from './facts';
import { cap, hours, list, money } from './format';
import { LOCALE } from './language';
import { monthName } from './months';
import { RECORD_COPY } from './record-copy';
import { standingView } from './standing';

/** The plan a decision carries, as much of it as the localized copy reads. */
export interface LocalizePlan {
  duration_days: number;
  route: ReadonlyArray<Pick<RouteStop, 'destination_id' | 'nights' | 'lodging_tier' | 'transfer' | 'drive_hours_in'>>;
  estimated_cost_usd_per_person?: number;
}

export interface LocalizeInput {
  content: DecisionContent;
  plan?: LocalizePlan;
  pack: PackIndex;
  lang: 'fr' | 'de';
  /** The refused topic, when the guard refused the message (visa, health…). */
  topic?: string;
}

const MAX_LINES = 4;

/**
 * The decision written for a French or German traveler from the record's structure (its
 * outcome, inputs, plan) and the pack's facts, never from the rules' English words: the
 * headline, summary, reasons both ways, assumptions, change conditions, refusal and plan,
 * each from the language's templates, with money, hours, months and lists by `Intl`. The
 * pack's free-text notes are English and are left out; their facts are in the scores.
 */
export function localizeDecision(p: LocalizeInput): LocalizedDecision {
  const { content, pack, lang } = p;
  const r = RECORD_COPY[lang];
  const c = COPY[lang];
  const inputs = content.inputs_snapshot;
  const label = c.outcome[content.verdict.outcome];
  if (content.refusal) return { language: lang, label, ...refusalCopy(p), assumptions: [], gains: [], losses: [], change_conditions: [] };

  const view = standingView(content, pack, p.plan ? { duration_days: p.plan.duration_days, route: p.plan.route } : undefined);
  const chosen = dests(view.places, pack);
  const lead = chosen[0];
  const asked = inputs.month ?? (inputs.start_date ? Number(inputs.start_date.slice(5, 7)) : undefined);
  const month = view.month ?? asked ?? 1;
  const m = (k: number) => monthName(k, lang);
  const names = (ds: readonly Destination[]) => list(ds.map((d) => placeName(d, lang)), lang);
  const chosenNames = names(chosen);
  // A discard's headline names the places it turns down: they are the traveler's, not a choice.
  const named = namedPlaces(inputs, content.verdict.outcome === 'discard' ? [] : view.places, pack, lang);
  const currency = inputs.budget_currency && pack.fromUsd(1, inputs.budget_currency) !== undefined ? inputs.budget_currency : 'USD';
  const cash = (usd: number) => money(pack.fromUsd(usd, currency) ?? usd, currency, lang);
  const budgetPp = budgetPerPersonUsd(pack, inputs);
  const nights = p.plan ? p.plan.route.reduce((s, x) => s + x.nights, 0) : inputs.duration_days ? Math.max(1, inputs.duration_days - 1) : (lead?.nights.ideal ?? 3);
  const tier: LodgingTier = p.plan?.route[0]?.lodging_tier ?? tierFor(chosen, nights, budgetPp);
  // Permits the traveler buys apart from the budget (`budget_excludes_permits`) are left out of the costs weighed against it.
  const permitsApart = inputs.budget_excludes_permits ? chosen.reduce((s, d) => s + (d.permits.length ? Math.min(...d.permits.map((x) => x.cost_usd)) : 0), 0) : 0;
  const costPp = (p.plan?.estimated_cost_usd_per_person ?? chosen.reduce((s, d) => s + d.cost_floor_usd_pppn[tier], 0) * (nights / Math.max(1, chosen.length))) - permitsApart;
  const floorPp = chosen.reduce((s, d) => s + d.cost_floor_usd_pppn.budget, 0) * (nights / Math.max(1, chosen.length)) + chosen.reduce((s, d) => s + (d.permits.length ? Math.min(...d.permits.map((x) => x.cost_usd)) : 0), 0) - permitsApart;
  const facts = (d: Destination, k: number, max: number) => list(monthFacts(d, k, inputs, c, lang, max), lang);
  const placeIn = (d: Destination, k: number) => c.placeIn(placeName(d, lang), m(k));

  // The summary: what the plan serves, the main stop's month, what it costs, how you get there.
  const summary: string[] = [];
  const gains: string[] = [];
  const losses: string[] = [];
  const change: string[] = [];
  let headline: string;
  const outcome = content.verdict.outcome;
  const planSentences = () => {
    if (!lead) return;
    // What it is strong for among the traveler's priorities leads the month's facts; a route says so for all its stops.
    const served = (inputs.priorities ?? []).filter((x) => (lead.strengths[x] ?? 0) >= 4).slice(0, 3).map((x) => c.priority[x]);
    if (served.length && chosen.length > 1) summary.push(r.serves(cap(c.placeIn(chosenNames, m(month))), true, list(served, lang)));
    summary.push(r.facts(cap(placeIn(lead, month)), facts(lead, month, 4)));
    summary.push(r.cost(nights, r.lodges[tier], cash(costPp), budgetPp !== undefined ? cash(budgetPp) : undefined));
    const first = p.plan?.route[0];
    const from = gatewayName(lead);
    if (first?.transfer === 'flight' || (!first && lead.gateway.fly_in && lead.gateway.drive_hours > DEFAULTS.driveToleranceHours)) summary.push(r.flyIn(from));
    else if ((first?.drive_hours_in ?? lead.gateway.drive_hours) > 0) summary.push(r.byRoad(hours(first?.drive_hours_in ?? lead.gateway.drive_hours, lang), from));
  };
  const planGains = () => {
    if (!lead) return;
    const f = lead.months[month - 1]!;
    if (f.migration !== 'none') gains.push(r.gain.migration(c.migration[f.migration], m(month), placeName(lead, lang)));
    const strong = (inputs.priorities ?? []).filter((x) => (lead.strengths[x] ?? 0) >= 4).slice(0, 3);
    if (strong.length) gains.push(r.gain.strong(list(strong.map((x) => c.priority[x]), lang), m(month)));
    else if (f.wildlife >= 4) gains.push(r.gain.goodMonth(m(month), placeName(lead, lang), f.wildlife));
    if (f.rain === 'dry') gains.push(r.gain.dry(lead.kind, m(month)));
    const flown = p.plan?.route.find((s) => s.transfer === 'flight');
    if (flown) gains.push(r.gain.fly(placeName(pack.byId.get(flown.destination_id as DestinationId) ?? lead, lang)));
    if (budgetPp !== undefined && costPp <= budgetPp) gains.push(r.gain.budget(cash(costPp), cash(budgetPp)));
    if (f.price_season === 'low' || f.price_season === 'shoulder') gains.push(r.gain.season(c.priceSeason[f.price_season], m(month)));
  };
  const planLosses = () => {
    if (!lead) return;
    const f = lead.months[month - 1]!;
    if (f.price_season === 'peak' || f.price_season === 'high') losses.push(r.loss.season(c.priceSeason[f.price_season], m(month)));
    if (f.crowding >= 4) losses.push(r.loss.busy(f.crowding, m(month), lead.kind));
    if (f.rain === 'moderate' || f.rain === 'heavy') losses.push(r.loss.rain(c.rain[f.rain], m(month)));
    const longest = p.plan?.route.reduce<LocalizePlan['route'][number] | undefined>((a, s) => (s.drive_hours_in > (a?.drive_hours_in ?? 0) ? s : a), undefined);
    if (longest && longest.drive_hours_in >= 3) losses.push(r.loss.drive(placeName(pack.byId.get(longest.destination_id as DestinationId) ?? lead, lang), hours(longest.drive_hours_in, lang), gatewayName(lead)));
    if (p.plan?.route.some((s) => s.transfer === 'flight')) losses.push(r.loss.flights);
  };
  const bookConditions = () => {
    if (!lead) return;
    const age = chosen.find((d) => d.min_age && d.kind === 'gorilla_trek')?.min_age;
    if (age && (inputs.children ?? 0) > 0 && !inputs.child_ages?.length) change.push(r.change.childAge(age.age));
    change.push(budgetPp !== undefined ? r.change.budgetBelow(cash(floorPp), nights) : r.change.budgetUnknown(cash(floorPp), nights));
    const road = p.plan ? Math.max(0, ...p.plan.route.map((s) => s.drive_hours_in)) : 0;
    if (road >= 2) change.push(r.change.drive(hours(road, lang)));
  };

  switch (outcome) {
    case 'book':
      headline = r.headline.book(chosenNames, m(month));
      planSentences();
      planGains();
      planLosses();
      if (!losses.length) losses.push(r.loss.commit(m(month)));
      bookConditions();
      break;
    case 'wait': {
      const now = asked ?? month;
      const earlier = (month - now + 12) % 12 > 6;
      headline = (earlier ? r.headline.earlier : r.headline.wait)(m(month), chosenNames);
      if (lead) {
        summary.push(r.waitCompare(cap(placeName(lead, lang)), m(now), facts(lead, now, 3), m(month), facts(lead, month, 3)));
        const f = lead.months[month - 1]!;
        const g = lead.months[now - 1]!;
        if (g.closed) gains.push(r.gain.open(placeName(lead, lang), m(month), m(now)));
        else if (f.wildlife > g.wildlife) gains.push(r.gain.later(placeName(lead, lang), m(month), f.wildlife, m(now), g.wildlife));
        if (f.migration !== 'none' && g.migration === 'none') gains.push(r.gain.migrationLater(placeName(lead, lang), m(month), m(now)));
        if (rainRank(f.rain) < rainRank(g.rain)) gains.push(r.gain.lessRain(m(month), c.rain[f.rain], m(now), c.rain[g.rain]));
        summary.push(r.cost(nights, r.lodges[tier], cash(costPp), budgetPp !== undefined ? cash(budgetPp) : undefined));
      }
      planGains();
      losses.push(r.loss.later(m(month), m(now)));
      planLosses();
      change.push(r.change.fixed(m(now)), r.change.latest(m(month)));
      bookConditions();
      break;
    }
    case 'switch': {
      const asked0 = named.places[0];
      const why = asked0 ? (blockerFor(asked0, month, inputs, c, lang, m(month), budgetPp, nights, cash) ?? facts(asked0, month, 2)) : undefined;
      headline = r.headline.switch(chosenNames, m(month), named.text || undefined);
      if (asked0 && why) summary.push(r.switchWhy(cap(placeName(asked0, lang)), m(month), why));
      if (lead) {
        summary.push(r.switchBetter(cap(chosenNames), m(month), facts(lead, month, 3)));
        summary.push(r.cost(nights, r.lodges[tier], cash(costPp), budgetPp !== undefined ? cash(budgetPp) : undefined));
      }
      if (named.text) gains.push(asked0 && why && blockerFor(asked0, month, inputs, c, lang, m(month), budgetPp, nights, cash) ? r.gain.works(m(month), named.text, why) : r.gain.betterFit(m(month), named.text));
      planGains();
      if (named.text) losses.push(r.loss.notNamed(named.text));
      planLosses();
      if (named.text) {
        change.push(r.change.must(named.text, m(month)));
        if (inputs.flexible_dates !== false) change.push(r.change.move(named.text));
      }
      bookConditions();
      break;
    }
    default: {
      // Tigers or pandas asked for: their absence from Africa is the reason, whatever place or month was named.
      const wild = notInAfricaReason(inputs, c, lang);
      const anyMonth = asked === undefined && view.month === undefined;
      // A country or only a wish named ("gorillas in Uganda"): the place the rules turned down there, as the English names it.
      const down = named.places[0] ? { d: named.places[0], month: asked ?? view.month ?? bestOpenMonth(named.places[0]) } : wild ? undefined : turnedDown(inputs, asked, pack, (d, k) => blockerFor(d, k, inputs, c, lang, m(k), budgetPp, nightsFor(inputs, d), cash));
      const asked0 = down?.d;
      const at = down?.month ?? month;
      const reason = wild ?? (asked0 ? (blockerFor(asked0, at, inputs, c, lang, m(at), budgetPp, nightsFor(inputs, asked0), cash) ?? monthReason(asked0, at, inputs, lang)) : undefined) ?? r.nothingFits;
      headline = r.headline.discard(named.text || undefined);
      // German writes a whole sentence after a colon with a capital ("Bwindi: Die Hauptaktivität …").
      summary.push(`${cap(asked0 && !wild ? `${placeName(asked0, lang)}${c.colon}${lang === 'de' ? cap(reason) : reason}` : reason)}.`, ...(wild ? [] : [anyMonth ? r.discardAnyMonth : r.discardNone(m(month))]));
      gains.push(r.gain.keepMoney);
      if (asked0) gains.push(r.gain.avoid(placeName(asked0, lang), reason));
      losses.push(r.loss.noTrip(named.text || cap(m(month))));
      if (inputs.priorities?.length) losses.push(r.loss.waitFor(list(inputs.priorities.map((x) => c.priority[x]), lang)));
      if (asked0) change.push(...discardConditions(asked0, at, inputs, budgetPp, lang));
      change.push(r.change.otherPriorities);
    }
  }
  if (!gains.length) gains.push(r.gain.fallback);
  if (change.length < 2) change.push(r.change.assumptionsWrong);
  return {
    language: lang,
    label,
    headline: clip(cap(headline), 200),
    summary: clip(summary.map(cap).join(' '), 1200),
    assumptions: assumptionsFor(p, { lead, month, asked, nights, tier, costPp, placesText: chosen.length > 1 ? undefined : lead ? placeName(lead, lang) : undefined }),
    gains: unique(gains.map(cap)).slice(0, MAX_LINES),
    losses: unique(losses.map(cap)).slice(0, MAX_LINES),
    change_conditions: unique(change.map(cap)).slice(0, MAX_LINES),
    ...(p.plan && lead ? { plan: planCopy(p, m(month), chosenNames) } : {}),
  };
}

function refusalCopy(p: LocalizeInput): Pick<LocalizedDecision, 'headline' | 'summary' | 'next_action' | 'missing'> {
  const r = RECORD_COPY[p.lang];
  const c = COPY[p.lang];
  const refusal = p.content.refusal!;
  const fields = refusal.missing_inputs.map((f) => (f === 'destinations' || f === 'month' ? (c.ask[f] ?? r.field[f]) : r.field[f]));
  const missing = fields.length ? { missing: fields } : {};
  switch (refusal.reason) {
    case 'missing_inputs': {
      const a = list(fields.length ? fields : [c.ask.destinations, c.ask.month], p.lang);
      return { headline: r.headline.missing, summary: r.missingSummary(a), next_action: r.missingNext(a), ...missing };
    }
    case 'contradictory': {
      const a = list(refusal.missing_inputs.map((f) => r.field[f]), p.lang) || r.field.month;
      return { headline: r.headline.contradictory, summary: r.contradictorySummary(a, refusal.missing_inputs.length === 1), next_action: r.contradictoryNext(a, refusal.missing_inputs.length === 1), ...missing };
    }
    default: {
      const unsafe = refusal.reason === 'unsafe';
      const topic = (unsafe ? 'unsafe' : (p.topic ?? 'non_travel')) as keyof typeof c.scope;
      const pointer = c.scope[topic] ?? c.scope.non_travel;
      // A guarantee refused stands until let go: the reply says how (held-refusal.ts reads those words).
      const guarantee = topic === 'safety_guarantee' || topic === 'price_guarantee';
      const onward = guarantee ? ` ${r.withoutGuarantee}` : unsafe ? ` ${r.withoutThat}` : '';
      return { headline: unsafe ? r.headline.unsafe : r.headline.outOfScope, summary: pointer, next_action: `${r.stillDecide}${onward}` };
    }
  }
}

interface Known {
  lead?: Destination;
  month: number;
  asked?: number;
  nights: number;
  tier: LodgingTier;
  costPp: number;
  placesText?: string;
}

/** The readings note (decide.ts), with the party the plan went with. */
const READINGS_NOTE: Record<'fr' | 'de', (adults: number, children: number) => string> = {
  fr: (a, c) => `Vos indications sur le groupe peuvent se comprendre de deux façons ; le verdict étant le même dans les deux cas, nous avons prévu ${a} adulte${a > 1 ? 's' : ''}${c ? ` et ${c} enfant${c > 1 ? 's' : ''}` : ''}. Dites-nous si c'est l'autre lecture qui est la bonne.`,
  de: (a, c) => `Ihre Angaben zur Gruppe lassen sich auf zwei Arten verstehen; da die Entscheidung in beiden Fällen gleich ausfällt, haben wir mit ${a} Erwachsenen${c ? ` und ${c} ${c === 1 ? 'Kind' : 'Kindern'}` : ''} geplant. Sagen Sie uns Bescheid, falls die andere Lesart zutrifft.`,
};

/** What the verdict rests on that the traveler did not say, each stated so it can be corrected (at most five). */
function assumptionsFor(p: LocalizeInput, k: Known): LocalizedDecision['assumptions'] {
  const r = RECORD_COPY[p.lang];
  const c = COPY[p.lang];
  const i = p.content.inputs_snapshot;
  const m = (x: number) => monthName(x, p.lang);
  const out: LocalizedDecision['assumptions'] = [];
  const children = i.children ?? 0;
  if (i.adults === undefined && i.group_size === undefined) out.push({ text: r.assume.group(children), confidence: 0.6 });
  // The party read two ways with the same verdict (rules/readings.ts): said in every language, not only in English (safety review, finding 5).
  if (p.content.assumptions.some((a) => a.text.startsWith('You said ') && a.text.includes('the same either way'))) out.push({ text: READINGS_NOTE[p.lang](i.adults ?? 0, children), confidence: 0.6 });
  const age = k.lead?.min_age;
  if (children > 0 && !i.child_ages?.length && age && k.lead?.kind === 'gorilla_trek') out.push({ text: r.assume.childAge(age.age), confidence: 0.4 });
  // A trip's length, lodging, drives and month are assumed for a plan; a discard with no place chosen has none to assume.
  // A budget said without "each" or "in all" is read per person (rules/budget.ts), and one without a currency in dollars:
  // said, as English says it, since it decides whether the plan fits (a couple's "fixed 10,000 €" read per person is twice it).
  const amount = i.budget_rate ? undefined : i.budget_amount;
  if (amount !== undefined && (i.budget_basis === undefined || i.budget_currency === undefined)) {
    out.push({ text: r.assume.budgetRead(money(amount, i.budget_currency ?? 'USD', p.lang), (i.budget_basis ?? 'per_person') === 'per_person', i.budget_currency === undefined), confidence: 0.5 });
  }
  if (k.lead) {
    if (i.duration_days === undefined && i.end_date === undefined) out.push({ text: r.assume.length(k.nights, k.placesText), confidence: 0.6 });
    if (i.budget_amount === undefined) out.push({ text: r.assume.tier(r.lodges[k.tier], money(k.costPp, 'USD', p.lang)), confidence: 0.6 });
    if (i.drive_tolerance_hours === undefined) out.push({ text: r.assume.tolerance(hours(DEFAULTS.driveToleranceHours, p.lang)), confidence: 0.7 });
    else if (i.pace === undefined) out.push({ text: r.assume.pace, confidence: 0.7 });
  }
  if (p.content.verdict.outcome === 'wait' && i.flexible_dates === undefined) out.push({ text: r.assume.flexible(DEFAULTS.unstatedFlexMonths), confidence: 0.5 });
  if (k.asked === undefined) {
    if (k.lead) out.push({ text: r.assume.bestMonth(m(k.month)), confidence: 0.7 });
  } else if (i.year === undefined && i.start_date === undefined) out.push({ text: r.assume.year(m(k.asked)), confidence: 0.8 });
  if (out.length < 2 && k.lead) {
    const f = k.lead.months[k.month - 1]!;
    out.push({ text: r.assume.usual(cap(c.placeIn(placeName(k.lead, p.lang), m(k.month))), c.rain[f.rain], f.crowding, c.priceSeason[f.price_season]), confidence: 0.75 });
  }
  if (out.length < 2) out.push({ text: i.budget_amount !== undefined ? r.assume.ground : r.assume.prices, confidence: 0.7 });
  if (out.length < 2) out.push({ text: k.asked === undefined && !k.lead ? r.assume.holdAll : r.assume.hold(m(k.month)), confidence: 0.8 });
  return out.slice(0, 5).map((a) => ({ ...a, text: cap(a.text) }));
}

/** What the month is like at a place the traveler wanted, when nothing rules it out outright: the herds elsewhere, else its facts. */
function monthReason(d: Destination, month: number, i: TripInputs, lang: 'fr' | 'de'): string {
  const f = d.months[month - 1]!;
  if (i.priorities?.includes('migration') && (d.strengths.migration ?? 0) >= 4 && f.migration === 'none') return RECORD_COPY[lang].noMigration(monthName(month, lang));
  return list(monthFacts(d, month, i, COPY[lang], lang, 3), lang);
}

/** The plan's title, one line per stop, and what the estimate holds, in the traveler's language. */
function planCopy(p: LocalizeInput, month: string, places: string): NonNullable<LocalizedDecision['plan']> {
  const r = RECORD_COPY[p.lang];
  const plan = p.plan!;
  const stops = plan.route.map((s) => {
    const d = p.pack.byId.get(s.destination_id as DestinationId);
    // A stop's name stands alone in lists ("Le parc des Volcans : 3 nuits…").
    return { destination_id: s.destination_id as DestinationId, name: cap(d ? placeName(d, p.lang) : s.destination_id), line: r.plan.stop(s.nights, r.tier[s.lodging_tier], s.transfer, hours(s.drive_hours_in, p.lang)), dest: d };
  });
  const inclusions = [r.plan.lodging(r.tier[plan.route[0]?.lodging_tier ?? 'fair_value'], money(plan.estimated_cost_usd_per_person ?? 0, 'USD', p.lang))];
  for (const s of stops) {
    const permits = s.dest?.permits ?? [];
    if (permits.length) inclusions.push(r.plan.permit(s.name, money(Math.min(...permits.map((x) => x.cost_usd)), 'USD', p.lang)));
  }
  if (plan.route.some((s) => s.transfer === 'road' && s.drive_hours_in > 0)) inclusions.push(r.plan.road);
  const exclusions = [...r.plan.exclusions, ...(plan.route.some((s) => s.transfer === 'flight') ? [r.plan.flights] : [])];
  return { title: clip(cap(r.plan.title(places, month, plan.duration_days)), 160), stops: stops.map(({ dest: _d, ...s }) => s), inclusions, exclusions };
}

/**
 * The place a discard turned down when the traveler named no place of the pack: the first of the places in the
 * countries they named (with none, the places strong for what they want) that something rules out, in the month
 * asked or, with none asked, in the place's best open month (a month-bound reason would not be the trip's).
 */
function turnedDown(i: TripInputs, asked: number | undefined, pack: PackIndex, blocker: (d: Destination, month: number) => string | undefined): { d: Destination; month: number } | undefined {
  const all = [...pack.byId.values()];
  const candidates = i.countries?.length
    ? all.filter((d) => i.countries!.includes(d.country as CountryCode))
    : all.filter((d) => (i.priorities ?? []).some((x) => (d.strengths[x] ?? 0) >= 4));
  for (const d of candidates) {
    const month = asked ?? bestOpenMonth(d);
    if (blocker(d, month) !== undefined) return { d, month };
  }
  return undefined;
}

function bestOpenMonth(d: Destination): number {
  let best = 0;
  d.months.forEach((f, k) => {
    if (!f.closed && (best === 0 || f.wildlife > d.months[best - 1]!.wildlife)) best = k + 1;
  });
  return best || 1;
}

function discardConditions(d: Destination, month: number, i: TripInputs, budgetPp: number | undefined, lang: 'fr' | 'de'): string[] {
  const r = RECORD_COPY[lang];
  const name = placeName(d, lang);
  if (d.months[month - 1]!.closed) return [r.change.open(name)];
  const ages = i.child_ages ?? [];
  const limit = bindingAge(d, i.priorities ?? []);
  if (limit && ages.length && Math.min(...ages) < limit.age) return [r.change.ageReach(limit.age, name)];
  if (i.drive_tolerance_hours !== undefined && !d.gateway.fly_in && d.gateway.drive_hours > i.drive_tolerance_hours) return [r.change.driveReach(hours(d.gateway.drive_hours, lang), name)];
  const need = d.cost_floor_usd_pppn.budget * nightsFor(i, d);
  if (budgetPp !== undefined && need > budgetPp) return [r.change.budgetReach(money(need, 'USD', lang), name)];
  return [];
}

function nightsFor(i: TripInputs, d: Destination): number {
  return i.duration_days !== undefined ? Math.max(1, i.duration_days - 1) : d.nights.ideal;
}

/** The places and countries the traveler asked for that the decision did not choose. */
function namedPlaces(i: TripInputs, chosen: readonly DestinationId[], pack: PackIndex, lang: 'fr' | 'de'): { places: Destination[]; text: string } {
  const places = dests((i.destinations ?? []).filter((id) => !chosen.includes(id)), pack);
  const countries = places.length ? [] : (i.countries ?? []).filter((cc) => !chosen.some((id) => pack.byId.get(id)?.country === cc));
  const words = [...places.map((d) => placeName(d, lang)), ...countries.map((cc) => countryName(cc, lang))];
  return { places, text: new Intl.ListFormat(LOCALE[lang], { type: 'disjunction' }).format(words) };
}

// French names a country with its article ("le Botswana", "la Tanzanie", "l'Afrique du Sud"); these are the masculine ones.
const FR_MASCULINE = new Set(['BW', 'KE', 'RW', 'ZW', 'MW', 'MZ', 'UG']);

/** A country's name in the traveler's language ("l'Afrique du Sud", "Südafrika"). */
export function countryName(code: CountryCode, lang: 'fr' | 'de' | 'en'): string {
  const name = new Intl.DisplayNames([LOCALE[lang]], { type: 'region' }).of(code.toUpperCase()) ?? code;
  if (lang !== 'fr' || name === code) return name;
  return /^[aeiouyéh]/i.test(name) ? `l'${name}` : `${FR_MASCULINE.has(code.toUpperCase()) ? 'le' : 'la'} ${name}`;
}

function tierFor(places: readonly Destination[], nights: number, budgetPp: number | undefined): LodgingTier {
  if (budgetPp === undefined || !places.length) return 'fair_value';
  const per = (t: LodgingTier) => places.reduce((s, d) => s + d.cost_floor_usd_pppn[t], 0) * (nights / places.length);
  return per('premium') <= budgetPp ? 'premium' : per('fair_value') <= budgetPp ? 'fair_value' : 'budget';
}

function dests(ids: readonly DestinationId[], pack: PackIndex): Destination[] {
  return ids.map((id) => pack.byId.get(id)).filter((d): d is Destination => d !== undefined);
}

function rainRank(rain: string): number {
  return ['dry', 'light', 'moderate', 'heavy'].indexOf(rain);
}

function unique(lines: readonly string[]): string[] {
  return [...new Set(lines)];
}

function clip(s: string, max: number): string {
  return s.length <= max ? s : `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
}

