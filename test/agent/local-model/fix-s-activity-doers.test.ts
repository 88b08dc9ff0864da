import { describe, expect, it } from 'vitest';
import { mentionedActivities, namedActivities } from '../../../src/agent/local-model/activities';
import { normalize } from '../../../src/agent/local-model/normalize';
import { converse } from './helpers';

// Review 1, findings 6 and 7: an activity's age limit binds the people who do it. Said to be a grown-up's alone, the
// children's ages do not hold the trip to it; who does it unclear, the limit still binds the whole party. And "raft"
// read as rafting only as the river activity, never as "a lot of".

const named = (s: string) => namedActivities(normalize(s).text);

describe('who takes part in an activity', () => {
  // Review 3 (findings 1, 2, 8): the "only a grown-up does it" exemption hid children who joined in other words or later
  // turns; it is gone, so the limit binds every traveler whoever is said to do it.
  it('a partner doing the jump while the children watch still keeps the jump’s limit on the party', () => {
    expect(named('My wife is keen to do the bungee; the boys will just watch from the bridge.')).toEqual(['bungee']);
    expect(mentionedActivities(normalize('My wife is keen to do the bungee; the boys will just watch from the bridge.').text)).toEqual(['bungee']);
  });

  it('a family trip where only the father rafts is never booked, the children being 6 and 9', () => {
    const c = converse(['Victoria Falls in August 2027, 2 adults and our children aged 6 and 9, 4 nights, $3500 per person. My husband will go white-water rafting one morning while we stay at the lodge.']);
    expect(c.inputs.activities ?? []).toContain('rafting');
    expect(c.result.kind === 'issued' && c.result.content.verdict.outcome === 'book').toBe(false);
  });

  it('a child joining the grown-up keeps the limit', () => {
    expect(named('My husband and our son want to do the bungee jump.')).toEqual(['bungee']);
    expect(named('I want to take the kids rafting on the Zambezi.')).toEqual(['rafting']);
  });

  it('unclear who does it, the limit binds the party: a young child is never booked on it', () => {
    expect(named('We want to do the bungee jump.')).toEqual(['bungee']);
    const c = converse(['Victoria Falls in August 2027, 2 adults and our kids aged 6 and 9, 4 nights, $3500 each. We want to do the bungee jump.']);
    expect(c.result.kind === 'issued' && c.result.content.verdict.outcome === 'book').toBe(false);
  });

  it('unclear who does it and the child’s age unknown, the age is asked', () => {
    const c = converse(['Victoria Falls in August 2027, 2 adults and our son, 4 nights, $3500 each. The bungee jump is a must.']);
    expect(c.result.kind).toBe('refused');
    if (c.result.kind === 'refused') expect(c.result.content.refusal?.missing_inputs).toContain('child_ages');
  });
});

describe('the word raft', () => {
  it('"a raft of" is many, not rafting', () => {
    expect(named('Zambezi trip in July with a raft of ideas from the kids')).toBeUndefined();
    expect(named('We have a whole raft of questions.')).toBeUndefined();
  });

  it('rafting itself is still read', () => {
    expect(named('We want to go rafting below the falls')).toEqual(['rafting']);
    expect(named('keen to raft the Zambezi rapids')).toEqual(['rafting']);
    expect(named('a white water raft trip')).toEqual(['rafting']);
  });
});
