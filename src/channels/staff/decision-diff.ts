/**
 * A field-level diff between a decision and the one it superseded (issue 13, "a
 * decision's revisions"): which traveler inputs changed, and what the verdict,
 * assumptions, ledger and versions did in answer.
 */
import type { Decision } from '../../domain/entities/decision';

export interface FieldChange {
  field: string;
  before?: unknown;
  after?: unknown;
}

export interface DecisionDiff {
  before_id: string;
  after_id: string;
  /** TripInputs fields added, removed or changed between the two snapshots. */
  inputs: FieldChange[];
  /** Outcome, headline, summary, confidence, logic and prompt versions, model. */
  verdict: FieldChange[];
  assumptions: { added: string[]; removed: string[]; confidence_changed: { text: string; before: number; after: number }[] };
  gains: { added: string[]; removed: string[] };
  losses: { added: string[]; removed: string[] };
  change_conditions: { added: string[]; removed: string[] };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function listDiff(before: readonly string[], after: readonly string[]) {
  const b = new Set(before);
  const a = new Set(after);
  return { added: after.filter((x) => !b.has(x)), removed: before.filter((x) => !a.has(x)) };
}

/** Compares `before` (the superseded decision) with `after` (the one that superseded it). */
export function diffDecisions(before: Decision, after: Decision): DecisionDiff {
  const inputs: FieldChange[] = [];
  const bi = before.inputs_snapshot as Record<string, unknown>;
  const ai = after.inputs_snapshot as Record<string, unknown>;
  for (const field of [...new Set([...Object.keys(bi), ...Object.keys(ai)])].sort()) {
    if (!same(bi[field], ai[field])) inputs.push({ field, ...(field in bi ? { before: bi[field] } : {}), ...(field in ai ? { after: ai[field] } : {}) });
  }
  const verdict: FieldChange[] = [];
  const pairs: [string, unknown, unknown][] = [
    ['outcome', before.verdict.outcome, after.verdict.outcome],
    ['headline', before.verdict.headline, after.verdict.headline],
    ['summary', before.verdict.summary, after.verdict.summary],
    ['confidence', before.confidence, after.confidence],
    ['decision_type', before.decision_type, after.decision_type],
    ['refusal', before.refusal, after.refusal],
    ['logic_version', before.logic_version, after.logic_version],
    ['prompt_version', before.ai_trace.prompt_version, after.ai_trace.prompt_version],
    ['model', before.ai_trace.model, after.ai_trace.model],
  ];
  for (const [field, b, a] of pairs) if (!same(b, a)) verdict.push({ field, before: b, after: a });
  const beforeConf = new Map(before.assumptions.map((x) => [x.text, x.confidence]));
  const confidenceChanged = after.assumptions.flatMap((x) => {
    const b = beforeConf.get(x.text);
    return b !== undefined && b !== x.confidence ? [{ text: x.text, before: b, after: x.confidence }] : [];
  });
  return {
    before_id: before.decision_id,
    after_id: after.decision_id,
    inputs,
    verdict,
    assumptions: { ...listDiff(before.assumptions.map((x) => x.text), after.assumptions.map((x) => x.text)), confidence_changed: confidenceChanged },
    gains: listDiff(before.tradeoffs.gains, after.tradeoffs.gains),
    losses: listDiff(before.tradeoffs.losses, after.tradeoffs.losses),
    change_conditions: listDiff(before.change_conditions, after.change_conditions),
  };
}
