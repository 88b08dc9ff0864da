import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const verdict = (i: TripInputs) => decide(i, pack, NOW).content.verdict;

describe('a place whose game is resident, in a green-season month', () => {
  it('is booked for fixed late-March dates at Kruger (after the wettest months, the Big Five live there all year)', () => {
    const v = verdict({ destinations: ['kruger'], start_date: '2027-03-20', end_date: '2027-03-28', children: 3, child_ages: [6, 8, 11], adults: 2 });
    expect(v.outcome).toBe('book');
    expect(v.headline).toContain('Kruger');
  });

  it('still reads the wettest months as a wetter trip: a flexible traveler in January is offered the dry winter', () => {
    const v = verdict({ destinations: ['kruger'], month: 1, flexible_dates: true, adults: 2, priorities: ['wildlife_density'] });
    expect(v.outcome).not.toBe('book');
  });
});

describe('animals asked for by name, where a place holds only a few', () => {
  it('a switch for rhinos goes where they are reliably seen, not where a few dozen hide in a vast park', () => {
    const v = verdict({ destinations: ['tarangire'], month: 8, flexible_dates: false, adults: 2, animals: ['rhino', 'elephant'] });
    expect(v.outcome).toBe('switch');
    const place = [...pack.byId.values()].find((d) => v.headline.includes(d.name))!;
    expect(place.animals).toContain('rhino');
    expect(place.scarce_animals ?? []).not.toContain('rhino');
  });

  it('a named place that holds a few is still the traveler’s: the Mara for rhinos in August is booked', () => {
    expect(verdict({ destinations: ['masai_mara'], month: 8, flexible_dates: false, adults: 2, animals: ['rhino', 'lion'] }).outcome).toBe('book');
  });

  it('asked for by name with nothing else said, they are sought nearer home first (rhinos from Ruaha stay in Tanzania, from Samburu in Kenya)', () => {
    expect(verdict({ destinations: ['ruaha'], month: 8, flexible_dates: false, adults: 2, animals: ['rhino'] }).headline).toContain('Ngorongoro');
    expect(verdict({ destinations: ['samburu'], month: 10, flexible_dates: false, adults: 2, animals: ['rhino'] }).headline).toContain('Laikipia');
  });
});

