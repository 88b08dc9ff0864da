import { describe, expect, it } from 'vitest';
import { x } from './helpers';

describe('group composition', () => {
  it('counts named companions', () => {
    expect(x('me, my wife and our two kids aged 8 and 11')).toMatchObject({ adults: 2, children: 2, child_ages: [8, 11], group_size: 4 });
    expect(x('my husband and I with our daughter, 6')).toMatchObject({ adults: 2, children: 1, group_size: 3 });
  });

  it('reads explicit counts and group words', () => {
    expect(x('a family of five').group_size).toBe(5);
    expect(x('4 adults')).toMatchObject({ adults: 4, group_size: 4 });
    expect(x('there are 5 of us').group_size).toBe(5);
    expect(x('2 adults and 3 children')).toMatchObject({ adults: 2, children: 3, group_size: 5 });
  });

  it('reads couples and solo travellers', () => {
    expect(x("we're a couple")).toMatchObject({ adults: 2, group_size: 2 });
    expect(x('travelling solo')).toMatchObject({ adults: 1, group_size: 1 });
  });

  it('does not count "one of us" or a couple of days as people', () => {
    expect(x('one of us is vegetarian').group_size).toBeUndefined();
    expect(x('a couple of days in Zanzibar').adults).toBeUndefined();
  });

  it('applies "add grandma" and "5 with grandma" to the known party', () => {
    const prev = { adults: 2, children: 2, group_size: 4 };
    expect(x('add grandma', prev)).toMatchObject({ adults: 3, group_size: 5 });
    expect(x('no wait, 5 with grandma', prev)).toMatchObject({ adults: 3, group_size: 5 });
    expect(x('my sister cannot come any more', { adults: 3, group_size: 3 })).toMatchObject({ adults: 2, group_size: 2 });
  });

  it('lets the later count win within a message', () => {
    expect(x('3 adults, sorry, 4 adults').adults).toBe(4);
  });
});

describe('group composition across turns', () => {
  it('adds newly stated adults to children already known', () => {
    expect(x('2 adults, July', { children: 1, child_ages: [10] })).toMatchObject({ adults: 2, group_size: 3 });
  });
});

describe('couples', () => {
  it('counts couples as adults and adds children', () => {
    expect(x('2 couples + 1 teenager (16)')).toMatchObject({ adults: 4, children: 1, child_ages: [16], group_size: 5 });
    expect(x('two couples')).toMatchObject({ adults: 4, group_size: 4 });
  });
});

describe('a family counted as a whole', () => {
  it('reads "family of 4 kids 9 and 12" as two adults and two children, not four children', () => {
    for (const text of ['family of 4 kids 9 and 12', 'family of 4, kids 9 and 12', 'family of 4 kids aged 9 and 12']) {
      expect(x(text)).toMatchObject({ adults: 2, children: 2, child_ages: [9, 12], group_size: 4 });
    }
  });
  it('does not read a single number after "kids" as ages', () => {
    expect(x('family of 5, kids 3').child_ages).toBeUndefined();
  });
  it('ends a list of ages where a number counts days or people', () => {
    expect(x('2 adults and 2 kids aged 8 and 11, 10 days in Botswana in July')).toMatchObject({ children: 2, child_ages: [8, 11], duration_days: 10, adults: 2 });
    expect(x('kids aged 8 and 11, 10 days, Botswana in July, 2 adults')).toMatchObject({ children: 2, child_ages: [8, 11], duration_days: 10 });
  });
});
