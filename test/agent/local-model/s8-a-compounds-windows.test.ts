import { describe, expect, it } from 'vitest';
import { extractTripInputs } from '../../../src/agent/local-model/extract';
import { normalize } from '../../../src/agent/local-model/normalize';
import { defaultPackIndex } from '../../../src/domain/knowledge-pack/index-pack';
import type { TripInputs } from '../../../src/domain/trip-inputs';

// Phrasings written for these tests: compound place names, months offered as alternatives, a return that precedes the
// trip's dates, and a trip of any kind said to do.
const pack = defaultPackIndex();
const now = new Date('2026-12-07T10:00:00Z');
const read = (text: string, previous?: TripInputs) => extractTripInputs(text, { now, pack, previous });

describe('a place written as one word with its kind (Dutch, German, Scandinavian)', () => {
  it.each([
    ['We willen graag naar het Okavangodelta in september', 'okavango_delta'],
    ['Wir möchten in den Krugernationalpark', 'kruger'],
    ['Zwei Wochen im Krugerpark', 'kruger'],
    ['Die Viktoriafälle im April', 'victoria_falls'],
    ['Vi vil gjerne se Victoriafallene', 'victoria_falls'],
    ['Vi ska till Krugerparken i juli', 'kruger'],
    ['Der Ngorongorokrater ist ein Traum', 'ngorongoro'],
    ['Ein Abstecher zur Etoshapfanne', 'etosha'],
    ['Tage im Tarangirenationalpark', 'tarangire'],
    ['am Manyarasee', 'lake_manyara'],
    ['Eine Woche auf der Sansibarinsel', 'zanzibar'],
    ['Het Chobenationaalpark in oktober', 'chobe'],
  ])('«%s» names %s', (text, id) => {
    expect(read(text).destinations).toEqual([id]);
  });

  it('ordinary long words with a kind ending name no place', () => {
    expect(read('the lifespan of the carparks overseas, plus a waterpark').destinations).toBeUndefined();
  });
});

describe('months offered as alternatives are a window, not a new month', () => {
  const may: TripInputs = { destinations: ['zanzibar'], month: 5 };
  it.each([
    'Wir sind flexibel, auch September oder Oktober wäre okay.',
    'On est souples : septembre ou octobre ça irait aussi.',
    'Somos flexibles, septiembre u octubre también nos iría bien.',
    'Siamo flessibili, anche settembre o ottobre andrebbe bene.',
    'We zijn flexibel, september of oktober is ook goed.',
    "We're flexible, also September or October would be fine.",
    'September or October would work too.',
  ])('«%s» keeps May and reaches October', (text) => {
    const out = read(text, may);
    expect(out.month).toBeUndefined();
    expect(out.flexible_dates).toBe(true);
    expect(out.flexible_until).toEqual({ year: 2027, month: 10 });
  });

  it('said with the trip in one message, the trip keeps its month', () => {
    const out = read('Zanzibar in May; also September or October would be fine');
    expect(out.month).toBe(5);
    expect(out.flexible_until).toEqual({ year: 2027, month: 10 });
  });

  it('a month said plainly "is fine too" after a correction is not rewritten as an offer', () => {
    expect(normalize('Actually make it March, August is fine too.').text).toBe('actually make it march, august is fine too.');
  });

  it('a month alone with "would be great" is the trip, not a window', () => {
    const out = read('Chobe in September would be great');
    expect(out.month).toBe(9);
    expect(out.flexible_until).toBeUndefined();
  });
});

describe('home by a month before the trip dates end', () => {
  it('a return by the end of the month before is said two ways', () => {
    const out = read('Serengeti 12-22 August 2027, and we need to be back by the end of July.');
    expect(out.contradicts).toContain('end_date');
    expect(out.contradicted?.end_date).toBe('2027-07-31');
  });

  it('a return by mid-month inside the dates is said two ways', () => {
    expect(read('Kruger 10-20 September 2027; we have to be home before mid-September').contradicts).toContain('end_date');
  });

  it('a return after the trip, or in the next year, is no contradiction', () => {
    expect(read('Serengeti 12-22 August 2027, back home by the end of August.').contradicts).toBeUndefined();
    expect(read('Kruger 1-10 December, home by the end of January').contradicts).toBeUndefined();
  });
});

describe('any trip of a kind would do', () => {
  it('releases the plan’s own point and opens the place', () => {
    const out = read('Our boys are 8 and 11. Uganda for the gorillas in July was the idea, but any good safari would do.');
    expect(out.open_elsewhere).toBe(true);
    expect(out.priorities).toEqual(['wildlife_density']);
  });

  it('a beach kind keeps the beach', () => {
    const out = read('Zanzibar in April, though any beach holiday works for us');
    expect(out.open_elsewhere).toBe(true);
    expect(out.priorities).toContain('beach');
  });

  it('said in a later message, the earlier point is withdrawn', () => {
    const out = read('Honestly, any great wildlife trip would be fine.', { countries: ['RW'], priorities: ['gorillas'] });
    expect(out.clear_fields).toContain('priorities');
    expect(out.priorities).toEqual(['wildlife_density']);
  });

  it('a refusal or "or nothing" binds', () => {
    expect(read('Gorillas in Rwanda or nothing, no other trip would do.').open_elsewhere).toBeUndefined();
    expect(read('Gorillas in Rwanda, not just any safari would do.').priorities).toEqual(['gorillas']);
  });
});
