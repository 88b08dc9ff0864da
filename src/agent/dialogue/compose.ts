import type { Channel } from '../../domain/entities/common';
import type { DecisionContent } from '../../domain/entities/decision';
import type { PackIndex } from '../../domain/knowledge-pack/index-pack';
import type { Extraction } from '../extraction-schema';
import { SOCIAL_ACTS } from './acts';
import { ageLimit, asks, missingEssentials, oneQuestion, placeName, priceAnswer, shortVerdict, standingLine, whatIfAnswer, whyAnswer, whyNotAnswer, yearRoundSuggestion, type AnswerContext } from './answers';
import { COPY } from './copy';
import type { DialogueTurn } from './dialogue-turn';
import { list } from './format';
import { LOCALE, type Language } from './language';
import { standingView, type PlanLike } from './standing';
import { MAX_SMS_SEGMENTS } from '../render/render-reply';
import { inTravelerLanguage, localizedFull } from '../render/in-language';
import { afterLabel, LABELS } from '../render/labels';
import { countryName } from './localize-decision';
import { fitSms, smsSegments } from '../render/sms-segments';
import { DETAILS } from './cues';
import { monthName } from './months';
import { cueText } from './text';

export interface ComposeInput {
  channel: Channel;
  lang: Language;
  turn: DialogueTurn;
  /** The decision the reply carries (the standing one when nothing changed). */
  content: DecisionContent;
  /** The plan the reply carries, when it has one. */
  plan?: PlanLike;
  text: string;
  extraction: Extraction;
  pack: PackIndex;
  /** The rules' own copy for this decision, rendered for the channel (English). */
  verdict: () => string;
  /** The full ledger for the channel (English), for "details". */
  full: () => string;
  /** A topic the message also asked about that the agent does not answer ("… do I need a visa?"). */
  scopeTopic?: string;
  /** The traveler wrote before in this conversation (a thank-you after a suggestion is no first hello). */
  earlier?: boolean;
}

export interface Composed {
  text: string;
  /** What the reply answered, for staff reading the transcript. */
  answered: string;
}

/** Whether the traveler asks for the full reasoning ("details", "détails", "mehr"), an emoji beside it or not ("details 👍"). */
export function asksDetails(text: string): boolean {
  return DETAILS.test(cueText(text).replace(/[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{1F3FB}-\u{1F3FF}]/gu, '').trim());
}

/**
 * The reply text of a turn: what the act asks for, answered from the standing decision and
 * the pack in the traveler's language, then (only where a new decision was made) the
 * verdict. A question never re-sends the whole verdict: it ends with one line on the
 * standing decision. Social acts get a short human answer; at the start, a welcome that
 * says what the agent does and asks for the one or two inputs it needs most.
 */
