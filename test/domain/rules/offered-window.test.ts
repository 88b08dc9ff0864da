import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

describe('a window the traveler bounded themselves', () => {
  // Chobe's green season: the game rates 3/5 in March; the dry season brings the elephants to the river (5/5).
  const green: TripInputs = { destinations: ['chobe'], month: 3, year: 2027, adults: 2, budget_amount: 3000, budget_currency: 'USD', budget_basis: 'per_person' };

  it('is searched whole: a fair month waits for the place’s peak inside it', () => {
    expect(pack.byId.get('chobe')!.months[2]!.wildlife).toBeLessThanOrEqual(3);
    const r = decide({ ...green, flexible_dates: true, flexible_until: { year: 2027, month: 10 } }, pack, NOW);
    expect(r.kind === 'issued' && r.content.verdict.outcome).toBe('wait');
    const later = MONTHS.findIndex((m) => r.content.verdict.headline.includes(m)) + 1;
    expect(later).toBeGreaterThanOrEqual(6);
    expect(later).toBeLessThanOrEqual(10);
    expect(r.content.verdict.headline).toContain('Chobe');
  });

  it('is not invented: a traveler who said nothing of moving is booked in the month they gave', () => {
    const r = decide(green, pack, NOW);
    expect(r.kind === 'issued' && r.content.verdict.outcome).toBe('book');
  });
});
