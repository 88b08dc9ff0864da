import { describe, expect, it } from 'vitest';
import { x } from './helpers';

// NOW in helpers is 21 November 2026.
describe('"N and a half" is N today, N+1 within six months', () => {
  it('a birthday at the latest six months on is given with today’s age', () => {
    const e = x('our nephew is eleven and a half, Kibale chimps in August 2027');
    expect(e.child_ages).toEqual([11]);
    expect(e.child_birthdays).toEqual([{ age: 12, year: 2027, month: 5 }]);
  });

  it('a length of stay said the same way is not an age', () => {
    const e = x('we have 4 and a half days in Tarangire, two adults');
    expect(e.child_ages).toBeUndefined();
  });
});

describe('a school year gives its youngest age', () => {
  it.each([
    ['my son is in 7th grade, Bwindi in July', 12],
    ['our girl is starting grade 10 in the autumn, Volcanoes in August', 14],
    ['our daughter is in Year 8, walking safari in Luangwa in July', 12],
  ])('%s', (text, age) => {
    expect(x(text).child_ages).toEqual([age]);
  });

  it('a year counted in a plan is not a school year', () => {
    expect(x('second time in Kenya, in year 2 of our world trip, 2 adults, March').child_ages).toBeUndefined();
  });
});

describe('a pronoun’s age in another language, after the child is named', () => {
  it.each([
    ['Nous partons en Ouganda avec notre fils, il a 11 ans', 11],
    ['Wir fahren mit unserer Tochter nach Ruanda, sie ist 14', 14],
  ])('%s', (text, age) => {
    expect(x(text).child_ages).toEqual([age]);
  });
});

describe('kinds of young children counted one by one', () => {
  it('a baby and a toddler with an age are two children', () => {
    const e = x('coming with a newborn and a toddler of 3, Kruger in August');
    expect(e.children).toBe(2);
    expect(e.child_ages).toEqual([0, 3]);
  });

  it('an infant whose age follows is one child', () => {
    const e = x('we will bring an infant, she will be 7 months old by then, Etosha in June');
    expect(e.children).toBe(1);
    expect(e.child_ages).toEqual([0]);
  });
});

describe('an age of 18 or over for a child counted before is a grown-up', () => {
  it('the 19-year-old of two kids travels as an adult', () => {
    const e = x('oh and the kids are 13 and 19', { adults: 2, children: 2, group_size: 4 });
    expect(e.children).toBe(1);
    expect(e.child_ages).toEqual([13]);
    expect(e.adults).toBe(3);
  });

  it('with no adults counted before, only the children’s count changes', () => {
    const e = x('ages 17 and 20, sorry', { children: 2 });
    expect(e.children).toBe(1);
    expect(e.child_ages).toEqual([17]);
    expect(e.adults).toBeUndefined();
  });

  it('ages that do not add up to the children counted change nothing', () => {
    expect(x('ages 16 and 18', { adults: 2, children: 3 }).children).toBeUndefined();
  });
});

describe('grown-ups counted with their ages', () => {
  it('"2 guys 24 and 26" are two adults', () => {
    const e = x('we are 2 guys 24 and 26, cheap safari in Tanzania in July');
    expect(e.adults).toBe(2);
    expect(e.children).toBeUndefined();
  });

  it('"2 girls 7 and 9" are still two children', () => {
    const e = x('me and my husband with our 2 girls 7 and 9, Kruger in July');
    expect(e.children).toBe(2);
    expect(e.child_ages).toEqual([7, 9]);
  });
});
