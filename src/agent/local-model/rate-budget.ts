import type { Extraction } from '../extraction-schema';
import { budgetMentions } from './budget';
import { pick } from './mention';

/**
 * A budget said only as a rate ("$350 per person per day", "about $250 pppn") in a message
 * that gives no trip length: budget.ts counts a rate only over a known length, so without
 * one the rate is kept as said (`budget_rate`), for the rules to count over each plan's
 * nights. Whether it is per day or per night is read from how budget.ts scales it.
 */
export function rateBudget(t: string, cues: readonly number[]): Pick<Extraction, 'budget_rate'> | undefined {
  if (budgetMentions(t).length > 0) return undefined;
  const one = budgetMentions(t, 1);
  if (one.length === 0) return undefined;
  const chosen = pick(one, cues)!;
  const at = one.find((m) => m.value === chosen)!.at;
  const two = budgetMentions(t, 2).find((m) => m.at === at);
  const per = two && two.value.budget_amount === chosen.budget_amount ? 'night' : 'day';
  const basis = chosen.budget_basis;
  return { budget_rate: { amount: chosen.budget_amount!, currency: chosen.budget_currency ?? 'USD', ...(basis ? { basis } : {}), per } };
}
