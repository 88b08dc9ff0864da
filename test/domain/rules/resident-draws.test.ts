import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const verdict = (i: TripInputs) => {
  const r = decide(i, pack, NOW);
  return r.kind === 'issued' ? { outcome: r.content.verdict.outcome, places: r.content.verdict.headline, confidence: r.content.confidence } : { outcome: 'refused', places: '', confidence: 0 };
};

// A park whose draw lives there all year: its weaker months are thicker bush and rain, not an absent draw.
const park = pack.byId.get('kruger')!;
const green = park.months.flatMap((f, m0) => (f.wildlife <= 3 && !f.closed ? [m0 + 1] : []));
const year = (m: number) => (m >= 12 ? 2026 : 2027);

describe('a named place whose own draws hold at a fair level in a weaker month', () => {
  it('the pack has such months (the green summer)', () => {
    expect(green.length).toBeGreaterThan(0);
  });

  it('books the named place on fixed dates rather than moving the traveler to another country, at a low confidence', () => {
    for (const month of green) {
      const r = verdict({ destinations: [park.id], adults: 3, month, year: year(month), flexible_dates: false });
      expect(r.outcome, `month ${month}`).toBe('book');
      expect(r.places).toMatch(/Kruger/);
      expect(r.confidence).toBeLessThan(0.5);
    }
  });

  it('does not hold a place whose own draw the month takes away (a beach in its rains)', () => {
    const beach = pack.pack.destinations.find((d) => d.kind === 'beach' && d.months.some((f) => f.rain === 'heavy' && f.wildlife <= 2 && !f.closed))!;
    const wet = beach.months.findIndex((f) => f.rain === 'heavy' && f.wildlife <= 2 && !f.closed) + 1;
    expect(verdict({ destinations: [beach.id], adults: 2, month: wet, year: year(wet), flexible_dates: false }).outcome).not.toBe('book');
  });
});
