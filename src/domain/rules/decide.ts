import type { DecisionContent, DecisionType } from '../entities';
import type { PackIndex } from '../knowledge-pack/index-pack';
import type { TripInputs } from '../trip-inputs';
import { assumptionsFor, toAssumptions, type AssumptionDraft } from './assumptions';
import { monthName } from './calendar';
import { resolveBudget } from './budget';
import { changeConditionsFor } from './conditions';
import { choose, type Choice } from './choose';
import { frameFor, type Frame } from './frame';
import { confidenceFor } from './confidence';
import { resolveContext } from './context';
import { findContradictions } from './contradictions';
import { budgetUnknown, missingEssentials, worthAsking } from './essentials';
import { fixedShape } from './normalize';
import { movePastMonth } from './past-month';
import { itineraryFor } from './itinerary';
import { ledgerFor } from './ledger';
import { tablesFor } from './pack-tables';
import { contradictionRefusal, guardRefusal, missingRefusal } from './refusal';
import type { DecideResult, GuardSignal } from './types';
import { soloCopy } from './solo-copy';
import { readingsOf } from './readings';
import { agesDecide, birthdayDecides, sweepMonths, unknownAges, verdictKey, type MonthSweep, type Trial } from './unknowns';
import { verdictCopy } from './verdict-copy';
import { LOGIC_VERSION } from './version';

/**
 * The product's judgement: a pure, deterministic verdict over the traveler's inputs and
 * the knowledge pack. Refuses (bounded) when the message is out of scope or unsafe, when
 * the inputs contradict each other, or when timing or focus is unknown; otherwise
 * books, waits, switches or discards, with assumptions, trade-offs and change conditions.
 * `now` only places the trip in time (a past month means next year; short notice).
 *
 * @example
 * const r = decide({ destinations: ['masai_mara'], month: 8 }, defaultPackIndex(), new Date());
 * if (r.kind === 'issued' && r.itinerary) console.log(r.itinerary.route);
 */
export function decide(inputs: TripInputs, pack: PackIndex, now: Date, guard?: GuardSignal): DecideResult {
  if (guard) return { kind: 'refused', content: guardRefusal(inputs, guard) };
  const moved = movePastMonth(fixedShape(inputs), now);
  const fixed = moved ? moved.inputs : fixedShape(inputs);
  return decideFrom(inputs, fixed, moved, pack, now, [], 0).result;
}

type Moved = ReturnType<typeof movePastMonth>;
type Decided = { result: DecideResult; key: string };

/**
 * A contradiction readingsOf can read two ways (a count of children their ages do not match) is decided under each
 * reading: when both give the same verdict, the plan goes with the kept statement and an
 * assumption names both; when they differ, it is a bounded refusal naming both.
 */
function decideFrom(inputs: TripInputs, fixed: TripInputs, moved: Moved, pack: PackIndex, now: Date, notes: AssumptionDraft[], depth: number): Decided {
  const conflicts = findContradictions(fixed, now);
  if (conflicts.length > 0) {
    const refusal: Decided = { result: { kind: 'refused', content: contradictionRefusal(inputs, conflicts[0]!) }, key: 'contradictory' };
    const readings = readingsOf(fixed, conflicts[0]!);
    // Each reading settles one contradiction; a bound on the depth (both readings count) keeps a reading that failed to from looping.
    if (!readings || depth >= 4) return refusal;
    const note: AssumptionDraft = { text: `You said ${readings.said}; the verdict is the same either way, so we planned for ${readings.went}. Tell us if the other is right.`, confidence: 0.6, filled: true };
    const kept = decideFrom(inputs, readings.kept, moved, pack, now, [...notes, note], depth + 1);
    const other = decideFrom(inputs, readings.other, moved, pack, now, notes, depth + 1);
    return kept.result.kind === 'issued' && other.result.kind === 'issued' && kept.key === other.key ? kept : refusal;
  }
  // A discard's reason is part of the verdict: an age rule under one reading and a budget under the other differ.
  const issued = (result: DecideResult, choice?: Choice): Decided => ({
    result,
    key: result.kind === 'refused' ? `refused:${result.content.refusal?.reason}` : `${verdictKey(choice!)}:${choice!.outcome === 'discard' ? [...choice!.current.blockers, ...choice!.current.dropped].map((b) => b.kind).join(',') : ''}`,
  });
  const tables = tablesFor(pack);
  const trial = (i: TripInputs): Trial => {
    const ctx = resolveContext(i, now);
    const budgetLine = resolveBudget(i, ctx, tables);
    return { inputs: i, choice: choose(ctx, frameFor(ctx, tables), budgetLine.kind === 'known' ? budgetLine.budget : undefined, tables) };
  };
  const missing = missingEssentials(fixed);
  let decided = fixed;
  let sweep: MonthSweep | undefined;
  // A month nobody stated is asked only when the verdict depends on it.
  if ((missing.length === 1 && missing[0] === 'month') || missing.includes('destinations')) {
    sweep = sweepMonths(fixed, now, trial);
    if (sweep) decided = sweep.trial.inputs;
  }
  if (missing.length > 0 && !sweep) {
    const extra = worthAsking(fixed, (id) => tables.hardAge[tables.pos.get(id) ?? -1]! >= 0 || (fixed.priorities?.includes('walking') === true && tables.walkAge[tables.pos.get(id) ?? -1]! >= 0));
    return issued({ kind: 'refused', content: missingRefusal(inputs, [...missing, ...extra, ...budgetUnknown(fixed)]) });
  }
  // "Can we afford it?" with no amount: the amount is what decides (every place has a floor some budget misses), so it is asked.
  if (fixed.asks_affordability === true && fixed.budget_amount === undefined && !fixed.budget_rate) return issued({ kind: 'refused', content: missingRefusal(inputs, ['budget_amount']) });
  // A child in Devil's Pool: its operator's rule, with no public figure to check an age against, so never planned as safe.
  if (childInUnfiguredActivity(decided, pack)) return issued({ kind: 'refused', content: devilsPoolRefusal(inputs) });
  // A hard age rule is never passed on an assumed age: unknown ages that could change the verdict are asked.
  if (agesDecide(decided, trial) || agesAskedFor(decided, pack)) return issued({ kind: 'refused', content: missingRefusal(inputs, ['child_ages']) });
  const ctx = resolveContext(decided, now);
  if (birthdayDecides(decided, ctx.month, ctx.year, trial)) return issued({ kind: 'refused', content: missingRefusal(inputs, ['child_ages']) });

  const budgetLine = resolveBudget(decided, ctx, tables);
  const budget = budgetLine.kind === 'known' ? budgetLine.budget : undefined;
  const frame = frameFor(ctx, tables);
  const choice = choose(ctx, frame, budget, tables);

  const drafts = assumptionsFor(ctx, frame, choice, budgetLine, inputs.month !== undefined || inputs.start_date !== undefined);
  drafts.unshift(...notes);
  if (moved) drafts.unshift({ text: `${moved.passed} has passed, so we weighed the months ahead that you said could work.`, confidence: 0.7, filled: true });
  if (sweep?.kind === 'best_month') {
    const why = sweep.open ? 'you left the month open and it is the best one we found' : 'no month makes your first choice work, and it is the best month for this one';
    drafts.unshift({ text: `${monthName(ctx.month)} ${ctx.year} suits you: ${why}.`, confidence: 0.7, filled: true });
  }
  const copy = verdictCopy(ctx, frame, choice, budget, sweep?.kind === 'every_month', sweep?.kind === 'best_month' && sweep.anyMonth === true);
  const ledger = ledgerFor(ctx, frame, choice, budget);
  const drafted: DecisionContent = {
    decision_type: decisionType(choice, frame),
    verdict: { outcome: choice.outcome, headline: copy.headline, summary: copy.summary },
    assumptions: toAssumptions(drafts),
    tradeoffs: { gains: ledger.gains, losses: ledger.losses },
    change_conditions: changeConditionsFor(ctx, frame, choice, budget),
    confidence: confidenceFor(ctx, choice, drafts),
    inputs_snapshot: inputs,
    logic_version: LOGIC_VERSION,
  };
  const content = ctx.groupSize === 1 && !ctx.assumed.group ? soloCopy(drafted) : drafted;
  if (choice.outcome === 'book') {
    return issued({ kind: 'issued', content, itinerary: itineraryFor(ctx, choice.plan, drafts.map((a) => a.text)) }, choice);
  }
  return issued({ kind: 'issued', content }, choice);
}

