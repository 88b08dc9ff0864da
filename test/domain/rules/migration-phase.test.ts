import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();

function issued(inputs: TripInputs) {
  const r = decide(inputs, pack, NOW);
  if (r.kind !== 'issued') throw new Error(`refused: ${r.content.verdict.summary}`);
  return r;
}

describe('the calving and the river crossings are two different trips', () => {
  it('books the crossings in the crossing months and the calving in the calving months, never the other way round', () => {
    const crossings = issued({ destinations: ['serengeti'], month: 8, adults: 2, flexible_dates: false, priorities: ['migration'], migration_phase: 'river_crossings' });
    expect(crossings.content.verdict.outcome).toBe('book');
    const calving = issued({ destinations: ['serengeti'], month: 2, adults: 2, flexible_dates: false, priorities: ['migration'], migration_phase: 'calving' });
    expect(calving.content.verdict.outcome).toBe('book');
    expect(calving.content.verdict.summary).toMatch(/the calving/);
    // The same park in August is the wrong season for a traveler who came for the births.
    const wrong = issued({ destinations: ['serengeti'], month: 8, adults: 2, flexible_dates: false, priorities: ['migration'], migration_phase: 'calving' });
    expect(wrong.content.verdict.outcome).not.toBe('book');
  });

  it('waits for the calving months when the traveler can move, looking before the month they had in mind too', () => {
    const r = issued({ destinations: ['serengeti'], month: 7, year: 2027, adults: 2, flexible_dates: true, flexible_until: { year: 2027, month: 11 }, priorities: ['migration'], migration_phase: 'calving' });
    expect(r.content.verdict.outcome).toBe('wait');
    expect(r.content.verdict.headline).toMatch(/January|February|March/);
  });

  it('moves a crossings trip on fixed dates to where the herds are, since no river has crossings then', () => {
    const r = issued({ destinations: ['masai_mara'], month: 2, year: 2027, adults: 2, flexible_dates: false, priorities: ['migration'], migration_phase: 'river_crossings' });
    expect(r.content.verdict.outcome).toBe('switch');
    expect(r.content.verdict.headline).toContain('Serengeti');
  });

  it('names the part of the migration asked for when the month misses it', () => {
    const r = issued({ destinations: ['masai_mara'], month: 3, year: 2027, adults: 2, flexible_dates: false, priorities: ['migration'], migration_phase: 'river_crossings' });
    expect(r.content.verdict.summary).toMatch(/river crossings/);
  });
});
