import { describe, expect, it } from 'vitest';
import { x } from './helpers';

describe('how far the dates can move is not the trip’s length', () => {
  it.each([
    ['Etosha around June, give or take a few weeks, 10 days', 10],
    ['Amboseli in March plus or minus a month, 6 nights', 7],
  ])('%s', (text, days) => {
    const e = x(text);
    expect(e.duration_days).toBe(days);
    expect(e.flexible_dates).toBe(true);
  });
});

describe('another season or month that would also do is flexibility', () => {
  it.each(['Chobe was the plan for June but spring works too', 'Kruger in May; or a bit later would be fine', 'we pencilled in March, though April would work as well'])('%s', (text) => {
    expect(x(text).flexible_dates).toBe(true);
  });
});

describe('how far flexible dates reach', () => {
  const NOW = new Date('2026-11-21T10:00:00Z');
  it.each<[string, { year: number; month: number }]>([
    ['Etosha in March, but we could postpone to September if needed', { year: 2027, month: 9 }],
    ['Kruger in February; we are flexible until the end of June', { year: 2027, month: 6 }],
    ['Zanzibar whenever, any time in the next 8 months', { year: 2027, month: 7 }],
    ['on voudrait Amboseli en avril, on peut repousser jusqu’à août', { year: 2027, month: 8 }],
  ])('%s', (text, until) => {
    const e = x(text, undefined, NOW);
    expect(e.flexible_dates).toBe(true);
    expect(e.flexible_until).toEqual(until);
  });

  it('a new month is a change, not a window', () => {
    expect(x('could we move it to October instead?', { destinations: ['serengeti'], month: 7 }, NOW).flexible_until).toBeUndefined();
  });
});
