import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/domain/rules/decide';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

const pack = defaultPackIndex();
const now = new Date('2026-12-07T10:00:00Z');

describe('a contradiction read two ways', () => {
  it('ends in a verdict when every reading is itself contradictory (group size, parts and ages all disagree)', () => {
    const r = decide({ destinations: ['bwindi'], month: 8, priorities: ['gorillas'], group_size: 3, adults: 2, children: 3, child_ages: [16], budget_amount: 9000, budget_currency: 'USD', budget_basis: 'per_person' }, pack, now);
    expect(r.kind).toBe('refused');
    expect(r.content.refusal?.reason).toBe('contradictory');
  });

});