function decisionType(choice: Choice, frame: Frame): DecisionType {
  switch (choice.outcome) {
    case 'book':
      return 'itinerary_reco';
    case 'wait':
      return 'timing_verdict';
    case 'switch':
      return 'comparison';
    case 'discard': {
      const why = choice.current.blockers[0] ?? choice.current.dropped[0];
      if (why?.kind === 'closed') return 'timing_verdict';
      return frame.named.length > 1 ? 'comparison' : 'fit_assessment';
    }
  }
}

/**
 * An activity named whose operators apply an age rule the pack has no public figure for (`ages_asked`: Devil's Pool):
 * with a child whose age is unknown, every age is asked rather than the activity planned on a guess.
 */
function agesAskedFor(i: TripInputs, pack: PackIndex): boolean {
  const asked = i.activities;
  if (!asked?.length || !unknownAges(i)) return false;
  // An add-on with an age rule a child sits out (`skippable`: the balloon flight) is asked too: who may fly is the plan.
  return pack.pack.destinations.some((d) => d.activities?.some((a) => (a.ages_asked === true || (a.skippable === true && a.min_age !== undefined)) && asked.includes(a.id)) === true);
}

/**
 * A child in the party and an activity named whose operator applies an age rule the pack has no public figure for
 * (`ages_asked`: Devil's Pool, swum only on the Livingstone Island operator's guided tours). No age can be checked, so
 * none is passed: asking the ages would be a question no rule reads. A grown-up alone in the pool (the extractor drops
 * the activity when the children are said to stay out) is not this.
 */
function childInUnfiguredActivity(i: TripInputs, pack: PackIndex): boolean {
  const asked = i.activities;
  if (!asked?.length) return false;
  const child = (i.children ?? 0) > 0 || (i.child_ages?.length ?? 0) > 0 || (i.child_birthdays?.length ?? 0) > 0;
  if (!child) return false;
  return pack.pack.destinations.some((d) => d.activities?.some((a) => a.ages_asked === true && asked.includes(a.id)) === true);
}

/** The bounded refusal for a child in Devil's Pool: the operator decides, and the rest of the trip can still be planned. */
function devilsPoolRefusal(inputs: TripInputs): DecisionContent {
  const content = guardRefusal(inputs, { reason: 'unsafe', topic: 'unsafe_request' });
  content.verdict = {
    outcome: 'refused',
    headline: 'I won’t plan the Devil’s Pool swim for a child.',
    summary:
      'Devil’s Pool is swum only on guided Livingstone Island tours from Zambia, and the island’s operator (Tongabezi) decides who may swim. It publishes no minimum age I can check, so I will not plan the swim for a child or call it safe. I can still decide the rest of your trip.',
  };
  content.refusal = {
    reason: 'unsafe',
    missing_inputs: [],
    next_action: 'Ask the Livingstone Island operator about its rules for children. A trip with only the adults in the pool, or without it, I can decide with you.',
  };
  return content;
}
