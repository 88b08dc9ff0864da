import { describe, expect, it } from 'vitest';
import { converse } from './helpers';
import { comingBirthdaysToEnglish } from '../../../src/agent/local-model/birthday-forms';
import { childNamedWithAge } from '../../../src/agent/local-model/contradicts';
import { findContradictions } from '../../../src/domain/rules/contradictions';

// The reviewers' clock: a birthday month said in December 2026 falls in the coming year.
const NOW = new Date('2026-12-07T10:00:00Z');
const outcome = (turns: string[]) => converse(turns, NOW).result.content.verdict.outcome;

// Review 9a #1, 9b #2: a birthday month belongs to the child only when said of that child.
describe('s9r2-B: another person\'s birthday month is never the child\'s', () => {
  it.each([
    // the reviewers' phrasings
    ['Gorilla trekking in Bwindi, August 2027, 6 days, $6000 per person, me, my wife and our daughter. She\'ll be 15 in November, and her dad\'s birthday is in March.'],
    ['Gorillas in Rwanda in August 2027, 7 days, $7000 per person, me, my husband and our son. He will be 15 in October, his sister\'s birthday is in April.'],
    ['Gorillas in Rwanda in August 2027, 7 days, $7000 per person, 2 adults and our son; he\'ll be 15 in October, the birthday is in May for my wife.'],
    // new phrasings
    ['Mountain gorillas in Uganda, August 2027, 5 days, $8000 each, two parents and our boy. He\'ll turn 15 in October; my birthday is in February, so we celebrate there.'],
    ['Rwanda gorilla trek, September 2027, 6 days, $9000 pp, my partner, me and our girl - she will be 15 in November - our birthday is in June, we share it.'],
    ['Bungee at Victoria Falls, September 2027, 4 nights, $3000 pp, 2 adults and our son. He\'ll be 14 in November; uncle Joe\'s bday is in May.'],
  ])('%s → not a book', (text) => {
    expect(outcome([text])).not.toBe('book');
  });

  it('the rewrite leaves a possessive, a "my" or a "for someone" birthday alone', () => {
    expect(comingBirthdaysToEnglish("she'll be 15 in november, and her dad's birthday is in march.")).not.toMatch(/turns 15 in march/);
    expect(comingBirthdaysToEnglish('our daughter will be 15 and my birthday is in september.')).not.toMatch(/turns 15/);
    expect(comingBirthdaysToEnglish("he'll be 15, the birthday is in may for my wife.")).not.toMatch(/turns 15/);
    expect(comingBirthdaysToEnglish("he'll be 15 soon, his grandma's birthday is in june.")).not.toMatch(/turns 15/);
  });

  it('the child\'s own birthday said apart is still read', () => {
    expect(comingBirthdaysToEnglish("he'll be 15 soon (birthday in october)")).toMatch(/turns 15 in october/);
    expect(comingBirthdaysToEnglish("she will be 15 by the summer - her birthday is in may")).toMatch(/turns 15 in may/);
  });

  it('"will be 15" beside the writer\'s own birthday books an eligible child', () => {
    expect(outcome(['Gorilla trekking in Rwanda in August 2027, me, my wife and our daughter, $9,000 each, 6 days. Our daughter will be 15 and my birthday is in September, so we celebrate after.'])).toBe('book');
  });
});

