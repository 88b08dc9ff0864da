import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const run = (i: TripInputs) => decide(i, pack, NOW).content;
const SAME = 'the verdict is the same either way';

// Issue 14 §3 with principle 2: a contradiction the readings cannot tell apart is decided; the
// others stay bounded refusals naming both statements (docs/blind-evaluation.md, twelfth round).
describe('a count of children the ages do not match, decided under each reading', () => {
  it('books where no age rule applies, on the ages given, and the assumption names both', () => {
    const c = run({ destinations: ['samburu'], month: 9, adults: 2, children: 3, child_ages: [7, 12] });
    expect(c.verdict.outcome).toBe('book');
    expect(c.assumptions[0]!.text).toContain('3 children, and children aged 7 and 12');
    expect(c.assumptions[0]!.text).toContain(SAME);
    // The snapshot is what the traveler said.
    expect(c.inputs_snapshot.children).toBe(3);
  });

  it('fewer children than ages books on the ages where no rule tells them apart', () => {
    const c = run({ destinations: ['etosha'], month: 7, adults: 2, children: 1, child_ages: [6, 11] });
    expect(c.verdict.outcome).toBe('book');
    expect(c.assumptions[0]!.text).toContain('one child, and children aged 6 and 11');
  });

  it('is refused on a gorilla trek, where the child without an age may be under 15', () => {
    const c = run({ countries: ['RW'], priorities: ['gorillas'], month: 7, adults: 2, children: 2, child_ages: [17] });
    expect(c.refusal?.reason).toBe('contradictory');
    expect(c.refusal?.missing_inputs).toEqual(['children', 'child_ages']);
  });
});

describe('contradictions that stay bounded refusals', () => {
  it('a budget said two ways, even when both amounts would book: the traveler’s own limit differs', () => {
    const c = run({ destinations: ['kruger'], month: 8, adults: 2, budget_amount: 6000, budget_currency: 'USD', budget_basis: 'total', conflict: { fields: ['budget_amount'], earlier: { budget_amount: 4000, budget_currency: 'USD', budget_basis: 'per_person' } } });
    expect(c.refusal?.reason).toBe('contradictory');
  });

  it('two periods, a length against the dates (when the trip is: essential)', () => {
    expect(run({ destinations: ['serengeti'], month: 8, adults: 2, conflict: { fields: ['month'], earlier: { month: 9 } } }).refusal?.reason).toBe('contradictory');
    expect(run({ destinations: ['masai_mara'], start_date: '2027-08-03', end_date: '2027-08-08', duration_days: 20, adults: 2 }).refusal?.reason).toBe('contradictory');
  });

  it('"no children" then a child, even on a game drive with no age rule: who travels differs', () => {
    const c = run({ destinations: ['etosha'], month: 7, adults: 2, children: 1, child_ages: [6], group_size: 3, conflict: { fields: ['children'], earlier: { children: 0 } } });
    expect(c.refusal?.reason).toBe('contradictory');
  });

  it('a head count that is not its named parts beside a budget (it sets the per-person amount), or that is the adults alone', () => {
    expect(run({ destinations: ['samburu'], month: 9, group_size: 6, adults: 2, children: 3, child_ages: [7, 9, 12], budget_amount: 15000, budget_currency: 'USD', budget_basis: 'total' }).refusal?.reason).toBe('contradictory');
    expect(run({ destinations: ['kruger'], month: 8, group_size: 3, adults: 2, children: 2, child_ages: [8, 10], budget_rate: { amount: 300, currency: 'USD', basis: 'per_person', per: 'night' } }).refusal?.reason).toBe('contradictory');
    expect(run({ destinations: ['etosha'], month: 7, group_size: 2, adults: 2, children: 1, child_ages: [9] }).refusal?.reason).toBe('contradictory');
  });
});

// Fourteenth round: the named parts are the more specific statement (docs/blind-evaluation.md).
describe('a head count against its named parts with no budget, decided under each reading', () => {
  it('books on the parts, larger or smaller, and the assumption names both', () => {
    const larger = run({ destinations: ['samburu'], month: 9, group_size: 6, adults: 2, children: 3, child_ages: [7, 9, 12] });
    expect(larger.verdict.outcome).toBe('book');
    expect(larger.assumptions[0]!.text).toContain('there are 6 of you, and 2 adults and 3 children');
    expect(larger.assumptions[0]!.text).toContain(SAME);
    const smaller = run({ destinations: ['kruger'], month: 8, group_size: 3, adults: 2, children: 2, child_ages: [8, 10] });
    expect(smaller.verdict.outcome).toBe('book');
    expect(smaller.assumptions[0]!.text).toContain('planned for 2 adults and 2 children');
  });

  it('is refused on a gorilla trek when a child named is under 15, whichever count holds', () => {
    const c = run({ countries: ['RW'], priorities: ['gorillas'], month: 7, group_size: 5, adults: 2, children: 2, child_ages: [12, 16] });
    expect(c.verdict.outcome).not.toBe('book');
  });
});
