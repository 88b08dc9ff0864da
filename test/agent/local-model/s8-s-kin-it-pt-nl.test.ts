import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { NOW, converse, inputsAfter, x } from './helpers';

// Children named in Italian, Portuguese and Dutch after a preposition, a possessive or a bare article: they are
// counted (and their ages read when given), so a gorilla trek or a walking trail is never booked for them.
const outcome = (...turns: string[]) => decide(inputsAfter(...turns), defaultPackIndex(), NOW).content.verdict.outcome;

describe('one child after a Portuguese or Dutch possessive', () => {
  it.each([
    'Gorilas em Uganda em julho de 2027 com o meu neto, 5000 dólares por pessoa',
    'Queremos ver gorilas no Ruanda em julho de 2027 com a nossa neta, 6000 euros por pessoa',
    'Ruanda, gorilas, julho de 2027, vamos com o nosso sobrinho, 5000 dólares cada',
    'Gorilla trekking in Oeganda, juli 2027, met mijn kleindochter, 5000 euro per persoon',
    'In juli 2027 naar de gorilla’s in Rwanda met ons dochtertje, 6000 euro per persoon',
    'Gorilla’s in Rwanda in juli 2027, samen met ons neefje, 6000 euro per persoon',
    'Gorilla trek in Uganda a luglio 2027 con la nostra nipotina, 5000 euro a testa',
  ])('%s → one child, no gorilla booking', (text) => {
    const inputs = inputsAfter(text);
    expect(inputs.children).toBe(1);
    expect(outcome(text)).not.toBe('book');
  });

  it('a second message in Italian, Portuguese or Dutch adds the child to a booked gorilla trip', () => {
    const first = 'Gorilla trekking in Bwindi, July 2027, 6 days, $6000 per person, 2 adults.';
    for (const second of ['Ci sarà anche il nostro nipote.', 'E o nosso neto vem connosco.', 'Ons kleinzoontje komt ook mee.']) {
      const { inputs, result } = converse([first, second]);
      expect(inputs.children, second).toBe(1);
      expect(result.content.verdict.outcome, second).not.toBe('book');
    }
  });
});

describe('children after a preposition and a bare article or plural possessive', () => {
  it.each([
    'Trekking dei gorilla in Ruanda a luglio 2027 coi figli, 6000 euro a testa',
    'Gorilla in Uganda coi nostri bambini, luglio 2027, 5000 euro a testa',
    'Gorilla in Uganda, luglio 2027, noi due e colle bambine, 5000 euro a testa',
    'Gorilas no Uganda em julho de 2027 com as crianças, 5000 euros por pessoa',
    'Gorilas em Ruanda em julho de 2027 com os meninos, 5000 euros por pessoa',
    'Gorilla’s kijken in Oeganda in juli 2027 met de kleinkinderen, 5000 euro per persoon',
    'Gorilla’s in Rwanda in juli 2027 met onze kinderen, 6000 euro per persoon',
  ])('%s → a family whose ages are asked, never a booking', (text) => {
    const inputs = inputsAfter(text);
    expect(inputs.traveler_type === 'family' || (inputs.children ?? 0) > 0).toBe(true);
    expect(outcome(text)).not.toBe('book');
  });
});

describe('the children’s ages after the Italian, Portuguese and Dutch "of"', () => {
  it.each([
    ['Gorilas no Uganda em julho de 2027 com os nossos netos de 8 e 13 anos, 7 dias, 5000 dólares por pessoa', [8, 13]],
    ['Gorilla in Uganda a luglio 2027 con i nostri nipoti di 10 e 14 anni, 7 giorni, 5000 euro a testa', [10, 14]],
    ['Gorilla’s in Rwanda, juli 2027, met onze kleinkinderen van 10 en 13, 7 dagen, 6000 euro per persoon', [10, 13]],
    ['Gorilla trekking in Uganda, July 2027, with our grandkids of 11 and 12, 6 days, $5000 each', [11, 12]],
  ] as const)('%s → ages read, a gorilla trip discarded', (text, ages) => {
    const inputs = inputsAfter(text);
    expect(inputs.child_ages).toEqual(ages);
    expect(outcome(text)).toBe('discard');
  });

  it('the number after the last comma counts days, not a third child', () => {
    expect(x('kids of 9 and 12, 8 days').child_ages).toEqual([9, 12]);
  });
});

describe('the writer and one child', () => {
  it.each(['Gorilas no Uganda, eu e o meu sobrinho', 'Gorilla in Uganda, io e la mia nipotina', 'Gorilla’s in Oeganda, ik en mijn kleinzoon'])('%s → one adult and one child', (text) => {
    expect(x(text)).toMatchObject({ adults: 1, children: 1, group_size: 2 });
  });
});

describe('a coming birthday said in Portuguese, Italian or Dutch', () => {
  it.each([
    'Gorilas no Uganda em outubro de 2027, eu e o meu neto que faz 15 no próximo verão',
    'Gorilla in Uganda a ottobre 2027, io e mia nipote che compie 15 anni la prossima estate',
  ])('%s → 14 today, 15 by the trip', (text) => {
    const got = x(text);
    expect(got.children).toBe(1);
    expect(got.child_ages).toEqual([14]);
    expect(got.child_birthdays?.[0]?.age).toBe(15);
  });
});

describe('words that look like kin but are not', () => {
  it('the Spanish "neto" (net) is no grandchild', () => {
    expect(x('Masai Mara en agosto de 2027, 4000 dólares netos por persona, 2 adultos').children).toBeUndefined();
  });
  it('an English "grandchild" is one child', () => {
    expect(x('me and my grandchild, gorillas in Uganda in July 2027').children).toBe(1);
  });
});