// Review 9a #2, #7; 9b #3, #9: an age now and a lower age to come, in any wording, for one child.
describe('s9r2-B: a child who would grow younger', () => {
  it.each([
    ['Gorillas in Rwanda in August 2027, 7 days, $7000 each, 2 adults and our son who is 15 - wait, he\'ll only be 14 then.'],
    ['Gorillas in Rwanda in August 2027, 7 days, $7000 each, 2 adults and our son. He is 15, or rather he\'ll only be 14 by then.'],
    ['Gorilla permits in Uganda, July 2027, 6 days, $6500 per person, two adults and my daughter (15); she\'ll just be 14 on the trip.'],
    ['Rwanda gorillas in August 2027, 7 days, $7000 pp, my husband, me and our girl who\'s 15, she will still be 14 when we go.'],
  ])('%s → refused as contradictory', (text) => {
    const r = converse([text], NOW);
    expect(r.result.content.verdict.outcome).toBe('refused');
    expect(r.inputs.conflict?.fields).toContain('child_ages');
  });

  it('a length of time after "he\'ll be N" is not an age', () => {
    expect(outcome(['Gorillas in Rwanda in August 2027, 7 days, $7000 per person, our son is 16, he\'ll be 14 days in Rwanda with us and 2 adults.'])).toBe('book');
    expect(outcome(['Gorillas in Uganda in September 2027, $7000 per person, 2 adults and our daughter is 17, she\'ll be 10 nights with us in Bwindi.'])).not.toBe('refused');
  });

  it('two children named: a nephew\'s age to come is no conflict with the son\'s age now', () => {
    expect(outcome(['Gorilla trekking in Rwanda in August 2027, $9,000 each, 6 days: me, my wife, our son and our nephew. Our son is 16. Our nephew too: he\'ll be 15 in July.'])).toBe('book');
    const r = converse(['Gorillas in Rwanda in August 2027, $9,000 each, 6 days, 2 adults, our daughter and our son. Our daughter is 17; he will be 15 by July.']);
    expect(r.inputs.conflict).toBeUndefined();
  });

  it('one child\'s age is said in the singular', () => {
    const r = converse(['Gorillas in Rwanda in August 2027, 7 days, $7000 each, 2 adults and our son who is 15 - wait, he\'ll only be 14 then.']);
    const text = findContradictions(r.inputs, new Date('2026-12-07T10:00:00Z'))[0]?.text ?? '';
    expect(text).toContain('a child aged 15');
    expect(text).not.toContain('children aged');
  });
});

// Review 9a #4: "no kids" in one turn, then a child named with an age in the next.
describe('s9r2-B: a child said to be coming after "no kids" is in the party', () => {
  it.each([
    [['Gorillas in Rwanda in August 2027, 7 days, $7000 each. No kids, just us two.', 'Our youngest (13) is coming after all.']],
    [['Chimps and gorillas in Uganda, September 2027, 8 days, $6000 pp. Adults only, the two of us.', 'Change of plan: our eldest, 12, joins us.']],
  ])('%j → the child counts, never a book', (turns) => {
    const r = converse(turns, NOW);
    expect(r.result.content.verdict.outcome).not.toBe('book');
    expect(r.inputs.children).toBeGreaterThan(0);
  });

  it('a child named as staying home is not put in the party', () => {
    expect(childNamedWithAge('our youngest (13) stays with grandma.')).toBeUndefined();
    expect(childNamedWithAge('our youngest (13) is not coming.')).toBeUndefined();
    expect(childNamedWithAge('our youngest (13) is coming after all.')).toEqual({ count: 1, age: 13 });
  });
});

// Review 9b #4, #10: another person's trip is not this trip's fixed period.
describe('s9r2-B: a period said of someone else\'s trip', () => {
  it.each([
    ['Serengeti, our dates are fixed: 10 to 20 July 2027, two adults, $7,000 each. My sister\'s trip has to be during the calving season in February, but that\'s hers.'],
    ['Kruger, our dates are fixed: 3 to 12 August 2027, two adults, $4,000 each. My parents\' safari must be in May, that is theirs.'],
  ])('%s → no contradiction, our own dates kept', (text) => {
    const r = converse([text], NOW);
    expect(r.result.content.verdict.outcome).not.toBe('refused');
    expect(r.inputs.start_date).toBeDefined();
    expect(r.inputs.month).toBe(Number(r.inputs.start_date!.slice(5, 7)));
  });

  it('our own trip bound to a season in another month still clashes with fixed dates', () => {
    const r = converse(['Serengeti, our dates are fixed: 10 to 20 July 2027, two adults, $7,000 each, and it can only be during the calving season in February.']);
    expect(r.result.content.verdict.outcome).toBe('refused');
  });
});
