import { describe, expect, it } from 'vitest';
import { converse, x } from './helpers';

// Ages said as an occasion or a correction: a child's ordinal birthday counts as the age before it (a minimum age
// is never passed early), and a grown-up first counted as a child stops being one when their adult age is said.
describe('a child named by the birthday the trip celebrates', () => {
  it('is one year younger until that birthday, dated to the trip month when known', () => {
    const e = x("It's for our daughter's 13th birthday", { destinations: ['victoria_falls'], month: 9, year: 2027 });
    expect(e.child_ages).toEqual([12]);
    expect(e.children).toBe(1);
    expect(e.child_birthdays).toEqual([{ age: 13, year: 2027, month: 9 }]);
  });

  it('a child celebrating a birthday below an activity age is not booked on it', () => {
    const { result } = converse(['Bungee at Victoria Falls in August 2027 as a present.', "It's for my grandson's 12th birthday, he wants to jump."]);
    expect(result.kind === 'issued' && result.content.verdict.outcome === 'book').toBe(false);
  });

  it('an adult birthday is not a child', () => {
    expect(x('Kruger in May for my 60th birthday').child_ages).toBeUndefined();
  });
});

describe('a grown-up first counted as a child', () => {
  it('becomes an adult when their age of 18 or more is said', () => {
    const { inputs } = converse(['Chobe and Vic Falls rafting in September 2027, me and my son.', 'He is 22.']);
    expect(inputs.children ?? 0).toBe(0);
    expect(inputs.adults).toBe(2);
  });

  it('a trip length or a distance is not an age', () => {
    const e = x("He's 20 minutes from the airport", { destinations: ['kruger'], month: 7, adults: 1, children: 1 });
    expect(e.children).toBeUndefined();
  });
});
