import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';

const pack = defaultPackIndex();
// Mid-May 2027: January 2027 has passed.
const NOW = new Date('2027-05-14T09:00:00Z');

describe('a month already past, said with flexibility that reaches ahead', () => {
  it('is decided over the months still ahead in the window, and says the month has passed', () => {
    const r = decide({ destinations: ['chobe'], month: 1, year: 2027, flexible_dates: true, adults: 2, priorities: ['wildlife_density'] }, pack, NOW);
    expect(r.kind).toBe('issued');
    expect(['book', 'wait']).toContain(r.content.verdict.outcome);
    expect(r.content.assumptions.map((a) => a.text).join(' ')).toContain('January 2027 has passed');
    // The dry-season months ahead are the ones weighed (never the January that is gone).
    expect(r.content.verdict.headline).not.toContain('January');
  });

  it('stays a contradiction when the dates were fixed, or when the window has run out too', () => {
    const fixed = decide({ destinations: ['chobe'], month: 1, year: 2027, flexible_dates: false, adults: 2 }, pack, NOW);
    expect(fixed.content.refusal?.reason).toBe('contradictory');
    const spent = decide({ destinations: ['chobe'], month: 1, year: 2027, flexible_dates: true, flexible_until: { year: 2027, month: 4 }, adults: 2 }, pack, NOW);
    expect(spent.content.refusal?.reason).toBe('contradictory');
  });

  it('keeps the inputs as the traveler gave them in the snapshot', () => {
    const inputs = { destinations: ['chobe' as const], month: 1, year: 2027, flexible_dates: true, adults: 2 };
    expect(decide(inputs, pack, NOW).content.inputs_snapshot).toEqual(inputs);
  });
});

describe('"whenever this year" written when the year has no month left', () => {
  const lateDecember = new Date('2027-12-29T18:00:00Z');

  it('means the next time the month comes round, with the whole of that year open', () => {
    const r = decide({ destinations: ['serengeti'], month: 2, year: 2027, flexible_dates: true, adults: 2, priorities: ['migration'], migration_phase: 'calving' }, pack, lateDecember);
    expect(r.kind).toBe('issued');
    expect(r.content.verdict.outcome).toBe('book');
    expect(r.content.assumptions.map((a) => a.text).join(' ')).toContain('February 2027 has passed');
  });

  it('stays a contradiction for a past year, or for a window the traveler closed themselves', () => {
    expect(decide({ destinations: ['serengeti'], month: 2, year: 2026, flexible_dates: true, adults: 2 }, pack, lateDecember).content.refusal?.reason).toBe('contradictory');
    expect(decide({ destinations: ['serengeti'], month: 2, year: 2027, flexible_dates: true, flexible_until: { year: 2027, month: 6 }, adults: 2 }, pack, lateDecember).content.refusal?.reason).toBe('contradictory');
  });
});