export function composeReply(p: ComposeInput): Composed {
  const c = COPY[p.lang];
  const step = p.turn.step;
  const act = step.reading.act;
  const before: AnswerContext = { pack: p.pack, inputs: p.turn.inputs, copy: c, lang: p.lang, ...(p.turn.view ? { view: p.turn.view } : {}) };
  const started = p.turn.view !== undefined;
  const decidedNow = p.turn.result.kind !== 'unchanged';
  const nowView = standingView(p.content, p.pack, p.plan);
  const after: AnswerContext = { ...before, view: nowView };
  const verdictText = () => tripVerdict(p, after);

  if (SOCIAL_ACTS.has(act)) {
    // Thanks or a goodbye after an answer, before any plan stands: short, and pointing at what the agent needs.
    if (!started && p.earlier && (act === 'thanks' || act === 'goodbye')) {
      // Where and when already said (a refusal held, a question answered): the decision is theirs to ask for, not the facts again.
      const ready = missingEssentials(p.turn.inputs).length === 0;
      const text = act === 'thanks' ? (ready ? c.thanksReady : c.thanksEarly) : ready ? c.goodbyeReady : c.goodbyeEarly;
      return { text, answered: `${act}: a short answer; no plan stands yet` };
    }
    if (!started) return { text: c.welcome(asks(before, missingEssentials(p.turn.inputs))), answered: 'welcome: what the agent does, and the inputs it needs most' };
    const text = act === 'greeting' ? c.helloAgain : act === 'thanks' ? c.thanks : act === 'goodbye' ? c.goodbye : c.emoji;
    return { text, answered: `${act}: a short answer; the standing decision stays in force` };
  }
  // A question that revealed a traveling child whose age breaks the plan that stood (dialogue-turn.ts): the new answer, said so.
  // So is a child stated in the question and merged («et si notre fils de 10 ans venait avec nous ?»): when the verdict moved
  // and the standing plan's age limit is the reason, the reply says so on every channel (fluent review L7, L8).
  const merged = p.extraction.child_ages;
  const stated = decidedNow && started && p.turn.inputsChanged && merged?.length && before.view && p.content.verdict.outcome !== before.view.content.verdict.outcome && ageLimit(before, merged) ? merged : undefined;
  const ages = step.reading.ownAges && decidedNow && started ? step.reading.proposal?.child_ages : stated;
  // A question whether the child may do an age-limited activity (dialogue-turn.ts): the rules' new answer, with the limit.
  if (step.reading.activityAsked && decidedNow && started) return { text: verdictText(), answered: "activity asked: the rules decided with the activity the question names, against the party's child" };
  if (ages?.length) return { text: [c.agesCount(ages.length, list(ages.map(String), p.lang)), ageLimit(before, ages)].filter(Boolean).join(' ') + `\n\n${verdictText()}`, answered: 'ages: a child the question revealed breaks an age limit of the standing plan; the rules decided again' };
  switch (act) {
    case 'why':
      if (asksDetails(p.text) && started) return details(p, before, after);
      {
        // A month or length tried on ("would February be better?") is a why: the rules' answer on it, against the plan.
        const proposal = step.reading.proposal;
        const tried = proposal && (proposal.month !== undefined || proposal.duration_days !== undefined || proposal.child_ages) ? whatIfAnswer(before, proposal, p.turn.trial) : undefined;
        if (tried) return { text: tried, answered: `what if: the rules' answer with the change tried on, against the standing decision; nothing changed` };
        // A discard has no place or month of its own to explain from: its reason is the decision's, in the traveler's language.
        const standing = before.view?.content;
        if (standing?.verdict.outcome === 'discard' && !standing.refusal) {
          const reason = p.lang === 'en' ? standing.verdict.summary : standing.localized?.language === p.lang ? standing.localized.summary : undefined;
          if (reason) return { text: c.whyDiscard(c.outcome.discard, reason), answered: "why: the standing discard's own reason" };
        }
        // "Will we see the big five?": the interests the question names lead the facts (the plan's inputs are not changed).
        const plan = p.turn.inputs.priorities ?? [];
        const asked = (p.extraction.priorities ?? []).filter((x) => !plan.includes(x));
        const about = asked.length ? { ...before, inputs: { ...p.turn.inputs, priorities: [...asked, ...plan] } } : before;
        return { text: whyAnswer(about), answered: 'why: the standing decision explained from its place and month in the pack' };
      }
    case 'why_not': {
      const about = step.reading.about;
      // A change tried on that the plan's places alone cannot answer (another month, an addition, other ages): the rules' answer on it.
      const proposal = step.reading.proposal;
      // (A place or country tried on against a decision with no place of its own, a discard or a refusal, gets the rules' answer too.)
      const tried = proposal && (proposal.month !== undefined || proposal.duration_days !== undefined || proposal.add || proposal.child_ages || !before.view?.places.length) ? whatIfAnswer(before, proposal, p.turn.trial) : undefined;
      if (tried) return { text: tried, answered: `what if: the rules' answer with the change tried on, against the standing decision; nothing changed` };
      return { text: whyNotAnswer(before, about, p.text, p.extraction.countries ?? []), answered: `why not${about ? ` ${about}` : ''}: compared with the standing decision in the pack; nothing changed` };
    }
    case 'price':
      return { text: priceAnswer(before, p.text), answered: 'price: the pack cost floors per lodging tier; the standing decision stays in force' };
    case 'out_of_scope': {
      const kind = p.extraction.message_kind;
      const topic = p.turn.step.reading.topic ?? p.extraction.out_of_scope_topic ?? (kind === 'unsafe' ? 'unsafe' : kind === 'abuse' ? 'abuse' : kind === 'injection' ? 'instructions' : 'non_travel');
      // The rules' bounded refusal when the guard refused; otherwise (a topic only this step
      // recognised, in French or German) the same pointer from the templates.
      // With a decision standing, the pointer alone: the refusal's "Not yet" label and its
      // "then tell me your dates" would contradict the decision restated after it.
      const guarded = p.content.refusal && p.content.refusal.reason !== 'missing_inputs';
      const stands = before.view !== undefined && !before.view.content.refusal;
      const text = p.lang === 'en' && guarded && !stands ? p.verdict() : (c.scope[topic as keyof typeof c.scope] ?? c.scope.non_travel);
      return { text: started ? `${text}\n\n${standingLine(before)}` : text, answered: `out of scope (${topic}): refused, bounded; the standing decision stays in force` };
    }
    case 'suggest': {
      // "If we had 10 days, what would you add?": the rules' plan at the length tried on, against the standing decision.
      const tried = step.reading.proposal ? whatIfAnswer(before, step.reading.proposal, p.turn.trial) : undefined;
      if (tried) return { text: tried, answered: "suggest: the rules' plan with the length tried on, against the standing decision; nothing changed" };
      const question = oneQuestion(after, p.turn.inputs);
      if (!decidedNow) return { text: joinLines(c.suggestStanding(standingLine(before)), question), answered: 'suggest: the standing decision recommended, one question for the most decisive missing input' };
      // With no interest named, the pick rests on an assumed focus (the best game viewing): said as an assumption, never stored.
      const assumed = p.turn.inputs.priorities?.length || p.turn.inputs.destinations?.length ? undefined : c.suggestAssumed;
      if (p.content.refusal) return { text: joinLines([yearRoundSuggestion(after, p.turn.inputs), assumed].filter(Boolean).join(' '), question), answered: 'suggest: a pack recommendation for what is known, its assumed focus, one question for the most decisive missing input' };
      const where = list(nowView.places.map((id) => p.pack.byId.get(id)).filter((d) => d !== undefined).map((d) => placeName(d, p.lang)), p.lang);
      // Beside a refusal that stands (the month known, nothing new said): recommended, not yet decided; "let's do that" takes it.
      if (p.turn.step.answerOnly) return { text: joinLines(c.suggestNew(nowView.month && where ? c.placeIn(where, monthName(nowView.month, p.lang)) : where), verdictText(), question, c.whatIfTake), answered: "suggest: a recommendation from the pack beside the standing refusal, one question; nothing changed until the traveler takes it" };
      return { text: joinLines(c.suggestNew(nowView.month && where ? c.placeIn(where, monthName(nowView.month, p.lang)) : where), verdictText(), question), answered: 'suggest: a new decision recommended from the pack, one question for the most decisive missing input' };
    }
    case 'add_extend': {
      const added = step.added ? p.pack.byId.get(step.added) : undefined;
      const total = p.turn.inputs.duration_days;
      const head = added ? c.added(placeName(added, p.lang), step.addedDays, total) : c.extended(step.addedDays ?? 0, total);
      return { text: joinLines(head, step.pendingAdd ? c.addWhich : undefined, verdictText()), answered: `add/extend${added ? ` ${added.id}` : ''}${step.addedDays ? ` +${step.addedDays} days` : ''}: a new decision on the longer trip` };
    }
    case 'change_mind': {
      // The places the trip now holds, else its countries ("Starting again with Botswana").
      const places = (p.turn.inputs.destinations ?? []).map((id) => p.pack.byId.get(id)).filter((d) => d !== undefined).map((d) => placeName(d, p.lang));
      const named = list(places.length ? places : (p.turn.inputs.countries ?? []).map((cc) => countryName(cc, p.lang)), p.lang);
      return { text: joinLines(named ? c.replaced(named) : undefined, verdictText()), answered: 'change of mind: the places replaced, a new decision' };
    }
    default:
      // A safari asked for beside the first trip, its place not named yet: the decision, then the place asked for.
      if (step.pendingAdd) return { text: joinLines(verdictText(), c.safariWhich), answered: 'trip: a decision on the new inputs; the safari asked for beside it waits for its place' };
      return { text: verdictText(), answered: decidedNow ? 'trip: a decision on the new inputs' : 'trip: nothing changed, the standing decision re-sent' };
  }
}

