import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { resolveContext } from '../../../src/domain/rules/context';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();
const next = NOW.getUTCFullYear() + 1;

describe('a flexible traveler’s window is honoured before any discard or switch', () => {
  it('a stated year with flexibility is the whole year, earlier months included', () => {
    const ctx = resolveContext({ month: 10, year: next, flexible_dates: true }, NOW);
    expect(ctx.window).toContain(-9); // January
    expect(ctx.window).toContain(2); // December
    expect(ctx.window).not.toContain(0);
  });

  it('"flexible" alone looks a few months later; fixed dates never move', () => {
    expect(resolveContext({ month: 4, flexible_dates: true }, NOW).window).toEqual([1, 2, 3]);
    expect(resolveContext({ month: 4, flexible_dates: false }, NOW).window).toEqual([]);
  });

  it('river crossings asked for in the wrong month, any time next year: the same place in the crossing season', () => {
    const r = decide({ destinations: ['masai_mara'], priorities: ['migration'], month: 2, year: next, flexible_dates: true }, pack, NOW);
    expect(r.content.verdict.outcome).toBe('wait');
    expect(r.content.verdict.headline).toMatch(/Maasai Mara/);
    expect(r.content.verdict.headline).toMatch(/July|August|September|October/);
  });

  it('a month that already works is kept, or moved only a little later, despite a year-wide window', () => {
    const r = decide({ destinations: ['serengeti'], priorities: ['wildlife_density'], month: 2, year: next, flexible_dates: true }, pack, NOW);
    expect(['book', 'wait']).toContain(r.content.verdict.outcome);
    if (r.content.verdict.outcome === 'wait') expect(r.content.verdict.headline).toMatch(/March|April|May/);
  });

  it('a better month earlier in the stated year moves the trip forward, and says so', () => {
    const r = decide({ destinations: ['zanzibar'], priorities: ['beach'], month: 4, year: next, flexible_dates: true }, pack, NOW);
    expect(r.content.verdict.outcome).toBe('wait');
    expect(r.content.verdict.headline).toMatch(/^(Go in \w+ instead|Wait for \w+):/);
  });
});
