import { expect } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

/** The standing plan the held-question tests ask about, one per language, and the runner they share. */
export const pack = defaultPackIndex();
export const now = new Date('2026-12-01T09:00:00Z');
export const PLANS = {
  en: 'Serengeti in August, 2 adults, 8 days, $9000 total',
  fr: 'Serengeti en août, 2 adultes, 8 jours, 9000 € au total',
  de: 'Serengeti im August, 2 Erwachsene, 8 Tage, 9000 € insgesamt',
};
export type Lang = keyof typeof PLANS;

/** Every turn of a conversation through the whole dialogue step. */
export function run(...texts: string[]) {
  return [...simulateConversation(texts, now, pack)];
}

/** A booked gorilla trek (age limit 15), one per language, for the questions about who travels. */
export const GORILLAS = {
  en: 'Gorilla trekking in Volcanoes National Park, Rwanda, 2 adults, 4 days, August, $25000',
  fr: 'Trek des gorilles au parc des Volcans, Rwanda, 2 adultes, 4 jours, août, 25000 $',
  de: 'Gorilla-Trekking im Volcanoes-Nationalpark, Ruanda, 2 Erwachsene, 4 Tage, August, 25000 $',
};

/** The last turn of a conversation whose first message made a decision. */
export function last(...texts: string[]) {
  const turns = run(...texts);
  expect(turns[0]!.decided).toBe(true);
  return turns[turns.length - 1]!;
}
