import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const verdict = (i: TripInputs) => decide(i, pack, NOW).content.verdict;

describe('animals asked for by name', () => {
  it('are never promised where the pack says they do not live', () => {
    // Etosha has no buffalo; Zanzibar no lions; the Ngorongoro Crater no giraffe.
    const buffalo = verdict({ destinations: ['etosha'], month: 8, flexible_dates: false, adults: 2, animals: ['buffalo'] });
    expect(buffalo.outcome).toBe('switch');
    expect(buffalo.summary).toContain('Etosha National Park has no buffalo');
    const lions = verdict({ destinations: ['zanzibar'], excluded_destinations: ['serengeti', 'masai_mara', 'ngorongoro'], month: 7, flexible_dates: false, adults: 2, animals: ['lion'] });
    expect(['switch', 'discard']).toContain(lions.outcome);
    expect(lions.headline).not.toMatch(/^Book/);
  });

  it('keep a named place that has them, even when it is not a big-five park ("rhinos and elephants at Etosha")', () => {
    expect(verdict({ destinations: ['etosha'], month: 9, flexible_dates: false, adults: 2, priorities: ['big_five'], animals: ['rhino', 'elephant'] }).outcome).toBe('book');
    // Without the animals named, "the big five" at Etosha (no buffalo) is a poor fit.
    expect(verdict({ destinations: ['etosha'], month: 9, flexible_dates: false, adults: 2, priorities: ['big_five'] }).outcome).not.toBe('book');
  });

  it('send a switch only to a place that has every animal asked for', () => {
    const v = verdict({ destinations: ['etosha'], month: 8, flexible_dates: false, adults: 2, animals: ['buffalo', 'rhino'] });
    const place = [...pack.byId.values()].find((d) => v.headline.includes(d.name))!;
    expect(place.animals).toEqual(expect.arrayContaining(['buffalo', 'rhino']));
  });
});
