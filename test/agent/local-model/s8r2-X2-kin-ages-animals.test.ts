import { describe, expect, it } from 'vitest';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import { decide } from '../../../src/domain/rules';
import { adultAges } from '../../../src/agent/local-model/stated-ages';
import { NOW, inputsAfter } from './helpers';

const outcome = (...turns: string[]) => decide(inputsAfter(...turns), defaultPackIndex(), NOW).content.verdict.outcome;

// A child named by an everyday or a third person's word is a child: a gorilla trek is never booked for a party
// read as adults only, and the age, when it is said, is read.
describe('one child in everyday English, by the definite article or a third person', () => {
  it.each([
    'Rwanda gorilla trek, 8 days, $3000 a head: nan, grandad and the grandchild.',
    'Uganda gorillas for 6 days, $2800 per person, us two plus the grandkid.',
    'Bwindi gorillas, 7 days, $2600 each, my cousin, his wife and their teenager.',
    'Rwanda gorillas, 6 days, $3000 each: myself, my best mate and his lad.',
    'Gorilla trekking in Uganda, 7 days, $2700 pp, two of us and a junior.',
    'Gorillas in Rwanda, 6 days, $3200 per person, a couple and a nipper.',
    'Gorillas in Uganda, 7 days, $2900 each, me, my wife and a tweenager.',
    'Bwindi gorilla trek, 7 days, $2900 each, my husband, me and our goddaughter.',
  ])('%s → one child, never booked', (text) => {
    const inputs = inputsAfter(text);
    expect(inputs.children).toBe(1);
    expect(outcome(text)).not.toBe('book');
  });

  it('"a junior suite" or "the child rate" names no child', () => {
    expect(inputsAfter('Kruger, 2 adults, August 2027, 7 days, $3000 each, a junior suite if possible.').children).toBeUndefined();
    expect(inputsAfter('Kruger for two adults in August 2027, 7 days, $3000 each. What is the child rate there anyway?').children).toBeUndefined();
  });
});

describe('Portuguese and Dutch words for one child or the children', () => {
  it.each([
    'Gorilas em Uganda em julho de 2027, 8 dias, 6000 dólares por pessoa, nós dois e a nossa afilhada.',
    'Gorilas no Ruanda em julho de 2027, 6 dias, 6000 euros por pessoa, eu, a minha mulher e o nosso caçula.',
    'Gorilas em Uganda em julho de 2027, 7 dias, 5000 dólares cada, vamos com a garotada.',
    'Gorilla’s in Oeganda in juli 2027, 7 dagen, 5000 euro p.p., mijn man, ik en de kleine.',
    'Gorilla’s in Rwanda in juli 2027, 6 dagen, 6000 euro per persoon, wij twee en ons kind.',
  ])('%s → a child, never booked', (text) => {
    const inputs = inputsAfter(text);
    // "a garotada" (the kids) names children without a count; the others name one child.
    if (!/garotada/.test(text)) expect(inputs.children).toBe(1);
    else expect(inputs.traveler_type).toBe('family');
    expect(outcome(text)).not.toBe('book');
  });

  it('a godchild of 12 named with the age is under the Rwandan permit age: discarded', () => {
    const text = 'Gorilas no Ruanda em julho de 2027, 6 dias, 7000 dólares por pessoa, eu e o meu afilhado de 12 anos.';
    expect(inputsAfter(text).child_ages).toEqual([12]);
    expect(outcome(text)).toBe('discard');
  });
});

// A grown-up's age said after the person ("my mum who is 72", "my uncle (69)") is an adult age an upper limit checks.
describe('an adult age said after the person', () => {
  it.each([
    ['my mum who is 72 and I', 72],
    ['my father-in-law, who turns 66 in June', 66],
    ['me and my uncle (69)', 69],
    ['my grandad who\'s 80', 80],
  ])('%s → %i', (text, age) => {
    expect(adultAges(text)).toEqual([age]);
  });

  it('not a length, nor a child', () => {
    expect(adultAges('my brother who is 12')).toBeUndefined();
    expect(adultAges('my friend who is 20 minutes away')).toBeUndefined();
  });

  it('a Kruger wilderness trail with a parent over 65 is never booked', () => {
    expect(outcome('Kruger wilderness trail, June 2027, 4 days, $2200 each, my mother who is 69 and me.')).not.toBe('book');
  });
});

// An animal no African place has is read only as a wish to see it on this trip: a name, a team, a car, a toy or a past trip
// elsewhere never discards a good trip.
describe('tigers, jaguars and pandas in other senses', () => {
  it.each([
    'Kruger in August 2027, 9 days, $3800 per person, my wife, me and our daughter Panda (she is 10).',
    'Masai Mara in August 2027, 2 adults, 8 days, $5500 each. My partner plays golf and idolises Tiger Woods.',
    'Kruger in October 2027, 2 adults, 8 days, $3500 each. We follow the Detroit Tigers, is there a bar with baseball?',
    'Etosha, two of us, August 2027, 9 days, $3200 each. We plan to hire a Jaguar in Windhoek and drive.',
    'Kruger, 2 adults and our son (8), July 2027, 8 days, $3600 each. Every night he cuddles his stuffed tiger.',
    'Kruger, two of us, September 2027, 8 days, $3000 each, driving a rented Fiat Panda.',
    'We visited Borneo last year for the orangutans. This time lions please: Masai Mara, August 2027, 2 adults, 7 days, $6000 each.',
  ])('%s → no animal from elsewhere, not discarded', (text) => {
    const animals = inputsAfter(text).animals ?? [];
    for (const a of ['tiger', 'jaguar', 'panda', 'orangutan']) expect(animals).not.toContain(a);
    expect(outcome(text)).not.toBe('discard');
  });

  it('a wish to see tigers on this trip is still read', () => {
    expect(inputsAfter('We want to see tigers in Kenya in August 2027, 2 adults, 7 days, $5000 each.').animals).toContain('tiger');
    expect(inputsAfter('Tigers and lions are our dream: Serengeti, 2 adults, July 2027, 8 days.').animals).toContain('tiger');
  });
});
