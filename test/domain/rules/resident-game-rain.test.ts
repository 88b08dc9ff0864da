import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const run = (i: TripInputs) => decide(i, pack, NOW);
const month = (id: string, m: number) => pack.byId.get(id as never)!.months[m - 1]!;

describe('heavy rains over game that stays: a traveler who never said they could move is booked, the rain stated', () => {
  const party: TripInputs = { adults: 3, priorities: ['big_five'], budget_amount: 5000, budget_currency: 'USD', budget_basis: 'per_person' };

  it('books the crater in its long rains, where its game still rates 4/5, and names the rain as a loss', () => {
    expect(month('ngorongoro', 4).rain).toBe('heavy');
    expect(month('ngorongoro', 4).wildlife).toBeGreaterThanOrEqual(4);
    const r = run({ ...party, destinations: ['ngorongoro'], month: 4 });
    expect(r.kind === 'issued' && r.content.verdict.outcome).toBe('book');
    expect(r.content.tradeoffs.losses.join(' ')).toMatch(/rain/i);
  });

  it('still waits at a park whose game the long rains take (3/5)', () => {
    expect(month('masai_mara', 4).rain).toBe('heavy');
    expect(month('masai_mara', 4).wildlife).toBeLessThan(4);
    expect(run({ ...party, destinations: ['masai_mara'], month: 4 }).content.verdict.outcome).toBe('wait');
  });

  it('still sends a traveler who said they can move to the better month', () => {
    expect(run({ ...party, destinations: ['ngorongoro'], month: 4, flexible_dates: true }).content.verdict.outcome).toBe('wait');
  });
});
