import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { partyCounted } from '../../../src/domain/rules/unknowns';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

// Round 8, safety review 9a finding 3: a trip whose verdict is the same in every month is decided without the month only
// for a party read whole as adults. A party read in part ("me and the grandchild" as one adult, "five friends and their
// teen" as a group of five) may hold a child the words did not give, and a gorilla plan must then wait for the month (and
// the party) to be asked. Also review 9b copy #3: a month the traveler never gave is not named as if it were theirs.

const pack = defaultPackIndex();
const run = (i: TripInputs) => decide(i, pack, NOW);
const gorillas: TripInputs = { countries: ['RW'], duration_days: 6, budget_amount: 2400, budget_currency: 'USD', budget_basis: 'per_person', priorities: ['gorillas'] };

describe('no month, gorillas, a party only partly read', () => {
  it.each<[string, TripInputs]>([
    ['one adult counted, nobody else counted', { ...gorillas, adults: 1 }],
    ['a group size with no adults counted', { ...gorillas, group_size: 5 }],
    ['more travelers than adults', { ...gorillas, adults: 2, group_size: 3 }],
  ])('%s: the month is asked, no gorilla plan', (_n, inputs) => {
    const r = run(inputs);
    expect(r.kind).toBe('refused');
    expect(r.content.refusal?.missing_inputs).toContain('month');
  });

  it('a party counted whole as adults is still decided without the month', () => {
    const r = run({ ...gorillas, adults: 2, group_size: 2 });
    expect(r.kind).toBe('issued');
  });

  it('partyCounted wants adults and a group size that agree', () => {
    expect(partyCounted({ adults: 2, group_size: 2 })).toBe(true);
    expect(partyCounted({ adults: 1 })).toBe(false);
    expect(partyCounted({ group_size: 4 })).toBe(false);
    expect(partyCounted({ adults: 2, group_size: 4 })).toBe(false);
  });
});

describe('a verdict that holds in any month does not name a month as the traveler\'s', () => {
  it('the switch says any month, and the planned month only as the best', () => {
    const r = run({ ...gorillas, duration_days: 4, budget_amount: 1850, adults: 2, group_size: 2 });
    expect(r.content.verdict.outcome).toBe('switch');
    expect(r.content.verdict.headline).toMatch(/in any month \(\w+ is the best\)/);
    expect(r.content.verdict.headline).not.toMatch(/ for (January|February|March|April|May|June|July|August|September|October|November|December)\./);
  });

  it('a month the traveler gave is still named as theirs', () => {
    const r = run({ ...gorillas, duration_days: 4, budget_amount: 1850, adults: 2, group_size: 2, month: 8, year: 2027 });
    expect(r.content.verdict.headline).toMatch(/for August\./);
  });
});
