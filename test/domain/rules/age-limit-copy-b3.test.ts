import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/domain/rules/decide';
import { resolveContext } from '../../../src/domain/rules/context';
import { noteInBrackets } from '../../../src/domain/rules/format';
import { blockerText } from '../../../src/domain/rules/ledger';
import { destinationBlocker } from '../../../src/domain/rules/plan';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { defaultPack } from '../../../src/domain/knowledge-pack/load';
import type { Destination } from '../../../src/domain/knowledge-pack/schema';
import { PRIORITIES, type TripInputs } from '../../../src/domain/trip-inputs';

const NOW = new Date('2026-12-07T10:00:00Z');
const issued = (i: TripInputs) => {
  const r = decide(i, defaultPackIndex(), NOW);
  if (r.kind !== 'issued') throw new Error(`refused: ${r.content.refusal?.reason}`);
  return r.content;
};
const place = (id: string): Destination => defaultPack().destinations.find((d) => d.id === id)!;

/** Deepest nesting of round brackets in a text. */
function depth(text: string): number {
  let now = 0;
  let most = 0;
  for (const ch of text) {
    if (ch === '(') most = Math.max(most, ++now);
    else if (ch === ')') now--;
  }
  return most;
}

describe('an age limit held by a named activity, not by the place', () => {
  // A family who all want to raft (or jump) with children under the operator's age: the
  // activity is out, the falls are not. What would change the verdict must say so.
  const falls: TripInputs = { destinations: ['victoria_falls'], month: 9, year: 2027, adults: 2, children: 2, child_ages: [8, 11], budget_amount: 3000, budget_currency: 'USD', priorities: ['photography'] };

  it.each([
    ['rafting', /white-water rafting/i],
    ['bungee', /bungee/i],
  ] as const)('%s: the conditions name the activity as what opens up, and say nothing of gorillas', (activity, name) => {
    for (const extra of [{ duration_days: 5 }, {}] as const) {
      const c = issued({ ...falls, ...extra, activities: [activity] });
      // Discarded, or switched to a place with no such activity: either way the conditions must hold.
      expect(['discard', 'switch']).toContain(c.verdict.outcome);
      conditionsHold(c.change_conditions, name);
    }
  });
});

function conditionsHold(conditions: string[], name: RegExp): void {
  const lines = conditions.join(' ');
  expect(lines).not.toMatch(/gorilla/i);
  // Not "Victoria Falls becomes possible": it is possible now, without the activity.
  expect(lines).not.toMatch(/is \d+, Victoria Falls becomes possible/);
  expect(conditions.some((l) => name.test(l) && /becomes possible/.test(l))).toBe(true);
  expect(conditions.some((l) => /left out/.test(l) && /Victoria Falls without it/.test(l))).toBe(true);
}

describe('a gorilla permit age', () => {
  it("a gorilla permit's age still offers the family safari instead", () => {
    const c = issued({ destinations: ['bwindi'], month: 7, year: 2027, adults: 2, children: 1, child_ages: [10], budget_amount: 6000, budget_currency: 'USD', priorities: ['gorillas', 'photography'] });
    expect(c.verdict.outcome).toBe('discard');
    expect(c.change_conditions.join(' ')).toMatch(/If the gorillas can wait/);
  });
});

describe('an upper age limit is its own kind of blocker', () => {
  const trail: TripInputs = { destinations: ['kruger'], month: 7, year: 2027, activities: ['wilderness_trail'], budget_amount: 2000, budget_currency: 'USD', budget_basis: 'per_person' };

  it('carries the oldest age, never a "youngest"', () => {
    const ctx = resolveContext({ ...trail, adults: 2, adult_ages: [60, 68] }, NOW);
    const b = destinationBlocker(place('kruger'), 7, ctx);
    expect(b?.kind).toBe('max_age');
    expect(b).toMatchObject({ age: 65, oldest: 68 });
    expect(b).not.toHaveProperty('youngest');
  });

  it('in a party, the copy names the oldest traveler, not "you"; undated, and tied to the place asked for', () => {
    const c = issued({ ...trail, adults: 2, adult_ages: [60, 68], priorities: ['walking'] });
    expect(c.verdict.outcome).toBe('switch');
    expect(c.verdict.summary).toMatch(/no one over 65, and your oldest traveler is 68/);
    expect(c.verdict.summary).not.toMatch(/you are 68/);
    // The age limit holds in every month: no "In July," before it.
    expect(c.verdict.summary).not.toMatch(/^In July, /);
    const gain = c.tradeoffs.gains[0]!;
    expect(gain).toMatch(/unlike Kruger National Park/);
    expect(gain).not.toMatch(/works in July, where/);
    // Another month does not lift an upper limit.
    expect(c.change_conditions.join(' ')).not.toMatch(/another month/);
  });

  it('a traveler alone is "you"', () => {
    const c = issued({ ...trail, adults: 1, group_size: 1, adult_ages: [70], priorities: ['walking'] });
    expect(c.verdict.summary).toMatch(/no one over 65, and you are 70/);
  });
});

describe('a month note set inside the verdict\'s parentheses', () => {
  it('loses its own brackets', () => {
    expect(noteInBrackets('Crossings in the west (late May to early July), before the north', { name: 'Somewhere' })).toBe('crossings in the west, late May to early July, before the north');
    expect(noteInBrackets('Short rains (November)', { name: 'Somewhere' })).toBe('short rains, November');
    expect(noteInBrackets('Dry season, with game at the waterholes', { name: 'Somewhere' })).toBe('dry season, with game at the waterholes');
  });

  it('a "poor month" clause never nests brackets, even for a note that has its own', () => {
    const base = place('serengeti');
    const months = base.months.map((m, i) => (i === 5 ? { ...m, note: 'River crossings in the west (late May to early July), before the north' } : m));
    const d = { ...base, months };
    const text = blockerText({ kind: 'no_fit', dest: d, wants: ['migration'], named: true }, resolveContext({ month: 6, year: 2027 }, NOW));
    expect(text).toMatch(/late May to early July/);
    expect(depth(text)).toBe(1);
  });

  it('for every note in the pack', () => {
    let seen = 0;
    for (const d of defaultPack().destinations) {
      const want = PRIORITIES.find((p) => (d.strengths[p] ?? 0) >= 4);
      if (!want) continue;
      d.months.forEach((f, i) => {
        if (!f.note) return;
        const text = blockerText({ kind: 'no_fit', dest: d, wants: [want], named: true }, resolveContext({ month: i + 1, year: 2027 }, NOW));
        expect(depth(text), text).toBeLessThanOrEqual(1);
        seen++;
      });
    }
    expect(seen).toBeGreaterThan(20);
  });
});