function joinLines(...parts: Array<string | undefined>): string {
  return parts.filter((x): x is string => Boolean(x)).join('\n\n');
}

/** "Book: Serengeti for July." — the label once, even when the rules' headline starts with it. */
function headline(c: DecisionContent): string {
  const label = COPY.en.outcome[c.verdict.outcome];
  const h = c.verdict.headline;
  return h.toLowerCase().startsWith(label.toLowerCase()) ? h : `${label}: ${h}`;
}

/** The plan in one line ("Plan (9 days): Kruger 5 nights, Victoria Falls 3 nights."). */
function planText(a: AnswerContext): string {
  const v = a.view;
  if (!v || !v.days || !Object.keys(v.nights).length) return '';
  const stops = v.places.map((id) => a.pack.byId.get(id)).filter((d) => d !== undefined).map((d) => a.copy.nightsAt(placeName(d, a.lang), v.nights[d.id] ?? 0));
  return `\n\n${a.copy.planLine(v.days, list(stops, a.lang))}`;
}

/**
 * A trip turn's verdict. In English, the rules' own copy: on the web the verdict and its
 * two main reasons first (the widget folds the rest of the ledger), in text channels the
 * compact form with "details" on request. In French and German, the same shape from
 * templates, so a reply is never half English.
 */
