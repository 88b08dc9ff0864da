import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { floorsIn } from '../../../src/domain/knowledge-pack/schema';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const delta = pack.byId.get('okavango_delta')!;

describe('a place whose cheap way in is gone in its peak months', () => {
  it('has a higher budget floor in its peak months only, and never a fair-value floor under it', () => {
    const peakMonths = delta.months.flatMap((m, k) => (m.price_season === 'peak' ? [k + 1] : []));
    expect(peakMonths.length).toBeGreaterThan(0);
    for (let month = 1; month <= 12; month++) {
      const f = floorsIn(delta, month);
      expect(f.budget).toBe(peakMonths.includes(month) ? delta.peak_budget_floor_usd_pppn : delta.cost_floor_usd_pppn.budget);
      expect(f.fair_value).toBeGreaterThanOrEqual(f.budget);
    }
    // A place without a peak floor keeps one floor all year.
    const kruger = pack.byId.get('kruger')!;
    for (let month = 1; month <= 12; month++) expect(floorsIn(kruger, month)).toEqual(kruger.cost_floor_usd_pppn);
  });

  it('moves a Delta trip on a modest budget in the dry-season peak to a place it affords, and books the same money in the green season', () => {
    const outsideBotswana = [...pack.byId.values()].filter((d) => d.country !== 'BW').map((d) => d.id);
    // $2,000 each for five nights is $400 a night: over the Delta's year-round floor ($380), under its peak one ($450).
    const trip = (month: number): TripInputs => ({ destinations: ['okavango_delta'], countries: ['BW'], excluded_destinations: outsideBotswana, month, flexible_dates: false, duration_days: 6, adults: 2, budget_amount: 2000, budget_currency: 'USD', budget_basis: 'per_person' });
    const september = decide(trip(9), pack, NOW);
    expect(september.kind === 'issued' && september.content.verdict.outcome).toBe('switch');
    expect(september.content.verdict.headline).toContain('Chobe');
    const february = decide(trip(2), pack, NOW);
    expect(february.kind === 'issued' && february.content.verdict.outcome).toBe('book');
    expect(february.kind === 'issued' && february.itinerary?.route[0]?.destination_id).toBe('okavango_delta');
  });

  it('books the Delta in the peak when the budget reaches the peak floor', () => {
    const r = decide({ destinations: ['okavango_delta'], month: 8, duration_days: 6, adults: 2, budget_amount: 3000, budget_currency: 'USD', budget_basis: 'per_person' }, pack, NOW);
    expect(r.kind === 'issued' && r.content.verdict.outcome).toBe('book');
  });
});

describe('a place whose fee, not its price season, sets the months of its higher floor', () => {
  const mara = pack.byId.get('masai_mara')!;

  it('holds the Mara to its higher budget floor in the months of the doubled reserve fee, October to December included', () => {
    expect(mara.peak_budget_floor_months).toEqual([7, 8, 9, 10, 11, 12]);
    for (let month = 1; month <= 12; month++) {
      expect(floorsIn(mara, month).budget).toBe(month >= 7 ? mara.peak_budget_floor_usd_pppn : mara.cost_floor_usd_pppn.budget);
    }
    // November is a shoulder month by price, but the fee is the same as in August.
    expect(mara.months[10]!.price_season).not.toBe('peak');
  });

  it('never waits for a later month that carries the same fee; it waits for the lower fee or moves, and books the same money then', () => {
    // $1,400 each for five nights is $280 a night: over the year-round floor, under the fee months' one.
    const trip = (month: number): TripInputs => ({ destinations: ['masai_mara'], month, duration_days: 6, adults: 2, budget_amount: 1400, budget_currency: 'USD', budget_basis: 'per_person' });
    // August's nearby months (September, October) carry the same fee: the trip moves to a place it affords.
    const august = decide(trip(8), pack, NOW);
    expect(august.kind === 'issued' && august.content.verdict.outcome).toBe('switch');
    expect(august.content.verdict.summary).toContain('above your $1,400');
    // From November the next month of the lower fee is January, not December.
    const november = decide(trip(11), pack, NOW);
    expect(november.kind === 'issued' && november.content.verdict.outcome).toBe('wait');
    expect(november.content.verdict.headline).toContain('January');
    const february = decide(trip(2), pack, NOW);
    expect(february.kind === 'issued' && february.content.verdict.outcome).toBe('book');
  });
});

describe('“can we afford it?” with no amount said', () => {
  const asked: TripInputs = { destinations: ['south_luangwa'], month: 9, duration_days: 5, adults: 2, asks_affordability: true };

  it('asks for the budget instead of booking, since the amount decides the verdict', () => {
    const r = decide(asked, pack, NOW);
    expect(r.kind).toBe('refused');
    expect(r.content.refusal?.reason).toBe('missing_inputs');
    expect(r.content.refusal?.missing_inputs).toEqual(['budget_amount']);
  });

  it('decides once an amount is known, per trip or per day', () => {
    const total = decide({ ...asked, budget_amount: 5000, budget_currency: 'USD', budget_basis: 'per_person' }, pack, NOW);
    expect(total.kind === 'issued' && total.content.verdict.outcome).toBe('book');
    const daily = decide({ ...asked, budget_rate: { amount: 20, currency: 'USD', basis: 'per_person', per: 'day' } }, pack, NOW);
    expect(daily.kind === 'issued' && daily.content.verdict.outcome).toBe('discard');
  });
});

describe('a Botswana trip on a backpacker budget in the dry season', () => {
  const chobe = pack.byId.get('chobe')!;
  const outsideBotswana = [...pack.byId.values()].filter((d) => d.country !== 'BW').map((d) => d.id);
  // $1,100 each for a week is about $157 a night: over Chobe's year-round floor, under its dry-season one.
  const trip = (month: number): TripInputs => ({ countries: ['BW'], excluded_destinations: outsideBotswana, month, flexible_dates: false, duration_days: 8, adults: 2, budget_amount: 2200, budget_currency: 'USD', budget_basis: 'total' });

  it('holds Chobe to its higher floor from July to October only', () => {
    for (let month = 1; month <= 12; month++) {
      expect(floorsIn(chobe, month).budget).toBe(month >= 7 && month <= 10 ? chobe.peak_budget_floor_usd_pppn : chobe.cost_floor_usd_pppn.budget);
    }
  });

  it('is not booked at Chobe in August when no place in the country is within reach, and is in May', () => {
    const august = decide(trip(8), pack, NOW);
    expect(august.kind === 'issued' && august.content.verdict.outcome).toBe('discard');
    const may = decide(trip(5), pack, NOW);
    expect(may.kind === 'issued' && may.content.verdict.outcome).toBe('book');
    expect(may.kind === 'issued' && may.itinerary?.route[0]?.destination_id).toBe('chobe');
  });
});
