import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const run = (i: TripInputs) => decide(i, pack, NOW);
const gorillaNames = pack.pack.destinations.filter((d) => (d.strengths.gorillas ?? 0) >= 3).map((d) => d.name);

describe('gorillas asked for with something else, by a party too young for any permit', () => {
  const family: TripInputs = { month: 8, year: 2027, adults: 2, children: 1, child_ages: [11], group_size: 3 };

  it('plans the rest of what they asked for as a switch and says why the gorillas are out', () => {
    const r = run({ ...family, countries: ['UG', 'KE', 'TZ'], priorities: ['gorillas', 'big_five'] });
    const v = r.content.verdict;
    expect(v.outcome).toBe('switch');
    expect(v.summary).toMatch(/15/);
    expect(v.summary).toMatch(/11/);
    // The plan itself never goes to a gorilla park.
    for (const n of gorillaNames) expect(v.headline).not.toContain(n);
    expect(r.kind === 'issued' && r.itinerary).toBeFalsy();
  });

  it('still discards when gorillas are all they asked for', () => {
    expect(run({ ...family, countries: ['UG'], priorities: ['gorillas'] }).content.verdict.outcome).toBe('discard');
  });

  it('asks the age rather than planning around it when the child’s age is unknown', () => {
    const r = run({ month: 8, year: 2027, adults: 2, children: 1, group_size: 3, countries: ['UG', 'KE'], priorities: ['gorillas', 'big_five'] });
    expect(r.content.verdict.outcome).toBe('refused');
    expect(r.content.refusal?.missing_inputs).toContain('child_ages');
  });

  it('leaves a party old enough to trek on the gorilla trip', () => {
    const v = run({ ...family, child_ages: [16], countries: ['UG', 'KE'], priorities: ['gorillas', 'big_five'] }).content.verdict;
    expect(['book', 'switch', 'wait']).toContain(v.outcome);
    expect(gorillaNames.some((n) => v.headline.includes(n) || v.summary.includes(n))).toBe(true);
  });
});
