import type { DecisionContent, DecisionType } from '../entities';
import type { PackIndex } from '../knowledge-pack/index-pack';
import type { TripInputs } from '../trip-inputs';
import { assumptionsFor, toAssumptions } from './assumptions';
import { resolveBudget } from './budget';
import { changeConditionsFor } from './conditions';
import { choose, type Choice } from './choose';
import { frameFor, type Frame } from './frame';
import { confidenceFor } from './confidence';
import { resolveContext } from './context';
import { findContradictions } from './contradictions';
import { missingEssentials, worthAsking } from './essentials';
import { fixedShape } from './normalize';
import { itineraryFor } from './itinerary';
import { ledgerFor } from './ledger';
import { tablesFor } from './pack-tables';
import { contradictionRefusal, guardRefusal, missingRefusal } from './refusal';
import type { DecideResult, GuardSignal } from './types';
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
  const fixed = fixedShape(inputs);
  const conflicts = findContradictions(fixed, now);
  if (conflicts.length > 0) return { kind: 'refused', content: contradictionRefusal(inputs, conflicts[0]!) };
  const tables = tablesFor(pack);
  const missing = missingEssentials(fixed);
  if (missing.length > 0) {
    const extra = worthAsking(fixed, (id) => tables.hardAge[tables.pos.get(id) ?? -1]! >= 0);
    return { kind: 'refused', content: missingRefusal(inputs, [...missing, ...extra]) };
  }

  const ctx = resolveContext(fixed, now);
  const budgetLine = resolveBudget(fixed, ctx, tables);
  const budget = budgetLine.kind === 'known' ? budgetLine.budget : undefined;
  const frame = frameFor(ctx, tables);
  const choice = choose(ctx, frame, budget, tables);

  const drafts = assumptionsFor(ctx, frame, choice, budgetLine);
  const copy = verdictCopy(ctx, frame, choice, budget);
  const ledger = ledgerFor(ctx, frame, choice, budget);
  const content: DecisionContent = {
    decision_type: decisionType(choice, frame),
    verdict: { outcome: choice.outcome, headline: copy.headline, summary: copy.summary },
    assumptions: toAssumptions(drafts),
    tradeoffs: { gains: ledger.gains, losses: ledger.losses },
    change_conditions: changeConditionsFor(ctx, frame, choice, budget),
    confidence: confidenceFor(ctx, choice, drafts),
    inputs_snapshot: inputs,
    logic_version: LOGIC_VERSION,
  };
  if (choice.outcome === 'book') {
    return { kind: 'issued', content, itinerary: itineraryFor(ctx, choice.plan, drafts.map((a) => a.text)) };
  }
  return { kind: 'issued', content };
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
