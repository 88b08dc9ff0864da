import { describe, expect, it } from 'vitest';
import { converse, x } from './helpers';

// An age-limited activity named with no place puts the trip where the activity is, so the plan never moves elsewhere
// and drops the activity (and its limit) without a word.
describe('an activity with no place said', () => {
  it.each<[string, string]>([
    ['August 2027, 2 adults and 2 teens, 5 nights, $3500 each. The boys want to go white-water rafting and do the bridge jump.', 'victoria_falls'],
    ['We are dreaming of a swim in Devil’s Pool next October, 2 adults, 4 nights, $2500 each.', 'victoria_falls'],
    ['Next September, a couple, 6 nights, $6000 each: we want to glide through the channels in a mokoro.', 'okavango_delta'],
    ['June 2027, two of us, $4000 each, 6 nights, and we want to do a wilderness trail with the rangers.', 'kruger'],
  ])('%s → %s', (text, place) => {
    expect(x(text).destinations).toEqual([place]);
  });

  it('a canoe alone names no place (the Zambezi and the Delta both have one)', () => {
    expect(x('July 2027, two of us, 5 nights, $3000 each, and a canoe trip').destinations).toBeUndefined();
  });

  it('a place said keeps the trip there', () => {
    expect(x('Kenya in August 2027, and maybe some rafting').destinations).toBeUndefined();
    expect(x('Chobe in August 2027 with a canoe outing').destinations).toEqual(['chobe']);
  });

  it.each([
    ['September 2027, 2 adults and our 12-year-old, 5 nights, $3000 each. Rafting on the Zambezi and the bungee, please.', 'discard'],
    ['September 2027, 2 adults and our 8-year-old, 6 nights, $6000 each. A mokoro trip is a must.', 'switch'],
  ])('%s → %s, never a booking elsewhere', (text, outcome) => {
    expect(converse([text]).result.content.verdict.outcome).toBe(outcome);
  });
});
