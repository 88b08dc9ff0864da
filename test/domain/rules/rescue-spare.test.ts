import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { DestinationId, TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();

function dollars(s: string): number {
  return Number(s.replace(/[$,]/g, ''));
}

/** For a switch away from a place the budget rules out: the named stay, and the rescue's nights, price and budget as the summary gives them. */
function rescueOf(i: TripInputs): { namedNights: number; nights: number; cost: number; have: number } | undefined {
  const v = decide(i, pack, NOW).content.verdict;
  if (v.outcome !== 'switch') return undefined;
  const named = /even budget lodges[^.]*? for (\d+) nights?/i.exec(v.summary);
  const planned = /We planned (\d+) nights?[^.]*? for about (\$[\d,]+) per person, within your (\$[\d,]+) per person/.exec(v.summary);
  if (!named || !planned) return undefined;
  return { namedNights: Number(named[1]), nights: Number(planned[1]), cost: dollars(planned[2]!), have: dollars(planned[3]!) };
}

// Safaris without permits, so the whole price is lodging and the spare is plain to check.
const PLACES: readonly DestinationId[] = ['masai_mara', 'serengeti', 'okavango_delta', 'laikipia', 'ngorongoro', 'south_luangwa'];

describe('a switch the budget forces keeps a real spare and a real stay', () => {
  it('never plans the rescue at a tier that spends (nearly) the whole budget, nor for fewer nights than the trip pictured', () => {
    let seen = 0;
    for (const place of PLACES) {
      for (const month of [2, 5, 8, 11]) {
        for (let total = 800; total <= 6000; total += 400) {
          const got = rescueOf({ destinations: [place], month, year: 2027, adults: 4, group_size: 4, budget_amount: total, budget_currency: 'USD', budget_basis: 'total' });
          if (!got) continue;
          seen++;
          // The copy rounds; a spare of about a fifth of the budget is the rule (RESCUE_SHARE).
          expect(got.cost, `${place} ${month} ${total}`).toBeLessThanOrEqual(got.have * 0.8 + 10);
          expect(got.nights, `${place} ${month} ${total}`).toBeGreaterThanOrEqual(got.namedNights);
        }
      }
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('four sharing a few hundred dollars each in the Mara’s crossing season get the truth, not a park the money only just reaches', () => {
    const v = decide({ destinations: ['masai_mara'], month: 8, year: 2027, group_size: 4, budget_amount: 2000, budget_currency: 'USD', budget_basis: 'total' }, pack, NOW).content.verdict;
    expect(v.outcome).toBe('discard');
  });
});

describe('a budget in a foreign currency is weighed in that currency, never as dollars', () => {
  it('Colombian pesos convert: 2.5 million per person is far short of a Serengeti safari, and is never printed with a dollar sign', () => {
    const v = decide({ destinations: ['serengeti'], month: 7, year: 2027, group_size: 2, budget_amount: 2_500_000, budget_currency: 'COP', budget_basis: 'per_person' }, pack, NOW).content.verdict;
    expect(v.outcome).not.toBe('book');
    expect(v.summary).not.toContain('$2,500,000');
  });

  it('pesos of no named country are not weighed, and the reply asks which pesos they are', () => {
    const c = decide({ destinations: ['masai_mara'], month: 8, year: 2027, group_size: 2, budget_amount: 3_000_000, budget_currency: 'XXX', budget_basis: 'per_person' }, pack, NOW).content;
    expect(c.verdict.summary).not.toContain('$3,000,000');
    expect(c.assumptions.map((a) => a.text).join(' ')).toMatch(/pesos[^.]*which/);
  });
});
