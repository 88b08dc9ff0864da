import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();

/** The outcome, the place the headline moves the traveler to, and the summary that prices it. */
function verdict(i: TripInputs): { outcome: string; to: string | undefined; summary: string } {
  const v = decide(i, pack, NOW).content.verdict;
  const to = [...pack.byId.values()].find((d) => v.headline.includes(`Switch to ${d.name}`) || v.headline.includes(`Switch to the ${d.name}`))?.id;
  return { outcome: v.outcome, to, summary: v.summary };
}

describe('a rescue from the budget must fit the trip pictured, with room to spare', () => {
  it('a single crater day is no rescue of a Serengeti safari the budget cannot reach', () => {
    // $450 each covers one night at the crater, not the four-night safari they pictured anywhere near.
    expect(verdict({ destinations: ['serengeti'], month: 8, adults: 2, group_size: 2, budget_amount: 900, budget_currency: 'USD', budget_basis: 'total' }).outcome).toBe('discard');
  });

  it('a few hundred dollars for two in the Delta is discarded in any month, not sent to a park it barely reaches', () => {
    const got = verdict({ destinations: ['okavango_delta'], flexible_dates: true, adults: 2, group_size: 2, budget_amount: 650, budget_currency: 'USD', budget_basis: 'total' });
    expect(got.outcome).toBe('discard');
  });

  it('a rescue with room to spare beyond its permit still switches: Bwindi for a Rwanda budget of $1,400 each', () => {
    const got = verdict({ destinations: ['volcanoes'], month: 8, adults: 2, group_size: 2, budget_amount: 1400, budget_currency: 'USD', budget_basis: 'per_person', priorities: ['gorillas'] });
    expect(got).toMatchObject({ outcome: 'switch', to: 'bwindi' });
  });

  it('a stated length is the stay the rescue is priced over: ten days on a small budget still finds the cheap park that fits', () => {
    const got = verdict({ destinations: ['okavango_delta'], month: 8, duration_days: 10, adults: 2, group_size: 2, budget_amount: 1400, budget_currency: 'USD', budget_basis: 'per_person' });
    expect(got.outcome).toBe('switch');
    expect(got.summary).toContain('9 nights');
  });

  it('a budget the named place fits is booked, however thin the spare: the margin is for rescues only', () => {
    expect(verdict({ destinations: ['kruger'], month: 8, duration_days: 4, adults: 2, group_size: 2, budget_amount: 300, budget_currency: 'USD', budget_basis: 'per_person' }).outcome).toBe('book');
  });
});
