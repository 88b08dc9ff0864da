import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTripInputs } from '../../../src/agent/local-model/extract';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { firstDecision } from './support/first-decision';

// Places named only to be set aside (local-model/set-aside-places.ts). Two blind sets written from public facts by helpers
// who never saw the code: set C before any change (0.417 on e1a6ca7) and as the development set after it (0.733); set D
// kept apart and scored once on the frozen change f26eb9f (0.450; 0.383 on e1a6ca7). Floors sit at those figures.

const pack = defaultPackIndex();
const now = new Date('2026-12-07T10:00:00Z');
interface Case { id: string; text: string; unwanted: string[]; wanted: string[] }

/** As the sets were scored: no unwanted place planned, a wanted one booked when the decision books, and no refusal. */
function passes(c: Case): boolean {
  const d = firstDecision(c.text);
  if (d.refused || d.places.some((p) => c.unwanted.includes(p))) return false;
  return !(d.outcome === 'book' && c.wanted.length > 0 && !d.places.some((p) => c.wanted.includes(p)));
}

const load = (name: string): Case[] => JSON.parse(readFileSync(new URL(`../../fixtures/set-aside-places/${name}.json`, import.meta.url), 'utf8')) as Case[];

describe('blind sets: places named only to be set aside are not planned', () => {
  it.each([
    ['set-c', 44],
    ['set-d', 27],
  ] as const)('%s keeps its measured score (%i of 60)', (name, floor) => {
    expect(load(name).filter(passes).length).toBeGreaterThanOrEqual(floor);
  });
});

describe('set aside, own phrasings', () => {
  it.each([
    ['My cousin keeps recommending Amboseli but we would rather do Samburu. 2 adults, August, 8 days', 'amboseli', 'samburu'],
    ['Notre voisin nous conseille le Serengeti mais nous préférons Ruaha, 2 adultes, septembre, 10 jours', 'serengeti', 'ruaha'],
    ['Mein Bruder macht im Juli Chobe, wir wollen lieber Etosha, 2 Erwachsene, Juli, 10 Tage', 'chobe', 'etosha'],
    ['We did Kruger and Etosha years ago; this time the Okavango, 2 adults, June, 7 nights', 'kruger', 'okavango_delta'],
    ['Something quieter than the Masai Mara: Laikipia, 2 adults, August, 7 days', 'masai_mara', 'laikipia'],
  ] as const)('«%s»: %s set aside, %s kept', (text, aside, kept) => {
    const e = extractTripInputs(text, { now, pack });
    expect(e.destinations ?? []).not.toContain(aside);
    expect(e.destinations).toContain(kept);
    expect(firstDecision(text).places).not.toContain(aside);
  });

  it('a question about a place, a place wanted after a turn, and a place alone out of reach stay the trip', () => {
    expect(extractTripInputs('Is Chobe good in November or too hot? 2 adults, 7 days', { now, pack }).destinations).toEqual(['chobe']);
    expect(extractTripInputs('friends suggested Tarangire but we want the Serengeti, 2 adults, August', { now, pack }).destinations).toEqual(['serengeti']);
    // Alone, out of reach: the rules weigh it and switch from it.
    const alone = extractTripInputs('The Okavango is too pricey for us, August, 2 adults, $250 pp a day', { now, pack });
    expect(alone.destinations).toEqual(['okavango_delta']);
    expect(alone.excluded_destinations ?? []).not.toContain('okavango_delta');
  });
});
