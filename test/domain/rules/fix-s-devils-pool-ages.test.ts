import { describe, expect, it } from 'vitest';
import { NO_AGE_FIGURE } from '../../../src/agent/local-model/activities';
import { decide } from '../../../src/domain/rules/decide';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// Review 1, P2: no public minimum age for the Devil's Pool swim could be sourced, so the pack sets no figure and marks
// the activity `ages_asked`: with a child of unknown age, the rules ask the ages rather than plan the swim on a guess.

const pack = defaultPackIndex();
const now = new Date('2026-11-21T10:00:00Z');
const base = { destinations: ['victoria_falls' as const], month: 10, year: 2027, duration_days: 4, adults: 2, budget_amount: 3000, budget_currency: 'USD', budget_basis: 'per_person' as const };

describe("Devil's Pool with children", () => {
  // Review 2, finding 2: an age asked that no rule reads changed nothing, so a child is now refused whatever the age.
  it('refuses the swim for children whose ages are unknown, without asking ages no rule would read', () => {
    const r = decide({ ...base, children: 2, activities: ['devils_pool'] }, pack, now);
    expect(r.kind).toBe('refused');
    if (r.kind === 'refused') expect(r.content.refusal?.reason).toBe('unsafe');
  });

  it('adults alone are decided without asking', () => {
    const r = decide({ ...base, activities: ['devils_pool'] }, pack, now);
    expect(r.kind).toBe('issued');
  });

  it('the pack invents no minimum age for it and says why in its sources', () => {
    const vf = pack.byId.get('victoria_falls')!;
    const pool = vf.activities?.find((a) => a.id === 'devils_pool');
    expect(pool?.min_age).toBeUndefined();
    expect(pool?.ages_asked).toBe(true);
    expect(vf.sources.some((s) => /Devil's Pool/.test(s.supports ?? '') && /No public minimum age/.test(s.supports ?? ''))).toBe(true);
  });

  it('the guard’s list of activities with no age figure matches the pack', () => {
    const unsourced = new Set(pack.pack.destinations.flatMap((d) => (d.activities ?? []).filter((a) => a.ages_asked).map((a) => a.id)));
    expect([...unsourced].sort()).toEqual([...NO_AGE_FIGURE].sort());
  });
});
