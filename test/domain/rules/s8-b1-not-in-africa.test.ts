import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { NOT_IN_AFRICA, type TripInputs } from '../../../src/domain/trip-inputs';
import { converse, x } from '../../agent/local-model/helpers';
import { NOW } from './arbitraries';

// Issue 14 item 2: a trip whose point no place gives in any month is decided now. An animal with no wild population
// in Africa (tigers, polar bears…) is such a point: no pack place lists it, so no month and no place rescues the trip.
// Phrasings written for this test.

const pack = defaultPackIndex();

describe('animals that live wild nowhere in Africa', () => {
  it('no pack place lists any of them', () => {
    for (const d of pack.pack.destinations) for (const a of NOT_IN_AFRICA) expect(d.animals ?? []).not.toContain(a);
  });

  it.each([
    ['Hoping to spot a tiger on safari in Kenya next year', 'tiger'],
    ['Polar bears would be the highlight for us', 'polar_bear'],
    ['we dream of seeing orangutans in the wild', 'orangutan'],
    ['Nous voulons voir des tigres en Tanzanie', 'tiger'],
    ['a snow leopard would make the trip, Tanzania in March', 'snow_leopard'],
  ])('«%s» asks for %s', (text, animal) => {
    expect(x(text).animals).toContain(animal);
  });

  it('a car or a fish is not a wish', () => {
    expect(x('We rent a Jaguar car in Cape Town, then fly to Kruger in July').animals ?? []).not.toContain('jaguar');
    expect(x('Tiger fishing on the Zambezi near Victoria Falls in September').animals ?? []).not.toContain('tiger');
  });

  it.each<[string, TripInputs]>([
    ['a named park, no month', { destinations: ['masai_mara'], animals: ['tiger'] }],
    ['a month, no place', { month: 9, animals: ['polar_bear'], priorities: ['wildlife_density'] }],
    ['a country and a month', { countries: ['TZ'], month: 2, animals: ['lion', 'jaguar'] }],
  ])('discarded now, never asked or booked: %s', (_name, inputs) => {
    const r = decide(inputs, pack, NOW);
    expect(r.content.verdict.outcome).toBe('discard');
    expect(r.content.verdict.summary).toMatch(/live wild nowhere in Africa/);
  });

  it('a whole conversation: the safari that ignores the animal is not booked', () => {
    const r = converse(['Lions and tigers on our Tanzania safari please', 'August, two of us']).result;
    expect(r.content.verdict.outcome).toBe('discard');
    expect(r.content.verdict.summary).toMatch(/^Tigers live wild nowhere in Africa/);
  });
});
