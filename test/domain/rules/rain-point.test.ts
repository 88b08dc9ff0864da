import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const run = (i: TripInputs) => {
  const r = decide(i, pack, NOW);
  return r.kind === 'issued' ? { outcome: r.content.verdict.outcome, losses: r.content.tradeoffs.losses.join(' '), confidence: r.content.confidence } : { outcome: 'refused', losses: '', confidence: 0 };
};

// Every named-place month of the pack where the herds are there but the rains are heavy.
const wetHerds = pack.pack.destinations.flatMap((d) =>
  d.months.flatMap((f, m0) => ((d.strengths.migration ?? 0) >= 4 && f.migration !== 'none' && f.rain === 'heavy' && !f.closed ? [{ d, month: m0 + 1 }] : [])),
);

describe('rain lowers a trip whose point is there; it does not cancel it', () => {
  it('the pack has such months (the herds in the long rains)', () => {
    expect(wetHerds.length).toBeGreaterThan(0);
  });

  it('books the herds in the rains on fixed dates within the country, and says the rain is the cost', () => {
    for (const { d, month } of wetHerds) {
      const r = run({ destinations: [d.id], countries: [d.country], adults: 4, priorities: ['migration'], month, flexible_dates: false });
      expect(r.outcome, `${d.id} ${month}`).toBe('book');
      expect(r.losses).toMatch(/heavy rain/i);
      expect(r.confidence).toBeLessThan(0.6);
    }
  });

  it('still waits for a better month when the traveler can move', () => {
    const { d, month } = wetHerds[0]!;
    expect(run({ destinations: [d.id], adults: 2, priorities: ['migration'], month, flexible_dates: true }).outcome).toBe('wait');
  });

  it('does not rescue a point the month itself does not give: a beach in its rains stays a poor trip', () => {
    const wetBeach = pack.pack.destinations.flatMap((d) => d.months.flatMap((f, m0) => (d.kind === 'beach' && f.rain === 'heavy' && f.wildlife <= 2 && !f.closed ? [{ d, month: m0 + 1 }] : [])));
    expect(wetBeach.length).toBeGreaterThan(0);
    for (const { d, month } of wetBeach) {
      // Dates that could move: the poor month is not booked (fixed dates book it with the rain named: rain-named-place.test.ts).
      expect(run({ destinations: [d.id], countries: [d.country], adults: 2, priorities: ['beach'], month }).outcome, `${d.id} ${month}`).not.toBe('book');
    }
  });
});
