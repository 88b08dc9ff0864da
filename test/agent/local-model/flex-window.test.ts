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
