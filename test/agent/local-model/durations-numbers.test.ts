import { describe, expect, it } from 'vitest';
import { wordsToDigits } from '../../../src/agent/local-model/numbers';
import { x } from './helpers';

describe('numbers in words', () => {
  it('turns number words into digits', () => {
    expect(wordsToDigits('twenty-five people')).toBe('25 people');
    expect(wordsToDigits('two hundred and fifty dollars')).toBe('250 dollars');
    expect(wordsToDigits('a dozen friends')).toBe('12 friends');
    expect(wordsToDigits('a week in the mara')).toBe('a week in the mara');
  });
});

describe('durations', () => {
  it('reads days, weeks and fortnights', () => {
    expect(x('a week').duration_days).toBe(7);
    expect(x('ten days').duration_days).toBe(10);
    expect(x('two weeks').duration_days).toBe(14);
    expect(x('a fortnight').duration_days).toBe(14);
    expect(x('a 12-day trip').duration_days).toBe(12);
  });

  it('counts N nights as N + 1 days', () => {
    expect(x('10 nights').duration_days).toBe(11);
    expect(x('seven nights in the bush').duration_days).toBe(8);
  });

  it('keeps the upper bound of a range', () => {
    expect(x('8-10 days').duration_days).toBe(10);
  });

  it('does not read ages, rates or lead times as durations', () => {
    expect(x('our son is 9 years old').duration_days).toBeUndefined();
    expect(x('max 2 hours of driving a day').duration_days).toBeUndefined();
    expect(x('we leave in 10 days').duration_days).toBeUndefined();
  });
});