function tripVerdict(p: ComposeInput, a: AnswerContext): string {
  const body = verdictBody(p, a);
  // An English web refusal is the rules' own reply, where renderReply has put the pointer first already.
  if (!p.scopeTopic || (p.lang === 'en' && p.channel === 'web' && p.content.refusal)) return body;
  // A health, visa or safety question asked beside the trip: its bounded pointer first, then the verdict, on every
  // channel (issue 14 item 5); a text channel keeps the pair within its segments, the verdict's tail cut first.
  const both = `${a.copy.scope[p.scopeTopic as keyof typeof a.copy.scope] ?? a.copy.scope.non_travel}\n\n${body}`;
  return p.channel === 'sms' ? fitSms(both, MAX_SMS_SEGMENTS) : both;
}

function verdictBody(p: ComposeInput, a: AnswerContext): string {
  const text = p.channel !== 'web';
  if (p.lang === 'en') {
    if (p.content.refusal || p.turn.step.reading.act === 'out_of_scope') return p.verdict();
    if (text) {
      // The compact verdict, and the way to the rest when it still fits the channel (SMS: three segments).
      const compact = p.verdict();
      const offer = `${compact}\n${COPY.en.detailsHint}`;
      return p.channel === 'whatsapp' || smsSegments(offer) <= MAX_SMS_SEGMENTS ? offer : compact;
    }
    const c = p.content;
    const reasons = c.tradeoffs.gains.slice(0, 2).map((g) => `- ${g}`);
    return [headline(c), ...reasons].join('\n') + planText(a) + `\n\n${COPY.en.detailsHint}`;
  }
  const v = a.view!;
  const loc = p.content.localized;
  // On the web, the localized record's headline and its two main reasons, as in English.
  if (!text && loc?.language === p.lang && !p.content.refusal) {
    return [`${loc.label}${a.copy.colon}${afterLabel(p.lang, loc.headline)}`, ...loc.gains.slice(0, 2).map((g) => `- ${g}`)].join('\n') + planText(a) + `\n\n${a.copy.detailsHint}`;
  }
  // A discard in a text channel: its headline and its reason, as the English compact form says them (a discard may
  // have no place or month to name, and its reason is what the traveler needs: an age limit, a closed season).
  if (text && loc?.language === p.lang && !p.content.refusal && p.content.verdict.outcome === 'discard') {
    const reason = loc.summary.split(/(?<=[.!?])\s+/)[0] ?? '';
    const compact = `${loc.label}${a.copy.colon}${afterLabel(p.lang, loc.headline)} ${reason}`.trim();
    const offer = `${compact}\n\n${a.copy.detailsHint}`;
    return p.channel === 'whatsapp' || smsSegments(offer) <= MAX_SMS_SEGMENTS ? offer : fitSms(compact, MAX_SMS_SEGMENTS);
  }
  // A refusal other than missing inputs (a contradiction, a refused topic) says what the record says.
  if (loc?.language === p.lang && p.content.refusal && p.content.refusal.reason !== 'missing_inputs') return `${loc.label}${a.copy.colon}${afterLabel(p.lang, loc.headline)} ${loc.next_action ?? ''}`.trim();
  return `${shortVerdict(a, p.content, v)}${planText(a)}${p.content.refusal ? '' : `\n\n${a.copy.detailsHint}`}`;
}

