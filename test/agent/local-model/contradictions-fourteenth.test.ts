import { describe, expect, it } from 'vitest';
import { converse, x } from './helpers';

describe('ages then a month are not a date range', () => {
  it('reads "aged 5 and 11. September" as two ages and a month, with no dates', () => {
    const out = x('Etosha with our two boys, aged 5 and 11. September, ten days.');
    expect(out.child_ages).toEqual([5, 11]);
    expect(out.month).toBe(9);
    expect(out.start_date).toBeUndefined();
    expect(out.end_date).toBeUndefined();
  });
  it('still reads "between 3 and 8 October" and a German ordinal date', () => {
    expect(x('Chobe between 3 and 8 October').end_date).toBe('2027-10-08');
    expect(x('Chobe vom 3. bis 8. Oktober').start_date).toBe('2027-10-03');
    expect(x('Chobe am 8. Oktober').start_date).toBe('2027-10-08');
  });
  it('does not refuse a family trip whose ages were once read as dates', () => {
    const { result } = converse(['Kruger, a week, the girls are 6 and 12. October, R80 000 for the four of us']);
    expect(result.content.refusal?.reason).not.toBe('contradictory');
  });
});

describe('a trip total against the nightly rate said before', () => {
  it('refuses when the total is far from the rate over the stay, naming both', () => {
    const { inputs, result, said } = converse(['Etosha in July, the two of us, $400 per person per night', 'our total budget is $1,500 for 8 days']);
    expect(inputs.conflict?.fields).toEqual(['budget_amount']);
    expect(result.content.refusal?.reason).toBe('contradictory');
    expect(said[0]).toContain('$1,500 in total');
    expect(said[0]).toContain('per person');
  });
  it('accepts a total the rate comes to, nights or days', () => {
    const { inputs } = converse(['Etosha in July, the two of us, $400 per person per night', 'our total budget is $5,600 for 8 days']);
    expect(inputs.conflict).toBeUndefined();
  });
  it('takes a corrected total as the new budget', () => {
    const { inputs } = converse(['Etosha in July, the two of us, $400 per person per night', 'actually we can only do $1,500 total for 8 days']);
    expect(inputs.conflict).toBeUndefined();
    expect(inputs.budget_amount).toBe(1500);
  });
});

describe('an event at home inside the dates said before', () => {
  it('is a return before the end: refused, the dates kept', () => {
    const { inputs, result, said } = converse(['Okavango, 3–12 September 2027, two adults', 'we must be home for my cousin\'s christening on the 8th of September']);
    expect(inputs.start_date).toBe('2027-09-03');
    expect(inputs.end_date).toBe('2027-09-12');
    expect(inputs.conflict?.fields).toEqual(['end_date']);
    expect(result.content.refusal?.reason).toBe('contradictory');
    expect(said[0]).toContain('8 September');
  });
  it('is none when the event falls after the trip', () => {
    const { inputs } = converse(['Okavango, 3–12 September 2027, two adults', 'we must be home for my cousin\'s christening on the 20th of September']);
    expect(inputs.conflict).toBeUndefined();
  });
});

describe('a month and year said before, then dates in another month', () => {
  it('is two periods: refused, naming both', () => {
    const { inputs, result, said } = converse(['Hwange in September 2027, the two of us', 'we will do 9 nights from the 20th of October']);
    expect(inputs.conflict?.fields).toEqual(['month']);
    expect(result.content.refusal?.reason).toBe('contradictory');
    expect(said[0]).toContain('September 2027');
    expect(said[0]).toContain('then 20–29 October 2027');
  });
  it('is a move when the traveler says so, or dates in that same month', () => {
    expect(converse(['Hwange in September 2027, the two of us', 'actually 9 nights from the 20th of October']).inputs.conflict).toBeUndefined();
    expect(converse(['Hwange in September 2027, the two of us', '9 nights from the 12th of September']).inputs.conflict).toBeUndefined();
  });
  it('is a move when the month came without its year', () => {
    expect(converse(['Hwange in September, the two of us', 'we will do 9 nights from the 20th of October']).inputs.conflict).toBeUndefined();
  });
});

describe('a trip length the leave cannot hold', () => {
  it('is refused naming both, in English and Portuguese', () => {
    const en = converse(['Ruaha in October, three weeks, though honestly I only have 6 days off work']);
    expect(en.inputs.conflict?.fields).toEqual(['duration_days']);
    expect(en.result.content.refusal?.reason).toBe('contradictory');
    expect(en.said[0]).toContain('21 days');
    const pt = converse(['Ruaha em outubro, três semanas, mas só tenho 6 dias de folga']);
    expect(pt.inputs.conflict?.fields).toEqual(['duration_days']);
  });
  it('is none when the leave and the weekends around it hold the trip', () => {
    expect(converse(['Ruaha in October, 9 days, I only have 6 days off work']).inputs.conflict).toBeUndefined();
  });
});
