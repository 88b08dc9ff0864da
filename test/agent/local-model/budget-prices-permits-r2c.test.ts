import { describe, expect, it } from 'vitest';
import { budgetMentions as mentionsOf, permitsApart } from '../../../src/agent/local-model/budget';
import { normalize } from '../../../src/agent/local-model/normalize';
import { budgetOver, type Budget } from '../../../src/domain/rules/budget';
import { converse, x } from './helpers';

// Round 2 (C): a price the traveler quotes (a permit, a fee, a flight) is not what they will spend, and a budget
// stated for the rest of the trip with the permits bought apart is weighed with the permits on top.
const budgetMentions = (text: string) => mentionsOf(normalize(text).text);

describe('a quoted price beside the budget', () => {
  it('the permit price is not the budget when the spend is said too', () => {
    expect(x("Chimps in Uganda but the $250 permit seems a lot; 2 adults, June 2027, $1,800 pp").budget_amount).toBe(1800);
    expect(x('Gorillas, permits $800 each, our budget $2,600 each, September 2027').budget_amount).toBe(2600);
    expect(x('Budget $5,000 each, the park fee is $100 a day, Serengeti in July 2027').budget_amount).toBe(5000);
  });

  it('a lone amount stays the budget, and a budget said for the permits is a budget', () => {
    expect(budgetMentions('budget $2,000 each').map((m) => m.value.budget_amount)).toEqual([2000]);
    expect(budgetMentions('our budget for the permit is $1,500').map((m) => m.value.budget_amount)).toEqual([1500]);
    expect(budgetMentions('$4,000 each, flights included').map((m) => m.value.budget_amount)).toEqual([4000]);
  });
});

describe('permits bought apart from the budget', () => {
  it.each([
    'the permits will be bought by us',
    "we've already got our gorilla permits",
    'we will buy the permits ourselves',
    '$1,200 each excluding permits',
    'permits not included',
    'we have $900 each for lodging and transport',
  ])('reads "%s"', (text) => {
    expect(permitsApart(text)).toBe(true);
  });

  it.each(['permits sell out fast', 'is the permit included?', '$3,000 each including permits', 'we have $900 each for everything'])('not "%s"', (text) => {
    expect(permitsApart(text)).toBe(false);
  });

  it('the rules add the permits on top of a budget that leaves them out', () => {
    const b: Budget = { perPersonUsd: 1000, stated: { amount: 1000, currency: 'USD', basis: 'per_person' }, assumedBasis: false, assumedCurrency: false };
    expect(budgetOver(b, 3, 800)).toBe(1000);
    expect(budgetOver({ ...b, permitsApart: true }, 3, 800)).toBe(1800);
  });

  it('a trek whose lodging and transport fit the budget is booked, saying the permits are theirs to buy', () => {
    const { result, inputs } = converse(['Chimps and gorillas in Uganda for 2 adults', 'we are buying the permits separately', 'In July 2027, with $1,100 each for lodging and transport']);
    expect(inputs.budget_excludes_permits).toBe(true);
    expect(result.kind === 'issued' && result.content.verdict.outcome).toBe('book');
    expect(result.kind === 'issued' && result.content.verdict.summary).toMatch(/besides the permits \(about \$\d[\d,]*\) you buy yourselves, within your \$1,100 per person/);
  });

  it('without the permits apart, the same money does not reach the trek', () => {
    const { result } = converse(['Gorillas in Uganda for 2 adults in July 2027, $1,000 each']);
    expect(result.kind === 'issued' && result.content.verdict.outcome === 'book').toBe(false);
  });
});

describe('a budget said right after the party it is for', () => {
  it('"N of us, budget X" is the party\'s total', () => {
    expect(x('Chobe in August, three of us, budget $9,000').budget_basis).toBe('total');
    expect(x("Etosha in July, we're two; budget about €5,000").budget_basis).toBe('total');
  });

  it('a basis said with the amount still wins, and a bare amount stays unstated', () => {
    expect(x('Chobe in August, three of us, budget $3,000 each').budget_basis).toBe('per_person');
    expect(x('Chobe in August, three of us, $9,000').budget_basis).toBeUndefined();
  });
});

describe('permits bought apart, in a French or German reply', () => {
  it('the cost weighed against the budget leaves the permits out, as the English does', async () => {
    const { localizeDecision } = await import('../../../src/agent/dialogue/localize-decision');
    const { defaultPackIndex } = await import('../../../src/domain/knowledge-pack/index-pack');
    const { result } = converse(['Gorillas in Uganda for 2 adults', 'we are buying the permits separately', 'In July 2027, with $1,100 each for lodging and transport']);
    if (result.kind !== 'issued') throw new Error('no decision');
    for (const lang of ['fr', 'de'] as const) {
      const l = localizeDecision({ content: result.content, pack: defaultPackIndex(), lang });
      const costs = [...l.summary.matchAll(/(\d[\d\s.,\u202f]*\d)\s*(?:\$US|USD)/g)].map((m) => Number(m[1]!.replace(/[^\d]/g, '')));
      // The first sum is the plan's cost, the second the budget: the cost fits under it.
      expect(costs[0]!).toBeLessThanOrEqual(1100);
      expect(costs[1]).toBe(1100);
    }
  });
});
