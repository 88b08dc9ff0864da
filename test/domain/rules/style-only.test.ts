import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { resolveContext } from '../../../src/domain/rules/context';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();

describe('value or comfort alone says how, not what for', () => {
  it('a named place in its peak season, within the budget, is kept for a traveler who only asked for value', () => {
    const r = decide({ destinations: ['masai_mara'], month: 8, duration_days: 6, adults: 2, budget_amount: 5000, budget_currency: 'USD', budget_basis: 'total', priorities: ['value'] }, pack, NOW);
    expect(r.content.verdict.outcome).toBe('book');
  });

  it('a named place that cannot be reached is still switched, for value', () => {
    const r = decide({ destinations: ['tsavo'], month: 10, drive_tolerance_hours: 1, priorities: ['value'] }, pack, NOW);
    expect(r.content.verdict.outcome).toBe('switch');
  });

  it('a place the traveler named is not a poor fit for a content priority it serves fairly', () => {
    const r = decide({ destinations: ['samburu'], month: 2, year: 2027, priorities: ['wildlife_density'], adults: 2 }, pack, NOW);
    expect(r.content.verdict.summary).not.toMatch(/does not offer/);
  });
});

describe('a flexible window that reaches a named month', () => {
  it('waits for the good season inside the window, beyond the usual three months', () => {
    const base = { destinations: ['chobe' as const], month: 1, priorities: ['wildlife_density' as const], flexible_dates: true };
    const r = decide({ ...base, flexible_until: { year: 2027, month: 9 } }, pack, NOW);
    expect(r.content.verdict.outcome).toBe('wait');
    expect(r.content.verdict.headline).toMatch(/June|July|August|September/);
  });
});

describe('a flexible window that ends before the month said', () => {
  it('lets the trip move earlier, into the window, as well as a little later', () => {
    // "Serengeti this coming May, or any time until February", said in November 2026.
    const ctx = resolveContext({ destinations: ['serengeti'], month: 5, flexible_dates: true, flexible_until: { year: 2027, month: 2 } }, NOW);
    expect(ctx.year).toBe(2027);
    expect(ctx.window).toEqual(expect.arrayContaining([-5, -4, -3, 1, 2, 3]));
    expect(Math.min(...ctx.window)).toBe(-5); // December 2026, the month after today
  });
});

describe('comfort asked for', () => {
  it('is not rescued by budget lodges elsewhere: a luxury wish far over the budget is discarded', () => {
    const r = decide({ destinations: ['okavango_delta'], month: 9, duration_days: 6, adults: 2, priorities: ['comfort'], budget_amount: 2400, budget_currency: 'USD', budget_basis: 'total' }, pack, NOW);
    expect(r.content.verdict.outcome).toBe('discard');
  });

  it('without comfort asked for, a cheaper place within the budget is still a switch', () => {
    const r = decide({ destinations: ['okavango_delta'], month: 9, duration_days: 6, adults: 2, priorities: ['wildlife_density'], budget_amount: 2400, budget_currency: 'USD', budget_basis: 'total' }, pack, NOW);
    expect(r.content.verdict.outcome).toBe('switch');
  });
});
