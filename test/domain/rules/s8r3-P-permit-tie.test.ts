import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { cheaperPermitTie, PERMIT_TIE } from '../../../src/domain/rules/alternatives';
import type { PackTables } from '../../../src/domain/rules/pack-tables';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

// Engineer P (s8r3): when two places serve a switch about equally well, the one whose permit costs far less is the
// move an expert makes (primates asked for in a country that has none go to Uganda rather than Rwanda). Cases written
// for this test.

const pack = defaultPackIndex();
const run = (i: TripInputs) => decide(i, pack, NOW);
const headline = (i: TripInputs) => {
  const r = run(i);
  return { outcome: r.content.verdict.outcome, text: JSON.stringify(r.content) };
};

describe('a near tie between permit places goes to the cheaper permit', () => {
  const fake = (permits: number[]) => ({ permit: Float64Array.from(permits) }) as unknown as PackTables;

  it('picks the second seed when it is close and its permit is about half', () => {
    expect(cheaperPermitTie([0, 1], [4.5, 4.5 - PERMIT_TIE / 2], fake([1500, 800]), 3.5)).toBe(1);
  });
  it('keeps the first when the cheaper one scores clearly lower', () => {
    expect(cheaperPermitTie([0, 1], [4.5, 4.5 - PERMIT_TIE - 0.1], fake([1500, 800]), 3.5)).toBe(0);
  });
  it('keeps the first when the cheaper one falls under the floor the move needs', () => {
    expect(cheaperPermitTie([0, 1], [3.8, 3.4], fake([1500, 800]), 3.5)).toBe(0);
  });
  it('keeps the first when the saving is small or the first needs no permit', () => {
    expect(cheaperPermitTie([0, 1], [4.5, 4.4], fake([1500, 1200]), 3.5)).toBe(0);
    expect(cheaperPermitTie([0, 1], [4.5, 4.4], fake([0, 800]), 3.5)).toBe(0);
  });

  it.each([
    ['TZ', 8],
    ['KE', 2],
  ] as const)('gorillas asked for in %s (month %d) switch to Bwindi, not Volcanoes', (country, month) => {
    const h = headline({ countries: [country], month, priorities: ['gorillas'], adults: 2 });
    expect(h.outcome).toBe('switch');
    expect(h.text).toMatch(/Bwindi/);
    expect(run({ countries: [country], month, priorities: ['gorillas'], adults: 2 }).content.verdict.headline ?? '').not.toMatch(/Volcanoes/);
  });

  it('never books or switches to a gorilla trek for a group with a 12-year-old', () => {
    const r = run({ countries: ['TZ'], month: 8, priorities: ['gorillas'], adults: 2, children: 1, child_ages: [12] });
    expect(r.content.verdict.outcome).not.toBe('book');
    expect(JSON.stringify(r.content.verdict)).not.toMatch(/Switch to (Bwindi|Volcanoes)/);
  });
});

describe('a gorilla plan with no country or region named keeps the better season', () => {
  it('books Volcanoes (dry) in July when the traveler set no bounds', () => {
    const r = run({ priorities: ['gorillas'], month: 7, adults: 2 });
    expect(r.content.verdict.outcome).toBe('book');
    expect(r.kind === 'issued' && r.itinerary?.route[0]?.destination_id).toBe('volcanoes');
  });
});
