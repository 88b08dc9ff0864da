import { describe, expect, it } from 'vitest';
import { findContradictions } from '../../../src/domain/rules';

const NOW = new Date('2026-12-07T10:00:00Z');

describe('a conflict names what was said', () => {
  it('quotes both figures when the traveler gave two', () => {
    const [c] = findContradictions({ budget_amount: 2000, budget_currency: 'USD', budget_basis: 'total', conflict: { fields: ['budget_amount'], earlier: { budget_amount: 4000, budget_currency: 'USD', budget_basis: 'per_person' } } }, NOW);
    expect(c!.text).toBe('you first said $4,000 per person, then $2,000 in total, and both cannot hold');
  });

  it('says the input was described two ways, never "budget amount, then budget amount", when neither side has a figure', () => {
    const [c] = findContradictions({ destinations: ['okavango_delta'], conflict: { fields: ['budget_amount'], earlier: {} } }, NOW);
    expect(c!.fields).toEqual(['budget_amount']);
    expect(c!.text).toBe('you described your budget in two ways that cannot both hold');
  });
});
