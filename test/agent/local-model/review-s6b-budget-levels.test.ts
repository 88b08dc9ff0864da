import { describe, expect, it } from 'vitest';
import { x } from './helpers';

// Review s6b F7: a small budget and "no limit" said about different things, or in separate remarks, is no
// contradiction of the budget; only the budget said both ways in one clause is ("our budget is tight, money no object").
describe('a small budget beside a limit lifted for something else is no conflict (F7)', () => {
  it.each([
    "We can't spend much; whatever it costs, we want to see a leopard. Kruger July 2 adults 7 days",
    "Our budget is modest, no budget limit for the kids' activities, Kruger July 2 adults 2 kids 8 and 10, 7 days",
    "On a tight budget; sky's the limit next year though. Kruger July 2 adults 7 days",
    'Our budget is limited; whatever it costs to keep the kids safe. Kruger July 2 adults 7 days',
    "We're on a modest budget, money is no object for my husband though. Kruger July 2 adults 7 days",
    'My budget is small, no limit for my parents who pay their own. Kruger July 4 adults 7 days',
    'Money is tight. No limit on the number of game drives please! Kruger July 2 adults 7 days',
    "Our budget's quite tight; price doesn't matter for the flights as we use miles. Kruger July 2 adults 7 days",
    "a tight budget for lodges, sky's the limit for photography gear. Kruger July 2 adults 7 days",
    // Our own.
    "We're on a limited budget, money is no object when it comes to the gorilla permit. Bwindi July 2 adults 4 days",
    'Our budget is small. Whatever it costs, my daughter must see a rhino. Kruger August 3 adults 6 days',
  ])('%s', (text) => {
    expect(x(text).contradicts ?? []).not.toContain('budget_amount');
  });

  it.each([
    'Our budget is tight, money is no object. Kruger in July, 2 adults, 7 days',
    "Money is tight and sky's the limit, Kruger July 2 adults 7 days",
  ])('the budget said both ways in one clause is still a conflict: %s', (text) => {
    expect(x(text).contradicts).toContain('budget_amount');
  });
});
