import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import type { DestinationId, TripInputs } from '../../../src/domain/trip-inputs';
import { NOW } from './arbitraries';

const pack = defaultPackIndex();

function verdict(inputs: TripInputs) {
  const r = decide(inputs, pack, NOW);
  if (r.kind !== 'issued') throw new Error(`refused: ${r.content.verdict.summary}`);
  const places = r.itinerary ? r.itinerary.route.map((s) => s.destination_id) : [...pack.byId.values()].filter((d) => r.content.verdict.headline.includes(d.name)).map((d) => d.id);
  return { outcome: r.content.verdict.outcome, places: places as DestinationId[], headline: r.content.verdict.headline, summary: r.content.verdict.summary };
}

describe('an animal asked for by name that scatters out of sight in the month (pack months `dispersed`)', () => {
  it('the pack marks the river herds of the rainy months, and only those, as scattered', () => {
    const chobe = pack.byId.get('chobe')!;
    const scattered = chobe.months.map((f, i) => (f.dispersed?.includes('elephant') ? i + 1 : 0)).filter((m) => m > 0);
    expect(scattered).toEqual([1, 2, 12]);
    // Resident herds (the swamps under Kilimanjaro) never scatter.
    expect(pack.byId.get('amboseli')!.months.every((f) => !f.dispersed?.length)).toBe(true);
  });

  it('moves a traveler whose dates cannot move to a place famed for the animal, not merely one that has it', () => {
    const fixed: TripInputs = { destinations: ['chobe'], month: 1, flexible_dates: false, adults: 2, animals: ['elephant'] };
    const r = verdict(fixed);
    expect(r.outcome).toBe('switch');
    expect(r.places).toEqual(['amboseli']);
    expect(r.summary).toMatch(/elephants of Chobe National Park scatter/);
  });

  it('sends a flexible traveler to the dry months when the herds are back, never to another scattered month', () => {
    const r = verdict({ destinations: ['chobe'], month: 12, flexible_dates: true, adults: 2, animals: ['elephant'] });
    expect(r.outcome).toBe('wait');
    expect(r.headline).not.toMatch(/January|February/);
  });

  it('leaves a trip that did not ask for the animal as it was, and the dry season as a booking', () => {
    expect(verdict({ destinations: ['chobe'], month: 9, flexible_dates: false, adults: 2, animals: ['elephant'] }).outcome).toBe('book');
    const noAnimal = verdict({ destinations: ['chobe'], month: 2, flexible_dates: false, adults: 2, priorities: ['birding'] });
    expect(noAnimal.summary).not.toMatch(/elephants of Chobe National Park scatter/);
  });

  it('never suggests a place where the animal is scattered that month as the rescue', () => {
    // Lions only, no elephants: nothing here reads the elephants' season.
    const r = verdict({ destinations: ['etosha'], month: 1, flexible_dates: false, adults: 2, animals: ['elephant'], open_elsewhere: true });
    expect(r.places).not.toContain('chobe');
  });
});
