import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { mergeTripInputs } from '../../../src/domain/merge-trip-inputs';
import { decide } from '../../../src/domain/rules';
import { agesOn } from '../../../src/domain/rules/ages';
import { daysFromCivil } from '../../../src/domain/rules/calendar';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { x } from './helpers';

const pack = defaultPackIndex();

describe('a coming birthday: today’s age, and when it changes', () => {
  it.each<[string, number[], { age: number; month: number; day?: number }]>([
    ['our girl turns 15 on the 4th of September; gorillas in Rwanda', [14], { age: 15, month: 9, day: 4 }],
    ['my nephew turns 13 on March 22, walking safari in Zambia', [12], { age: 13, month: 3, day: 22 }],
    ['my grandson, 16 next autumn, wants to trek in Bwindi', [15], { age: 16, month: 11 }],
    ['our son will be 15 by June, the gorillas are the dream', [14], { age: 15, month: 5 }],
    ['notre fille aura 15 ans en avril, gorilles au Rwanda', [14], { age: 15, month: 4 }],
    ['mi hija cumple 15 en mayo, queremos ver gorilas', [14], { age: 15, month: 5 }],
  ])('%s', (text, ages, birthday) => {
    const e = x(text);
    expect(e.child_ages).toEqual(ages);
    expect(e.child_birthdays).toHaveLength(1);
    expect(e.child_birthdays![0]).toMatchObject(birthday);
  });

  it('the birthday month is not the trip month', () => {
    const e = x('we fly to Volcanoes in late October; our daughter’s birthday is in June and she will be 15 by then');
    expect(e.month).toBe(10);
  });

  it('an age tied to the trip without a date stays the age at the trip', () => {
    expect(x('my boy is 14 now and will be 15 when we go to Rwanda').child_ages).toEqual([15]);
  });
});

describe('the rules age a child on the trip’s date', () => {
  const NOW = new Date('2026-11-20T09:00:00Z');
  const trek: TripInputs = { destinations: ['volcanoes'], priorities: ['gorillas'], adults: 2, children: 1, child_ages: [14], year: 2027 };

  it('counts a birthday on or before the day, each birthday once', () => {
    const i = { child_ages: [11, 11], child_birthdays: [{ age: 12, year: 2027, month: 5, day: 2 }] };
    expect(agesOn(i, daysFromCivil(2027, 5, 1))).toEqual([11, 11]);
    expect(agesOn(i, daysFromCivil(2027, 5, 2))).toEqual([12, 11]);
  });

  it('books a trek in a month when the child is old enough by then', () => {
    const r = decide({ ...trek, month: 9, child_birthdays: [{ age: 15, year: 2027, month: 6 }] }, pack, NOW);
    expect(r.content.verdict.outcome).toBe('book');
  });

  it('books the birthday month with a known day, saying the trek comes after it', () => {
    const r = decide({ ...trek, month: 6, child_birthdays: [{ age: 15, year: 2027, month: 6, day: 12 }] }, pack, NOW);
    expect(r.content.verdict.outcome).toBe('book');
    expect(r.content.assumptions.map((a) => a.text).join(' ')).toMatch(/on or after 12 June/);
  });

  it('never passes the rule in a birthday month without a day (the birthday may be its last day)', () => {
    const r = decide({ ...trek, month: 6, flexible_dates: false, child_birthdays: [{ age: 15, year: 2027, month: 6 }] }, pack, NOW);
    expect(r.content.verdict.outcome).not.toBe('book');
  });

  it('a flexible traveler waits for the months after the birthday rather than discarding', () => {
    const r = decide({ ...trek, month: 2, flexible_dates: true, child_birthdays: [{ age: 15, year: 2027, month: 7 }] }, pack, NOW);
    expect(r.content.verdict.outcome).toBe('wait');
    expect(r.content.verdict.headline).toMatch(/August|September|October|November|December/);
  });

  it('the merge keeps a birthday with the child it belongs to', () => {
    const first = mergeTripInputs({}, { child_ages: [14], children: 1, child_birthdays: [{ age: 15, year: 2027, month: 6 }] });
    expect(mergeTripInputs(first, { child_ages: [14, 9], children: 2 }).child_birthdays).toHaveLength(1);
    expect(mergeTripInputs(first, { child_ages: [10], children: 1 }).child_birthdays).toBeUndefined();
  });
});

describe('a birthday said after the ages is the same children’s, not more of them', () => {
  it('twins aged and then their shared birthday', () => {
    const e = x('our two girls are both 11 and turn 12 on the 20th of June; walking safari in Zambia in August');
    expect(e.child_ages).toEqual([11, 11]);
    expect(e.child_birthdays).toHaveLength(2);
  });

  it('one child aged and then their birthday', () => {
    const e = x('my son is 14 and will turn 15 in May, gorillas in Uganda in July');
    expect(e.child_ages).toEqual([14]);
    expect(e.child_birthdays).toEqual([expect.objectContaining({ age: 15, month: 5 })]);
  });
});

describe('the wait for a birthday says why', () => {
  it('names the age the child reaches, not a better season', () => {
    const r = decide({ destinations: ['bwindi'], priorities: ['gorillas'], children: 1, child_ages: [14], month: 3, year: 2027, flexible_dates: true, child_birthdays: [{ age: 15, year: 2027, month: 8, day: 2 }] }, pack, new Date('2026-11-20T09:00:00Z'));
    expect(r.content.verdict.outcome).toBe('wait');
    expect(r.content.verdict.headline).toMatch(/your youngest will be 15 by then/);
  });
});
