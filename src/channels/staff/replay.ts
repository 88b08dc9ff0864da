/**
 * Replay and impact (issue 13): a stored decision's `inputs_snapshot` decided again by the
 * current rules, at the instant it was first decided (the rules place the trip in time
 * from `now`), so the same inputs under the same logic version give the same verdict.
 * Nothing is written. A refusal the guard made (out of scope, unsafe) came from the
 * message, not the inputs: replay re-applies the same guard, recovering its topic from
 * the stored copy.
 */
import type { Decision, DecisionContent } from '../../domain/entities/decision';
import type { GuardSignal } from '../../domain/rules';
import type { ReplayRules } from './context';

/** The fields compared between a stored and a replayed decision: verdict, ledger, copy. */
const COMPARED = ['verdict', 'assumptions', 'tradeoffs', 'change_conditions', 'confidence', 'refusal', 'decision_type'] as const;

export interface ReplayResult {
  stored: Pick<Decision, 'decision_id' | 'logic_version' | 'created_at' | (typeof COMPARED)[number]>;
  replayed: Pick<DecisionContent, 'logic_version' | (typeof COMPARED)[number]>;
  /** Whether anything compared differs. */
  changed: boolean;
  /** Whether the outcome (book/wait/switch/discard/refused) differs. */
  outcome_changed: boolean;
  differences: (typeof COMPARED)[number][];
  same_logic_version: boolean;
}

/** Topics the guard refuses with (src/agent/turn/guard.ts and the rules' copy for each). */
const GUARD_TOPICS = ['visa', 'health', 'legal', 'safety_guarantee', 'price_guarantee', 'booking_admin', 'non_travel', 'abuse', 'instructions', 'unsafe_request'];

const canon = (v: unknown): string => JSON.stringify(v, (_k, x: unknown) => (x && typeof x === 'object' && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x));

function guardOf(d: Decision, rules: ReplayRules): GuardSignal | undefined {
  const reason = d.refusal?.reason;
  if (reason !== 'out_of_scope' && reason !== 'unsafe') return undefined;
  const at = new Date(d.created_at);
  for (const topic of GUARD_TOPICS) {
    const c = rules.decide(d.inputs_snapshot, at, { reason, topic }).content;
    if (c.refusal?.next_action === d.refusal?.next_action && c.verdict.summary === d.verdict.summary) return { reason, topic };
  }
  return { reason, topic: 'non_travel' };
}

/** Decides a stored decision's inputs again under `rules`; pure apart from the rules. */
export function replayDecision(d: Decision, rules: ReplayRules): ReplayResult {
  const content = rules.decide(d.inputs_snapshot, new Date(d.created_at), guardOf(d, rules)).content;
  const differences = COMPARED.filter((f) => canon(d[f]) !== canon(content[f]));
  const pick = <T extends object>(o: T) => Object.fromEntries(COMPARED.map((f) => [f, (o as Record<string, unknown>)[f]]));
  return {
    stored: { decision_id: d.decision_id, logic_version: d.logic_version, created_at: d.created_at, ...pick(d) } as ReplayResult['stored'],
    replayed: { logic_version: content.logic_version, ...pick(content) } as ReplayResult['replayed'],
    changed: differences.length > 0,
    outcome_changed: d.verdict.outcome !== content.verdict.outcome,
    differences,
    same_logic_version: d.logic_version === content.logic_version,
  };
}

/** How a period's decisions would move under the current rules, by from→to outcome. */
export interface ImpactReport {
  from: string;
  to: string;
  logic_version: string;
  examined: number;
  /** Decisions whose outcome would change. */
  changed: number;
  /** Decisions whose outcome stays but whose copy or ledger would change. */
  copy_changed: number;
  transitions: { from: string; to: string; count: number; decision_ids: string[] }[];
  /** True when the period held more decisions than one report examines. */
  truncated: boolean;
}

/** Ids listed per transition (the count is always complete). */
const IDS_PER_TRANSITION = 50;

/** Folds replays of a period's decisions into an impact report. */
export function impactOf(decisions: Decision[], rules: ReplayRules, window: { from: string; to: string }, truncated: boolean): ImpactReport {
  const groups = new Map<string, { from: string; to: string; count: number; decision_ids: string[] }>();
  let copyChanged = 0;
  for (const d of decisions) {
    const r = replayDecision(d, rules);
    if (!r.outcome_changed) {
      if (r.changed) copyChanged++;
      continue;
    }
    const key = `${d.verdict.outcome}>${r.replayed.verdict.outcome}`;
    const g = groups.get(key) ?? { from: d.verdict.outcome, to: r.replayed.verdict.outcome, count: 0, decision_ids: [] };
    g.count++;
    if (g.decision_ids.length < IDS_PER_TRANSITION) g.decision_ids.push(d.decision_id);
    groups.set(key, g);
  }
  const transitions = [...groups.values()].sort((a, b) => b.count - a.count || a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
  return {
    ...window,
    logic_version: rules.logicVersion,
    examined: decisions.length,
    changed: transitions.reduce((n, t) => n + t.count, 0),
    copy_changed: copyChanged,
    transitions,
    truncated,
  };
}
