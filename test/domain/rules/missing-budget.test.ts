import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const run = (i: TripInputs) => decide(i, pack, NOW);

describe('a refusal for missing essentials lists the budget when no amount is known (issue 14 item 2)', () => {
  it.each<[string, TripInputs, string[]]>([
    ['nothing said yet', {}, ['destinations', 'month', 'budget_amount']],
    ['a country with no month and no money said', { countries: ['ZM'], adults: 2 }, ['month', 'budget_amount']],
    ['a month and a wish for something special, no place', { month: 10, adults: 2 }, ['destinations', 'budget_amount']],
    ['a tight budget said only as a style', { countries: ['KE'], priorities: ['value'] }, ['month', 'budget_amount']],
    ['only a style, no place, country or purpose: where is asked too', { priorities: ['value'], adults: 2 }, ['destinations', 'month', 'budget_amount']],
    ['comfort alone is no purpose either', { priorities: ['comfort'] }, ['destinations', 'month', 'budget_amount']],
    ['a style beside what the trip is for asks no place', { priorities: ['value', 'birding'] }, ['month', 'budget_amount']],
  ])('%s', (_name, inputs, missing) => {
    const r = run(inputs);
    expect(r.kind).toBe('refused');
    expect(r.content.refusal?.missing_inputs).toEqual(missing);
  });

  it('does not ask a budget the traveler gave, as a total or per day', () => {
    const total = run({ budget_amount: 9000, budget_currency: 'USD', budget_basis: 'total', adults: 2 });
    expect(total.content.refusal?.missing_inputs).toEqual(['destinations', 'month']);
    const daily = run({ countries: ['BW'], budget_rate: { amount: 400, currency: 'USD', basis: 'per_person', per: 'day' } });
    expect(daily.content.refusal?.missing_inputs).toEqual(['month']);
  });

  it('keeps the children’s ages ahead of the budget when both are open on a trip with an age rule', () => {
    const r = run({ destinations: ['volcanoes'], children: 1 });
    expect(r.content.refusal?.missing_inputs).toEqual(['month', 'child_ages', 'budget_amount']);
  });

  it('does not hold a decided trip for the budget: a month that does not change the verdict is not asked, nor the amount', () => {
    const r = run({ priorities: ['gorillas'], countries: ['NA'], excluded_destinations: pack.pack.destinations.filter((d) => d.country !== 'NA').map((d) => d.id) });
    expect(r.kind).toBe('issued');
  });

  it('asks at most two things at once in its own copy, however many it lists', () => {
    const r = run({});
    expect(r.content.refusal?.next_action).toMatch(/where you would like to go/);
    expect(r.content.refusal?.next_action).toMatch(/which month/);
    expect(r.content.refusal?.next_action).not.toMatch(/budget/);
    const one = run({ month: 9 });
    expect(one.content.refusal?.next_action).toMatch(/where you would like to go .* and your budget/);
  });
});
