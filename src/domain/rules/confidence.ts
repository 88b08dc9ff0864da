import type { AssumptionDraft } from './assumptions';
import type { Choice } from './choose';
import { DEFAULTS, type TripContext } from './context';
import { GOOD } from './score';

const BASE: Record<Choice['outcome'], number> = { book: 0.85, wait: 0.75, switch: 0.75, discard: 0.85 };

/**
 * Confidence in the verdict, calibrated by how much it rests on guesses: each value we
 * had to assume costs in proportion to our doubt about it, a weak fit or a thin margin
 * costs more, short notice a little. Kept in [0.2, 0.95]: the rules are never certain.
 */
export function confidenceFor(ctx: TripContext, choice: Choice, assumptions: readonly AssumptionDraft[]): number {
  let c = BASE[choice.outcome];
  for (const a of assumptions) if (a.filled) c -= (1 - a.confidence) * 0.2;
  switch (choice.outcome) {
    case 'book':
      if (choice.plan.score < GOOD) c -= 0.15;
      else if (choice.plan.score >= GOOD + 1) c += 0.03;
      break;
    case 'wait':
    case 'switch': {
      const gain = choice.current.feasible ? choice.plan.score - choice.current.score : 1.5;
      c += Math.min(0.1, Math.max(0, (gain - 0.75) * 0.1));
      break;
    }
    case 'discard':
      if (choice.current.blockers.length === 0 && choice.current.dropped.length === 0) c -= 0.2;
      break;
  }
  if (ctx.daysAhead < DEFAULTS.shortNoticeDays) c -= 0.05;
  return Math.round(Math.min(0.95, Math.max(0.2, c)) * 100) / 100;
}
