import { describe, expect, it } from 'vitest';
import { converse, x } from './helpers';

// Review 9b, finding 11: only having been there is a repeat visit; seeing a place on a screen or in print is not,
// and "again" counts only of going or doing, not of anything else.
describe('s9r2-Q: a place ruled out for what was seen on a screen is no repeat visit', () => {
  it.each([
    "Not the Serengeti, we've seen it on TV. Tanzania in September 2027, 2 adults, $6,000 each, 8 days.",
    'Skip Chobe, we saw it in a documentary. Botswana in July.',
    "No Kruger please, we've seen it on Netflix already. Botswana in July.",
    'Leave out Amboseli, seen enough photos of it. Kenya in August.',
  ])('%s', (text) => {
    const r = x(text);
    expect(r.excluded_destinations?.length).toBeGreaterThan(0);
    expect(r.traveler_type).toBeUndefined();
  });
  it.each([
    "Not the Mara, I don't want to get sick again. Kenya in July.",
    'Skip Kruger, we never want to pay those prices again. Botswana in July.',
  ])('"again" of something else: %s', (text) => {
    expect(x(text).traveler_type).toBeUndefined();
  });
  it.each([
    'Skip Kruger, we were there two years ago. Botswana in July.',
    "Kruger is out, we won't do it again. Botswana in July.",
    'Not Chobe, we saw it in person in 2019 already. Botswana in July.',
    "No Serengeti, we're not going back there again. Tanzania in September.",
  ])('having been there is still a repeat visit: %s', (text) => {
    expect(x(text).traveler_type).toBe('repeat');
  });
});

// Review 9b, finding 5: "drop X" takes X out of the plan without refusing it only when the plan held X; a place never in
// the plan, or one refused with a reason ("we hate the crowds"), is ruled out.
describe('s9r2-Q: "drop X from our list" is checked against the plan per place', () => {
  it("the reviewer's message: the Mara was never in the plan and is refused with a reason", () => {
    const r = x('Drop the Masai Mara from our list, we hate the crowds there. Kenya in August 2027 for the migration, 2 adults, $6,000 each, 7 days.');
    expect(r.excluded_destinations).toContain('masai_mara');
  });
  it('a place never in the plan, dropped "from the itinerary", is ruled out', () => {
    expect(x('Please drop Tarangire from the itinerary, Tanzania in July.', { destinations: ['serengeti'] }).excluded_destinations).toEqual(['tarangire']);
    expect(x('Remove Chobe from our list, Botswana in July').excluded_destinations).toEqual(['chobe']);
  });
  it('with no plan known (a message read on its own), "drop X from the plan" speaks of their plan and only removes X', () => {
    const r = x('Take out Chobe from the plan, only the Okavango.');
    expect(r.excluded_destinations ?? []).not.toContain('chobe');
    expect(x('Drop Zanzibar from the itinerary, we hate long transfers').excluded_destinations).toEqual(['zanzibar']);
  });
  it('a place the plan held is only removed, and the other places dropped in the same message are checked on their own', () => {
    const r = x('Change of plan: remove Tarangire from the plan. Also drop Amboseli.', { destinations: ['serengeti', 'tarangire'] });
    expect(r.remove_destinations).toContain('tarangire');
    expect(r.excluded_destinations ?? []).not.toContain('tarangire');
    expect(r.excluded_destinations).toContain('amboseli');
  });
  it('a place the plan held but dropped because they dislike it is ruled out', () => {
    const r = x("Drop the Mara from the plan, we can't stand crowds", { destinations: ['masai_mara', 'amboseli'] });
    expect(r.excluded_destinations).toContain('masai_mara');
  });
  it('the Mara refused with a reason is never booked', () => {
    const { result } = converse(['Drop the Masai Mara from our list, we hate the crowds there. Kenya in August 2027 for the migration, 2 adults, $6,000 each, 7 days.']);
    expect(result.kind).toBe('issued');
    if (result.kind === 'issued') expect(result.content.verdict.headline).not.toMatch(/Mara/);
  });
});

// Review 9b, finding 7: a flexibility bounded in weeks or days reaches no further than the next month.
describe('s9r2-Q: flexibility of a week or two bounds the window', () => {
  it.each([
    ["Victoria Falls for Devil's Pool in March, two adults, $5,000 each, 5 days. Dates are flexible by a week or two."],
    ["Victoria Falls for Devil's Pool in March 2027, two adults, $5,000 each, 5 days. We can shift it by a week or so."],
    ["Devil's Pool at Victoria Falls in April 2027, 2 adults, $4,000 each, 4 days, give or take a few days."],
    ["Victoria Falls and Devil's Pool in March 2027, two of us, $5,000 each, 5 days; a week either way is fine."],
  ])('%s', (text) => {
    const r = x(text);
    expect(r.flexible_dates).toBe(true);
    const m = r.month!;
    expect(r.flexible_until?.month).toBe((m % 12) + 1);
    const { result } = converse([text]);
    expect(result.kind === 'issued' ? result.content.verdict.outcome : 'refused').not.toBe('wait');
  });
  it('flexibility without a bound still waits for the season', () => {
    const { result } = converse(["Victoria Falls for Devil's Pool in March, two adults, $5,000 each, 5 days. We're flexible."]);
    expect(result.kind === 'issued' ? result.content.verdict.outcome : 'refused').toBe('wait');
  });
  it('a bound in months is still read as months', () => {
    expect(x('Kruger in March 2027, flexible by a month or two').flexible_until).toEqual({ year: 2027, month: 5 });
  });
});
