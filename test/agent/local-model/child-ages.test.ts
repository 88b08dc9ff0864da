import { describe, expect, it } from 'vitest';
import { x } from './helpers';

describe('ages said indirectly count as stated', () => {
  it.each<[string, number[]]>([
    ['our daughter just turned 9, Kruger in July', [9]],
    ['my nephew, who is 13, is coming with me to Bwindi', [13]],
    ['taking my granddaughter, 14 next March, to see the gorillas', [13]],
    ['our eldest, a girl of ten, wants to see lions', [10]],
    ['our son turns 15 in May, gorillas in September?', [14]],
    ['a family trip with our baby of 7 months', [0]],
    ['we travel with a newborn and our son, who is 6', [0, 6]],
    ['2 adults plus our 10-month-old', [0]],
    ['unsere Tochter ist 12, Serengeti im August', [12]],
  ])('%s → ages %j', (text, ages) => {
    expect(x(text).child_ages).toEqual(ages);
  });

  it('an age tied to the trip replaces today’s age of the same child', () => {
    expect(x('my boy is 14 at the moment but he will be 15 by the time we travel in August, gorillas').child_ages).toEqual([15]);
  });

  it('a pronoun’s age attaches to a child already known', () => {
    expect(x('she is 16 by the way', { children: 1 }).child_ages).toEqual([16]);
    expect(x('she is 16 by the way').child_ages).toBeUndefined();
  });

  it('a birthday’s date is not the trip’s date', () => {
    const e = x('our son (birthday is the 9th of June) and us, Amboseli in October');
    expect(e.month).toBe(10);
    expect(e.start_date).toBeUndefined();
  });

  it('does not read counts, days or money as ages', () => {
    expect(x('we are 4 in August, Mara, 2 kids').child_ages).toBeUndefined();
    expect(x('our son is coming, 9 days in Tanzania').child_ages).toBeUndefined();
    expect(x('our daughter, 3000 dollars each').child_ages).toBeUndefined();
  });
});

describe('children named one by one', () => {
  it.each<[string, number]>([
    ['me, my wife, our son and our daughter', 2],
    ['my husband and I with our stepson and our baby', 2],
    ['grandma, my nephew and my niece', 2],
  ])('%s → %i children', (text, n) => {
    expect(x(text).children).toBe(n);
  });
});
