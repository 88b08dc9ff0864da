import { describe, expect, it } from 'vitest';
import { localizeDecision } from '../../../src/agent/dialogue/localize-decision';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { converse, x } from './helpers';

// Round 2 (C): an adult's own age said in French, German, Spanish, Italian, Dutch or Portuguese reaches the
// rules like an English one (an upper age limit is a hard limit), and the activity limits read in the
// traveler's language when the reply is French or German.
describe('an adult age said in another language', () => {
  it.each([
    ['Kruger en juin 2027 pour mes 71 ans', [71]],
    ['Kruger im Juni 2027 zu meinem 66. Geburtstag', [66]],
    ['Kruger en junio de 2027, tengo 69 años', [69]],
    ['Kruger im Juni 2027, wir sind beide 67', [67, 67]],
    ['Kruger en juin 2027, nous avons 66 et 73 ans', [66, 73]],
    ['Kruger a giugno 2027, ho 80 anni', [80]],
    ['Kruger in juni 2027, ik ben 68 jaar', [68]],
  ])('%s', (text, ages) => {
    expect(x(text).adult_ages).toEqual(ages);
  });

  it('a length, a count or an anniversary of a marriage is no age', () => {
    expect(x("Kruger en juin 2027, j'ai 30 jours de vacances").adult_ages).toBeUndefined();
    expect(x('Kruger im Juni 2027, wir sind 4 Personen').adult_ages).toBeUndefined();
    expect(x('Kruger en juin 2027 pour nos 40 ans de mariage').adult_ages).toBeUndefined();
  });

  it('a 70-year-old asking for a wilderness trail in French or German is never booked on it', () => {
    for (const text of ['Un sentier de randonnée sauvage (wilderness trail) à Kruger en juin 2027, j\'ai 70 ans.', 'Ein Wilderness Trail im Kruger im Juni 2027, ich bin 70 Jahre alt.']) {
      const { result } = converse([text]);
      expect(result.kind === 'issued' && result.content.verdict.outcome === 'book').toBe(false);
    }
  });
});

describe('activity limits in a French or German reply', () => {
  const pack = defaultPackIndex();
  const reply = (turns: string[], lang: 'fr' | 'de') => {
    const { result } = converse(turns);
    if (result.kind !== 'issued') throw new Error('no decision');
    const l = localizeDecision({ content: result.content, pack, lang });
    return `${l.headline} ${l.summary}`;
  };

  it('the upper age limit of a wilderness trail', () => {
    const turns = ['Wilderness trail in Kruger in June 2027 for my 70th birthday.'];
    const fr = reply(turns, 'fr');
    expect(fr).toMatch(/personne au-delà de 65 ans, et vous en avez 70/);
    const de = reply(turns, 'de');
    expect(de).toMatch(/niemanden über 65 Jahren mit, und Sie sind 70/);
    for (const t of [fr, de]) expect(t).not.toMatch(/no one over|and you are|wilderness trails take/i);
  });

  it('the minimum ages of rafting and the bridge bungee', () => {
    const rafting = ['White-water rafting at Victoria Falls in August 2027, 2 adults and our son (10), $3,000 each.'];
    expect(reply(rafting, 'fr')).toMatch(/le rafting exige 15 ans et votre plus jeune en a 10/i);
    expect(reply(rafting, 'de')).toMatch(/Rafting setzt ein Mindestalter von 15 Jahren voraus, Ihr jüngstes Kind ist 10/);
    const bungee = ['Bungee jump at Victoria Falls in August 2027, 2 adults and our daughter (12), $3,000 each.'];
    expect(reply(bungee, 'fr')).toMatch(/élastique du pont exige 14 ans et votre plus jeune en a 12/);
    expect(reply(bungee, 'de')).toMatch(/Bungee-Sprung von der Brücke setzt ein Mindestalter von 14 Jahren voraus/);
  });
});
