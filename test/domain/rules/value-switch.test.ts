import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const verdict = (i: TripInputs) => decide(i, pack, NOW).content.verdict;
const placeOf = (headline: string) => [...pack.byId.values()].find((d) => headline.includes(d.name))!;

describe('value asked for, on a named place that works', () => {
  it('moves to a clearly cheaper place in the same country that gives what the trip is for, and says the prices', () => {
    // Elephants on a budget in Kenya in February: the Mara works, but Tsavo's floor is about a third of it.
    const v = verdict({ destinations: ['masai_mara'], month: 2, flexible_dates: false, adults: 2, priorities: ['value'], animals: ['elephant'] });
    expect(v.outcome).toBe('switch');
    const to = placeOf(v.headline);
    expect(to.country).toBe('KE');
    expect(to.animals).toContain('elephant');
    expect(v.summary).toMatch(/Maasai Mara works in February, but its cheapest way in is about \$[\d,]+ per person against about \$[\d,]+ at/);
  });

  it('never moves to a costlier place, nor out of the country, for value', () => {
    for (const [id, month] of [['serengeti', 9], ['okavango_delta', 8], ['masai_mara', 2]] as const) {
      const named = pack.byId.get(id)!;
      const v = verdict({ destinations: [id], month, flexible_dates: false, adults: 2, priorities: ['value', 'wildlife_density'] });
      if (v.outcome !== 'switch') continue;
      const to = placeOf(v.headline);
      expect(to.country).toBe(named.country);
      expect(to.cost_floor_usd_pppn.budget).toBeLessThan(named.cost_floor_usd_pppn.budget);
    }
  });

  it('keeps the named place when nothing cheaper at home gives the trip (Kruger is already South Africa’s cheapest)', () => {
    expect(verdict({ destinations: ['kruger'], month: 7, flexible_dates: false, adults: 2, priorities: ['value'], animals: ['elephant'] }).outcome).toBe('book');
  });

  it('does not move a traveler who did not ask for value', () => {
    expect(verdict({ destinations: ['masai_mara'], month: 2, flexible_dates: false, adults: 2, priorities: ['wildlife_density'], animals: ['elephant'] }).outcome).toBe('book');
  });

  it('does not move a value trip off an animal the cheaper place lacks (rhino: not to Amboseli)', () => {
    const v = verdict({ destinations: ['laikipia'], month: 8, flexible_dates: false, adults: 2, priorities: ['value'], animals: ['rhino'] });
    if (v.outcome === 'switch') expect(placeOf(v.headline).animals).toContain('rhino');
  });
});
