import { describe, expect, it } from 'vitest';
import { mergeTripInputs } from '../../src/domain/merge-trip-inputs';
import { converse, x } from '../agent/local-model/helpers';


describe('children added after an adults-only head count', () => {
  it('drops the adults-only group, so a gorilla trek asks the children’s ages instead of booking', () => {
    for (const later of ['we will take the kids as well', 'we’re bringing our kids along', 'and our kids']) {
      const { inputs, result } = converse(['Bwindi gorillas in September 2027, 2 adults, 5 days, $6000 per person', later]);
      expect(inputs.adults, later).toBe(2);
      expect(inputs.group_size, later).toBeUndefined();
      expect(result.content.refusal?.reason, later).toBe('missing_inputs');
      expect(result.content.refusal?.missing_inputs, later).toContain('child_ages');
    }
  });

  it('keeps a head count the family message restates', () => {
    const merged = mergeTripInputs({ adults: 2, group_size: 2 }, { traveler_type: 'family', group_size: 4, children: 2 });
    expect(merged.group_size).toBe(4);
  });

  it('keeps the count when the family was known already', () => {
    const merged = mergeTripInputs({ adults: 2, group_size: 2, traveler_type: 'family' }, { traveler_type: 'family' });
    expect(merged.group_size).toBe(2);
  });
});

describe('the adults’ own ages beside a child’s', () => {
  it('are ages, not a head count: a family of three with a teenager of the permit age books', () => {
    const { inputs, result } = converse(['Volcanoes gorillas in Rwanda in August 2027, family of 3', 'our daughter is 17, we are 50 and 52, budget $6000 each, 5 days']);
    expect(inputs.group_size).toBe(3);
    expect(inputs.child_ages).toEqual([17]);
    expect(inputs.conflict).toBeUndefined();
    expect(result.content.verdict.outcome).toBe('book');
  });

  it('still reads a party said as a number', () => {
    expect(x("we're 4, two adults and two teens").group_size).toBe(4);
    expect(x('we are 39 and 41, no kids').group_size).toBeUndefined();
  });
});
