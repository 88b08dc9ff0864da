import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
function switchedTo(i: TripInputs): string {
  const r = decide(i, pack, NOW);
  expect(r.kind === 'issued' && r.content.verdict.outcome).toBe('switch');
  return r.content.verdict.headline;
}

describe('a switch stays near the trip the traveler planned', () => {
  it('keeps them in the country of the place they chose when a place there is nearly as good', () => {
    // Crossings from Lake Manyara: the Serengeti (Tanzania) as well as the Mara (Kenya) has them in August.
    expect(switchedTo({ destinations: ['lake_manyara'], month: 8, flexible_dates: false, adults: 2, priorities: ['migration'] })).toContain('Serengeti');
  });

  it('keeps them in the region when their country has nothing that works', () => {
    // Walking in February: South Luangwa's camps are shut; a southern African walk rather than one in Kenya.
    const to = switchedTo({ destinations: ['south_luangwa'], month: 2, flexible_dates: false, adults: 2, priorities: ['walking'] });
    const place = [...pack.byId.values()].find((d) => to.includes(d.name))!;
    expect(['BW', 'ZA', 'NA', 'ZM', 'ZW']).toContain(place.country);
  });

  it('goes farther only for what nothing near gives (gorillas from a South African plan)', () => {
    expect(switchedTo({ destinations: ['kruger'], month: 7, flexible_dates: false, adults: 2, priorities: ['gorillas'] })).toMatch(/Bwindi|Volcanoes/);
  });
});
