import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const verdict = (i: TripInputs) => decide(i, pack, NOW).content.verdict;
const allBut = (country: string) => pack.pack.destinations.filter((d) => d.country !== country).map((d) => d.id);

describe('a named place shut for the rains, on fixed dates, in the only country the traveler allows', () => {
  const base = { month: 5, year: 2027, flexible_dates: false, adults: 2, group_size: 2 } as const;

  it('switches to an open park of that country instead of calling the trip off (Ruaha in May, Tanzania only)', () => {
    const v = verdict({ ...base, destinations: ['ruaha'], countries: ['TZ'], excluded_destinations: allBut('TZ') });
    expect(v.outcome).toBe('switch');
    const open = pack.pack.destinations.filter((d) => d.country === 'TZ' && !d.months[4]!.closed && d.kind !== 'beach').map((d) => d.name);
    expect(open.some((n) => v.headline.includes(n))).toBe(true);
    expect(v.headline).not.toMatch(/Ruaha|Nyerere|Zanzibar/);
  });

  it('never leaves the country the traveler confined the trip to', () => {
    const v = verdict({ ...base, month: 4, destinations: ['nyerere'], countries: ['TZ'], excluded_destinations: allBut('TZ') });
    expect(v.outcome).toBe('switch');
    for (const d of pack.pack.destinations.filter((x) => x.country !== 'TZ')) expect(v.headline).not.toContain(d.name);
  });

  it('leaves a traveler who can move to their later window, not to this rule', () => {
    const v = verdict({ ...base, month: 4, flexible_dates: true, destinations: ['nyerere'], countries: ['TZ'], excluded_destinations: allBut('TZ') });
    expect(v.outcome).not.toBe('discard');
    expect(v.headline).not.toMatch(/Switch/);
  });

  it('an animal asked for by name keeps its own judgement: the rule plans only for a trip said of the place alone', () => {
    const v = verdict({ ...base, month: 4, destinations: ['nyerere'], countries: ['TZ'], excluded_destinations: allBut('TZ'), animals: ['wild_dog'] });
    expect(v.outcome).not.toBe('book');
  });

  it('names a second open park that gives the trip about as well, since the choice rests on the closed place’s draws', () => {
    const v = verdict({ ...base, month: 4, destinations: ['nyerere'], countries: ['TZ'], excluded_destinations: allBut('TZ') });
    const open = pack.pack.destinations.filter((d) => d.country === 'TZ' && !d.months[3]!.closed && d.kind !== 'beach').map((d) => d.name);
    const named = open.filter((n) => v.summary.includes(n) || v.headline.includes(n));
    expect(named.length).toBeGreaterThanOrEqual(2);
    expect(v.summary).toMatch(/is open then too/);
    expect(v.summary).not.toMatch(/\.\./);
  });
});
