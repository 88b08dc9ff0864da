import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();

describe('walking with big game has a minimum age everywhere', () => {
  it('never rescues a walk for a child under 12 by moving to a place whose pack entry names no walking age', () => {
    // Ruaha and Nyerere carry no walking age of their own; camps there still set one.
    for (const place of ['ruaha', 'nyerere', 'okavango_delta'] as const) {
      const r = decide({ destinations: [place], month: 8, adults: 2, children: 1, child_ages: [8], priorities: ['walking'] }, pack, NOW);
      expect(r.kind === 'issued' && r.content.verdict.outcome, place).toBe('discard');
      expect(r.content.verdict.summary).toMatch(/Walking safaris in .* need age 12 and your youngest is 8/);
    }
  });

  it('plans the walk once the youngest is old enough, and leaves a trip that does not ask to walk alone', () => {
    const teen = decide({ destinations: ['ruaha'], month: 8, adults: 2, children: 1, child_ages: [13], priorities: ['walking'] }, pack, NOW);
    expect(teen.kind === 'issued' && teen.content.verdict.outcome).toBe('book');
    const drives = decide({ destinations: ['ruaha'], month: 8, adults: 2, children: 1, child_ages: [8] }, pack, NOW);
    expect(drives.kind === 'issued' && drives.content.verdict.outcome).toBe('book');
  });

  it('asks the children’s ages before planning a walk for a family', () => {
    const r = decide({ priorities: ['walking'], month: 8, adults: 2, children: 2 }, pack, NOW);
    expect(r.content.refusal?.missing_inputs).toContain('child_ages');
  });
});
