import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// The twelfth round's act classes besides the held question (docs/dialogue.md, "Twelfth round"),
// over phrasings written for these tests: a place weighed on malaria, insect bites, a booking to
// change, a compound visa word, "X it is" and „egal, …" as a change of mind, a stop "on the way".

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');
const PLAN = 'Chobe in July, 2 adults, 6 days, $8000 total';

function after(...texts: string[]) {
  const turns = [...simulateConversation([PLAN, ...texts], now, pack)];
  return { first: turns[0]!, last: turns[turns.length - 1]! };
}

describe('a place weighed against the plan on malaria is a why-not, not a health question', () => {
  it.each([
    ['wäre der Kruger wegen der Malaria nicht besser?', 'kruger'],
    ['why not Etosha instead, is there less malaria?', 'etosha'],
    ['pourquoi pas Etosha, moins de palu là-bas ?', 'etosha'],
  ])('«%s»', (text, about) => {
    const { first, last } = after(text);
    expect(last.acts[0]).toBe('why_not');
    expect(last.dialogue.about).toBe(about);
    expect(last.inputs).toEqual(first.inputs);
  });

  it('a malaria question with no place weighed stays out of scope', () => {
    expect(after('is malaria a problem in Chobe in July?').last.acts[0]).toBe('out_of_scope');
  });
});

describe('questions the agent points elsewhere for', () => {
  it.each(['are tsetse flies a problem, do they bite?', 'mückenstiche, muss man sich da sorgen machen?', 'could you change our flight booking to a day later?', 'pouvez-vous modifier notre réservation ?', 'brauchen wir ein Kombivisum für beide Länder?'])('«%s»', (text) => {
    const { first, last } = after(text);
    expect(last.acts[0]).toBe('out_of_scope');
    expect(last.decided).toBe(false);
    expect(last.inputs).toEqual(first.inputs);
  });
});

describe('a new place said with "it is" or „egal" replaces the plan', () => {
  it.each(['fine, South Luangwa in July it is', 'ok, Kruger in July it is then', 'egal, dann fahren wir nach Etosha', 'tant pis, on part au Kruger'])('«%s»', (text) => {
    const { last } = after(text);
    expect(last.acts[0]).toBe('change_mind');
    expect(last.decided).toBe(true);
  });
});

describe('a stop on the way is an addition', () => {
  it('the trip grows by the nights asked', () => {
    const { first, last } = after('could we spend 2 nights at Victoria Falls along the way?');
    expect(last.acts[0]).toBe('add_extend');
    expect(last.inputs.duration_days).toBe((first.inputs.duration_days ?? 0) + 2);
  });
});

describe('a country added with no park named adds a park of that country', () => {
  it.each(['tack on 3 days in Uganda at the end for the chimps', 'hängt noch 3 Tage Uganda für die Schimpansen hinten dran'])('«%s»', (text) => {
    const { first, last } = after(text);
    expect(last.acts[0]).toBe('add_extend');
    expect(pack.byId.get(last.dialogue.about as never)?.country).toBe('UG');
    expect(last.inputs.duration_days).toBe((first.inputs.duration_days ?? 0) + 3);
  });
});
