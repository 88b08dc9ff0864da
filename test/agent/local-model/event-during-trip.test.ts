import { describe, expect, it } from 'vitest';
import { converse } from './helpers';

// Issue 14 item 3: an event the traveler must attend elsewhere, on a day inside the dates the same message
// gives, cannot hold with the trip; the dates are essential, so the refusal names both.
describe('an event elsewhere during the trip', () => {
  it.each([
    'Ten days in Kruger from 3 to 13 September, 2 adults, $6000 total, and I need to attend a conference in Berlin on the 8th September',
    "Tarangire 1-12 October for two of us; we also must be at my cousin's funeral in Dublin on the 6th October",
  ])('is refused naming both: %s', (text) => {
    const { result, said } = converse([text]);
    expect(result.kind).toBe('refused');
    expect(said.join(' ')).toMatch(/back by \d+ \w+ 2027, then \d+–\d+ \w+ 2027/);
  });

  it.each([
    // The event is on the trip itself.
    "Serengeti and Zanzibar 2-16 August, 2 adults, $9000 total; we have to be at our friends' wedding in Zanzibar on the 14th August",
    // Before the trip starts.
    'Chobe 10-20 June, 2 adults, $7000 total, after we have to be at a wedding in Rome on the 5th June',
  ])('is no contradiction: %s', (text) => {
    expect(converse([text]).inputs.conflict).toBeUndefined();
  });
});
