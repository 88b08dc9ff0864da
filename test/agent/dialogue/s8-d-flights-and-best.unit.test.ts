import { describe, expect, it } from 'vitest';
import { simulateConversation } from '../../../src/agent/dialogue/score-dialogue';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// Session 8, engineer D: a flight search asked of the agent is out of scope (its month is the flight's, not the trip's), and
// "what's the best safari in your view?" or «on va où ?» in French and German hands the choice to the agent: a suggestion.

const pack = defaultPackIndex();
const now = new Date('2026-12-01T09:00:00Z');

function run(...texts: string[]) {
  const turns = [...simulateConversation(texts, now, pack)];
  return { prev: turns[turns.length - 2], last: turns[turns.length - 1]! };
}

describe('a flight search is out of scope and changes nothing', () => {
  it.each([
    'could you look up flights from Manchester for March?',
    'can you find us cheap flights in November?',
    'pouvez-vous vérifier les vols depuis Lyon en mars ?',
    'könnt ihr nach günstigen Flügen im März suchen?',
  ])('«%s»', (text) => {
    const { prev, last } = run('Amboseli in February, 2 adults, 5 days', text);
    expect(last.acts[0]).toBe('out_of_scope');
    expect(last.decided).toBe(false);
    expect(last.inputs).toEqual(prev!.inputs);
  });

  it('flights booked by the traveler, stated beside the trip, still state it', () => {
    const { last } = run('Amboseli in February, 2 adults, 5 days', 'we book our own flights, and make it March');
    expect(last.decided).toBe(true);
    expect(last.inputs.month).toBe(3);
  });
});

describe('the best safari asked for, or where to go, is a suggestion', () => {
  it.each([
    "Quel serait le meilleur safari d'après vous ?",
    "c'est quoi la meilleure destination pour un safari ?",
    'on part où cet hiver ?',
    'Was wäre Ihrer Meinung nach das beste Reiseziel für eine Safari?',
    'Welches ist der schönste Park?',
  ])('«%s» as the first message', (text) => {
    const { last } = run(text);
    expect(last.acts[0]).toBe('suggest');
  });

  it.each([
    ['hi there', 'could u recommend smth for us'],
    ['bonsoir', 'vous pouvez nous proposer quelque chose ?'],
    ['bonjour', 'pourrais-tu me conseiller une destination'],
  ])('after a hello, «%s» → «%s» asks for a suggestion and decides nothing yet', (hello, text) => {
    const { last } = run(hello, text);
    expect(last.acts[0]).toBe('suggest');
    expect(last.decided).toBe(false);
  });
});
