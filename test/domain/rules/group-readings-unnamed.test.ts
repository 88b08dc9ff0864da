import { describe, expect, it } from 'vitest';
import { converse } from '../../agent/local-model/helpers';

// Safety review of the fourteenth round, finding 3: a head count larger than the people named
// may hide children. The other reading counts the unnamed as children of unknown age, so an age
// rule (gorilla permits, a walking safari) asks instead of booking. Phrasings written for this test.

function outcome(text: string): string {
  return (converse([text]).result as { content: { verdict: { outcome: string } } }).content.verdict.outcome;
}

describe('a head count larger than the people named', () => {
  it.each([
    'There are 6 of us: my husband, me and our daughter (17). Gorillas in Bwindi in August, 6 days',
    'Party of 4, that is me, my partner and my nephew aged 18. Walking safari in South Luangwa in August, 6 days',
  ])('«%s» is not booked around the unnamed people', (text) => {
    expect(outcome(text)).not.toBe('book');
  });

  it('still books where no age rule applies', () => {
    expect(outcome('There are 6 of us: my husband, me and our daughter (17). Serengeti in August, 6 days')).toBe('book');
  });
});
