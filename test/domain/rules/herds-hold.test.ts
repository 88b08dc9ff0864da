import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const run = (i: TripInputs) => decide(i, pack, NOW);
const month = (id: string, m: number) => pack.byId.get(id as never)!.months[m - 1]!;

describe('the herds on the plains in the rains: a named place keeps its point, so no flexibility means book, not wait', () => {
  const couple: TripInputs = { adults: 2, budget_amount: 3500, budget_currency: 'USD', budget_basis: 'per_person' };

  it('books the Serengeti in its long rains for a couple who said nothing of moving, and states the rain', () => {
    expect(month('serengeti', 4).rain).toBe('heavy');
    expect(month('serengeti', 4).migration).not.toBe('none');
    const r = run({ ...couple, destinations: ['serengeti'], month: 4 });
    expect(r.content.verdict.outcome).toBe('book');
    expect(r.kind === 'issued' && r.itinerary?.route[0]?.destination_id).toBe('serengeti');
    expect(r.content.tradeoffs.losses.join(' ')).toMatch(/rain/i);
  });

  it('still waits at the Mara in the same rains: its herds are away in April', () => {
    expect(month('masai_mara', 4).migration).toBe('none');
    expect(run({ ...couple, destinations: ['masai_mara'], month: 4 }).content.verdict.outcome).toBe('wait');
  });

  it('still moves a traveler who said the dates can move to the dry season', () => {
    expect(run({ ...couple, destinations: ['serengeti'], month: 4, flexible_dates: true }).content.verdict.outcome).toBe('wait');
  });

  it('still asks the month of a couple who named the Serengeti and no month: a rainy month is not the verdict of a dry one', () => {
    const r = run({ adults: 2, destinations: ['serengeti'] });
    expect(r.kind).toBe('refused');
    expect(r.content.refusal?.missing_inputs).toContain('month');
  });
});
