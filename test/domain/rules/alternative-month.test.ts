import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

/*
 * "X in the rains, or we could do Y instead": the month said first is the trip's month and the
 * alternative bounds the traveler's flexibility (`flexible_until`). This is the contract the rules
 * keep for the extractor: given those inputs, a clearly better month inside the window is a wait
 * for it, never a book of the wet month and never a month beyond the one they offered.
 */
const pack = defaultPackIndex();
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const year = (m: number) => (m >= 12 ? 2026 : 2027);

// Places with a wet, weak month and a dry, strong one two to four months later in the same year (no year end to cross).
const pairs = pack.pack.destinations.flatMap((d) => {
  if (d.kind === 'beach') return [];
  for (let m = 1; m <= 8; m++) {
    const wet = d.months[m - 1]!;
    if (wet.closed || wet.rain !== 'heavy' || wet.wildlife > 3) continue;
    for (let k = 2; k <= 4; k++) {
      const dry = d.months[m + k - 1]!;
      if (!dry.closed && (dry.rain === 'dry' || dry.rain === 'light') && dry.wildlife >= 4) return [{ id: d.id, name: d.name, wet: m, alt: m + k }];
    }
  }
  return [];
});

const waitMonth = (headline: string) => MONTHS.findIndex((n) => headline.includes(n)) + 1;

describe('a month said with an alternative the traveler offers', () => {
  it('the pack has such places', () => {
    expect(pairs.length).toBeGreaterThan(2);
  });

  it('waits for a better month within the offered window, not later than the alternative', () => {
    for (const p of pairs) {
      const inputs: TripInputs = { destinations: [p.id], adults: 2, month: p.wet, year: year(p.wet), flexible_dates: true, flexible_until: { year: year(p.wet), month: p.alt } };
      const r = decide({ ...inputs, year: undefined }, pack, NOW);
      expect(r.kind, p.id).toBe('issued');
      if (r.kind !== 'issued') continue;
      expect(r.content.verdict.outcome, `${p.id} ${p.wet}→${p.alt}`).toBe('wait');
      const to = waitMonth(r.content.verdict.headline);
      expect(to, r.content.verdict.headline).toBeGreaterThan(p.wet);
      expect(to, r.content.verdict.headline).toBeLessThanOrEqual(p.alt);
    }
  });

  it('books the wet month when the dates are fixed and the place still works, or says why not; it never waits', () => {
    for (const p of pairs) {
      const r = decide({ destinations: [p.id], adults: 2, month: p.wet, flexible_dates: false }, pack, NOW);
      if (r.kind === 'issued') expect(r.content.verdict.outcome, p.id).not.toBe('wait');
    }
  });
});
