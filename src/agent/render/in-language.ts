import type { Language, LocalizedDecision } from '../../domain/dialogue';
import type { DecisionContent } from '../../domain/entities/decision';
import { LOCALE } from '../dialogue/language';
import { afterLabel, LABELS } from './labels';

/** The fields of a decision a traveler reads, as every channel's renderer takes them. */
type Readable = Pick<DecisionContent, 'verdict' | 'assumptions' | 'tradeoffs' | 'change_conditions' | 'refusal' | 'localized'>;

/** The language a decision's traveler copy is written in: its localized copy's, else the rules' English. */
export function decisionLanguage(d: Pick<DecisionContent, 'localized'>): Language {
  return d.localized?.language ?? 'en';
}

/**
 * The decision with its traveler-facing copy in the traveler's language: the localized
 * headline, summary, assumptions, reasons, change conditions and refusal step in place of
 * the rules' English, so a channel's renderer written for one shape writes French or
 * German as it writes English. A decision without localized copy is returned as it is.
 */
export function inTravelerLanguage<T extends Readable>(d: T): T {
  const l = d.localized;
  if (!l) return d;
  return {
    ...d,
    verdict: { ...d.verdict, headline: l.headline, summary: l.summary },
    assumptions: l.assumptions.map((a, k) => ({ id: `a${k + 1}`, text: a.text, confidence: a.confidence })),
    tradeoffs: { gains: l.gains, losses: l.losses },
    change_conditions: l.change_conditions,
    ...(d.refusal ? { refusal: { ...d.refusal, next_action: l.next_action ?? d.refusal.next_action } } : {}),
  };
}

/** A plan's title, stop names and inclusions in the traveler's language, when the decision has them. */
export function inTravelerLanguagePlan<P extends { title: string; route: Array<{ destination_id: string; name: string }>; inclusions?: string[]; exclusions?: string[] }>(plan: P, l: LocalizedDecision | undefined): P {
  const p = l?.plan;
  if (!p) return plan;
  const names = new Map(p.stops.map((s) => [s.destination_id as string, s.name]));
  return {
    ...plan,
    title: p.title,
    route: plan.route.map((s) => ({ ...s, name: names.get(s.destination_id) ?? s.name })),
    ...(plan.inclusions ? { inclusions: p.inclusions } : {}),
    ...(plan.exclusions ? { exclusions: p.exclusions } : {}),
  };
}

/** The whole localized ledger as text (a French or German "details"): verdict, summary, plan, assumptions, reasons, change conditions. */
export function localizedFull(l: LocalizedDecision, refused: boolean): string {
  const t = LABELS[l.language];
  const pct = (x: number) => new Intl.NumberFormat(LOCALE[l.language], { style: 'percent' }).format(x);
  const lines = [`${l.label}${t.colon}${afterLabel(l.language, l.headline)}`, '', l.summary];
  if (refused) return lines.join('\n');
  if (l.plan) {
    lines.push('', `${t.plan}${t.colon}${afterLabel(l.language, l.plan.title)}`);
    for (const s of l.plan.stops) lines.push(`- ${s.name}${t.colon}${s.line}`);
  }
  lines.push('', `${t.assumptions}${t.colon.trimEnd()}`, ...l.assumptions.map((a) => `- ${a.text} (${pct(a.confidence)})`));
  lines.push('', `${t.gains}${t.colon.trimEnd()}`, ...l.gains.map((g) => `- ${g}`));
  lines.push('', `${t.losses}${t.colon.trimEnd()}`, ...l.losses.map((g) => `- ${g}`));
  lines.push('', `${t.changes}${t.colon.trimEnd()}`, ...l.change_conditions.map((g) => `- ${g}`));
  return lines.join('\n');
}
