import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

const pack = defaultPackIndex();
const last = (texts: string[]) => [...simulateConversation(texts, new Date('2026-12-07T10:00:00Z'), pack)].at(-1)!;

describe('a change of plan that only takes a place away', () => {
  it('keeps the rest of the trip (the country, the other park, the month, the party)', () => {
    const t = last(['Kenya in August, 2 of us, $5000 each, Masai Mara and Amboseli', 'Change of plan: drop the Masai Mara']);
    expect(t.inputs).toMatchObject({ destinations: ['amboseli'], countries: ['KE'], month: 8, group_size: 2 });
    expect(t.reply.kind).toBe('issued');
  });

  it("rules out the agent's own pick when the traveler drops it, so it is not planned again", () => {
    const t = last(['Kenya safari in August for 2, $5000 each', 'new plan: take the Masai Mara out']);
    expect(t.inputs.excluded_destinations).toContain('masai_mara');
    expect(t.decisionPlaces ?? []).not.toContain('masai_mara');
  });

  it('still replaces the plan when a new place is named', () => {
    const t = last(['Kenya in August, 2 of us, $5000 each, Masai Mara and Amboseli', 'change of plan: Botswana instead']);
    expect(t.inputs.countries).toEqual(['BW']);
    expect(t.inputs.destinations ?? []).not.toContain('amboseli');
  });
});
