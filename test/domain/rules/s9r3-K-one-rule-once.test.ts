import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { NOW } from './arbitraries';

describe('a switch away from two places barred by the same age rule names the rule once', () => {
  it('says the gorilla permit age once for a baby at Volcanoes and Bwindi', () => {
    const r = decide({ destinations: ['bwindi', 'volcanoes'], month: 2, children: 1, child_ages: [1], adults: 2 }, defaultPackIndex(), NOW);
    expect(r.kind).toBe('issued');
    const summary = r.content.verdict.summary;
    expect(summary.match(/needs age 15/g)?.length).toBe(1);
    expect(summary).not.toMatch(/left out too/);
    const game = decide({ destinations: ['volcanoes', 'bwindi'], priorities: ['wildlife_density'], month: 1, children: 1, child_ages: [0] }, defaultPackIndex(), NOW);
    expect(game.content.verdict.summary.match(/needs age 15/g)?.length).toBe(1);
    expect(game.content.verdict.summary.split(/(?<=\.)\s+(?=[A-Z])/).length).toBeLessThanOrEqual(4);
  });

  it('adds no age rule after a first reason of another kind (a drive too long), keeping the summary to four sentences', () => {
    const r = decide({ destinations: ['etosha'], countries: ['UG'], month: 1, children: 1, child_ages: [0], drive_tolerance_hours: 0 }, defaultPackIndex(), NOW);
    expect(r.content.verdict.summary).not.toMatch(/left out too/);
    expect(r.content.verdict.summary.split(/(?<=\.)\s+(?=[A-Z])/).length).toBeLessThanOrEqual(4);
  });
});
