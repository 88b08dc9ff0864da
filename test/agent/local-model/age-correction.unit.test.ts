import { describe, expect, it } from 'vitest';
import { extractTripInputs } from '../../../src/agent/local-model/extract';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import type { TripInputs } from '../../../src/domain/trip-inputs';

// A child's age corrected by naming the old one, in phrasings written for this test.
const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');
const family: TripInputs = { destinations: ['kruger'], month: 8, adults: 2, children: 2, child_ages: [6, 9], duration_days: 8 };

describe('a child age corrected against the old one', () => {
  it.each([
    ['sorry, the little one is 5, not 6', [5, 9]],
    ['my mistake: our eldest is 10 years old, not 9', [6, 10]],
    ['pardon, la plus grande a 10 ans, pas 9', [6, 10]],
    ['Korrektur: die Kleine ist 5, nicht 6', [5, 9]],
  ])('«%s» gives %j', (text, ages) => {
    expect(extractTripInputs(text, { now, pack, previous: family }).child_ages).toEqual(ages);
  });

  it('numbers that are not a known age are left alone', () => {
    expect(extractTripInputs('make it 10 days, not 8', { now, pack, previous: family }).child_ages).toBeUndefined();
    expect(extractTripInputs('we are 4 adults, not 3', { now, pack, previous: family }).child_ages).toBeUndefined();
  });

  it('the correction changes the decision', () => {
    const turns = [...simulateConversation(['Kruger in August, 2 adults and 2 kids aged 6 and 9, 8 days', 'oops, the younger one is 5, not 6'], now, pack)];
    expect(turns[1]!.decided).toBe(true);
    expect(turns[1]!.inputs.child_ages).toEqual([5, 9]);
  });
});
