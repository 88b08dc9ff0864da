import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const decided = (i: TripInputs) => {
  const r = decide(i, pack, NOW);
  return r.kind === 'issued' ? { outcome: r.content.verdict.outcome, summary: r.content.verdict.summary } : { outcome: 'refused', summary: '' };
};
const party = { adults: 2, group_size: 2, budget_amount: 5000, budget_currency: 'USD', budget_basis: 'per_person' } as const;

// Review 9b, finding 8: a switch away from a closed place the traveler named with nothing else said does not list the closed
// place's draws (privacy, birding) as theirs, and dense game viewing is never claimed in a month rated 3/5.
describe('s9r2-Q: a closed-place switch says what it keeps, not the closed place\'s draws', () => {
  it('Nyerere in April, Tanzania only, fixed dates (the reviewer\'s case)', () => {
    const r = decided({ ...party, destinations: ['nyerere'], countries: ['TZ'], month: 4, year: 2027, duration_days: 7, flexible_dates: false });
    expect(r.outcome).toBe('switch');
    expect(r.summary).not.toMatch(/privacy|birding|dense game/);
    expect(r.summary).toMatch(/open in April for a safari/);
  });
  it('any closed place confined to its country switches without claiming draws the traveler did not name', () => {
    for (const m of [3, 4, 5]) {
      const r = decided({ ...party, destinations: ['nyerere'], countries: ['TZ'], month: m, year: 2027, duration_days: 6, flexible_dates: false });
      if (r.outcome !== 'switch') continue;
      const claim = /suits? [^.]*(privacy|birding)[^.]*\./.exec(r.summary);
      // The closed place's draws are said as its own, never as the traveler's.
      if (claim) expect(claim[0]).toMatch(/Nyerere National Park \(Selous\) is known for/);
    }
  });
  it('no summary praises dense game viewing in a month it rates 3/5 or less', () => {
    for (const id of ['serengeti', 'masai_mara', 'kruger', 'okavango', 'south_luangwa', 'hwange', 'ruaha', 'tarangire']) {
      if (!pack.byId.get(id as never)) continue;
      for (let m = 1; m <= 12; m++) {
        const r = decided({ ...party, destinations: [id as never], month: m, year: 2027, duration_days: 7, priorities: ['wildlife_density'] });
        const rating = /game viewing rates (\d)\/5/.exec(r.summary);
        if (rating && Number(rating[1]) <= 3) expect(r.summary).not.toMatch(/suits?[^.]*dense game viewing/);
      }
    }
  });
});

// Review 9a, finding 8: gorillas barred by a child's age, the trip switched to the rest: every other age-limited wish left
// out is named with its age rule.
describe('s9r2-Q: each age-limited wish dropped with the gorillas is named', () => {
  const family = { adults: 2, children: 1, group_size: 3, month: 8, year: 2027, duration_days: 10, budget_amount: 6000, budget_currency: 'USD', budget_basis: 'per_person' } as const;
  it('gorillas, the Big Five and canoeing with a child of 9 (the reviewer\'s case)', () => {
    const r = decided({ ...family, child_ages: [9], priorities: ['gorillas', 'big_five'], activities: ['canoeing'] });
    expect(r.outcome).toBe('switch');
    expect(r.summary).toMatch(/gorilla trekking[^.]*needs age 15/);
    expect(r.summary).toMatch(/Canoeing is left out too: it needs age 12 and your youngest is 9/);
  });
  it('rafting and the bungee jump are each named for a child of 10', () => {
    const r = decided({ ...family, child_ages: [10], priorities: ['gorillas', 'big_five'], activities: ['rafting', 'bungee'] });
    expect(r.outcome).not.toBe('book');
    if (r.outcome === 'switch') {
      expect(r.summary).toMatch(/rafting is left out too: it needs age 15/i);
      expect(r.summary).toMatch(/bungee jump is left out too: it needs age 14/i);
    }
  });
  it('an activity the child is old enough for is not called age-limited', () => {
    const r = decided({ ...family, child_ages: [13], priorities: ['gorillas', 'big_five'], activities: ['canoeing'] });
    expect(r.summary).not.toMatch(/Canoeing is left out too/);
  });
});
