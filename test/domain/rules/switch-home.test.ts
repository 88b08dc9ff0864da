import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const verdict = (i: TripInputs) => decide(i, pack, NOW).content.verdict;
const placeOf = (headline: string) => [...pack.byId.values()].find((d) => headline.includes(d.name));

describe('a switch stays in the traveler’s country when a place there gives the point', () => {
  it('walking, from a park that does not allow it, goes to a walking place in the same country', () => {
    // Amboseli (Kenya) and the Serengeti (Tanzania) are drive-only for most visitors; each country has walking conservancies or parks.
    const kenya = verdict({ destinations: ['amboseli'], month: 9, flexible_dates: false, adults: 2, priorities: ['walking'] });
    expect(kenya.outcome).toBe('switch');
    expect(placeOf(kenya.headline)!.country).toBe('KE');
    const tanzania = verdict({ destinations: ['serengeti'], month: 9, flexible_dates: false, adults: 2, priorities: ['walking'] });
    expect(tanzania.outcome).toBe('switch');
    expect(placeOf(tanzania.headline)!.country).toBe('TZ');
  });

  it('a country named with the place keeps the switch there too', () => {
    const v = verdict({ destinations: ['lake_manyara'], countries: ['TZ'], month: 8, flexible_dates: false, adults: 2, priorities: ['privacy'] });
    expect(v.outcome).toBe('switch');
    expect(placeOf(v.headline)!.country).toBe('TZ');
  });

  it('leaves the country when no place there gives the point', () => {
    // Namibia's one park in the pack has no walking safaris: the switch must look further.
    const v = verdict({ destinations: ['etosha'], month: 8, flexible_dates: false, adults: 2, priorities: ['walking'] });
    expect(v.outcome).toBe('switch');
    const to = placeOf(v.headline)!;
    expect(to.country).not.toBe('NA');
    expect(to.strengths.walking).toBeGreaterThanOrEqual(3);
  });

  it('never takes a place at home that misses the point (a gorilla trip is not sent to a Kenyan park)', () => {
    const v = verdict({ destinations: ['masai_mara'], countries: ['KE'], month: 7, flexible_dates: false, adults: 2, priorities: ['gorillas'] });
    if (v.outcome === 'switch') expect(placeOf(v.headline)!.kind).toBe('gorilla_trek');
    else expect(v.outcome).not.toBe('book');
  });
});
