import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { x } from './helpers';

const pack = defaultPackIndex();

describe('a place the traveler will not leave', () => {
  it('"Etosha or nothing" rules out every other place, so no switch leaves it', () => {
    const e = x('Etosha or nothing, we want to see gorillas there');
    expect(e.destinations).toEqual(['etosha']);
    expect(e.excluded_destinations).toHaveLength(pack.pack.destinations.length - 1);
    const r = decide({ destinations: e.destinations!, excluded_destinations: e.excluded_destinations!, priorities: e.priorities! }, pack, new Date('2026-11-21T10:00:00Z'));
    expect(r.content.verdict.outcome).toBe('discard');
  });

  it('"only" before a place is read as "just", not as a limit', () => {
    expect(x('only the Serengeti this time, in July').excluded_destinations).toBeUndefined();
  });
});

describe('a country named beside a place stands in with the place that serves the priorities', () => {
  it('the migration in February across the border is the Serengeti, not the coast', () => {
    const r = decide({ destinations: ['masai_mara'], countries: ['TZ'], priorities: ['migration'], month: 2, year: 2027 }, pack, new Date('2026-11-21T10:00:00Z'));
    expect(JSON.stringify(r.content.verdict)).toMatch(/Serengeti/);
    expect(JSON.stringify(r.content.verdict)).not.toMatch(/Zanzibar/);
  });
});
