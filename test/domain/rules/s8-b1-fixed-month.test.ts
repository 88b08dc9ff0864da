import { describe, expect, it } from 'vitest';
import { converse, x } from '../../agent/local-model/helpers';

// Issue 14 item 4: a month the traveler says is the only one they have ("June only", "it's our only leave") holds.
// No wait is offered past it; a point the month cannot give is a discard. Phrasings written for this test.

describe('a month said to be the only one is fixed', () => {
  it.each(['Samburu, September 2027 only.', 'June only - 2 adults, Botswana', 'Etosha in March, our only holiday this year', 'It is our only time off: October'])('«%s»', (text) => {
    expect(x(text).flexible_dates).toBe(false);
  });

  it.each(['Ruaha in July, only if the lodges are open', 'Serengeti in May. Only 3 of us this time'])('«%s» says nothing about the dates', (text) => {
    expect(x(text).flexible_dates).toBeUndefined();
  });

  it('river crossings asked for in a month without them, that month only, are not sent to wait', () => {
    const r = converse(['We want to watch the river crossings in Kenya, May 2027 only - it is our only leave.']).result;
    expect(r.content.verdict.outcome).not.toBe('wait');
  });
});
