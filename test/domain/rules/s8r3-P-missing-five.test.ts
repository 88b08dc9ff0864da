import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

// Engineer P (s8r3): a traveler who names a place lacking one of the Big Five is moved for that animal, so the switch
// goes where it is reliably seen, not where a few dozen roam a vast reserve. Cases written for this test.

const pack = defaultPackIndex();
const run = (i: TripInputs) => decide(i, pack, NOW);
const kenyaOnly: TripInputs = {
  countries: ['KE'],
  excluded_destinations: pack.pack.destinations.filter((d) => d.country !== 'KE').map((d) => d.id),
};

describe('the Big Five from a named place without rhino', () => {
  it.each([8, 9, 2])('Samburu in month %d, Kenya only, switches to Laikipia rather than the Mara', (month) => {
    const r = run({ ...kenyaOnly, destinations: ['samburu'], month, priorities: ['big_five'], adults: 2 });
    expect(r.content.verdict.outcome).toBe('switch');
    expect(JSON.stringify(r.content.verdict)).toMatch(/Laikipia/);
    expect(JSON.stringify(r.content.verdict)).not.toMatch(/Maasai Mara/);
  });

  it('leaves a named place that holds all five (a few rhino included) as the traveler\u2019s', () => {
    const r = run({ destinations: ['masai_mara'], month: 8, priorities: ['big_five'], adults: 2 });
    expect(r.content.verdict.outcome).toBe('book');
  });
});
