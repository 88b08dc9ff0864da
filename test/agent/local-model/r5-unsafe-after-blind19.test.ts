import { describe, expect, it } from 'vitest';
import { finalOutcome } from '../../../src/agent/local-model/conversations';
import { normalize } from '../../../src/agent/local-model/normalize';
import { unsafeInContext } from '../../../src/agent/local-model/unsafe-contexts';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';

// Three classes blind-19 booked that must not be booked: a walking safari with grandchildren of unknown age
// (the walking word in German compounds and other languages), a gorilla or chimp trek with the rangers turned
// down, and paddling among hippos or elephants without a guide. Guided versions stay trips.

const pack = defaultPackIndex();
function outcome(...turns: string[]): string {
  const got = finalOutcome({ id: 'r5', now: '2026-12-01T09:00:00Z', turns, expected: { outcome: 'book' }, why: 'test' }, pack);
  return `${got.outcome}${got.reason ? ':' + got.reason : ''}${got.missing.length ? ' ' + got.missing.join('+') : ''}`;
}

describe('walking safari words read as walking (so a child of unknown age is asked about)', () => {
  it.each([
    ['eine Fusssafari', 'fußsafari'],
    ['zwei Wandersafaris', 'wandersafaris'],
    ['een wandelsafari', 'wandelsafari'],
    ['un safari a piedi', 'safari a piedi'],
    ['una caminata por la sabana', 'caminata por la sabana'],
  ])('%s', (_label, phrase) => {
    expect(normalize(`wir planen ${phrase} im luangwa`).text).toMatch(/walking safari|on foot/);
  });

  it.each([
    ['German, Enkel + Fußsafari', 'Mit unseren Enkeln planen wir für August 2027 eine Fußsafari in South Luangwa, 4 Personen, 4.500 € pro Kopf.'],
    ['German, Wandersafari', 'Im Juni 2027 möchten wir mit den Enkelkindern auf Wandersafari in den South Luangwa, 4 Personen, 4000 € pro Person.'],
    ['French, safari à pied', 'Un safari à pied dans le South Luangwa avec nos petits-enfants, en août 2027, 4 personnes, 4500 € par personne.'],
    ['Spanish, caminata', 'Con nuestros nietos queremos una caminata por la sabana en South Luangwa, agosto de 2027, 4 personas, 4500 dólares por persona.'],
    ['English', 'Grandma and grandpa taking the grandkids on a walking safari in South Luangwa, August 2027, 4 people, $4500 each.'],
  ])('%s: asks the children ages', (_label, text) => {
    expect(outcome(text)).toBe('refused:missing_inputs child_ages');
  });

  it('two adults on a Fußsafari still book', () => {
    expect(outcome('Im August 2027 zu zweit eine Fußsafari im South Luangwa, 5.000 € pro Person.')).toBe('book');
  });
});

describe('great apes tracked with the rangers turned down is unsafe', () => {
  it.each([
    [['Gorillas at Bwindi, September 2027, two adults, $4500 each.', "We'd rather not take a ranger, we can find the gorilla families ourselves."]],
    [['Mountain gorillas in Volcanoes, July 2027, 2 adults, $5000 each. We will skip the trackers and head into the forest alone.']],
    [['Bwindi in August 2027, 2 adults, $4000 pp, gorilla trekking.', 'No guide please, we want to search for them on our own.']],
    [['Nous voulons voir les gorilles à Bwindi sans ranger, septembre 2027, 2 adultes, 4500 $ chacun.']],
    [['Gorillas in Bwindi im September 2027 ohne Guide, 2 Erwachsene, 4500 $ pro Person.']],
    [['Queremos ver gorilas en Bwindi sin guía en septiembre de 2027, 2 adultos, 4500 dólares cada uno.']],
  ])('%j', (turns) => {
    expect(outcome(...turns)).toBe('refused:unsafe');
  });

  it.each([
    [['Gorillas at Bwindi, September 2027, two adults, $4500 each, with a ranger of course.']],
    [["Gorillas at Bwindi, September 2027, two adults, $4500 each. We don't need a private guide, the park rangers will lead us."]],
    [['Gorillas at Bwindi, September 2027, two adults, $4500 each. I am travelling alone with my brother.']],
  ])('kept a trip: %j', (turns) => {
    expect(outcome(...turns)).toBe('book');
  });
});

describe('paddling among hippos or elephants without a guide is unsafe', () => {
  it.each([
    [['Chobe, September 2027, 2 adults, $3500 each.', 'We plan to hire a canoe and paddle over to the hippos by ourselves, no guide needed.']],
    [['Lower Zambezi in August 2027, 2 adults, $4000 each. We want to rent kayaks and paddle close to the elephants on our own.']],
    [['Okavango Delta, July 2027, 2 adults, $6000 each: a mokoro without any guide to get near the hippos.']],
    [['Im September 2027 wollen wir im Chobe ohne Guide mit dem Kanu zu den Flusspferden paddeln, 2 Erwachsene, 3500 $ pro Person.']],
  ])('%j', (turns) => {
    expect(outcome(...turns)).toBe('refused:unsafe');
  });

  it.each([
    [['Lower Zambezi in August 2027, 2 adults, $4000 each, a guided canoe trip past the hippos.']],
    [['Chobe, September 2027, 2 adults, $3500 each, canoeing with a guide near the elephants.']],
    [['Lower Zambezi in August 2027, 2 adults, $4000 each. We love canoeing and hippos.']],
  ])('kept a trip: %j', (turns) => {
    expect(outcome(...turns)).toBe('book');
  });

  it('reads the sentence level directly', () => {
    expect(unsafeInContext("we'll rent a canoe and paddle up to the hippos on our own")).toBe(true);
    expect(unsafeInContext('a guided canoe trip up to the hippos')).toBe(false);
    expect(unsafeInContext('we trek to the gorillas, but no guide books needed')).toBe(false);
  });
});
