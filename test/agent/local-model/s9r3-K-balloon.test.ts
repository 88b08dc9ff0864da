import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from '../../domain/rules/arbitraries';
import { x } from './helpers';

const pack = defaultPackIndex();
const verdict = (i: TripInputs) => {
  const r = decide(i, pack, NOW);
  return r.kind === 'issued' ? r.content.verdict.outcome : `refused:${r.content.refusal?.missing_inputs.join('+')}`;
};

describe('a hot-air balloon flight is an activity with an age rule (7 at the Serengeti and the Mara)', () => {
  it.each([
    'we would love a hot air balloon over the Mara at sunrise',
    'Serengeti in September, a balloon safari for the two of us',
    'ballooning over the plains is a must',
    'un vol en montgolfière au-dessus du Serengeti',
    'eine Heißluftballonfahrt in der Serengeti',
  ])('reads the flight in "%s"', (text) => {
    expect(x(text).activities).toContain('balloon');
  });

  it.each(['we need balloons for her birthday party at the lodge', 'is there a balloon payment on the deposit?'])('reads no flight in "%s"', (text) => {
    expect(x(text).activities ?? []).not.toContain('balloon');
  });

  it('asks the ages of children of unknown age before a balloon trip is decided', () => {
    expect(verdict({ destinations: ['serengeti'], month: 8, traveler_type: 'family', activities: ['balloon'] })).toBe('refused:child_ages');
    expect(verdict({ destinations: ['masai_mara'], month: 8, adults: 2, children: 2, activities: ['balloon'] })).toBe('refused:child_ages');
  });

  it('keeps the park for a child under 7 but says the child stays on the ground; children old enough fly with no such note', () => {
    const young = decide({ destinations: ['masai_mara'], month: 7, adults: 2, children: 2, child_ages: [5, 7], activities: ['balloon'] }, pack, NOW);
    expect(young.kind).toBe('issued');
    expect(young.content.verdict.outcome).toBe('book');
    const notes = young.content.assumptions.map((a) => a.text).join(' ');
    expect(notes).toMatch(/from 7 only: your 5-year-old stays on the ground/);
    const old = decide({ destinations: ['serengeti'], month: 8, adults: 2, children: 2, child_ages: [8, 11], activities: ['balloon'] }, pack, NOW);
    expect(old.content.verdict.outcome).toBe('book');
    expect(old.content.assumptions.map((a) => a.text).join(' ')).not.toMatch(/on the ground/);
  });

  it('still holds a hard age rule elsewhere in the same trip (a 5-year-old is never booked gorilla trekking)', () => {
    expect(verdict({ destinations: ['volcanoes'], month: 7, adults: 2, children: 1, child_ages: [5], activities: ['balloon'] })).not.toBe('book');
  });

  it('leaves an adults-only balloon trip as it was', () => {
    expect(verdict({ destinations: ['serengeti'], month: 8, adults: 2, group_size: 2, activities: ['balloon'] })).toBe('book');
  });
});