/**
 * What a "details" reply answered, for staff. The relays know the reply by its "details:" prefix and
 * give it more room than a verdict (src/channels/relay/details-reply.ts isDetailsReply).
 */
const DETAILS_ANSWERED = 'details: the full reasoning of the standing decision';

/**
 * "details", "détails", "mehr": the standing decision's whole reasoning. The web and WhatsApp get the
 * ledger as the widget shows it; an SMS the same ledger one item a line (smsDetails), which the relay
 * fits to its own cap, never the three-segment verdict again (the reply had promised more than that).
 */
function details(p: ComposeInput, before: AnswerContext, after: AnswerContext): Composed {
  if (p.channel === 'sms') return { text: smsDetails(p, before, after), answered: `${DETAILS_ANSWERED}, one item a line (the SMS carries what its cap holds and links the whole)` };
  return { text: p.lang === 'en' ? p.full() : localizedDetails(p, before, after), answered: DETAILS_ANSWERED };
}

/**
 * The ledger for an SMS: the verdict, the summary and the plan, then each section (assumptions, reasons
 * both ways, what would change it) as a heading line and "- " items. The relay keeps the first lines
 * whole and, past its cap, drops items from the fullest sections first, so every part of the reasoning
 * keeps its first items. French or German without copy of the decision: the templated reasoning.
 */
function smsDetails(p: ComposeInput, before: AnswerContext, after: AnswerContext): string {
  const loc = p.content.localized;
  if (p.lang !== 'en' && loc?.language !== p.lang) return localizedDetails(p, before, after);
  const t = LABELS[p.lang];
  // English reads the rules' own copy (a record localized in another language keeps it beside its copy).
  const d = loc?.language === p.lang ? inTravelerLanguage(p.content) : p.content;
  const head = loc?.language === p.lang ? `${loc.label}${t.colon}${afterLabel(p.lang, loc.headline)}` : headline(p.content);
  const lines = [head, d.verdict.summary];
  if (d.refusal) return [...lines, ...(d.refusal.reason !== 'missing_inputs' ? [d.refusal.next_action] : [])].join('\n');
  const plan = planText(after).trim();
  if (plan) lines.push(plan);
  const pct = (x: number) => new Intl.NumberFormat(LOCALE[p.lang], { style: 'percent' }).format(x);
  const section = (heading: string, items: readonly string[]) => (items.length ? [`${heading}${t.colon.trimEnd()}`, ...items.map((x) => `- ${x}`)] : []);
  lines.push(
    ...section(t.assumptions, d.assumptions.map((a) => `${a.text} (${pct(a.confidence)})`)),
    ...section(t.gains, d.tradeoffs.gains),
    ...section(t.losses, d.tradeoffs.losses),
    ...section(t.changes, d.change_conditions),
  );
  return lines.join('\n');
}

/** "détails", "Details": the standing decision's whole localized ledger, else the templated reasoning and plan. */
function localizedDetails(p: ComposeInput, before: AnswerContext, after: AnswerContext): string {
  const loc = p.content.localized;
  if (loc?.language === p.lang) return localizedFull(loc, Boolean(p.content.refusal));
  return `${whyAnswer(before)}${planText(after)}`;
}
