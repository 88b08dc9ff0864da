import type { Decision } from '../../domain/entities/decision';
import type { Itinerary } from '../../domain/entities/itinerary';
import { hours } from '../../domain/rules/format';
import { fieldLabel } from './render-reply';

const OUTCOME_COLOUR: Record<string, number> = { book: 32, wait: 33, switch: 36, discard: 31, refused: 35 };

/** A bullet item: the first line marked, the rest indented under it. */
function bullet(text: string, width: number): string[] {
  return wrap(text, width - 4).map((l, i) => (i ? '    ' : '  • ') + l);
}

/** Wraps text to a width, keeping words whole. */
function wrap(text: string, width: number): string[] {
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let line = '';
    for (const word of para.split(/\s+/)) {
      if (!word) continue;
      if (line && (line + ' ' + word).length > width) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    out.push(line);
  }
  return out;
}

/**
 * A decision as a readable terminal card (`npm run chat`): verdict and headline first,
 * then the summary, the ledger and, on book, the plan. `colour` adds ANSI colours.
 */
export function terminalCard(d: Decision, itinerary: Itinerary | undefined, colour: boolean, width = 78): string {
  const c = (code: number, s: string) => (colour ? `\x1b[${code}m${s}\x1b[0m` : s);
  const bold = (s: string) => c(1, s);
  const dim = (s: string) => c(2, s);
  const lines: string[] = [];
  const rule = dim('─'.repeat(width));
  lines.push(rule);
  lines.push(`${c(OUTCOME_COLOUR[d.verdict.outcome] ?? 37, bold(` ${d.verdict.outcome.toUpperCase()} `))}  ${bold(d.verdict.headline)}`);
  lines.push('', ...wrap(d.verdict.summary, width));
  if (d.refusal) {
    if (d.refusal.missing_inputs.length) lines.push('', `${bold('Tell me:')} ${d.refusal.missing_inputs.map(fieldLabel).join(' · ')}`);
    lines.push('', ...wrap(`${bold('Next:')} ${d.refusal.next_action}`, width));
  } else {
    if (itinerary) {
      lines.push('', bold(`Plan — ${itinerary.title}`));
      for (const s of itinerary.route) {
        lines.push(`  • ${s.name}: ${s.nights} night${s.nights === 1 ? '' : 's'}, ${s.lodging_tier.replace('_', ' ')}, ${s.transfer === 'flight' ? 'fly in' : `${hours(s.drive_hours_in)} by road`}`);
      }
      if (itinerary.estimated_cost_usd_per_person) lines.push(dim(`  about $${Math.round(itinerary.estimated_cost_usd_per_person).toLocaleString('en-US')} per person before international flights`));
    }
    lines.push('', bold('Assumptions'));
    for (const a of d.assumptions) lines.push(...bullet(`${a.text} ${dim(`(${Math.round(a.confidence * 100)}%)`)}`, width));
    lines.push('', c(32, bold('Gains')));
    for (const g of d.tradeoffs.gains) lines.push(...bullet(g, width));
    lines.push(c(31, bold('Losses')));
    for (const l of d.tradeoffs.losses) lines.push(...bullet(l, width));
    lines.push('', bold('What would change this'));
    for (const x of d.change_conditions) lines.push(...bullet(x, width));
    lines.push('', dim(`confidence ${Math.round(d.confidence * 100)}% · ${d.logic_version} · ${d.ai_trace.model}`));
  }
  lines.push(rule);
  return lines.join('\n');
}
