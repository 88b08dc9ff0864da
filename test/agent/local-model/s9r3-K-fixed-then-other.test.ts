import { describe, expect, it } from 'vitest';
import { x } from './helpers';

describe('dates, then another period said to be the fixed one with who travels between ("fixed: we leave in May")', () => {
  it('flags the two periods as a contradiction', () => {
    expect(x('Etosha from 12 to 20 September 2027. The dates cannot move, they are fixed: we fly in May 2027.').contradicts).toContain('month');
    expect(x('Chobe 1-8 July. Our only dates are set in stone - we are going in November.').contradicts ?? []).toContain('month');
  });

  it('does not flag the same month restated, or a change of mind', () => {
    expect(x('Etosha from 12 to 20 September 2027. Dates are fixed: we fly in September.').contradicts ?? []).not.toContain('month');
    expect(x('Etosha from 12 to 20 September. Actually, change that, the dates are fixed: we fly in May.').contradicts ?? []).not.toContain('month');
  });
});
