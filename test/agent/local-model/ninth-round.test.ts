import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { x } from './helpers';

const NOW = new Date('2026-11-21T10:00:00Z');

describe('a coming birthday with its year said', () => {
  it.each<[string, { age: number; year: number; month: number }]>([
    ['our son turns 15 in November 2027; Bwindi gorillas in June 2027', { age: 15, year: 2027, month: 11 }],
    ['notre fille aura 15 ans en octobre 2027, gorilles au Rwanda en août 2027', { age: 15, year: 2027, month: 10 }],
  ])('%s', (text, birthday) => {
    const e = x(text);
    expect(e.child_ages).toEqual([14]);
    expect(e.child_birthdays).toEqual([birthday]);
  });

  it('a birthday the year after the trek never books the trek', () => {
    const e = x('our daughter will be 15 in January 2028; we want the gorillas of Volcanoes in September 2027, 2 adults too');
    const { message_kind: _k, ...inputs } = e;
    const r = decide({ ...(inputs as TripInputs), flexible_dates: false }, defaultPackIndex(), NOW);
    expect(r.content.verdict.outcome).not.toBe('book');
  });

  it('without a year the nearest such month is kept', () => {
    expect(x('our son turns 15 in November, gorillas in June').child_birthdays).toEqual([{ age: 15, year: 2026, month: 11 }]);
  });
});

describe('Dutch children and places', () => {
  it('"onze zoon van 12" is our son of 12, not eleven children', () => {
    const e = x('we reizen met onze zoon van 12 naar Rwanda');
    expect(e.children).toBe(1);
    expect(e.child_ages).toEqual([12]);
  });

  it('"dochter van 14" is a daughter of 14', () => {
    expect(x('met onze dochter van 14, in augustus').child_ages).toEqual([14]);
  });

  it('"Oeganda" is Uganda', () => {
    expect(x('wij willen naar Oeganda voor de berggorilla’s').countries).toEqual(['UG']);
  });
});
