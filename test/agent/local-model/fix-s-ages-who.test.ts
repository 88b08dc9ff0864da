import { describe, expect, it } from 'vitest';
import { converse, x } from './helpers';

// Review 1, findings 1, 2 and 12: an age said in a later message belongs to the person it is said of. A newcomer's
// age never turns a child counted earlier into an adult; one child's birthday never stands for every child; a
// birthday said with the trip's month is dated even when the year is not written.

const booked = (r: ReturnType<typeof converse>['result']) => r.kind === 'issued' && r.content.verdict.outcome === 'book';
const asksAges = (r: ReturnType<typeof converse>['result']) => r.kind === 'refused' && r.content.refusal?.missing_inputs.includes('child_ages') === true;

describe('an adult age said beside a newcomer stays with the newcomer', () => {
  it('a grandmother joining with her age leaves the boy a child of unknown age', () => {
    const c = converse(['Gorilla permits in Volcanoes in June 2027, my wife, me and our boy, 5 days, $9000 each.', "Also her mother is coming along, she's 70."]);
    expect(c.inputs.children).toBe(1);
    expect(booked(c.result)).toBe(false);
    expect(asksAges(c.result)).toBe(true);
  });

  it('a partner named with his age is not the child', () => {
    const e = x("My boyfriend will join too, he's 33.", { destinations: ['bwindi'], month: 8, adults: 1, children: 1 });
    expect(e.children).toBeUndefined();
  });

  it('an age said in jest beside the real one does not make the child an adult', () => {
    const e = x("She's 25 at heart but really 12.", { destinations: ['bwindi'], month: 8, adults: 1, children: 1 });
    expect(e.children).toBeUndefined();
  });

  it('the child alone said to be grown still becomes an adult', () => {
    const e = x("She's 21 now.", { destinations: ['bwindi'], month: 8, adults: 1, children: 1 });
    expect(e.children).toBe(0);
    expect(e.adults).toBe(2);
  });
});

describe("one child's birthday among several children", () => {
  it('keeps every child and asks their ages instead of booking on the one age', () => {
    const c = converse(['Bwindi gorillas in August 2027 with our three children, 2 adults, 5 days, $7000 each.', "It's to celebrate our son's 17th birthday."]);
    expect(c.inputs.children).toBe(3);
    expect(booked(c.result)).toBe(false);
    expect(asksAges(c.result)).toBe(true);
  });

  it('an only child keeps the age before the birthday', () => {
    const e = x("For our girl's 11th birthday", { destinations: ['victoria_falls'], month: 9, year: 2027, adults: 2, children: 1 });
    expect(e.child_ages).toEqual([10]);
  });
});

describe('a birthday in the trip month with no year written', () => {
  it('is dated to the coming month, so the permit age is settled by the day, not discarded', () => {
    const e = x("Rwanda gorillas in May for our daughter's 15th birthday, 2 adults and her.");
    expect(e.child_birthdays).toEqual([{ age: 15, year: 2027, month: 5 }]);
    const c = converse(["Rwanda gorillas in May for our daughter's 15th birthday, 2 adults and her, 4 days, $9000 each."]);
    expect(c.result.kind === 'issued' && c.result.content.verdict.outcome === 'discard').toBe(false);
    expect(booked(c.result)).toBe(false);
  });
});

describe('a real age said beside a jesting one', () => {
  it('takes the real one as the child’s age', () => {
    const e = x("He's 30 in spirit, but really 11.", { destinations: ['bwindi'], month: 8, adults: 1, children: 1 });
    expect(e.child_ages).toEqual([11]);
    expect(e.children).toBeUndefined();
  });
});
