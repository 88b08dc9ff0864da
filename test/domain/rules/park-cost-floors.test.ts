import { describe, expect, it } from 'vitest';
import { floorsIn } from '../../../src/domain/knowledge-pack/schema';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { DestinationId } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();

function floor(id: DestinationId, month: number) {
  return floorsIn(pack.byId.get(id)!, month);
}

/**
 * The lowest public price of a night on safari at each place (per person, two sharing): the park's daily fee for a
 * non-resident adult with VAT, a night's camp or concession fee, and half a day of a 4x4 with a guide where the park
 * is seen only from one. A budget floor below this is a trip nobody sells.
 */
const PUBLIC_MINIMUM: Partial<Record<DestinationId, number>> = {
  // TANAPA USD 70 + 18% VAT, campsite USD 30 + VAT, half of a USD 200 vehicle day.
  serengeti: 83 + 35 + 100,
  // NCAA USD 70.80 + VAT, half of the USD 295 crater fee, half a vehicle day.
  ngorongoro: 83 + 147 + 50,
  // TANAPA USD 50 + VAT, half a vehicle day.
  tarangire: 59 + 100,
  lake_manyara: 59 + 100,
  // Reserve fee USD 200 in the second half of the year.
  masai_mara: 200,
  // KWS fee and half a safari van's day.
  tsavo: 52 + 75,
  amboseli: 60 + 75,
};

describe('the pack’s cost floors are at least what the public fees add up to', () => {
  it('each budget floor covers the park fee, a camp night and the shared vehicle', () => {
    for (const [id, min] of Object.entries(PUBLIC_MINIMUM) as Array<[DestinationId, number]>) {
      for (const month of [2, 8]) expect(floor(id, month).budget, `${id} in month ${month}`).toBeGreaterThanOrEqual(month === 2 && id === 'masai_mara' ? 100 : min);
    }
  });

  it('budget camping safaris in the Serengeti are priced in the public USD 250–350 a day band', () => {
    const b = floor('serengeti', 9).budget;
    expect(b).toBeGreaterThanOrEqual(250);
    expect(b).toBeLessThanOrEqual(350);
  });

  it('the Okavango Delta’s fly-in camps cost at least USD 500 a night even in the green season', () => {
    expect(floor('okavango_delta', 3).fair_value).toBeGreaterThanOrEqual(500);
    expect(floor('okavango_delta', 3).premium).toBeGreaterThanOrEqual(1000);
  });

  it('USD 1,500 each is no ten-day Serengeti and Zanzibar honeymoon in September', () => {
    const v = decide({ destinations: ['serengeti', 'zanzibar'], month: 9, year: 2027, duration_days: 10, adults: 2, group_size: 2, budget_amount: 1500, budget_currency: 'USD', budget_basis: 'per_person', traveler_type: 'honeymoon', priorities: ['value'] }, pack, NOW).content.verdict;
    expect(v.outcome).not.toBe('book');
  });
});
