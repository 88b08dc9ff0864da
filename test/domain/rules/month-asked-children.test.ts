import { describe, expect, it } from 'vitest';
import { converse } from '../../agent/local-model/helpers';

// Safety review of the fourteenth round, finding 2: a month nobody said is left open only when
// every month books the same places for a party known to be adults only. A child aged against
// the trip, or a party nobody counted, keeps the month asked. Phrasings written for this test.

function outcome(text: string): string {
  return (converse([text]).result as { content: { verdict: { outcome: string } } }).content.verdict.outcome;
}

describe('the month is asked when children may be travelling', () => {
  it.each([
    'Gorillas in Volcanoes National Park, 2 adults, 4 days, $22000 total, our daughter turns 15 before we fly',
    'Gorilla permits in Bwindi for the family, 6 days, $24000 in total',
    'Gorilla trekking in Mgahinga, 2 adults and our 16 year old, 5 days, $30000 overall',
  ])('«%s» is not booked for a month nobody gave', (text) => {
    expect(outcome(text)).not.toBe('book');
  });

  it('two adults alone with the same booking every month still get the best month planned', () => {
    expect(outcome('Gorilla trekking in Bwindi, 2 adults, 5 days, $20000 total')).toBe('book');
  });
});
