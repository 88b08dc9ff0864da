import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { findContradictions } from '../../../src/domain/rules/contradictions';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();

describe('a group size that disagrees with its stated parts', () => {
  it('is a contradiction when it is larger than the adults and children named', () => {
    const c = findContradictions({ group_size: 7, adults: 3, children: 2 }, NOW);
    expect(c.map((x) => x.fields)).toContainEqual(['group_size', 'adults', 'children']);
    // With a total budget the count sets the per-person amount, so both are asked (without one, readings.test.ts).
    const r = decide({ group_size: 7, adults: 3, children: 2, child_ages: [6, 9], destinations: ['kruger'], month: 8, budget_amount: 20000, budget_currency: 'USD', budget_basis: 'total' }, pack, NOW);
    expect(r.content.refusal?.reason).toBe('contradictory');
  });

  it('is not one when only a part is known (the rest may be adults or children not yet described)', () => {
    expect(findContradictions({ group_size: 7, adults: 3 }, NOW)).toEqual([]);
    expect(findContradictions({ group_size: 5, adults: 3, children: 2 }, NOW)).toEqual([]);
  });
});
