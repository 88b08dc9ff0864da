import { describe, expect, it } from 'vitest';
import { converse, x } from '../../agent/local-model/helpers';

// Issue 14 item 4: a place the traveler holds to ("Ruaha and only Ruaha", "Etosha only.") rules out every other
// place, so no switch leaves it: a month it cannot give is a discard, not a move elsewhere. Phrasings written for this test.

describe('a place said to be the only one', () => {
  it.each(['Ruaha and only Ruaha, in September', 'Etosha only. Two adults in August.', 'We want Kruger only!'])('«%s» rules out every other place', (text) => {
    const ex = x(text).excluded_destinations ?? [];
    expect(ex.length).toBeGreaterThan(10);
  });

  it.each(['Only the Mara this time, 5 days in August', 'Kruger only for a night, then Cape Town'])('«%s» is not a lock', (text) => {
    expect(x(text).excluded_destinations).toBeUndefined();
  });

  it('a closed month at the only place allowed is a discard, not a switch', () => {
    const r = converse(['South Luangwa only. Walking safari, February 2027, dates fixed.']).result;
    expect(r.content.verdict.outcome).toBe('discard');
  });
});
