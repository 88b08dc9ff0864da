import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

// Round 8, review 9b copy #2: a permit cap set in euros is quoted in euros (with the dollars it comes to), never as a
// dollar figure the traveler did not say. Review 9b finding 8: an animal that scatters in the month (Chobe's elephants in
// the rains) only sends the traveler to wait when it is the point of the trip; birders the month serves well are booked.

const pack = defaultPackIndex();
const run = (i: TripInputs) => decide(i, pack, NOW);

describe('the permit cap in the traveler\'s own currency', () => {
  const capped: TripInputs = { countries: ['RW'], month: 7, year: 2027, duration_days: 5, adults: 2, group_size: 2, budget_amount: 1000, budget_basis: 'per_person', priorities: ['gorillas'], budget_permits_only: true };

  it('euros are quoted as euros', () => {
    const r = run({ ...capped, budget_currency: 'EUR' });
    const text = [r.content.verdict.summary, ...r.content.tradeoffs.gains, ...r.content.tradeoffs.losses].join(' ');
    expect(text).toMatch(/EUR 1,000 \(about \$[\d,]+\) per person you set for them/);
    expect(text).not.toMatch(/the \$[\d,]+ per person you set for them/);
  });

  it('dollars stay dollars', () => {
    const r = run({ ...capped, budget_currency: 'USD' });
    expect(r.content.verdict.summary).toMatch(/the \$1,000 per person you set for them/);
  });
});

describe('an animal out of sight in the month, when it is not the point', () => {
  const chobe: TripInputs = { destinations: ['chobe'], month: 1, year: 2027, duration_days: 5, adults: 2, group_size: 2, budget_amount: 4000, budget_currency: 'USD', budget_basis: 'per_person' };

  it('birders wanting elephants too are booked in the birding month', () => {
    const r = run({ ...chobe, priorities: ['birding'], animals: ['elephant'] });
    expect(r.content.verdict.outcome).toBe('book');
  });

  it('elephants as the trip\'s only point still wait for their month', () => {
    const r = run({ ...chobe, animals: ['elephant'] });
    expect(r.content.verdict.outcome).not.toBe('book');
  });
});
