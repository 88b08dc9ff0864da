import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { converse, x } from '../../agent/local-model/helpers';
import { NOW } from './arbitraries';

// An amount the traveler sets for the permits alone ("no more than $1,000 each on the permit") is weighed against the
// permits, not against the whole trip: Rwanda's USD 1,500 permit fails it and Uganda's USD 800 permit fits it
// (issue 14 item 4: the constraint the traveler set holds, and no more than it). Phrasings written for this test.

const pack = defaultPackIndex();
const run = (i: TripInputs) => decide(i, pack, NOW);
const cap = (amount: number): TripInputs => ({ budget_amount: amount, budget_currency: 'USD', budget_basis: 'per_person', budget_permits_only: true, adults: 2, group_size: 2, priorities: ['gorillas'], month: 8 });

describe('reading a cap on the permits', () => {
  it.each([
    'Gorillas in August, but we will not pay more than $1,100 each for the permit',
    'We can put $950 per person towards the gorilla permits, 2 of us, Rwanda in July',
    'Our permit budget is $1,000 each',
  ])('«%s»', (text) => {
    expect(x(text).budget_permits_only).toBe(true);
  });

  it.each(['We have $6,000 each for the trip, permits included', 'Budget $3,000 pp, we buy the permits ourselves', 'Our budget is $4,000 pp; what do the permits cost?'])(
    '«%s» is a budget for the trip',
    (text) => {
      expect(x(text).budget_permits_only).toBeUndefined();
    },
  );

  it('a trip budget said beside a permit cap stays a trip budget', () => {
    const e = x('We have $3,500 each for the whole trip, but at most $1,000 each on the permit.');
    expect(e.budget_amount).toBe(3500);
    expect(e.budget_permits_only).toBeUndefined();
  });

  it('a later budget for the whole trip replaces the cap', () => {
    const { inputs } = converse(['Gorillas in Rwanda in August, 2 adults, at most $1,100 each on the permit', 'Actually our budget is $5,000 each for everything']);
    expect(inputs.budget_permits_only).toBe(false);
    expect(inputs.budget_amount).toBe(5000);
  });
});

describe('deciding with a cap on the permits', () => {
  it('a permit over the cap moves the traveler to the permit under it, the lodges unpriced by the cap', () => {
    const r = run({ ...cap(1100), countries: ['RW'] });
    expect(r.content.verdict.outcome).toBe('switch');
    expect(r.content.verdict.headline).toMatch(/Bwindi/);
    expect(r.content.verdict.summary).toMatch(/permits in Volcanoes National Park cost more than the \$1,100 per person you set for them/);
    expect(r.content.verdict.summary).not.toMatch(/even budget lodges/);
  });

  it('a permit within the cap books, whatever the lodges cost', () => {
    const r = run({ ...cap(1600), destinations: ['volcanoes'] });
    expect(r.content.verdict.outcome).toBe('book');
    expect(r.content.verdict.summary).toMatch(/within the \$1,600 per person you set for them/);
    expect(r.content.change_conditions.join(' ')).toMatch(/spend on the permits falls below about \$1,500/);
  });

  it('the same amount for the whole trip still rules the place out', () => {
    const r = run({ ...cap(1600), budget_permits_only: undefined, destinations: ['volcanoes'], excluded_destinations: ['bwindi'] });
    expect(r.content.verdict.outcome).toBe('discard');
  });

  it('no permit under the cap anywhere allowed is a discard that names the permit price', () => {
    const r = run({ ...cap(700), destinations: ['volcanoes'], excluded_destinations: ['bwindi'] });
    expect(r.content.verdict.outcome).toBe('discard');
    expect(r.content.change_conditions[0]).toMatch(/spend about \$1,500 per person on the permits/);
  });
});
