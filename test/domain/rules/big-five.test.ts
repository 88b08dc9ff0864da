import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const verdict = (i: TripInputs) => decide(i, pack, NOW).content.verdict;
const FIVE = ['lion', 'leopard', 'elephant', 'buffalo', 'rhino'];

/** The pack destination a switch or book headline names. */
function placeOf(headline: string) {
  return [...pack.byId.values()].find((d) => headline.includes(d.name));
}

describe('the Big Five asked for is the five animals', () => {
  it('moves a traveler off a named park that lacks one of the five, and says which', () => {
    // South Luangwa has no rhino, Chobe none either: neither gives the Big Five whatever its game scores.
    for (const [id, month] of [['south_luangwa', 9], ['chobe', 7]] as const) {
      const v = verdict({ destinations: [id], month, flexible_dates: false, adults: 3, priorities: ['big_five'] });
      expect(v.outcome).toBe('switch');
      expect(v.summary).toMatch(/has no rhinos/);
      const to = placeOf(v.headline)!;
      expect(to.animals).toEqual(expect.arrayContaining(FIVE));
    }
  });

  it('sends a switch only where all five live, never to a park missing one', () => {
    let switches = 0;
    for (const month of [3, 6, 10]) {
      const v = verdict({ destinations: ['tarangire'], month, flexible_dates: false, adults: 2, priorities: ['big_five', 'photography'] });
      if (v.outcome !== 'switch') continue;
      switches++;
      expect(placeOf(v.headline)!.animals).toEqual(expect.arrayContaining(FIVE));
    }
    expect(switches).toBeGreaterThan(0);
  });

  it('keeps a named park where all five live, even where the rhino are few', () => {
    // The Mara's black rhino are few, but they live there: a Big Five trip to the Mara in the dry season is booked.
    expect(verdict({ destinations: ['masai_mara'], month: 9, flexible_dates: false, adults: 2, priorities: ['big_five'] }).outcome).toBe('book');
    expect(verdict({ destinations: ['kruger'], month: 6, flexible_dates: false, adults: 4, priorities: ['big_five'] }).outcome).toBe('book');
  });

  it('chooses within a country among parks holding all five', () => {
    const v = verdict({ countries: ['TZ'], excluded_destinations: ['serengeti'], month: 9, flexible_dates: false, adults: 2, priorities: ['big_five'] });
    expect(v.outcome).toBe('book');
    const place = placeOf(v.headline)!;
    expect(place.country).toBe('TZ');
    expect(place.animals).toEqual(expect.arrayContaining(FIVE));
  });

  it('reads a place named only for its draws (no stated Big Five) as before: its draws, not the five', () => {
    // Amboseli has no leopard or rhino, but a traveler who only names it asks for Amboseli, not the Big Five.
    expect(verdict({ destinations: ['amboseli'], month: 8, flexible_dates: false, adults: 2 }).outcome).toBe('book');
  });
});
